"""Row writers for the reason-log export: CSV (locale conventions) and typed XLSX.

Both write to an open temporary file chosen by ``services/exports/reason_log.py`` and take rows of
plain Python values: ``str``, ``int``, ``bool``, ``date`` and :class:`Money` (cents plus
currency). Text that a spreadsheet would run as a formula is neutralised; numbers we
produce ourselves (money, counts) stay numbers.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, BinaryIO, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

from recovery_desk.storage.scratch import WorkFile

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "BRL"


Cell = str | int | bool | date | Money | None


@dataclass(frozen=True)
class CsvConventions:
    delimiter: str
    decimal: str
    date_format: str


def conventions(locale_name: str | None) -> CsvConventions:
    """What a spreadsheet in this locale expects: pt_BR/pt_PT ``;`` and ``,``; else ``,``/``.``."""
    name = (locale_name or "en").replace("-", "_").lower()
    if name.startswith("pt"):
        return CsvConventions(";", ",", "%d/%m/%Y")
    return CsvConventions(",", ".", "%Y-%m-%d")


def neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would read as a formula (``=``, ``+``, ``-``...)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def money_text(cents: int, decimal_mark: str) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}{decimal_mark}{rest:02d}"


class RowWriter(Protocol):
    def header(self, names: Sequence[str], kinds: Sequence[str] = ()) -> None: ...

    def row(self, values: Sequence[Cell]) -> None: ...

    def close(self) -> None: ...


def _text_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return str(value)


class CsvRowWriter:
    """UTF-8 with BOM (Excel reads accents right), delimiter and decimal mark by locale."""

    def __init__(self, handle: IO[str], locale_name: str | None = None) -> None:
        self.conv = conventions(locale_name)
        handle.write("\ufeff")
        self._writer = csv.writer(handle, delimiter=self.conv.delimiter, lineterminator="\r\n")
        self._convert: list[Callable[[Cell], str]] | None = None

    def header(self, names: Sequence[str], kinds: Sequence[str] = ()) -> None:
        """Write the header; ``kinds`` (text, date, money, bool) picks fast converters."""
        self._writer.writerow(names)
        fast = {"text": _text_cell, "date": self._date_cell, "money": self._money_cell}
        self._convert = [fast.get(kind, self._cell) for kind in kinds] or None

    def _date_cell(self, value: Cell) -> str:
        return value.strftime(self.conv.date_format) if isinstance(value, date) else ""

    def _money_cell(self, value: Cell) -> str:
        return money_text(value.cents, self.conv.decimal) if isinstance(value, Money) else ""

    def _cell(self, value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return neutralise(value)
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, Money):
            return money_text(value.cents, self.conv.decimal)
        if isinstance(value, date):
            return value.strftime(self.conv.date_format)
        return str(value)

    def row(self, values: Sequence[Cell]) -> None:
        convert = self._convert
        if convert is None or len(convert) != len(values):
            self._writer.writerow([self._cell(v) for v in values])
        else:
            self._writer.writerow([f(v) for f, v in zip(convert, values, strict=True)])

    def close(self) -> None:
        """Nothing to flush beyond the file, which the caller closes."""


CURRENCY_FORMATS = {
    "BRL": '"R$" #,##0.00;-"R$" #,##0.00',
    "EUR": '#,##0.00 "€";-#,##0.00 "€"',
}


class XlsxRowWriter:
    """Write-only workbook with typed cells: dates as dates, money as currency numbers.

    ``path`` is a file name or a binary file open for writing. openpyxl's sheet is spooled
    to a work file of the scratch folder (removed at close, or at the next start after a
    kill), never to a nameless file of the system's temporary folder.
    """

    def __init__(self, path: Path | BinaryIO, sheet_title: str = "reasons") -> None:
        self.path = path
        self.book = Workbook(write_only=True)
        self.sheet: WriteOnlyWorksheet = self.book.create_sheet(sheet_title)
        self._formats: dict[str, str] = {}
        self._spool = WorkFile(suffix=".xml")
        writer = WorksheetWriter(self.sheet, out=str(self._spool.path))
        ALL_TEMP_FILES.append(str(self._spool.path))  # openpyxl's cleanup expects it listed
        writer.write_top()
        self.sheet._writer = writer

    def header(self, names: Sequence[str], kinds: Sequence[str] = ()) -> None:
        self.sheet.append(list(names))

    def _money(self, value: Money) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=Decimal(value.cents) / 100)
        cell.number_format = CURRENCY_FORMATS.get(value.currency, f'#,##0.00 "{value.currency}"')
        return cell

    def _date(self, value: date) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.number_format = "DD/MM/YYYY"
        return cell

    def row(self, values: Sequence[Cell]) -> None:
        out: list[object] = []
        for value in values:
            if isinstance(value, str):
                out.append(neutralise(value))
            elif isinstance(value, Money):
                out.append(self._money(value))
            elif isinstance(value, date):
                out.append(self._date(value))
            else:
                out.append(value)
        self.sheet.append(out)

    def close(self) -> None:
        try:
            self.book.save(self.path)
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the sheet's work file (done by :meth:`close`; call it on failure)."""
        with contextlib.suppress(ValueError):
            ALL_TEMP_FILES.remove(str(self._spool.path))
        self._spool.remove()
