"""Find files under ``resources/`` (source tree or installed package data)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "resources", _HERE.parent / "resources")


@cache
def root() -> Path:
    """The resources folder."""
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Recovery Desk resources folder not found")


def path(*parts: str) -> Path:
    """A file under resources/."""
    return root().joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse a JSON resource."""
    with path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
