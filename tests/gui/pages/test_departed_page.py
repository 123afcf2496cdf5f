"""The Departed page: figures per period, filters, copy for a spreadsheet."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from recovery_desk.services.reports.departed import DepartedRow, departed_by_period
from recovery_desk.ui import i18n, navigation
from recovery_desk.ui.pages.departed.model import DepartedModel
from recovery_desk.ui.pages.departed.page import DepartedPage
from recovery_desk.ui.table_model import RIGHT, RowRole, SortRole
from tests.unit.services.cycles.test_manage import add_customers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _data(sessions: Any) -> None:
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 10_000, "segment": "PME", "region": "Sul", "days": 10},
            {"monthly_revenue_cents": 50_000, "segment": "PME", "region": "Norte", "days": 40},
            {"monthly_revenue_cents": 90_000, "segment": "Premium", "region": "Sul", "days": 45},
            {"segment": "Premium", "region": "Sul", "days": 80},
        ],
    )
    add_customers(sessions, [{"monthly_revenue_cents": 5_000, "departed_on": None}])


def _table(page: DepartedPage) -> list[list[str]]:
    model = page.table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_filter_by_segment_changes_the_table(
    qtbot: Any, supervisor_ctx: Any, sessions: Any
) -> None:
    _data(sessions)
    page = DepartedPage(supervisor_ctx)
    qtbot.addWidget(page)
    rows = departed_by_period(sessions, "month")
    assert page.table.model().rowCount() == len(rows)
    assert _table(page)[-1][0] == "Unknown date"
    assert sum(int(r[1]) for r in _table(page)) == 5

    page.segment_combo.setFocus()
    qtbot.keyClicks(page.segment_combo, "Premium")
    assert page.segment_combo.currentData() == "Premium"
    assert sum(int(r[1]) for r in _table(page)) == 2
    assert sum(int(r[3]) for r in _table(page)) == 1

    qtbot.keyClicks(page.by_combo, "Q")
    assert all(r[0].startswith("Q") for r in _table(page))

    QGuiApplication.clipboard().clear()
    assert page.copy_action.shortcut() == QKeySequence("Ctrl+Shift+C")
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, CTRL_SHIFT)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[0] == "Period"
    assert len(copied) == 1 + page.table.model().rowCount()


def _inked(image: Any, left: int, right: int, top: int, bottom: int) -> bool:
    """Whether any pixel of the box is dark (text drawn there)."""
    return any(
        image.pixelColor(x, y).lightness() < 128
        for x in range(max(left, 0), min(right, image.width()))
        for y in range(max(top, 0), min(bottom, image.height()))
    )


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_chart_axes_show_their_numbers_as_the_user_writes_them(
    qtbot: Any, supervisor_ctx: Any, sessions: Any
) -> None:
    add_customers(
        sessions,
        [{"monthly_revenue_cents": 25_000_000 * (1 + i % 3), "days": 35 * i} for i in range(14)],
    )
    page = DepartedPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.wait(50)
    # Numbers in the user's language ("800.000" in Portuguese, "800,000" in English).
    assert page.chart.localizeNumbers()
    assert page.chart.locale().name() == QLocale(i18n.current_language()).name()
    # The customers' axis has its numbers from the bottom of the plot to the top (a bare
    # "%d" label format draws none once numbers are localised: only the axis title showed).
    image = page.chart_view.grab().toImage()
    area = page.chart_view.mapFromScene(page.chart.plotArea()).boundingRect()
    band = (area.right() + 6, area.right() + 30)
    assert _inked(image, *band, area.top() - 6, area.top() + 12)
    assert _inked(image, *band, area.bottom() - 12, area.bottom() + 6)
    # A year of months: labels stand upright instead of being cut to "0…".
    categories = page.chart.axes(Qt.Orientation.Horizontal)[0]
    assert len(categories.categories()) > 8 and categories.labelsAngle() == -90
    # The chart, which the monthly meeting looks at, gets more height than the table; the
    # filters panel is as wide as its fields, not as the summary sentence.
    assert page.chart_view.height() > page.table.height()
    assert page.summary.wordWrap() and page.copy_button.width() < page.width() // 4
    # The summary reads under the filters it sums up, not stranded at the foot of the page.
    assert page.summary.geometry().top() < page.copy_button.geometry().bottom() + 40
    # The last column counts customers; its header says so (it was "Unknown revenue").
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Customers with unknown revenue"
    header = page.table.horizontalHeader()
    assert header.sectionSize(header.count() - 1) < page.table.viewport().width() // 3


def test_departed_model_without_a_view(qtmodeltester: Any) -> None:
    model = DepartedModel()
    model.set_rows(
        [DepartedRow("2026-03", 3, 123_456, 1), DepartedRow(None, 54_321, 0, 1_200)],
        lang="pt_BR",
        currency="BRL",
    )
    assert model.rowCount() == 2
    assert (model.index(1, 1).data(), model.index(1, 3).data()) == ("54.321", "1.200")
    assert model.index(0, 0).data() == "03/2026"
    assert model.index(0, 2).data() == "R$ 1.234,56"
    assert model.index(1, 0).data() == "Unknown date"
    assert model.index(0, 1).data(SortRole) == 3
    assert model.index(1, 0).data(RowRole).period is None
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert "1234,56" in model.as_tsv()
    qtmodeltester.check(model)


def test_departed_page_is_for_supervisors_and_executives(
    supervisor: Any, agent: Any, executive: Any
) -> None:
    spec = navigation.page_spec("departed")
    assert spec.allowed(supervisor) and spec.allowed(executive)
    assert not spec.allowed(agent)
    assert spec.load() is DepartedPage


def test_pages_are_registered_for_the_right_roles(
    qtbot: Any, workspace: Any, supervisor: Any, agent: Any
) -> None:
    from recovery_desk.ui.main_window import MainWindow
    from tests.gui.conftest import make_ctx

    window = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Departed" in titles and "Cycles" in titles
    assert isinstance(window.show_page("departed") or window.page("departed"), DepartedPage)
    agents_window = MainWindow(make_ctx(workspace, agent))
    qtbot.addWidget(agents_window)
    assert agents_window.page("departed") is None and agents_window.page("cycles") is None


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_mixed_currencies_chart_one_at_a_time(
    qtbot: Any, supervisor_ctx: Any, sessions: Any
) -> None:
    """Issue 18: reais and euros never share a money axis nor a sum; the chart shows the
    currency picked by keyboard beside the filters (reais first: more customers)."""
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 10_000, "days": 10},
            {"monthly_revenue_cents": 20_000, "days": 10},
            {"monthly_revenue_cents": 40_000, "days": 45},
            {"monthly_revenue_cents": 300_000, "days": 10, "currency": "EUR"},
        ],
    )
    page = DepartedPage(supervisor_ctx)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.waitUntil(lambda: page.currency_choice.combo.count() == 2)
    choice = page.currency_choice
    assert choice.isVisible() and choice.combo.accessibleName() == "Currency of the chart"
    assert [choice.combo.itemText(i) for i in range(2)] == ["BRL (R$)", "EUR (€)"]
    # One amount per currency, never R$ 3.700 for all four customers.
    assert page.summary.text() == "4 customers left, R$ 700.00 · € 3,000.00 of monthly revenue"

    def bars() -> list[float]:
        lost = page.chart.series()[0].barSets()[0]
        return [lost.at(i) for i in range(lost.count())]

    def money_axis_title() -> str:
        return page.chart.axes(Qt.Orientation.Vertical)[0].titleText()

    assert sorted(bars()) == [300.0, 400.0]  # each month's reais only
    assert money_axis_title() == "Lost monthly revenue (BRL)"
    assert page.chart.title().endswith("billed in BRL")
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Show money in"
    assert choice.combo.hasFocus()
    qtbot.keyClick(choice.combo, Qt.Key.Key_Down)
    assert choice.current() == "EUR"
    assert bars() == [3000.0]
    assert money_axis_title() == "Lost monthly revenue (EUR)"
    assert page.chart.title().endswith("billed in EUR")
    # The copy for a spreadsheet says each amount's currency.
    lines = page.model.as_tsv().splitlines()
    assert lines[0].split("\t")[-1] == "Currency"
    assert sorted(line.split("\t")[-1] for line in lines[1:]) == ["BRL", "BRL", "EUR"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_one_currency_shows_no_currency_choice(
    qtbot: Any, supervisor_ctx: Any, sessions: Any
) -> None:
    _data(sessions)
    page = DepartedPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.currency_choice.isHidden()
    assert page.chart.title() == "Lost monthly revenue and departed customers"
    assert "Currency" not in page.model.as_tsv().splitlines()[0]
