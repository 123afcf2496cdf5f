"""Reading an import file as a stream of rows: CSV in any usual encoding and delimiter, or
an XLSX sheet through the safe streaming reader of :mod:`.xlsx`.

Nothing is loaded whole: rows come one at a time with the row number the user sees in a
spreadsheet (the header is row 1; a quoted cell spanning lines is still one row), within
the bounds of :class:`ReadLimits` checked as the file streams. A NUL or undecodable byte
spoils only its own row (:class:`FaultyCells`), never the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.imports import limits as bounds
from recovery_desk.services.imports.limits import DEFAULT_LIMITS, LimitExceeded, ReadLimits
from recovery_desk.services.imports.rows import column_letter
from recovery_desk.services.imports.values import BAD_BYTE, Cell, FaultyCells
from recovery_desk.services.imports.xlsx import Workbook

SAMPLE_BYTES = 64 * 1024
DELIMITERS = ";,\t|"
XLSX_SUFFIXES = (".xlsx", ".xlsm")

CANNOT_READ = QT_TRANSLATE_NOOP("messages", "the file cannot be read: %1")
EMPTY_FILE = QT_TRANSLATE_NOOP("messages", "the file is empty: no header row was found")
NO_SHEET = QT_TRANSLATE_NOOP("messages", "the workbook has no sheet named '%1' (sheets: %2)")
NOT_TEXT = QT_TRANSLATE_NOOP("messages", "the file is not a CSV text file or an XLSX workbook")

REPLACEMENT = "\ufffd"
"""What an undecodable byte (or a NUL, which the csv module refuses) reads as."""
MOSTLY_UTF8 = 16
"""Undecodable spots a UTF-8 file may have and still be read as UTF-8 (those rows are
rejected); more, and it is read as Windows-1252."""

# Rows are bounded before the csv module sees them (ReadLimits.max_row_chars); a cell is
# checked against max_cell_chars after parsing, naming it.
csv.field_size_limit(2**31 - 1)


class Unreadable(ValidationError):
    """The file cannot be read at all; nothing was imported."""

    def __init__(self, template: str, *args: str):
        super().__init__(template, field="file", args=args)
        self.template = template


@dataclass
class FileFormat:
    """What was detected about a file (shown in the wizard, used to write errors CSVs)."""

    kind: str  # "csv" or "xlsx"
    encoding: str = "utf-8"
    delimiter: str = ";"
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    size: int = 0
    skip: int = 0  # bytes before the text (a UTF-8 mark in front of UTF-16 text)
    limits: ReadLimits = DEFAULT_LIMITS


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from a binary file (progress for a text stream)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def detect_encoding(path: Path) -> str:
    """The encoding of a CSV file (see :func:`detect_text`)."""
    return detect_text(path)[0]


def detect_text(path: Path) -> tuple[str, int]:
    """The encoding of a CSV file and the bytes to skip before its text: a BOM, UTF-16 by
    its zero bytes (also behind a UTF-8 mark some tools add), UTF-8 when the file decodes
    as UTF-8 but for a few bad spots, else Windows-1252 (Latin-1 for bytes 1252 leaves
    undefined). A few NUL bytes in text spoil only their rows; a file of them is binary."""
    with path.open("rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        skip = 0
        if head.startswith(codecs.BOM_UTF8):
            skip = len(codecs.BOM_UTF8)
            if not _utf16(head[skip:]):
                return "utf-8-sig", 0
            head = head[skip:]
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", skip
        if _utf16(head):
            le = head[1::2].count(0) > head[0::2].count(0)
            return ("utf-16-le" if le else "utf-16-be"), skip
        if head.count(0) > max(len(head) // 1000, 8):
            raise Unreadable(NOT_TEXT)
        fh.seek(0)
        bad, accented = _bad_spots(fh, "utf-8")
        if bad == 0 or (bad <= MOSTLY_UTF8 and accented >= 10 * bad):
            return "utf-8", 0
        fh.seek(0)
        return ("cp1252" if _bad_spots(fh, "cp1252")[0] == 0 else "latin-1"), 0


def _utf16(head: bytes) -> bool:
    """Whether ``head`` looks like UTF-16 text (a zero in most character pairs)."""
    return bool(head) and head.count(0) > len(head) // 4


def _bad_spots(fh: BinaryIO, encoding: str) -> tuple[int, int]:
    """How many spots of the file do not decode in ``encoding`` (0: it all does), and how
    many non-ASCII characters do (a UTF-8 file with a few bad bytes still has many)."""
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    spots = accented = 0
    while chunk := fh.read(1 << 20):
        text = decoder.decode(chunk)
        if not text.isascii():
            bad = text.count(REPLACEMENT)
            spots += bad
            accented += len(text) - len(text.encode("ascii", "ignore")) - bad
            if spots > MOSTLY_UTF8:
                break
    return spots + decoder.decode(b"", final=True).count(REPLACEMENT), accented


def sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: ``csv.Sniffer``, then the header line's most common
    candidate, then ``;`` (the Brazilian and Portuguese Excel default)."""
    lines = sample.splitlines()
    if len(sample) >= SAMPLE_BYTES // 2 and len(lines) > 1:
        sample = "\n".join(lines[:-1])  # the last line may be cut
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    header = lines[0] if lines else ""
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES or zipfile.is_zipfile(path)


