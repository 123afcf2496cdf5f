"""Reason-log export: one row per reason recorded (in a call, or imported), CSV or XLSX.

:func:`export_reasons` is a generator service: it yields :class:`Progress`, checks the
cancel token between rows, streams the rows from the database (``yield_per``), writes a
temporary file beside the target and renames it only when everything was written — a
cancelled or failed export leaves no partial file under the chosen name, and a killed one
no temporary file (:mod:`recovery_desk.storage.scratch`). The target is checked first
(:mod:`.target`): links and folders are refused, an existing file is replaced keeping its
mode. The audit entry is written in the same step as the rename: no file leaves the desk
without its record. Only supervisors may export.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import Connection, Integer, Row, String, func, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.labels import pick_label
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.exports.csv_writer import write_csv
from recovery_desk.services.exports.formats import (
    Cell,
    CsvRowWriter,
    Money,
    RowWriter,
    XlsxRowWriter,
)
from recovery_desk.services.exports.pseudonyms import (
    PSEUDONYM_KEY as PSEUDONYM_KEY,  # the setting's name, for those who read it here
)
from recovery_desk.services.exports.pseudonyms import (
    agent_pseudonym,
    pseudonym,
    pseudonym_key,
)
from recovery_desk.services.exports.target import check_target, os_error, place_with_audit
from recovery_desk.services.progress import CancelToken, Progress, ProgressGen, Throttle
from recovery_desk.services.reports.filters import (
    ReportFilters,
    call_conditions,
    customer_conditions,
    finished,
)
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.scratch import OutputFile
from recovery_desk.storage.tables import (
    AuditEntry,
    Call,
    CallReason,
    Customer,
    Cycle,
    Offer,
    OfferMade,
    Reason,
    ReasonCategory,
    User,
)

log = logging.getLogger("recovery_desk.exports")

BATCH = 2000

customers = Customer.__table__
calls = Call.__table__
call_reasons = CallReason.__table__
offers_made = OfferMade.__table__

COLUMNS = [
    "source",
    "date",
    "cycle",
    "agent",
    "customer_ref",
    "customer_name",
    "segment",
    "monthly_revenue",
    "category",
    "reason",
    "primary",
    "verbatim",
    "verified",
    "offer",
    "outcome",
]
KINDS = ["text", "date", "text", "text", "text", "text", "text", "money"]
KINDS += ["text", "text", "text", "text", "bool", "text", "text"]
NAME_AT, VERBATIM_AT = COLUMNS.index("customer_name"), COLUMNS.index("verbatim")
VERBATIM_KEPT = "verbatim_not_pseudonymised"
"""The header of the customers' own words when a supervisor keeps them in a pseudonymised
export: free text may name or identify people, and the header says so."""


def columns(pseudonymise: bool, keep_verbatims: bool = False) -> tuple[list[str], list[str]]:
    """Column names and kinds: pseudonymised, without the name and (unless kept, under
    :data:`VERBATIM_KEPT`) the verbatims; agents then appear as pseudonyms too."""
    if not pseudonymise:
        return list(COLUMNS), list(KINDS)
    names, kinds = list(COLUMNS), list(KINDS)
    if keep_verbatims:
        names[VERBATIM_AT] = VERBATIM_KEPT
    else:
        del names[VERBATIM_AT], kinds[VERBATIM_AT]
    del names[NAME_AT], kinds[NAME_AT]
    return names, kinds


PSEUDONYMISED_COLUMNS, PSEUDONYMISED_KINDS = columns(True)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows: int
    pseudonymised: bool
    replaced: bool = False
    """A file was at the path already and was replaced (its mode kept)."""
    verbatims_kept: bool = False
    """A pseudonymised export that still holds the customers' own words (the header says)."""


def pseudonymous_agents(look: _Lookups, key: bytes) -> _Lookups:
    """``look`` with each agent's name replaced by :func:`agent_pseudonym`."""
    users = {agent: agent_pseudonym(key, agent) for agent in look.users}
    return dataclasses.replace(look, users=users)


def _writer_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("the file must end in .csv or .xlsx", field="out")
    return suffix[1:]


@dataclass
class _Lookups:
    """Small catalogues mapped in Python so the streamed query stays narrow."""

    reasons: dict[str, tuple[str, str]]  # reason id -> (category label, reason label)
    cycles: dict[str, str]
    users: dict[str, str]
    offers: dict[str, str]


def _lookups(conn: Connection, lang: str) -> _Lookups:
    def label(row: Row[Any]) -> str:
        labels = {"pt_BR": row.label_pt_br, "pt_PT": row.label_pt_pt, "en": row.label_en}
        return pick_label(labels, lang).text or str(row.code)

    cats = {r.id.hex: label(r) for r in conn.execute(select(ReasonCategory.__table__))}
    raw = {r.id.hex: r for r in conn.execute(select(Reason.__table__))}
    out: dict[str, tuple[str, str]] = {}
    for rid, row in raw.items():
        target = raw.get(row.merged_into_id.hex, row) if row.merged_into_id else row
        out[rid] = (cats.get(target.category_id.hex, ""), label(target))
    return _Lookups(
        reasons=out,
        cycles={r.id.hex: r.name for r in conn.execute(select(Cycle.__table__))},
        users={r.id.hex: r.name for r in conn.execute(select(User.__table__))},
        offers={r.id.hex: label(r) for r in conn.execute(select(Offer.__table__))},
    )


