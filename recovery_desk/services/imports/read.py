"""Reading an import file as a stream of rows: CSV in any usual encoding and delimiter, or
an XLSX sheet through openpyxl's read-only (streaming) mode.

Nothing is loaded whole: rows come one at a time with the row number the user sees in a
spreadsheet (the header is row 1; a quoted cell spanning lines is still one row).
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
from recovery_desk.services.imports.values import Cell

SAMPLE_BYTES = 64 * 1024
DELIMITERS = ";,\t|"
XLSX_SUFFIXES = (".xlsx", ".xlsm")

CANNOT_READ = QT_TRANSLATE_NOOP("messages", "the file cannot be read: %1")
EMPTY_FILE = QT_TRANSLATE_NOOP("messages", "the file is empty: no header row was found")
NO_SHEET = QT_TRANSLATE_NOOP("messages", "the workbook has no sheet named '%1' (sheets: %2)")
NOT_TEXT = QT_TRANSLATE_NOOP("messages", "the file is not a CSV text file or an XLSX workbook")

csv.field_size_limit(16 * 1024 * 1024)


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
    """The encoding of a CSV file: a BOM, UTF-16 by its zero bytes, UTF-8 when the whole
    file decodes as UTF-8, else Windows-1252 (Latin-1 for bytes 1252 leaves undefined)."""
    with path.open("rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if head and head.count(0) > len(head) // 4:
            return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        if b"\x00" in head:
            raise Unreadable(NOT_TEXT)
        fh.seek(0)
        if _decodes(fh, "utf-8"):
            return "utf-8"
        fh.seek(0)
        return "cp1252" if _decodes(fh, "cp1252") else "latin-1"


def _decodes(fh: BinaryIO, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := fh.read(1 << 20):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


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


def detect(path: Path, sheet: str | None = None) -> FileFormat:
    """Detect the format of ``path``; raise :class:`Unreadable` when it cannot be read."""
    try:
        size = path.stat().st_size
        if is_xlsx(path):
            names = _sheet_names(path)
            if sheet is not None and sheet not in names:
                raise Unreadable(NO_SHEET, sheet, ", ".join(names))
            return FileFormat("xlsx", sheets=names, sheet=sheet or names[0], size=size)
        encoding = detect_encoding(path)
        with path.open(encoding=encoding, newline="") as fh:
            sample = fh.read(SAMPLE_BYTES // 2)
        return FileFormat("csv", encoding, sniff_delimiter(sample), size=size)
    except OSError as exc:
        raise Unreadable(CANNOT_READ, exc.strerror or str(exc)) from exc


def _sheet_names(path: Path) -> list[str]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise Unreadable(CANNOT_READ, str(exc) or type(exc).__name__) from exc
    try:
        return list(book.sheetnames)
    finally:
        book.close()


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
        self.total = 0
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
        except (OSError, csv.Error, UnicodeDecodeError) as exc:
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
    def position(self) -> int:
        """Bytes read so far (CSV) — compare with :attr:`total`."""
        return self._counter.count if self._counter is not None else 0

    def __iter__(self) -> Iterator[Row]:
        try:
            yield from self._rows
        except (csv.Error, UnicodeDecodeError) as exc:
            raise Unreadable(CANNOT_READ, str(exc)) from exc

    def _open_csv(self) -> Iterator[Row]:
        raw = self.path.open("rb")
        self._counter = _CountingReader(raw)
        buffered = io.BufferedReader(self._counter, buffer_size=1 << 16)
        text = io.TextIOWrapper(buffered, encoding=self.format.encoding, newline="")
        self._close.append(text.close)
        self.total = self.format.size
        reader = csv.reader(text, delimiter=self.format.delimiter)
        return ((n, row) for n, row in enumerate(reader, start=1))  # type: ignore[misc]

    def _open_xlsx(self) -> Iterator[Row]:
        import openpyxl

        try:
            book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise Unreadable(CANNOT_READ, str(exc) or type(exc).__name__) from exc
        self._close.append(book.close)
        sheet = book[self.format.sheet] if self.format.sheet else book.worksheets[0]
        self.total = sheet.max_row or 0
        return ((n, list(row)) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1))


@dataclass(frozen=True)
class FileInfo:
    """A file ready to import: its format, headers and the mapping guessed (or given)."""

    path: Path
    format: FileFormat
    headers: tuple[str, ...]
    mapping: Mapping[str, int]
