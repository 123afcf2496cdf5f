"""Ids every desk agrees on for catalogue rows: derived from the row's natural key.

Two supervisors who each create the reason ``ATENDIMENTO_DEMORADO`` on their own desk get
the same id, so the centre holds one reason, not two with one code (sync upserts by id).
The default catalogue's rows get their ids the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

NAMESPACE = uuid.UUID("5f0c2c1e-7d1b-4e8e-9a55-2d7b5c0f3a11")

# table -> (kind, the columns whose values make the natural key)
NATURAL_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reason_categories": ("category", ("code",)),
    "reasons": ("reason", ("code",)),
    "offers": ("offer", ("code",)),
    "scripts": ("script", ("step", "lang")),
    "phrases": ("phrase", ("lang", "phrase")),
}


def derived_id(kind: str, key: str) -> uuid.UUID:
    """The id of the catalogue row of ``kind`` with natural key ``key``."""
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def row_id(table: str, values: Mapping[str, Any]) -> uuid.UUID | None:
    """The derived id of a new row of ``table`` with ``values``; None when the table has
    no natural key or a part of it is missing."""
    spec = NATURAL_KEYS.get(table)
    if spec is None:
        return None
    kind, columns = spec
    parts = [values.get(c) for c in columns]
    if any(p is None or p == "" for p in parts):
        return None
    return derived_id(kind, ":".join(str(p) for p in parts))
