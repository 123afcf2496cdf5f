"""Importing departed customers from CSV or XLSX (supervisors only).

:func:`run_import` is a generator yielding :class:`Progress` and checking a
:class:`CancelToken`; everything it writes — customers, new reasons, outbox entries and the
audit entry — happens in ONE transaction, so a cancel, a crash or an unreadable file leaves
the database as it was. Rejected rows are listed with their row number, field and reason,
and written to an errors CSV (a temporary file renamed at the end) the user can fix and
import again.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection

from recovery_desk.domain.enums import Role
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.imports import errors as import_errors
from recovery_desk.services.imports.errors import ErrorSpool, Rejection, Translate
from recovery_desk.services.imports.limits import DEFAULT_LIMITS, ReadLimits
from recovery_desk.services.imports.mapping import check_mapping, resolve_mapping
from recovery_desk.services.imports.read import (
    FileInfo,
    Row,
    RowSource,
    detect,
    is_xlsx,
)
from recovery_desk.services.imports.reasons import ReasonCatalogue
from recovery_desk.services.imports.rows import (
    CURRENCY_BY_REGION,
    ParsedRow,
    Problem,
    convert_row,
)
from recovery_desk.services.imports.values import REGIONS, as_text
from recovery_desk.services.imports.writer import CustomerWriter
from recovery_desk.services.progress import CancelToken, Progress, Throttle
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.deferred_indexes import DeferredIndexes
from recovery_desk.storage.search_index import BatchedSearchIndex
from recovery_desk.storage.tables import AuditEntry

log = logging.getLogger("recovery_desk.imports")

SHOWN_REJECTIONS = 1000
PREVIEW_ROWS = 50
DEFER_INDEXES_AT = 50_000
"""An import expected to bring at least this many rows, and at least as many as the table
holds, builds the customers' secondary indexes once at the end (see
:mod:`storage.deferred_indexes`)."""
ESTIMATE_AFTER = 2_000
"""Rows read before the import estimates the file's row count from the bytes read."""
LOOKUP_INDEXES = ("ix_customers_phone", "ix_customers_email", "ix_customers_name_folded")
"""Indexes the import itself reads (matching rows to known customers): never deferred."""
PER_MILLE = 1000
READING_SHARE = 900
"""Of the progress bar's 1000, what reading and writing the rows take; building the
deferred indexes (a million customers: about ten seconds) moves it through the rest."""


@dataclass(frozen=True)
class PreviewRow:
    number: int
    cells: tuple[str, ...]
    problems: tuple[tuple[int, Problem], ...]
    """(column index, problem) for every cell at fault (errors and warnings)."""


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    no_revenue: int
    no_departure: int
    invalid_phones: int
    new_reasons: int
    rejections: tuple[Rejection, ...]
    """The first rejections (row, field, reason); all of them are in the errors CSV."""
    errors_file: Path | None

    @property
    def imported(self) -> int:
        return self.inserted + self.updated + self.unchanged

    @property
    def warnings(self) -> int:
        return self.no_revenue + self.no_departure + self.invalid_phones

    def __str__(self) -> str:
        return (
            f"{self.file_name}: {self.inserted} inserted, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.rejected} rejected; warnings: "
            f"{self.no_revenue} without revenue, {self.no_departure} without departure date, "
            f"{self.invalid_phones} phones not recognised; {self.new_reasons} new reasons "
            "to review"
        )


def inspect_file(
    path: Path,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str | None] | None = None,
    require_identity: bool = True,
    refuse_duplicates: bool = True,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> FileInfo:
    """Detect format and headers; resolve the mapping (guess + ``overrides``).

    ``limits``: the bounds the file is read within (see :class:`ReadLimits`);
    ``refuse_duplicates=False`` leaves a guess on a header two columns share unmapped
    instead of refusing it (see :func:`resolve_mapping`).

    Raises:
        ValidationError: unreadable file, a bound passed, unknown sheet, two columns of
            the same name, or a mapping without identity.
    """
    fmt = detect(path, sheet, limits)
    with RowSource(path, fmt) as source:
        headers = tuple(source.headers)
    mapping = resolve_mapping(
        headers,
        overrides or {},
        require_identity=require_identity,
        refuse_duplicates=refuse_duplicates,
    )
    return FileInfo(path, fmt, headers, mapping)


def is_workbook(path: Path) -> bool:
    """True for an XLSX workbook (the wizard then offers its sheets)."""
    return path.is_file() and is_xlsx(path)


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX workbook, in order."""
    return detect(path).sheets


def preview(info: FileInfo, *, region: str = "BR", limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first ``limit`` data rows with every cell's problem (the wizard's preview)."""
    rows: list[PreviewRow] = []
    with RowSource(info.path, info.format) as source:
        for number, cells in _data_rows(source):
            parsed = convert_row(number, cells, info.mapping, region)
            marks = tuple(
                (info.mapping.get(p.field, -1), p) for p in (*parsed.problems, *parsed.warnings)
            )
            rows.append(PreviewRow(number, tuple(as_text(c) for c in cells), marks))
            if len(rows) >= limit:
                break
    return rows


