"""Hostile XLSX workbooks for the corpus (``tests/hostile_corpus.py``): a minimal
workbook written piece by piece, so a bomb of hundreds of megabytes unpacked is built
without holding it, and the pieces of the bombs themselves."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

HEADER = ["Código", "Nome", "Valor", "Motivo"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_CLOSE = "</sheetData></worksheet>"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row() -> str:
    return (
        '<row r="1">'
        + "".join(inline(f"{c}1", h) for c, h in zip("ABCD", HEADER, strict=True))
        + "</row>"
    )


def xlsx(
    path: Path,
    sheet: Iterator[str] | str,
    shared: Iterator[str] | str | None = None,
) -> Path:
    """A minimal workbook whose sheet (and shared strings) XML come in pieces, so a bomb
    of hundreds of megabytes is written without holding it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        types = CONTENT_TYPES.replace("</Types>", SHARED_TYPE + "</Types>") if shared else None
        book.writestr("[Content_Types].xml", types or CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, parts in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)):
            if parts is None:
                continue
            with book.open(name, "w", force_zip64=True) as out:
                for piece in [parts] if isinstance(parts, str) else parts:
                    out.write(piece.encode("utf-8"))
    return path


def empty_rows(count: int) -> Iterator[str]:
    """``count`` empty rows (numbered by their order, as a sheet may leave ``r`` out)."""
    yield SHEET_OPEN + header_row()
    block = "<row/>" * 100_000
    for _ in range(count // 100_000):
        yield block
    yield SHEET_CLOSE


def wide_row(cells: int) -> Iterator[str]:
    yield SHEET_OPEN + header_row() + '<row r="2">'
    block = "<c><v>1</v></c>" * 10_000
    for _ in range(cells // 10_000):
        yield block
    yield "</row>" + SHEET_CLOSE


def huge_shared(chars: int) -> Iterator[str]:
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    )
    block = "A" * 1_000_000
    for _ in range(chars // len(block)):
        yield block
    yield "</t></si></sst>"


def shared_sheet() -> str:
    row = '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>'
    return SHEET_OPEN + header_row() + row + SHEET_CLOSE


XXE_SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + header_row()
    + '<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    + SHEET_CLOSE
)
LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<!DOCTYPE sst [<!ENTITY l0 "ha">'
    + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>&l9;</t></si></sst>"
)


def formula_sheet() -> str:
    rows = [header_row()]
    for r in range(2, 6):
        name = f'<c r="B{r}"><f>CONCAT("a","b")</f></c>' if r == 3 else inline(f"B{r}", f"Nome {r}")
        rows.append(f'<row r="{r}">{inline(f"A{r}", f"C{r:03d}")}{name}</row>')
    return SHEET_OPEN + "".join(rows) + SHEET_CLOSE
