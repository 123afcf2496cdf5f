"""The reason-log CSV writer's fast path: database tuples to CSV text, no per-cell objects.

``services/exports/reason_log.py`` streams the same two statements (call reasons, imported reasons)
for CSV and XLSX. For CSV the per-row work is the bottleneck at a million rows, so here each
row goes straight from the streamed tuple to a tuple of finished strings: labels come from
maps built once (already neutralised, keyed by the raw stored id), dates and money from
small caches, pseudonyms are cached per customer, and rows are written in chunks with
``csv.writer.writerows``. The output is the same as :class:`export_formats.CsvRowWriter`
writing the typed cells (see ``tests/unit/services/exports/test_csv_writer.py``).
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

from sqlalchemy import Connection
from sqlalchemy.exc import CompileError

from recovery_desk.services.exports.formats import FORMULA_STARTS, conventions, money_text

CHUNK = 2000
PSEUDONYM_CACHE = 200_000  # customers whose pseudonym is kept (bounded memory)

Lookup = dict[object, str]
FIRST = frozenset(FORMULA_STARTS)  # every formula start is one character


def _n(value: str | None) -> str:
    """Neutralised text ("" for None)."""
    if not value:
        return ""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _forms(key: str) -> tuple[object, ...]:
    """The raw forms of a UUID a driver may return: 32 hex digits (SQLite), hyphenated
    text, or a ``uuid.UUID`` (PostgreSQL)."""
    if len(key) != 32:
        return (key,)
    return (key, str(uuid.UUID(key)), uuid.UUID(key))


def raw_keys(labels: dict[str, str]) -> Lookup:
    """``{hex id: label}`` to neutralised labels under both raw forms of the id."""
    return {form: _n(label) for key, label in labels.items() for form in _forms(key)}


class _Formats:
    """Cached date and money texts in the locale's conventions."""

    def __init__(self, locale_name: str | None) -> None:
        conv = conventions(locale_name)
        self.delimiter = conv.delimiter
        self._decimal = conv.decimal
        self._date_format = conv.date_format
        self._days: dict[str, str] = {}
        self._money: dict[int, str] = {}

    def day(self, stamp: str | date | None) -> str:
        if not stamp:
            return ""
        key = stamp[:10] if isinstance(stamp, str) else stamp.isoformat()
        text = self._days.get(key)
        if text is None:
            text = self._days[key] = date.fromisoformat(key).strftime(self._date_format)
        return text

    def money(self, cents: int | None) -> str:
        if cents is None:
            return ""
        text = self._money.get(cents)
        if text is None:
            text = money_text(int(cents), self._decimal)
            if len(self._money) < 500_000:
                self._money[cents] = text
        return text


def write_csv(
    handle: IO[str],
    conn: Connection,
    statements: tuple[Any, Any],
    look: Any,
    ref: Callable[[str | None, str], str],
    *,
    names: Sequence[str],
    locale_name: str | None,
    pseudonymise: bool,
    drop_verbatim: bool = False,
) -> Iterator[int]:
    """Write header and rows; yields the running row count after each chunk.

    ``statements`` are the call-reason and imported-reason statements of ``exports``
    (same column order); ``look`` their ``_Lookups``; ``ref(external_id, customer_id)`` the
    customer reference (pseudonymised or not); ``drop_verbatim`` leaves the verbatim
    column out (a pseudonymised export's default).
    """
    fmt = _Formats(locale_name)
    handle.write("\ufeff")
    writer = csv.writer(handle, delimiter=fmt.delimiter, lineterminator="\r\n")
    writer.writerow(names)
    reasons: dict[object, tuple[str, str]] = {
        key: (_n(cat), _n(label))
        for raw, (cat, label) in look.reasons.items()
        for key in _forms(raw)
    }
    cycles, agents, offers = raw_keys(look.cycles), raw_keys(look.users), raw_keys(look.offers)
    segments: dict[str | None, str] = {}
    refs: dict[str, str] = {}

    def reference(external_id: str | None, customer_id: str) -> str:
        if not pseudonymise:
            if external_id:  # _n inlined: a million calls of it cost a second
                return "'" + external_id if external_id[0] in FIRST else external_id
            return _n(ref(None, customer_id))
        text = refs.get(customer_id)
        if text is None:
            if len(refs) >= PSEUDONYM_CACHE:
                refs.clear()
            text = refs[customer_id] = _n(ref(external_id, customer_id))
        return text

    def segment(value: str | None) -> str:
        """Neutralised text of a column with few distinct values (segment, outcome)."""
        text = segments.get(value)
        if text is None:
            text = segments[value] = _n(value)
        return text

    ctx = _Context(
        fmt, reasons, cycles, agents, offers, reference, segment, pseudonymise, drop_verbatim
    )
    rows = 0
    calls_stmt, imported_stmt = statements
    for chunk in _call_lines(conn, calls_stmt, ctx):
        writer.writerows(chunk)
        rows += len(chunk)
        yield rows
    for chunk in _imported_lines(conn, imported_stmt, ctx):
        writer.writerows(chunk)
        rows += len(chunk)
        yield rows


