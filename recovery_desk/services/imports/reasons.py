"""Matching imported departure reasons and categories to the catalogue.

Labels match in any of the three languages, accent- and case-insensitively (codes match
too). An unknown reason is kept as a new reason flagged ``needs_review`` — under the row's
category when it names one (matched, or created), else under "Unreviewed".
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import Connection, select

from recovery_desk.domain.text import fold
from recovery_desk.services.catalogue.defaults import reason_search_text
from recovery_desk.storage import outbox
from recovery_desk.storage.tables import Reason, ReasonCategory

UNREVIEWED_CODE = "UNREVIEWED"


def slug_code(text: str, prefix: str = "IMP_", limit: int = 60) -> str:
    """``"Preço alto!"`` → ``"IMP_PRECO_ALTO"``."""
    slug = re.sub(r"[^A-Z0-9]+", "_", fold(text).upper()).strip("_") or "REASON"
    return (prefix + slug)[: limit - 4]


class ReasonCatalogue:
    """The catalogue as seen by one import; creates what is missing on the connection."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.created_reasons = 0
        self.created_categories = 0
        self._reasons: dict[str, uuid.UUID] = {}
        self._categories: dict[str, uuid.UUID] = {}
        self._codes: set[str] = set()
        self._unreviewed: uuid.UUID | None = None
        self._new_reason_keys: dict[tuple[str, uuid.UUID], uuid.UUID] = {}
        self._load()

    def _load(self) -> None:
        cat = ReasonCategory.__table__.c
        for row in self.conn.execute(
            select(
                cat.id, cat.code, cat.label_pt_br, cat.label_pt_pt, cat.label_en, cat.is_unreviewed
            )
        ):
            self._codes.add(row.code)
            for text in (row.code, row.label_pt_br, row.label_pt_pt, row.label_en):
                if text:
                    self._categories.setdefault(fold(text), row.id)
            if row.is_unreviewed or row.code == UNREVIEWED_CODE:
                self._unreviewed = self._unreviewed or row.id
        rea = Reason.__table__.c
        query = select(rea.id, rea.code, rea.label_pt_br, rea.label_pt_pt, rea.label_en, rea.active)
        for row in self.conn.execute(query.order_by(rea.active.desc(), rea.sort_order)):
            self._codes.add(row.code)
            for text in (row.code, row.label_pt_br, row.label_pt_pt, row.label_en):
                if text:
                    self._reasons.setdefault(fold(text), row.id)

    def resolve(self, reason: str, category: str | None) -> uuid.UUID:
        """The id of ``reason`` (created, flagged for review, when unknown)."""
        key = fold(reason)
        found = self._reasons.get(key)
        if found is not None:
            return found
        category_id = self._category(category) if category else self._unreviewed_id()
        reason_id = self._insert(
            Reason,
            {"category_id": category_id, "needs_review": True, "sort_order": 1000},
            reason,
        )
        self._reasons[key] = reason_id
        self.created_reasons += 1
        return reason_id

    def _category(self, text: str) -> uuid.UUID:
        key = fold(text)
        found = self._categories.get(key)
        if found is None:
            found = self._insert(ReasonCategory, {"sort_order": 1000}, text)
            self._categories[key] = found
            self.created_categories += 1
        return found

    def _unreviewed_id(self) -> uuid.UUID:
        if self._unreviewed is None:
            self._unreviewed = self._insert(
                ReasonCategory, {"is_unreviewed": True, "code": UNREVIEWED_CODE}, "Unreviewed"
            )
        return self._unreviewed

    def _insert(
        self, model: type[Reason] | type[ReasonCategory], row: dict[str, Any], text: str
    ) -> uuid.UUID:
        labels: dict[str, str | None] = {
            "label_pt_br": text[:200],
            "label_pt_pt": text[:200],
            "label_en": text[:200],
        }
        code = row.pop("code", None) or self._unique_code(text)
        self._codes.add(code)
        row = {**row, **labels, "code": code}
        if model is Reason:
            row["search_text"] = reason_search_text(labels)
        return outbox.bulk_insert(self.conn, model, [row])[0]

    def _unique_code(self, text: str) -> str:
        base = slug_code(text)
        code, n = base, 1
        while code in self._codes:
            n += 1
            code = f"{base}_{n}"
        return code
