"""Versions of the storage stack, for the About dialog (the UI may not import them)."""

from __future__ import annotations

import sqlite3

import alembic
import sqlalchemy


def storage_versions() -> dict[str, str]:
    """``{"SQLAlchemy": ..., "Alembic": ..., "SQLite": ...}``."""
    return {
        "SQLAlchemy": sqlalchemy.__version__,
        "Alembic": alembic.__version__,
        "SQLite": sqlite3.sqlite_version,
    }