def _raw(column: Any) -> Any:
    """The stored text of a UUID or timestamp column (no per-row object conversion)."""
    return type_coerce(column, String)


def _key(value: object) -> str:
    """Lookup key of a UUID read raw (hex on SQLite, text on PostgreSQL) or as UUID."""
    return str(value).replace("-", "")


def _call_rows_stmt(filters: ReportFilters):  # type: ignore[no-untyped-def]
    offer = (
        select(offers_made.c.offer_id)
        .where(offers_made.c.call_id == calls.c.id)
        .order_by(offers_made.c.made_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            _raw(calls.c.started_at).label("started_at"),
            _raw(calls.c.cycle_id).label("cycle_id"),
            _raw(calls.c.agent_id).label("agent_id"),
            _raw(customers.c.id).label("customer_id"),
            customers.c.external_id,
            customers.c.name,
            customers.c.segment,
            customers.c.currency,
            customers.c.monthly_revenue_cents,
            _raw(call_reasons.c.reason_id).label("reason_id"),
            type_coerce(call_reasons.c.is_primary, Integer).label("is_primary"),
            call_reasons.c.verbatim,
            type_coerce(call_reasons.c.verified, Integer).label("verified"),
            _raw(offer).label("offer_id"),
            calls.c.outcome,
        )
        .join_from(call_reasons, calls, calls.c.id == call_reasons.c.call_id)
        .join(customers, customers.c.id == calls.c.customer_id)
        .where(finished(filters), *call_conditions(filters))
        .order_by(calls.c.started_at, call_reasons.c.position)
    )


def _imported_rows_stmt(filters: ReportFilters, *, raw_dates: bool = False):  # type: ignore[no-untyped-def]
    departed = _raw(customers.c.departed_on) if raw_dates else customers.c.departed_on
    return (
        select(
            departed.label("departed_on"),
            _raw(customers.c.id).label("customer_id"),
            customers.c.external_id,
            customers.c.name,
            customers.c.segment,
            customers.c.currency,
            customers.c.monthly_revenue_cents,
            _raw(customers.c.imported_reason_id).label("imported_reason_id"),
            customers.c.imported_reason_text,
        )
        .where(customers.c.imported_reason_id.is_not(None), *customer_conditions(filters))
        .order_by(customers.c.departed_on)
    )


def _count(conn: Connection, stmt: Any) -> int:
    return int(conn.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)


def _rows(
    conn: Connection, filters: ReportFilters, look: _Lookups, ref: Any
) -> Iterator[list[Cell]]:
    """Every reason recorded, as export cells (customer name still included)."""
    days: dict[str, date] = {}
    for r in conn.execution_options(yield_per=BATCH).execute(_call_rows_stmt(filters)):
        cat, reason = look.reasons.get(_key(r.reason_id), ("", ""))
        stamp = str(r.started_at)[:10]
        day = days.get(stamp)
        if day is None:
            day = days[stamp] = date.fromisoformat(stamp)
        yield [
            "call",
            day,
            look.cycles.get(_key(r.cycle_id), "") if r.cycle_id else "",
            look.users.get(_key(r.agent_id), ""),
            ref(r),
            r.name,
            r.segment,
            _money(r),
            cat,
            reason,
            "primary" if r.is_primary else "secondary",
            r.verbatim,
            bool(r.verified),
            look.offers.get(_key(r.offer_id), "") if r.offer_id else "",
            r.outcome,
        ]
    for r in conn.execution_options(yield_per=BATCH).execute(_imported_rows_stmt(filters)):
        cat, reason = look.reasons.get(_key(r.imported_reason_id), ("", ""))
        yield [
            "imported",
            r.departed_on,
            "",
            "",
            ref(r),
            r.name,
            r.segment,
            _money(r),
            cat,
            reason,
            "primary",
            r.imported_reason_text,
            None,
            "",
            None,
        ]


def _money(row: Row[Any]) -> Money | None:
    cents = row.monthly_revenue_cents
    return None if cents is None else Money(int(cents), row.currency or "BRL")