def detect(path: Path, sheet: str | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> FileFormat:
    """Detect the format of ``path``; raise :class:`Unreadable` (or
    :class:`LimitExceeded`) when it cannot be read."""
    try:
        size = path.stat().st_size
        if is_xlsx(path):
            with Workbook(path, limits) as book:
                names = list(book.sheets)
            if not names:
                raise Unreadable(EMPTY_FILE)
            if sheet is not None and sheet not in names:
                raise Unreadable(NO_SHEET, sheet, ", ".join(names))
            return FileFormat(
                "xlsx", sheets=names, sheet=sheet or names[0], size=size, limits=limits
            )
        encoding, skip = detect_text(path)
        with path.open("rb") as raw:
            raw.seek(skip)
            sample = raw.read(SAMPLE_BYTES // 2).decode(encoding, "replace")
        return FileFormat(
            "csv", encoding, sniff_delimiter(sample), size=size, skip=skip, limits=limits
        )
    except OSError as exc:
        raise Unreadable(CANNOT_READ, exc.strerror or str(exc)) from exc


Row = tuple[int, list[Cell]]


class RowSource:
    """Header and rows of one file, streamed. Use as a context manager.

    Attributes:
        headers: the first non-empty row, as text.
        total: bytes (CSV) or rows (XLSX) to go through, for progress.
    """

    def __init__(self, path: Path, fmt: FileFormat):
        self.path = path
        self.format = fmt
        self.headers: list[str] = []
        self._total = 0
        self._book: Workbook | None = None
        self._close: list[Any] = []
        self._counter: _CountingReader | None = None
        self._rows: Iterator[Row] = iter(())

    def __enter__(self) -> RowSource:
        try:
            self._rows = self._open_xlsx() if self.format.kind == "xlsx" else self._open_csv()
            for _number, cells in self._rows:
                if any(c not in (None, "") for c in cells):
                    self.headers = [str(c).strip() if c is not None else "" for c in cells]
                    break
        except (OSError, csv.Error) as exc:
            self.close()
            raise Unreadable(CANNOT_READ, str(exc)) from exc
        except BaseException:
            self.close()
            raise
        if not self.headers:
            self.close()
            raise Unreadable(EMPTY_FILE)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for closer in reversed(self._close):
            closer()
        self._close.clear()

    @property
    def total(self) -> int:
        """Bytes (CSV) or rows (XLSX, as the sheet declares them; 0 if it does not)."""
        return self._book.declared_rows if self._book is not None else self._total

    @property
    def position(self) -> int:
        """Bytes read so far (CSV) — compare with :attr:`total`."""
        return self._counter.count if self._counter is not None else 0

    def __iter__(self) -> Iterator[Row]:
        try:
            yield from self._rows
        except (csv.Error, OSError) as exc:
            raise Unreadable(CANNOT_READ, str(exc)) from exc

    def _open_csv(self) -> Iterator[Row]:
        raw = self.path.open("rb")
        raw.seek(self.format.skip)
        self._counter = _CountingReader(raw)
        buffered = io.BufferedReader(self._counter, buffer_size=1 << 16)
        text = io.TextIOWrapper(
            buffered, encoding=self.format.encoding, errors="replace", newline=""
        )
        self._close.append(text.close)
        self._total = self.format.size
        return _csv_rows(text, self.format.delimiter, self.format.limits)

    def _open_xlsx(self) -> Iterator[Row]:
        book = self._book = Workbook(self.path, self.format.limits)
        self._close.append(book.close)
        book.load_shared()
        sheet = self.format.sheet or next(iter(book.sheets), "")
        if sheet not in book.sheets:
            raise Unreadable(NO_SHEET, sheet, ", ".join(book.sheets))
        return book.rows(sheet)


class _Lines:
    """The physical lines of a CSV text for the csv module, each at most the row bound
    long, NULs turned into :data:`REPLACEMENT`; :attr:`size` counts the characters of
    the row being read (reset by the caller after each row)."""

    def __init__(self, text: io.TextIOWrapper, limits: ReadLimits):
        self.text = text
        self.limit = limits.max_row_chars
        self.size = 0
        self.row = 1
        self.bad = False

    def __iter__(self) -> Iterator[str]:
        readline, limit = self.text.readline, self.limit
        while line := readline(limit + 1):
            self.size += len(line)
            if self.size > limit:
                raise LimitExceeded(bounds.ROW_TOO_LONG, str(self.row), limit)
            if "\x00" in line:
                line = line.replace("\x00", REPLACEMENT)
            if REPLACEMENT in line:
                self.bad = True
            yield line


def _csv_rows(text: io.TextIOWrapper, delimiter: str, limits: ReadLimits) -> Iterator[Row]:
    """Rows of a CSV text within ``limits``; a row with a bad byte comes as
    :class:`FaultyCells` naming its cells."""
    lines = _Lines(text, limits)
    columns, cell_chars, rows, cells = (
        limits.max_columns,
        limits.max_cell_chars,
        limits.max_rows,
        limits.max_cells,
    )
    seen = 0
    for number, row in enumerate(csv.reader(lines, delimiter=delimiter), start=1):
        if len(row) > columns:
            raise LimitExceeded(bounds.TOO_MANY_COLUMNS, str(number), columns)
        if lines.size > cell_chars:
            for index, value in enumerate(row):
                if len(value) > cell_chars:
                    where = f"{column_letter(index)}{number}"
                    raise LimitExceeded(bounds.CELL_TOO_LONG, where, cell_chars)
        if number > rows:
            raise LimitExceeded(bounds.TOO_MANY_ROWS, str(number), rows)
        seen += len(row)
        if seen > cells:
            raise LimitExceeded(bounds.TOO_MANY_CELLS, str(number), cells)
        lines.size = 0
        lines.row = number + 1
        if lines.bad:
            lines.bad = False
            faults = [(i, BAD_BYTE) for i, c in enumerate(row) if REPLACEMENT in c]
            yield number, FaultyCells(row, faults)  # type: ignore[arg-type]
        else:
            yield number, row  # type: ignore[misc]


@dataclass(frozen=True)
class FileInfo:
    """A file ready to import: its format, headers and the mapping guessed (or given)."""

    path: Path
    format: FileFormat
    headers: tuple[str, ...]
    mapping: Mapping[str, int]
