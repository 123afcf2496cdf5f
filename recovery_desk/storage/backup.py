"""Copies of the database taken before a schema upgrade."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(database: Path, backup_dir: Path, label: str) -> Path:
    """Write a consistent copy of ``database`` (SQLite online backup) and return its path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{database.stem}-{stamp}-{label}.sqlite3"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
