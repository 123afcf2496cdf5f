"""Reading an XLSX sheet as a stream of rows, safely and within :class:`ReadLimits`.

The workbook's XML goes through ``defusedxml``'s parser (no document types, entities or
external references: XXE and "billion laughs" files are refused). Its parts are fed to the
parser in small chunks with a target that keeps only the row being read, so memory stays
flat whatever the sheet's size; every bound is checked as the XML streams. The zip's
declared sizes are checked before anything is unpacked (Python's zip reader never unpacks
past them).

Cells come as openpyxl's read-only mode gives them (text, numbers, booleans, datetimes for
date formats); a formula cell whose workbook saved no value is a fault of its row
(:class:`FaultyCells`), never a silent blank.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from recovery_desk.services.imports import limits as bounds
from recovery_desk.services.imports.limits import LimitExceeded, ReadLimits
from recovery_desk.services.imports.values import NO_SAVED_VALUE, Cell, FaultyCells
from recovery_desk.services.imports.xlsx_parts import (
    DAMAGED,
    MB,
    PKG_REL,
    Strings,
    Styles,
    Texts,
    XlsxError,
    column_number,
    local_names,
    parse,
    to_int,
)

Row = tuple[int, list[Cell]]


class _Sheet:
    """Parser target of a worksheet: completed rows gather in :attr:`ready`."""

    TAGS = local_names("row", "c", "v", "f", "t", "is", "dimension")

    def __init__(self, book: Workbook, limits: ReadLimits):
        self.book = book
        self.limits = limits
        self.max_rows = min(limits.max_rows, bounds.EXCEL_MAX_ROWS)
        self.ready: list[Row] = []
        self.row = 0
        self.cells: list[Cell] = []
        self.faults: list[tuple[int, str]] = []
        self.count = 0
        self.column = 0
        self.kind = ""
        self.style = 0
        self.formula = False
        self.value: str | None = None
        self.inline: list[str] = []
        self.text = Texts(limits.max_cell_chars, self._where)

    def _where(self) -> str:
        return f"{get_column_letter(max(self.column, 1))}{self.row}"

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = self.TAGS.get(tag)
        if name == "c":
            ref = attrib.get("r")
            self.column = column_number(ref) if ref else len(self.cells) + 1
            if self.column > self.limits.max_columns:
                raise LimitExceeded(bounds.TOO_MANY_COLUMNS, str(self.row), self.limits.max_columns)
            self.count += 1
            if self.count > self.limits.max_cells:
                raise LimitExceeded(bounds.TOO_MANY_CELLS, str(self.row), self.limits.max_cells)
            self.kind = attrib.get("t", "n")
            self.style = to_int(attrib.get("s"))
            self.formula = False
            self.value = None
            self.inline = []
        elif name in ("v", "t"):
            self.text.begin()
        elif name == "f":
            self.formula = True
        elif name == "dimension":
            last = attrib.get("ref", "").rpartition(":")[2]
            self.book.declared_rows = min(
                to_int(last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), self.max_rows
            )
        elif name == "row":
            ref = attrib.get("r")
            self.row = to_int(ref) if ref else self.row + 1
            if self.row > self.max_rows:
                raise LimitExceeded(bounds.TOO_MANY_ROWS, str(self.row), self.max_rows)
            self.cells = []
            self.faults = []

    def data(self, text: str) -> None:
        self.text.data(text)

    def end(self, tag: str) -> None:
        name = self.TAGS.get(tag)
        if name == "v":
            self.value = self.text.take()
        elif name == "t":
            piece = self.text.take()
            if piece:
                self.inline.append(piece)
        elif name == "c":
            self._cell()
        elif name == "row":
            cells = FaultyCells(self.cells, self.faults) if self.faults else self.cells
            self.ready.append((self.row, cells))

    def close(self) -> None:
        """Nothing to return: rows were handed over in :attr:`ready`."""

    def _cell(self) -> None:
        index = self.column - 1
        if index >= len(self.cells):
            self.cells.extend([None] * (index + 1 - len(self.cells)))
        raw, kind = self.value, self.kind
        if self.formula and not raw and kind != "str":
            self.faults.append((index, NO_SAVED_VALUE))
            return
        value: Cell = None
        if kind == "inlineStr":
            value = "".join(self.inline)
        elif raw is None or raw == "":
            value = None
        elif kind == "s":
            strings = self.book.strings
            position = to_int(raw)
            value = strings[position] if 0 <= position < len(strings) else None
        elif kind in ("str", "e"):
            value = raw
        elif kind == "b":
            value = raw.strip() in ("1", "true")
        elif kind == "d":
            try:
                value = datetime.fromisoformat(raw.strip().rstrip("Z"))
            except ValueError:
                value = raw
        else:
            value = self._number(raw)
        self.cells[index] = value

    def _number(self, raw: str) -> Cell:
        try:
            number: int | float = (
                int(raw) if raw.isdigit() or raw[1:].isdigit() and raw[0] == "-" else float(raw)
            )
        except ValueError:
            return raw
        if self.style in self.book.date_styles:
            try:
                return from_excel(number, self.book.epoch)
            except (OverflowError, ValueError):
                return number
        return number


class Workbook:
    """An open XLSX file: its sheets, shared texts and date styles. Use as a context
    manager; :meth:`rows` streams one sheet."""

    def __init__(self, path: Path, limits: ReadLimits):
        self.limits = limits
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
            raise XlsxError(DAMAGED, str(exc)) from exc
        try:
            self._check_sizes()
            self.book_path = self._office_document()
            self.sheets, self.epoch = self._sheets()
            self.strings: list[str] = []
            self.date_styles: frozenset[int] = frozenset()
            self.declared_rows = 0  # from the sheet's <dimension>, for progress
        except BaseException:
            self.zip.close()
            raise

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def _check_sizes(self) -> None:
        total = sum(info.file_size for info in self.zip.infolist())
        if total > self.limits.max_book_mb * MB:
            raise LimitExceeded(bounds.BOOK_TOO_LARGE, f"{total // MB:,}", self.limits.max_book_mb)

    def _member(self, name: str, *, in_memory: bool) -> zipfile.ZipInfo | None:
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return None
        if in_memory and info.file_size > self.limits.max_part_mb * MB:
            raise LimitExceeded(bounds.PART_TOO_LARGE, name, self.limits.max_part_mb)
        return info

    def _read_part(self, name: str, target: Any) -> Any:
        """Parse a small part (held in memory whole) with ``target``."""
        info = self._member(name, in_memory=True)
        if info is None:
            return None
        with self.zip.open(info) as source:
            for _ in parse(source, target, name):
                pass
        return target

    def _office_document(self) -> str:
        rels = self._relations("_rels/.rels", "")
        for kind, target in rels.values():
            if kind.endswith("/officeDocument"):
                return target
        return "xl/workbook.xml"

    def _relations(self, name: str, base: str) -> dict[str, tuple[str, str]]:
        """``{Id: (Type, part name)}`` of a relationships part."""
        found: dict[str, tuple[str, str]] = {}

        class Target:
            def start(self, tag: str, attrib: dict[str, str]) -> None:
                if tag == PKG_REL and attrib.get("TargetMode") != "External":
                    ref = attrib.get("Target", "")
                    part = ref.lstrip("/") if ref.startswith("/") else posixpath.join(base, ref)
                    found[attrib.get("Id", "")] = (attrib.get("Type", ""), posixpath.normpath(part))

            def end(self, tag: str) -> None: ...

            def data(self, text: str) -> None: ...

            def close(self) -> None: ...

        self._read_part(name, Target())
        return found

    def _sheets(self) -> tuple[dict[str, str], datetime]:
        folder = posixpath.dirname(self.book_path)
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(self.book_path) + ".rels")
        rels = self._relations(rels_name, folder)
        sheets: dict[str, str] = {}
        epoch = [CALENDAR_WINDOWS_1900]
        tags = local_names("sheet", "workbookPr")

        class Target:
            def start(self, tag: str, attrib: dict[str, str]) -> None:
                name = tags.get(tag)
                if name == "sheet":
                    rid = next((v for k, v in attrib.items() if k.endswith("}id")), "")
                    part = rels.get(rid, ("", ""))[1]
                    if part:
                        sheets[attrib.get("name", "")] = part
                elif name == "workbookPr" and attrib.get("date1904") in ("1", "true"):
                    epoch[0] = CALENDAR_MAC_1904

            def end(self, tag: str) -> None: ...

            def data(self, text: str) -> None: ...

            def close(self) -> None: ...

        if self._read_part(self.book_path, Target()) is None:
            raise XlsxError(DAMAGED, f"{self.book_path} is missing")
        self._parts = {kind.rsplit("/", 1)[-1]: part for kind, part in rels.values()}
        return sheets, epoch[0]

    def load_shared(self) -> None:
        """Read the shared texts and date styles (before :meth:`rows`)."""
        strings = self._parts.get("sharedStrings", "xl/sharedStrings.xml")
        parsed = self._read_part(strings, Strings(self.limits))
        self.strings = parsed.strings if parsed is not None else []
        styles = self._read_part(self._parts.get("styles", "xl/styles.xml"), Styles())
        self.date_styles = styles.date_styles() if styles is not None else frozenset()

    def rows(self, sheet: str) -> Iterator[Row]:
        """The rows of ``sheet`` with their numbers, as the sheet numbers them."""
        part = self.sheets[sheet]
        info = self._member(part, in_memory=False)
        if info is None:
            raise XlsxError(DAMAGED, f"{part} is missing")
        target = _Sheet(self, self.limits)
        with self.zip.open(info) as source:
            for _ in parse(source, target, part):
                if target.ready:
                    ready, target.ready = target.ready, []
                    yield from ready
        yield from target.ready