@dataclass(frozen=True)
class _Context:
    fmt: _Formats
    reasons: dict[object, tuple[str, str]]
    cycles: Lookup
    agents: Lookup
    offers: Lookup
    reference: Callable[[str | None, str], str]
    segment: Callable[[str | None], str]
    pseudonymise: bool
    drop_verbatim: bool = False


NO_REASON = ("", "")


def _stream(conn: Connection, stmt: Any) -> Iterator[Sequence[Sequence[Any]]]:
    """Chunks of plain tuples. On SQLite the statement (with its filter values rendered
    inline) runs on the driver's cursor: no result-row objects at all; elsewhere, or when
    a value cannot be rendered inline, through SQLAlchemy with ``yield_per``."""
    if conn.dialect.name == "sqlite":
        try:
            sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        except (CompileError, NotImplementedError):
            sql = ""
        if sql:
            cursor = conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]
            try:
                while part := cursor.fetchmany(CHUNK):
                    yield part
            finally:
                cursor.close()
            return
    yield from conn.execution_options(yield_per=CHUNK).execute(stmt).partitions(CHUNK)


def _call_lines(conn: Connection, stmt: Any, ctx: _Context) -> Iterator[list[list[str]]]:
    reasons, cycles, agents, offers = ctx.reasons, ctx.cycles, ctx.agents, ctx.offers
    day, money, reference, segment = ctx.fmt.day, ctx.fmt.money, ctx.reference, ctx.segment
    drop_name, drop_verbatim = ctx.pseudonymise, ctx.drop_verbatim
    for part in _stream(conn, stmt):
        out = []
        for (
            started_at,
            cycle_id,
            agent_id,
            customer_id,
            external_id,
            name,
            seg,
            _currency,
            cents,
            reason_id,
            is_primary,
            verbatim,
            verified,
            offer_id,
            outcome,
        ) in part:
            cat, reason = reasons.get(reason_id, NO_REASON)
            line = [
                "call",
                day(started_at),
                cycles.get(cycle_id, "") if cycle_id else "",
                agents.get(agent_id, "") if agent_id else "",
                reference(external_id, customer_id),
                ("'" + name if name[0] in FIRST else name) if name else "",
                segment(seg),
                money(cents),
                cat,
                reason,
                "primary" if is_primary else "secondary",
                ("'" + verbatim if verbatim[0] in FIRST else verbatim) if verbatim else "",
                "1" if verified else "0",
                offers.get(offer_id, "") if offer_id else "",
                segment(outcome),
            ]
            if drop_verbatim:
                del line[11]
            if drop_name:
                del line[5]
            out.append(line)
        yield out


def _imported_lines(conn: Connection, stmt: Any, ctx: _Context) -> Iterator[list[list[str]]]:
    reasons, day, money = ctx.reasons, ctx.fmt.day, ctx.fmt.money
    reference, segment, drop_name = ctx.reference, ctx.segment, ctx.pseudonymise
    drop_verbatim = ctx.drop_verbatim
    for part in _stream(conn, stmt):
        out = []
        for departed_on, customer_id, external_id, name, seg, _c, cents, reason_id, text in part:
            cat, reason = reasons.get(reason_id, NO_REASON)
            line = [
                "imported",
                day(departed_on),
                "",
                "",
                reference(external_id, customer_id),
                ("'" + name if name[0] in FIRST else name) if name else "",
                segment(seg),
                money(cents),
                cat,
                reason,
                "primary",
                ("'" + text if text[0] in FIRST else text) if text else "",
                "",
                "",
                "",
            ]
            if drop_verbatim:
                del line[11]
            if drop_name:
                del line[5]
            out.append(line)
        yield out