def export_reasons(
    sessions: sessionmaker[Session],
    user: UserDTO | None,
    out: Path,
    *,
    filters: ReportFilters | None = None,
    pseudonymise: bool = False,
    keep_verbatims: bool = False,
    locale_name: str | None = None,
    lang: str = "en",
    token: CancelToken | None = None,
) -> ProgressGen[ExportSummary]:
    """Write the reason log to ``out`` (``.csv`` or ``.xlsx``), yielding progress.

    ``pseudonymise``: no customer names, hashed customer references and agent names, and
    no verbatims unless ``keep_verbatims`` (their column is then headed
    :data:`VERBATIM_KEPT`).

    Raises:
        PermissionDenied: the user is not a supervisor.
        ValidationError: the file name or folder is not usable.
        Cancelled: the user cancelled; no file was left under ``out``.
    """
    try:
        require_role(user, Role.SUPERVISOR)
    except PermissionDenied as exc:
        who = f"{user.name} is {user.role.value}" if user else "no user is signed in"
        raise PermissionDenied(f"only supervisors may export the reason log ({who})") from exc
    assert user is not None
    kind = _writer_for(out)
    filters = filters or ReportFilters()
    token = token or CancelToken()
    target = check_target(out)
    out = target.path
    key = pseudonym_key(sessions) if pseudonymise else b""

    def ref(row: Row[Any]) -> str:
        return customer_ref(row.external_id, row.customer_id)

    def customer_ref(external_id: str | None, customer_id: str) -> str:
        plain = external_id or str(uuid.UUID(str(customer_id)))
        return pseudonym(key, plain) if pseudonymise else plain

    try:
        output = OutputFile(out, target.mode)
    except OSError as exc:
        raise os_error(out, exc) from exc
    rows = 0
    try:
        with sessions() as session:
            conn = session.connection()
            look = _lookups(conn, lang)
            if pseudonymise:
                look = pseudonymous_agents(look, key)
            total = _count(conn, _call_rows_stmt(filters)) + _count(
                conn, _imported_rows_stmt(filters)
            )
            yield Progress(0, total, "exporting")
            fd = os.dup(output.fd)  # the writer closes its copy; commit needs the file
            if kind == "csv":
                rows = yield from _write_csv(
                    conn, filters, look, customer_ref, fd, locale_name, pseudonymise, total, token,
                    keep_verbatims=keep_verbatims,
                )  # fmt: skip
            else:
                rows = yield from _write(
                    conn, filters, look, ref, kind, fd, locale_name, pseudonymise, total, token,
                    keep_verbatims=keep_verbatims,
                )  # fmt: skip
        entry = _audit(user, out, filters, rows, pseudonymise, kind)
        if pseudonymise and entry.details is not None:
            entry.details["verbatims_kept"] = keep_verbatims
        place_with_audit(sessions, output, entry)
    except OSError as exc:
        raise os_error(out, exc) from exc
    finally:
        output.close()
    log.info("exported %d reason rows to %s%s", rows, out, " (replaced)" if target.replaces else "")
    return ExportSummary(
        path=out,
        rows=rows,
        pseudonymised=pseudonymise,
        replaced=target.replaces,
        verbatims_kept=pseudonymise and keep_verbatims,
    )


def _write_csv(
    conn: Connection,
    filters: ReportFilters,
    look: _Lookups,
    ref: Any,
    fd: int,
    locale_name: str | None,
    pseudonymise: bool,
    total: int,
    token: CancelToken,
    *,
    keep_verbatims: bool = False,
) -> ProgressGen[int]:
    """CSV through the tuple fast path (``services.export_csv``)."""
    throttle = Throttle()
    rows = 0
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        for rows in write_csv(
            handle,
            conn,
            (_call_rows_stmt(filters), _imported_rows_stmt(filters, raw_dates=True)),
            look,
            ref,
            names=columns(pseudonymise, keep_verbatims)[0],
            locale_name=locale_name,
            pseudonymise=pseudonymise,
            drop_verbatim=pseudonymise and not keep_verbatims,
        ):
            token.check()
            if throttle.ready():
                yield Progress(rows, total, "exporting")
        token.check()
    yield Progress(rows, total, "exporting")
    return rows


def _write(
    conn: Connection,
    filters: ReportFilters,
    look: _Lookups,
    ref: Any,
    kind: str,
    fd: int,
    locale_name: str | None,
    pseudonymise: bool,
    total: int,
    token: CancelToken,
    *,
    keep_verbatims: bool = False,
) -> ProgressGen[int]:
    throttle = Throttle()
    names, kinds = columns(pseudonymise, keep_verbatims)
    rows = 0
    handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
    writer: RowWriter | None = None
    try:
        if kind == "csv":
            writer = CsvRowWriter(handle, locale_name)
        else:
            writer = XlsxRowWriter(cast(BinaryIO, handle.buffer))
        writer.header(names, kinds)
        for cells in _rows(conn, filters, look, ref):
            if pseudonymise:
                if not keep_verbatims:
                    del cells[VERBATIM_AT]
                del cells[NAME_AT]
            writer.row(cells)
            rows += 1
            if rows % 500 == 0:
                token.check()
                if throttle.ready():
                    yield Progress(rows, total, "exporting")
        token.check()
        writer.close()
    finally:
        if isinstance(writer, XlsxRowWriter):
            writer.discard()
        if not handle.closed:
            handle.close()
    yield Progress(rows, total, "exporting")
    return rows


def _audit(
    user: UserDTO,
    out: Path,
    filters: ReportFilters,
    rows: int,
    pseudonymised: bool,
    kind: str,
) -> AuditEntry:
    details: dict[str, object] = {
        "file": out.name,
        "format": kind,
        "rows": rows,
        "pseudonymised": pseudonymised,
        "filters": filters.describe(),
        "exported_on": date.today().isoformat(),
    }
    return AuditEntry(
        user_id=user.id, action="export.reason_log", entity="reason_log", details=details
    )
