"""Importing health indicators of returned customers from CSV (all or nothing).

Columns (header row, any order, case-insensitive; ``;`` or ``,`` separated; UTF-8 with or
without BOM, else Windows-1252):

* ``customer`` — the customer's external id (``external_id`` is accepted too);
* ``date`` — ``dd/mm/yyyy`` or ``yyyy-mm-dd``;
* ``kind`` — ``service_call``, ``purchase`` or ``support_contact``;
* ``quantity`` — optional, a whole number ≥ 1 (default 1);
* ``note`` — optional.

Every row is checked before anything is written; any bad row aborts the whole file with
a message naming the row (1 = first data row after the header is row 2, as a spreadsheet
shows it) and the field.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from recovery_desk.domain.enums import HealthKind, Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.progress import CancelToken, Progress, ProgressGen, Throttle
from recovery_desk.services.users.access import require_role
from recovery_desk.storage import outbox
from recovery_desk.storage.tables import Customer, HealthEvent

ALIASES = {"external_id": "customer", "occurred_on": "date"}
REQUIRED = ("customer", "date", "kind")


class HealthImportError(ValidationError):
    """The file has bad rows; ``errors`` lists each (row, field, message). Nothing written."""

    def __init__(self, errors: list[ValidationError]):
        first = errors[0]
        super().__init__(first.message, field=first.field, row=first.row)
        self.errors = errors


@dataclass(frozen=True)
class HealthImportResult:
    rows: int
    customers: int


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # bytes no text encoding has: not a CSV at all
        raise ValidationError("not a text file (UTF-8 or Windows-1252)", field="file") from None


def _parse_date(text: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_row(
    number: int, row: dict[str, str], known: dict[str, uuid.UUID], today: date
) -> tuple[dict[str, object] | None, list[ValidationError]]:
    errors: list[ValidationError] = []
    ref = row.get("customer", "").strip()
    customer_id = known.get(ref)
    if not ref:
        errors.append(
            ValidationError("the customer reference is empty", field="customer", row=number)
        )
    elif customer_id is None:
        errors.append(ValidationError(f"no customer '{ref}'", field="customer", row=number))
    occurred: date | None = None
    try:
        occurred = _parse_date(row.get("date", "").strip())
        if occurred > today:
            errors.append(ValidationError("the date is in the future", field="date", row=number))
    except ValueError:
        errors.append(
            ValidationError("not a date (dd/mm/yyyy or yyyy-mm-dd)", field="date", row=number)
        )
    kind = row.get("kind", "").strip().lower()
    if kind not in {k.value for k in HealthKind}:
        errors.append(
            ValidationError(
                "kind must be service_call, purchase or support_contact", field="kind", row=number
            )
        )
    quantity_text = (row.get("quantity") or "").strip() or "1"
    quantity = int(quantity_text) if quantity_text.isdigit() else 0
    if quantity < 1:
        errors.append(ValidationError("not a whole number ≥ 1", field="quantity", row=number))
    if errors:
        return None, errors
    return {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "occurred_on": occurred,
        "kind": kind,
        "quantity": quantity,
        "note": (row.get("note") or "").strip() or None,
    }, []


def import_health(
    sessions: Sessions,
    user: UserDTO,
    path: Path,
    token: CancelToken | None = None,
    *,
    today: date | None = None,
) -> ProgressGen[HealthImportResult]:
    """Check then insert every row of ``path`` in one transaction (a generator).

    Raises:
        HealthImportError: bad rows (nothing written).
        ValidationError: the file cannot be read or lacks a required column.
        PermissionDenied: the user is not a supervisor.
        Cancelled: the user cancelled (nothing written).
    """
    require_role(user, Role.SUPERVISOR)
    token = token or CancelToken()
    today = today or date.today()
    try:
        text = _read_text(path)
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}", field="file") from exc
    first_line = text.splitlines()[0] if text else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ValidationError("missing column", field=missing[0], row=1)
    reader.fieldnames = header
    rows = list(reader)
    throttle = Throttle()
    with sessions.begin() as session:
        known = {
            ext: cid
            for ext, cid in session.execute(
                select(Customer.external_id, Customer.id).where(Customer.external_id.is_not(None))
            )
            if ext is not None
        }
        parsed: list[dict[str, object]] = []
        errors: list[ValidationError] = []
        for index, row in enumerate(rows, start=2):
            token.check()
            values, row_errors = _parse_row(index, row, known, today)
            errors.extend(row_errors)
            if values is not None:
                parsed.append(values)
            if throttle.ready():
                yield Progress(index - 1, len(rows), "checking")
        if errors:
            raise HealthImportError(errors)
        if not parsed:
            raise ValidationError("the file has no rows", field="file")
        token.check()
        outbox.bulk_insert(session.connection(), HealthEvent, parsed)
        customers = len({values["customer_id"] for values in parsed})
        audit(
            session,
            user,
            "health_imported",
            "health_events",
            "-",
            details={"file": path.name, "rows": len(parsed), "customers": customers},
        )
        yield Progress(len(rows), len(rows), "saved")
    return HealthImportResult(rows=len(parsed), customers=customers)
