"""The import wizard driven by keyboard and mouse: a mapping change and a rejected row."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.imports import wizard as import_dialog
from recovery_desk.ui.dialogs.imports.wizard import ImportDialog
from recovery_desk.ui.main_window import MainWindow
from tests.unit.services.imports.helpers import by_name


def test_wizard_mapping_change_and_rejected_row(
    qtbot: QtBot, supervisor_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "saidas.csv"
    source.write_text(
        "Quem;Código;Valor;Data de saída\nAna;1;10,00;01/02/2024\nBia;2;abc;01/02/2024\n",
        encoding="cp1252",
    )
    monkeypatch.setattr(import_dialog, "ask_open_file", lambda _parent: str(source))
    saved = tmp_path / "erros.csv"
    monkeypatch.setattr(import_dialog, "ask_save_file", lambda _parent, _name: str(saved))
    dialog = ImportDialog(supervisor_ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == ImportDialog.PAGE_MAP
    mapping = dialog.mapping
    assert mapping.combos["external_id"].currentText() == "Código"
    assert mapping.combos["name"].currentIndex() == 0  # "Quem" is not recognised
    bad = mapping.table.item(1, 2)
    assert bad.data(Qt.ItemDataRole.UserRole) == "error"
    assert "abc" in bad.toolTip()
    # The problem is said in words to screen readers too, not only in colour.
    assert "abc" in bad.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert mapping.table.item(0, 2).data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    header = mapping.table.horizontalHeader()
    assert header.sectionSize(3) >= header.fontMetrics().horizontalAdvance("Data de saída")

    name_combo = mapping.combos["name"]
    name_combo.setFocus()
    qtbot.keyClick(name_combo, Qt.Key.Key_Down)  # first header: "Quem"
    assert name_combo.currentText() == "Quem"
    assert dialog.info is not None and dialog.info.mapping["name"] == 0

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ImportDialog.PAGE_DONE
    assert dialog.summary is not None
    assert (dialog.summary.inserted, dialog.summary.rejected) == (1, 1)
    assert dialog.summary_page.rejected.count() == 1
    assert "Row 3" in dialog.summary_page.rejected.item(0).text()
    assert "abc" in dialog.summary_page.rejected.item(0).text()
    assert by_name(supervisor_ctx.sessions)["Ana"]["external_id"] == "1"

    qtbot.mouseClick(dialog.summary_page.save_button, Qt.MouseButton.LeftButton)
    content = saved.read_text("utf-8-sig")
    assert "Bia" in content and "erro" in content.splitlines()[0]


def test_missing_identity_blocks_import(
    qtbot: QtBot, supervisor_ctx: UiContext, tmp_path: Path
) -> None:
    source = tmp_path / "x.csv"
    source.write_text("Quem;Valor\nAna;10\n", encoding="utf-8")
    dialog = ImportDialog(supervisor_ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.path_edit, str(source))
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == ImportDialog.PAGE_MAP
    assert not dialog.next_button.isEnabled()
    assert "required" in dialog.message.text()


def test_import_action_only_for_supervisors(
    qtbot: QtBot, supervisor_ctx: UiContext, agent_ctx: UiContext
) -> None:
    window = MainWindow(supervisor_ctx)
    qtbot.addWidget(window)
    assert window.import_action is not None
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    other = MainWindow(agent_ctx)
    qtbot.addWidget(other)
    assert other.import_action is None


def test_wizard_picks_a_sheet_of_a_workbook(
    qtbot: QtBot, supervisor_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Capa"
    book.active.append(["nada"])
    sheet = book.create_sheet("Saídas")
    sheet.append(["Cliente", "Valor"])
    sheet.append(["Rui", 12.5])
    path = tmp_path / "saidas.xlsx"
    book.save(path)
    monkeypatch.setattr(import_dialog, "ask_open_file", lambda _parent: str(path))
    dialog = ImportDialog(supervisor_ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Capa",
        "Saídas",
    ]
    qtbot.keyClick(dialog.sheet_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.mapping.combos["name"].currentText() == "Cliente"
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.summary is not None and dialog.summary.inserted == 1
    assert by_name(supervisor_ctx.sessions)["Rui"]["monthly_revenue_cents"] == 1250


def test_two_columns_of_one_name_are_chosen_by_the_user(
    qtbot: QtBot, supervisor_ctx: UiContext, tmp_path: Path
) -> None:
    source = tmp_path / "dup.csv"
    source.write_text("Nome;Valor;Valor\nAna;1,00;999,00\n", encoding="utf-8")
    dialog = ImportDialog(supervisor_ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.path_edit, str(source))
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == ImportDialog.PAGE_MAP
    revenue = dialog.mapping.combos["monthly_revenue"]
    assert revenue.currentIndex() == 0  # not guessed: which "Valor" is the user's choice
    revenue.setFocus()
    for _ in range(3):  # (not imported), Nome, Valor (B), Valor (C)
        qtbot.keyClick(revenue, Qt.Key.Key_Down)
    assert dialog.info is not None and dialog.info.mapping["monthly_revenue"] == 2
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.summary is not None and dialog.summary.inserted == 1
    assert by_name(supervisor_ctx.sessions)["Ana"]["monthly_revenue_cents"] == 99900
