"""Turning one row of an import file into customer values, with its problems.

Shared by the import itself and the wizard's preview, so both mark the same cells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from recovery_desk.domain.customer_search import search_terms
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.text import fold
from recovery_desk.services.imports import values
from recovery_desk.services.imports.values import Cell, FaultyCells, ValueProblem

NO_IDENTITY = QT_TRANSLATE_NOOP("messages", "the row has neither a customer code nor a name")
NO_REVENUE = QT_TRANSLATE_NOOP("messages", "no monthly revenue: reports show it as unknown")
NO_DEPARTURE = QT_TRANSLATE_NOOP("messages", "no departure date: reports show it as unknown")
BAD_PHONE = QT_TRANSLATE_NOOP("messages", "phone number not recognised, kept as typed: %1")

_TEXT_LIMITS = {
    "external_id": 100,
    "name": 300,
    "segment": 100,
    "region": 100,
    "served_by": 200,
    "reason": 300,
    "category": 200,
    "notes": 10_000,
}
_MONEY = {"monthly_revenue": "monthly_revenue_cents", "lifetime_value": "lifetime_value_cents"}
_DATES = ("customer_since", "departed_on")
CURRENCY_BY_REGION = {"BR": "BRL", "PT": "EUR"}


@dataclass(frozen=True)
class Problem:
    """Why a cell cannot be used (``severity`` "error" rejects the row; "warning" not)."""

    field: str
    template: str
    value: str = ""
    detail: str = ""
    severity: str = "error"

    @property
    def text(self) -> str:
        return self.template.replace("%1", self.value).replace("%2", self.detail)


@dataclass
class ParsedRow:
    """Customer column values of one row (only the cells the file filled)."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    category: str | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


def cell(cells: Sequence[Cell], mapping: Mapping[str, int], name: str) -> Cell:
    index = mapping.get(name)
    if index is None or index >= len(cells):
        return None
    return cells[index]


def convert_row(
    number: int, cells: Sequence[Cell], mapping: Mapping[str, int], region: str = "BR"
) -> ParsedRow:
    """Parse the mapped cells of one row; problems name the field at fault."""
    row = ParsedRow(number)
    if type(cells) is FaultyCells:  # not getattr: its miss raises, on every good row
        row.problems.extend(_faults(number, cells.faults, mapping))
    _texts(row, cells, mapping)
    _amounts_and_dates(row, cells, mapping, region)
    _contact(row, cells, mapping, region)
    out = row.values
    if not out.get("external_id") and not out.get("name"):
        row.problems.append(Problem("name" if "name" in mapping else "external_id", NO_IDENTITY))
    faulty = {p.field for p in row.problems}
    if "monthly_revenue_cents" not in out and "monthly_revenue" not in faulty:
        row.warnings.append(Problem("monthly_revenue", NO_REVENUE, severity="warning"))
    if "departed_on" not in out and "departed_on" not in faulty:
        row.warnings.append(Problem("departed_on", NO_DEPARTURE, severity="warning"))
    return row


def _faults(
    number: int, faults: Sequence[tuple[int, str]], mapping: Mapping[str, int]
) -> list[Problem]:
    """The cells the reader could not read whole (a formula without a saved value, a NUL
    or undecodable byte), each named by its cell (``C7``); the field is the one mapped to
    that column, or the column's letter."""
    fields = {index: name for name, index in mapping.items()}
    problems = []
    for index, template in faults:
        letter = column_letter(index)
        problems.append(Problem(fields.get(index, letter), template, f"{letter}{number}"))
    return problems


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _texts(row: ParsedRow, cells: Sequence[Cell], mapping: Mapping[str, int]) -> None:
    for name, limit in _TEXT_LIMITS.items():
        if name not in mapping:
            continue
        try:
            text = values.clean_text(cell(cells, mapping, name), limit)
        except ValueProblem as exc:
            row.problems.append(Problem(name, exc.template, exc.value, exc.detail))
            continue
        if text is None:
            continue
        if name == "reason":
            row.reason = text
        elif name == "category":
            row.category = text
        else:
            row.values[name] = text


def _amounts_and_dates(
    row: ParsedRow, cells: Sequence[Cell], mapping: Mapping[str, int], region: str
) -> None:
    for name, column in _MONEY.items():
        raw = cell(cells, mapping, name)
        try:
            cents = values.parse_money(raw)
        except ValueProblem as exc:
            row.problems.append(Problem(name, exc.template, exc.value, exc.detail))
            continue
        if cents is not None:
            row.values[column] = cents
            row.values.setdefault("currency", _currency(raw, region))
    for name in _DATES:
        try:
            day = values.parse_date(cell(cells, mapping, name))
        except ValueProblem as exc:
            row.problems.append(Problem(name, exc.template, exc.value, exc.detail))
            continue
        if day is not None:
            row.values[name] = day


def _contact(
    row: ParsedRow, cells: Sequence[Cell], mapping: Mapping[str, int], region: str
) -> None:
    if "phone" in mapping:
        phone, valid = values.parse_phone(cell(cells, mapping, "phone"), region)
        if phone is not None:
            if len(phone) > 40:
                phone = phone[:40]
            row.values["phone"] = phone
            row.values["phone_valid"] = valid
            if not valid:
                row.warnings.append(Problem("phone", BAD_PHONE, phone, severity="warning"))
    if "email" in mapping:
        try:
            email = values.normalise_email(values.clean_text(cell(cells, mapping, "email"), 300))
        except ValueProblem as exc:
            row.problems.append(Problem("email", exc.template, exc.value, exc.detail))
            return
        if email:
            row.values["email"] = email


def _currency(raw: Cell, region: str) -> str:
    if isinstance(raw, str):
        if "€" in raw or "EUR" in raw.upper():
            return "EUR"
        if "R$" in raw or "BRL" in raw.upper():
            return "BRL"
    return CURRENCY_BY_REGION.get(region, "BRL")


def derived(record: Mapping[str, Any]) -> dict[str, str]:
    """``name_folded`` and ``search_terms`` of a customer's values."""
    name = record.get("name")
    folded = fold(name)
    return {
        "name_folded": folded[:300],
        "search_terms": search_terms(
            name,
            record.get("external_id"),
            record.get("phone"),
            record.get("email"),
            folded_name=folded,
        ),
    }