def _data_rows(source: RowSource) -> Iterator[Row]:
    """The rows after the header, skipping empty ones."""
    for number, cells in source:
        if any(c not in (None, "") for c in cells):
            yield number, cells


def run_import(
    sessions: Sessions,
    user: UserDTO | None,
    info: FileInfo,
    *,
    region: str = "BR",
    errors_path: Path | None = None,
    token: CancelToken | None = None,
    translate: Translate | None = None,
    defer_at: int = DEFER_INDEXES_AT,
) -> Generator[Progress, None, ImportSummary]:
    """Import ``info``'s file in one transaction; returns the summary.

    ``defer_at``: the expected row count from which a large import builds the customers'
    secondary indexes at the end instead of row by row.

    Raises:
        PermissionDenied: the user is not a supervisor.
        ValidationError: the mapping has no identity or the file became unreadable.
        Cancelled: the token was cancelled (nothing was written).
    """
    require_role(user, Role.SUPERVISOR)
    assert user is not None
    check_mapping(info.mapping)
    region = region.upper() if region.upper() in REGIONS else "BR"
    token = token or CancelToken()
    throttle = Throttle()
    counts = {"no_revenue": 0, "no_departure": 0, "invalid_phones": 0}
    shown: list[Rejection] = []
    spool = ErrorSpool(info, errors_path, translate)
    try:
        with sessions.begin() as session, RowSource(info.path, info.format) as source:
            conn = session.connection()
            reasons = ReasonCatalogue(conn)
            search = BatchedSearchIndex(conn)
            writer = CustomerWriter(conn, CURRENCY_BY_REGION[region], search=search)
            indexes = DeferredIndexes(conn, "customers", keep=LOOKUP_INDEXES)
            yield Progress(0, PER_MILLE if source.total else None, "reading")
            for seen, (number, cells) in enumerate(_data_rows(source), start=1):
                if seen == ESTIMATE_AFTER and _is_bulk(conn, source, info, seen, defer_at):
                    indexes.defer()
                if seen % 256 == 0:
                    token.check()
                    if throttle.ready():
                        done = source.position if info.format.kind == "csv" else number
                        yield _reading(done, source.total, f"{seen} rows")
                row = convert_row(number, cells, info.mapping, region)
                if row.rejected:
                    spool.add(cells, row.problems)
                    if len(shown) < SHOWN_REJECTIONS:
                        shown.extend(Rejection.of(number, p) for p in row.problems)
                    continue
                _count_warnings(row, counts)
                if row.reason:
                    row.values["imported_reason_id"] = reasons.resolve(row.reason, row.category)
                    row.values["imported_reason_text"] = row.reason
                writer.add(row)
            writer.flush()
            token.check()
            for built, count in indexes.restore_each():
                token.check()
                share = (PER_MILLE - READING_SHARE) * built // max(count, 1)
                yield Progress(READING_SHARE + share, PER_MILLE, f"indexing {built}/{count}")
            search.restore()
            summary = ImportSummary(
                file_name=info.path.name,
                inserted=writer.inserted,
                updated=writer.updated,
                unchanged=writer.unchanged,
                rejected=spool.count,
                new_reasons=reasons.created_reasons,
                rejections=tuple(shown[:SHOWN_REJECTIONS]),
                errors_file=None,
                **counts,
            )
            session.add(_audit(user, info, summary))
            yield Progress(PER_MILLE, PER_MILLE, "saving")
        summary = replace(summary, errors_file=spool.finish())
    except BaseException:
        spool.discard()
        raise
    log.info("import of %s: %s", info.path.name, summary)
    return summary


def _reading(done: int, total: int, message: str) -> Progress:
    """Reading ``done`` of ``total`` (bytes or rows) as its share of the bar."""
    if not total:
        return Progress(done, None, message)
    return Progress(min(READING_SHARE * done // total, READING_SHARE), PER_MILLE, message)


def _is_bulk(conn: Connection, source: RowSource, info: FileInfo, seen: int, defer_at: int) -> bool:
    """Whether the file, judged by its first ``seen`` rows, brings at least ``defer_at``
    rows and at least as many as there are customers already."""
    if info.format.kind == "csv":
        expected = source.total * seen // max(source.position, 1)
    else:
        expected = source.total
    if expected < defer_at:
        return False
    existing = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() or 0
    return bool(expected >= existing)


def _count_warnings(row: ParsedRow, counts: dict[str, int]) -> None:
    for warning in row.warnings:
        if warning.field == "monthly_revenue":
            counts["no_revenue"] += 1
        elif warning.field == "departed_on":
            counts["no_departure"] += 1
        else:
            counts["invalid_phones"] += 1


def _audit(user: UserDTO, info: FileInfo, summary: ImportSummary) -> AuditEntry:
    return AuditEntry(
        user_id=user.id,
        action="customers.import",
        entity="customers",
        details={
            "file": info.path.name,
            "sheet": info.format.sheet,
            "inserted": summary.inserted,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "rejected": summary.rejected,
            "warnings": summary.warnings,
            "new_reasons": summary.new_reasons,
        },
    )


save_errors_csv = import_errors.save_copy
