"""The one table model of the UI, without a view and under qtmodeltester."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.ui import i18n, table_model
from recovery_desk.ui.table_model import (
    RIGHT,
    Column,
    RowRole,
    SortRole,
    TableModel,
    money_column,
)

H = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class Row:
    name: str
    count: int | None
    cents: int


ROWS = [Row("Ana", 3, 123_456), Row("Bruno", None, 50)]


def _model(**kwargs: Any) -> TableModel:
    model = TableModel(
        context="catalogue",
        columns=[
            Column(QT_TRANSLATE_NOOP("catalogue", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("catalogue", "Count"), lambda r: r.count, numeric=True),
            money_column(QT_TRANSLATE_NOOP("catalogue", "Cost"), lambda r: r.cents),
        ],
    )
    model.set_rows(ROWS, **kwargs)
    return model


def test_roles_are_defined_once_for_the_whole_ui() -> None:
    assert {SortRole, RowRole} == {
        Qt.ItemDataRole.UserRole + 1,
        Qt.ItemDataRole.UserRole + 2,
    }


def test_cells_read_sort_and_align(qtmodeltester: Any) -> None:
    model = _model(lang="pt_BR", currency="BRL")
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [model.index(0, c).data() for c in range(3)] == ["Ana", "3", "R$ 1.234,56"]
    assert model.index(1, 1).data() == ""  # nothing known: empty, not "None"
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "R$ 1.234,56"
    assert model.index(0, 1).data(SortRole) == 3  # a number sorts as a number
    assert model.index(0, 2).data(SortRole) == 123_456
    assert model.index(1, 0).data(RowRole) is ROWS[1]
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.row_at(model.index(1, 2)) is ROWS[1] and model.row_at(1) is ROWS[1]
    assert model.row_at(2) is None
    assert model.table() == [
        ["Name", "Count", "Cost"],
        ["Ana", "3", "R$ 1.234,56"],
        ["Bruno", "", "R$ 0,50"],
    ]
    qtmodeltester.check(model)


def test_headers_follow_the_language(qtbot: Any) -> None:
    model = _model()
    assert model.headerData(0, H) == "Name"
    assert model.headerData(0, H, Qt.ItemDataRole.ToolTipRole) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 2).data() == "R$ 1,234.56"  # the app's language: English in tests
    try:
        i18n.switch_language("pt_BR")
        with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
            model.retranslate()
        assert model.headerData(0, H) == "Nome"
        assert model.index(0, 2).data() == "R$ 1.234,56"
    finally:
        i18n.switch_language("en")


def test_new_rows_reset_the_model(qtbot: Any) -> None:
    model = _model()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(ROWS[:1], currency="EUR")
    assert model.rowCount() == 1 and model.index(0, 2).data() == "€ 1,234.56"
    model.set_rows([])
    assert model.rowCount() == 0 and model.currency == "EUR"  # kept when not given


class Overdue(TableModel):
    """A subclass: its own columns, one text computed by the model, a colour per row."""

    CONTEXT = "FollowUpsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("FollowUpsModel", "Customer"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("FollowUpsModel", "Due"), short=QT_TRANSLATE_NOOP("x", "D")),
    )
    COL_CUSTOMER, COL_DUE = range(2)

    def display(self, row: Row, column: int) -> str:
        if column == self.COL_DUE:
            return "late" if row.count is None else f"in {row.count} days"
        return super().display(row, column)

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.count is None:
            return QColor("#a40000")
        return None


def test_a_subclass_says_how_its_cells_read(qtmodeltester: Any) -> None:
    model = Overdue()
    model.set_rows(ROWS)
    assert model.headerData(Overdue.COL_DUE, H) == "D"
    assert model.headerData(Overdue.COL_DUE, H, Qt.ItemDataRole.ToolTipRole) == "Due"
    assert model.index(0, Overdue.COL_DUE).data() == "in 3 days"
    assert model.index(1, Overdue.COL_DUE).data(SortRole) == "late"  # its text, by default
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#a40000")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(model)


@pytest.mark.parametrize("name", ["RowRole", "SortRole"])
def test_no_other_module_of_the_ui_defines_the_roles(name: str) -> None:
    from pathlib import Path

    ui = Path(table_model.__file__).parent
    defined = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if f"{name} = " in path.read_text(encoding="utf-8")
    ]
    assert defined == ["table_model.py"]
