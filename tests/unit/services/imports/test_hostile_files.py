"""Hostile and broken import files: one bad row never costs the file, every bound is
refused with one line naming it and where, XML is parsed safely."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.imports.limits import LimitExceeded, ReadLimits
from recovery_desk.services.imports.read import RowSource, detect
from tests import hostile_xlsx as corpus
from tests.unit.services.imports.helpers import by_name, do_import, write


def _rows(path: Path, limits: ReadLimits) -> list[tuple[int, list[object]]]:
    with RowSource(path, detect(path, limits=limits)) as source:
        return list(source)


def test_a_nul_byte_rejects_its_row_only(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    text = "Código;Nome;Valor\n" + "".join(f"{i};Cliente {i};10,00\n" for i in range(1, 1001))
    text = text.replace("Cliente 500", "Clien\x00te 500")
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text))
    assert (summary.inserted, summary.rejected) == (999, 1)
    (rejection,) = summary.rejections
    assert str(rejection).startswith("row 501, field 'name': cell B501 holds a NUL")


def test_an_undecodable_byte_rejects_its_row_and_keeps_the_accents(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    rows = "".join(f"{i};João {i};Região\n" for i in range(1, 40))
    raw = ("Código;Nome;Obs\n" + rows).encode("utf-8").replace(b"Jo\xc3\xa3o 7;", b"Jo\xe3o 7;")
    path = tmp_path / "f.csv"
    path.write_bytes(raw)
    summary = do_import(sessions, supervisor, path)
    assert (summary.inserted, summary.rejected) == (38, 1)
    assert "cell B8 holds a NUL or undecodable byte" in str(summary.rejections[0])
    assert "João 8" in by_name(sessions)  # read as UTF-8, not as Windows-1252


def test_a_utf8_mark_before_utf16_text_is_read(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    path = tmp_path / "f.csv"
    text = "Código;Nome;Valor\n001;João Conceição;R$ 10,00\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-16-le"))
    assert do_import(sessions, supervisor, path).inserted == 1
    assert by_name(sessions)["João Conceição"]["monthly_revenue_cents"] == 1000


def test_duplicate_headers_are_refused_then_chosen_by_letter(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    path = write(tmp_path / "f.csv", "Nome;Valor;Valor\nAna;1,00;999,00\n")
    with pytest.raises(ValidationError, match="columns B, C have the same name 'Valor'"):
        imports.inspect_file(path)
    summary = do_import(sessions, supervisor, path, overrides={"monthly_revenue": "C"})
    assert summary.inserted == 1
    assert by_name(sessions)["Ana"]["monthly_revenue_cents"] == 99900


def test_a_formula_without_a_saved_value_rejects_its_row(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    path = corpus.xlsx(tmp_path / "f.xlsx", corpus.formula_sheet())
    summary = do_import(sessions, supervisor, path)
    assert (summary.inserted, summary.rejected) == (3, 1)
    assert str(summary.rejections[0]).startswith(
        "row 3, field 'name': cell B3 holds a formula without a saved value"
    )


def test_a_formula_with_its_saved_value_imports_the_value(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    row = '<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="str"><f>A1</f><v>Ana</v></c></row>'
    path = corpus.xlsx(
        tmp_path / "f.xlsx", corpus.SHEET_OPEN + corpus.header_row() + row + corpus.SHEET_CLOSE
    )
    assert do_import(sessions, supervisor, path).inserted == 1
    assert by_name(sessions)["Ana"]["external_id"] == "7"


@pytest.mark.parametrize(
    ("sheet", "shared"),
    [(corpus.XXE_SHEET, None), (corpus.shared_sheet(), corpus.LAUGHS)],
    ids=["xxe", "billion laughs"],
)
def test_entities_and_document_types_are_refused(
    tmp_path: Path, sheet: str, shared: str | None
) -> None:
    path = corpus.xlsx(tmp_path / "f.xlsx", sheet, shared)
    with pytest.raises(ValidationError, match="refused for safety"):
        imports.inspect_file(path)


def test_a_damaged_workbook_is_one_line(tmp_path: Path) -> None:
    path = corpus.xlsx(tmp_path / "f.xlsx", corpus.SHEET_OPEN + "<row><c><v>1</v></row>")
    with pytest.raises(ValidationError, match="damaged and cannot be read: xl/worksheets"):
        imports.inspect_file(path)


@pytest.mark.parametrize(
    ("text", "limits", "message"),
    [
        ("a;b;c;d\n", ReadLimits(max_columns=3), "row 1 has more than 3 columns"),
        ("Nome\n" + "x" * 50 + "\n", ReadLimits(max_cell_chars=40), "cell A2 holds more than 40"),
        ('Nome\n"' + "x\n" * 30 + '"\n', ReadLimits(max_row_chars=50), "row 2 is longer than 50"),
        ("Nome\n" + "a\n" * 10, ReadLimits(max_rows=5), "the file goes on past row 5 (row 6)"),
        ("Nome;B\n" + "a;b\n" * 10, ReadLimits(max_cells=9), "more than 9 cells (at row 5)"),
    ],
    ids=["columns", "cell", "row", "rows", "cells"],
)
def test_csv_bounds_name_the_bound_and_where(
    tmp_path: Path, text: str, limits: ReadLimits, message: str
) -> None:
    with pytest.raises(LimitExceeded, match=message.replace("(", r"\(").replace(")", r"\)")):
        _rows(write(tmp_path / "f.csv", text), limits)


def test_xlsx_bounds_name_the_bound_and_where(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nome", "Valor"])
    for i in range(20):
        sheet.append([f"Cliente {i}", "x" * (i + 1)])
    path = tmp_path / "f.xlsx"
    book.save(path)
    cases = [
        (ReadLimits(max_columns=1), "row 1 has more than 1 columns"),
        (ReadLimits(max_cell_chars=10), "cell B12 holds more than 10 characters"),
        (ReadLimits(max_rows=10), "goes on past row 10 (row 11)"),
        (ReadLimits(max_cells=7), "more than 7 cells (at row 4)"),
    ]
    for limits, message in cases:
        with pytest.raises(LimitExceeded, match=message.replace("(", r"\(").replace(")", r"\)")):
            _rows(path, limits)
    texts = "".join(f"<si><t>texto {i}</t></si>" for i in range(6))
    shared = f'<sst xmlns="{corpus_ns()}">{texts}</sst>'
    many = corpus.xlsx(tmp_path / "sst.xlsx", corpus.shared_sheet(), shared)
    assert _rows(many, ReadLimits(max_shared_strings=6)) == [(2, [1, "texto 0"])]
    with pytest.raises(LimitExceeded, match="more than 5 shared texts"):
        _rows(many, ReadLimits(max_shared_strings=5))
    big = corpus.xlsx(tmp_path / "big.xlsx", corpus.shared_sheet(), corpus.huge_shared(2**21))
    with pytest.raises(LimitExceeded, match="part xl/sharedStrings.xml unpacks to more than 1 MB"):
        _rows(big, ReadLimits(max_part_mb=1))


def corpus_ns() -> str:
    return "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def test_a_workbook_unpacking_past_the_bound_is_refused_before_reading(tmp_path: Path) -> None:
    path = corpus.xlsx(tmp_path / "f.xlsx", corpus.empty_rows(300_000))
    size = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    assert size > 1024 * 1024
    with pytest.raises(LimitExceeded, match="the workbook unpacks to 1 MB, more than the 1 MB"):
        detect(path, limits=ReadLimits(max_book_mb=1))


def test_xlsx_cells_keep_their_types(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nome", "Data", "Valor", "Ativo", "Código"])
    sheet.append(["Ana", datetime(2024, 3, 5), 99.5, True, 7])
    sheet["A4"] = "Bia"  # row 3 left empty: numbers follow the sheet's
    path = tmp_path / "f.xlsx"
    book.save(path)
    rows = _rows(path, ReadLimits())
    assert rows == [(2, ["Ana", datetime(2024, 3, 5), 99.5, True, 7]), (4, ["Bia"])]


def test_a_1904_workbook_reads_its_dates(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Nome", "Data de saída"])
    sheet.append(["Ana", datetime(2024, 3, 5)])
    path = tmp_path / "f.xlsx"
    book.save(path)
    assert _rows(path, ReadLimits()) == [(2, ["Ana", datetime(2024, 3, 5)])]


def test_preview_marks_the_faulty_cell(tmp_path: Path) -> None:
    path = write(tmp_path / "f.csv", "Código;Nome\n1;A\x00na\n2;Bia\n")
    info = imports.inspect_file(path)
    first, second = imports.preview(info)
    assert [(column, p.value) for column, p in first.problems if p.severity == "error"] == [
        (1, "B2")
    ]
    assert not [p for _c, p in second.problems if p.severity == "error"]
