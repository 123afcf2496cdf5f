"""The safe XML reading under :mod:`.xlsx`: a ``defusedxml`` parser fed in chunks, and the
parser targets of a workbook's small parts (shared texts, styles), each within its bounds.

A target keeps only what it needs; text is counted as it arrives, so a cell or shared text
past :attr:`ReadLimits.max_cell_chars` is refused before it is held whole.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.imports import limits as bounds
from recovery_desk.services.imports.limits import LimitExceeded, ReadLimits

UNSAFE_XML = QT_TRANSLATE_NOOP(
    "messages", "the workbook declares XML entities or a document type (%1), refused for safety"
)
DAMAGED = QT_TRANSLATE_NOOP("messages", "the workbook is damaged and cannot be read: %1")

CHUNK = 64 * 1024
MB = 1024 * 1024
NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # Strict Open XML
)
REL_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


class XlsxError(ValidationError):
    """The workbook cannot be read (damaged or unsafe); nothing was imported."""

    def __init__(self, template: str, detail: str):
        super().__init__(template, field="file", args=(detail,))
        self.template = template


def local_names(*names: str) -> dict[str, str]:
    """``{"{namespace}name": "name"}`` for SpreadsheetML's transitional and strict forms."""
    return {f"{{{ns}}}{name}": name for ns in NAMESPACES for name in names}


def column_number(ref: str) -> int:
    """``"AB12"`` → 28 (1-based); 0 when the reference has no letters."""
    number = 0
    for char in ref:
        code = ord(char)
        if 65 <= code <= 90:
            number = number * 26 + code - 64
        elif 97 <= code <= 122:
            number = number * 26 + code - 96
        else:
            break
    return number


def parse(source: Any, target: Any, part: str) -> Iterator[None]:
    """Feed ``source`` to a safe parser with ``target``, yielding after each chunk."""
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    try:
        while chunk := source.read(CHUNK):
            parser.feed(chunk)
            yield
        parser.close()
    except DefusedXmlException as exc:
        raise XlsxError(UNSAFE_XML, f"{part}: {type(exc).__name__}") from exc
    except ParseError as exc:
        raise XlsxError(DAMAGED, f"{part}: {exc}") from exc
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise XlsxError(DAMAGED, f"{part}: {exc}") from exc


class Texts:
    """Collects element text, refusing more than ``limit`` characters."""

    def __init__(self, limit: int, where: Callable[[], str]):
        self.limit = limit
        self.where = where
        self.parts: list[str] | None = None
        self.size = 0

    def begin(self) -> None:
        if self.parts is None:
            self.parts = []
            self.size = 0

    def data(self, text: str) -> None:
        if self.parts is not None:
            self.size += len(text)
            if self.size > self.limit:
                raise LimitExceeded(bounds.CELL_TOO_LONG, self.where(), self.limit)
            self.parts.append(text)

    def take(self) -> str | None:
        parts, self.parts = self.parts, None
        return None if parts is None else "".join(parts)


class Strings:
    """Parser target of ``sharedStrings.xml``: the texts, rich runs joined, phonetic
    guides (``rPh``) left out."""

    TAGS = local_names("si", "t", "rPh")

    def __init__(self, limits: ReadLimits):
        self.limits = limits
        self.strings: list[str] = []
        self.text = Texts(limits.max_cell_chars, lambda: f"#{len(self.strings) + 1}")
        self.current: list[str] | None = None
        self.phonetic = 0

    def start(self, tag: str, _attrib: dict[str, str]) -> None:
        name = self.TAGS.get(tag)
        if name == "si":
            self.current = []
        elif name == "t" and self.current is not None and not self.phonetic:
            self.text.begin()
        elif name == "rPh":
            self.phonetic += 1

    def data(self, text: str) -> None:
        self.text.data(text)

    def end(self, tag: str) -> None:
        name = self.TAGS.get(tag)
        if name == "t" and self.current is not None:
            piece = self.text.take()
            if piece:
                self.current.append(piece)
                self.text.size = sum(map(len, self.current))
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "si" and self.current is not None:
            self.strings.append("".join(self.current))
            self.current = None
            if len(self.strings) > self.limits.max_shared_strings:
                raise LimitExceeded(bounds.TOO_MANY_STRINGS, "", self.limits.max_shared_strings)

    def close(self) -> None:
        """Nothing to return: :attr:`strings` holds the result."""


class Styles:
    """Parser target of ``styles.xml``: which cell styles show a date."""

    TAGS = local_names("numFmt", "cellXfs", "xf")

    def __init__(self) -> None:
        self.formats: dict[int, str] = {}
        self.styles: list[int] = []
        self.in_cell_xfs = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = self.TAGS.get(tag)
        if name == "numFmt":
            self.formats[to_int(attrib.get("numFmtId"))] = attrib.get("formatCode", "")
        elif name == "cellXfs":
            self.in_cell_xfs = True
        elif name == "xf" and self.in_cell_xfs:
            self.styles.append(to_int(attrib.get("numFmtId")))

    def end(self, tag: str) -> None:
        if self.TAGS.get(tag) == "cellXfs":
            self.in_cell_xfs = False

    def data(self, _text: str) -> None:
        """Styles hold no text the import needs."""

    def close(self) -> None:
        """Nothing to return: :meth:`date_styles` gives the result."""

    def date_styles(self) -> frozenset[int]:
        dates = set()
        for index, fmt_id in enumerate(self.styles):
            code = self.formats.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
            if code and is_date_format(code):
                dates.add(index)
        return frozenset(dates)


def to_int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0
