"""Writing parsed rows as customers in batches: insert new ones, update known ones.

A row finds its customer by external id; without one, by normalised phone, then e-mail,
then (for a row with nothing else) by folded name among customers with no other identity.
Cells the file left empty never erase what the customer already has.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, select, update

from recovery_desk.services.imports.rows import ParsedRow, derived
from recovery_desk.services.primary_reason import refresh_primary_reasons
from recovery_desk.storage import outbox
from recovery_desk.storage.ordered_ids import id_block
from recovery_desk.storage.search_index import BatchedSearchIndex
from recovery_desk.storage.tables import Customer
from recovery_desk.storage.types import utcnow

BATCH = 5_000
LOOKUP_CHUNK = 900

SOURCE_COLUMNS: tuple[str, ...] = (
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
)
"""The customer columns an import may write (besides the derived search columns)."""

_T = cast(Table, Customer.__table__)
_C = _T.c
Key = tuple[str, str]


def identity_keys(values: dict[str, Any]) -> list[Key]:
    """The lookup key of a row first, then every other identity it carries."""
    keys: list[Key] = []
    if values.get("external_id"):
        keys.append(("external_id", values["external_id"]))
    if values.get("phone"):
        keys.append(("phone", values["phone"]))
    if values.get("email"):
        keys.append(("email", values["email"]))
    if not keys:
        keys.append(("name_folded", derived(values)["name_folded"]))
    return keys


class CustomerWriter:
    """Accumulates rows and writes them per batch on one connection (one transaction)."""

    def __init__(
        self,
        conn: Connection,
        currency: str = "BRL",
        batch: int | None = None,
        search: BatchedSearchIndex | None = None,
    ):
        self.conn = conn
        self.search = search
        self.batch = batch or BATCH
        self._defaults: dict[str, Any] = {c: None for c in SOURCE_COLUMNS}
        self._defaults.update(name="", phone_valid=True, currency=currency)
        self.inserted = self.updated = self.unchanged = 0
        self._rows: list[ParsedRow] = []
        self._seen: set[Key] = set()
        self._before: dict[uuid.UUID, dict[str, Any]] = {}

    def add(self, row: ParsedRow) -> None:
        keys = identity_keys(row.values)
        if not self._seen.isdisjoint(keys):
            self.flush()  # the same customer twice in a batch: let the DB see the first
        self._seen.update(keys)
        self._rows.append(row)
        if len(self._rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        rows, self._rows = self._rows, []
        self._seen.clear()
        if not rows:
            return
        existing = self._lookup(rows)
        inserts: list[dict[str, Any]] = []
        updates: dict[uuid.UUID, dict[str, Any]] = {}
        now = utcnow()
        for row in rows:
            found = self._match(row.values, existing)
            if found is None:
                record = {**self._defaults, **row.values}
                # A new customer has no call yet: the imported reason is the primary one.
                reason = record.get("imported_reason_id")
                record["primary_reason_id"] = reason
                record["primary_reason_source"] = "imported" if reason is not None else None
                inserts.append({**record, **derived(record)})
                continue
            base = updates.get(found["id"], found)
            merged = {**base, **row.values}
            if all(merged.get(c) == base.get(c) for c in SOURCE_COLUMNS):
                if found["id"] not in updates:
                    self.unchanged += 1
                continue
            if found["id"] not in updates:
                self.updated += 1
            merged.update(derived(merged), version=found["version"] + 1, updated_at=now)
            updates[found["id"]] = merged
            # What this import changed, with the values before: the sync then keeps the
            # centre's other columns should another desk have changed them meanwhile.
            self._before[found["id"]] = {
                c: found.get(c)
                for c in merged
                if c not in ("id", "version", "updated_at") and merged.get(c) != found.get(c)
            }
        if inserts:
            # Time-ordered ids: a million new customers append to the primary-key index.
            for record, new_id in zip(inserts, id_block(len(inserts)).uuids(), strict=True):
                record["id"] = new_id
            # New rows come after the highest rowid now: the search index and the outbox
            # take them from there in one statement each.
            mark = self.search.mark() if self.search is not None and self.search.active else None
            outbox.bulk_insert(self.conn, Customer, inserts, appended_after=mark)
            if self.search is not None and mark is not None:
                self.search.index_since(mark)
            self.inserted += len(inserts)
        if updates:
            self._update(list(updates.values()))

    def _update(self, records: Sequence[dict[str, Any]]) -> None:
        columns = (*SOURCE_COLUMNS, "name_folded", "search_terms", "version", "updated_at")
        params = [{"b_id": r["id"], **{c: r.get(c) for c in columns}} for r in records]
        self.conn.execute(update(_T).where(_C.id == bindparam("b_id")), params)
        outbox.enqueue(
            self.conn,
            "customers",
            ((r["id"], r["version"]) for r in records),
            {r["id"]: self._before.pop(r["id"], {}) for r in records},
        )
        # The imported reason may have changed; a reason confirmed in a call still wins.
        refresh_primary_reasons(self.conn, (r["id"] for r in records))

    def _lookup(self, rows: Sequence[ParsedRow]) -> dict[Key, list[dict[str, Any]]]:
        wanted: dict[str, set[str]] = {}
        for row in rows:
            for kind, value in _lookup_keys(row.values):
                wanted.setdefault(kind, set()).add(value)
        found: dict[Key, list[dict[str, Any]]] = {}
        columns = [_C.id, _C.version, *(_C[c] for c in SOURCE_COLUMNS), _C.name_folded]
        for kind, values in wanted.items():
            column = _C[kind]
            for chunk in _chunks(sorted(values), LOOKUP_CHUNK):
                query = select(*columns).where(column.in_(chunk))
                if kind == "name_folded":
                    query = query.where(
                        _C.external_id.is_(None), _C.phone.is_(None), _C.email.is_(None)
                    )
                for record in self.conn.execute(query.order_by(_C.created_at)).mappings():
                    found.setdefault((kind, record[kind]), []).append(dict(record))
        return found

    @staticmethod
    def _match(
        values: dict[str, Any], existing: dict[Key, list[dict[str, Any]]]
    ) -> dict[str, Any] | None:
        """The customer of the row's first lookup key that finds one; when several share a
        phone or e-mail, the one whose identities agree most with the row (then the oldest)."""
        candidates: list[dict[str, Any]] = []
        for key in _lookup_keys(values):
            candidates = existing.get(key, [])
            if candidates:
                break
        if not candidates:
            return None

        def agreement(record: dict[str, Any]) -> int:
            return sum(record.get(k) == values.get(k) for k in ("external_id", "phone", "email"))

        return max(candidates, key=agreement)


def _lookup_keys(values: dict[str, Any]) -> list[Key]:
    """Where to look for the row's customer, in order: its external id alone when it has
    one; else its phone, then its e-mail, then (with neither) its folded name."""
    keys = identity_keys(values)
    return keys[:1] if keys[0][0] == "external_id" else keys


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
