"""Helpers for the import tests: small files and a one-call import."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import run_to_end
from recovery_desk.storage.tables import Customer


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def do_import(
    sessions: Sessions,
    user: UserDTO,
    path: Path,
    *,
    overrides: Mapping[str, str | None] | None = None,
    sheet: str | None = None,
    region: str = "BR",
    errors_path: Path | None = None,
) -> imports.ImportSummary:
    info = imports.inspect_file(path, sheet=sheet, overrides=overrides)
    gen = imports.run_import(sessions, user, info, region=region, errors_path=errors_path)
    return run_to_end(gen)


COLUMNS = (
    "external_id",
    "name",
    "phone",
    "phone_valid",
    "email",
    "segment",
    "region",
    "currency",
    "monthly_revenue_cents",
    "lifetime_value_cents",
    "customer_since",
    "departed_on",
    "served_by",
    "notes",
    "imported_reason_id",
    "imported_reason_text",
    "name_folded",
    "search_terms",
    "version",
)


def customers(sessions: Sessions) -> list[dict[str, Any]]:
    with sessions() as session:
        rows = session.scalars(select(Customer).order_by(Customer.name, Customer.external_id))
        return [{c: getattr(r, c) for c in COLUMNS} for r in rows]


def by_name(sessions: Sessions) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in customers(sessions)}
