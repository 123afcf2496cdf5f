"""The reports page: live filters by keyboard, saving, export action by role."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from recovery_desk.ui import i18n, navigation
from recovery_desk.ui.dialogs.export_reasons import ExportChoice, ExportDialog
from recovery_desk.ui.formatting import format_duration
from recovery_desk.ui.pages.reports import page as page_module
from recovery_desk.ui.pages.reports.page import ReportsPage
from tests.gui.conftest import make_ctx
from tests.unit.services.reports import data as report_data


@pytest.fixture
def fx(workspace, agent, executive):  # type: ignore[no-untyped-def]
    return report_data.build(workspace.sessions, agent, executive)


def _reasons(page: ReportsPage) -> list[tuple[str | None, int]]:
    return [(r.reason, r.customers) for r in page.reasons_model.rows]


def test_filters_by_keyboard_update_table(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    assert _reasons(page)[0] == ("price_high", 3)
    assert page.reasons_model.rowCount() == 5
    segments = [page.filters.segment.itemText(i) for i in range(page.filters.segment.count())]
    assert segments[1:] == ["bronze", "gold", "silver"]
    page.filters.segment.setFocus()
    qtbot.keyClick(page.filters.segment, Qt.Key.Key_Down)  # All -> bronze
    qtbot.keyClick(page.filters.segment, Qt.Key.Key_Down)  # bronze -> gold
    assert page.filters.segment.currentText() == "gold"
    assert sorted(_reasons(page)) == [("price_competitor", 1), ("price_high", 1)]
    assert page.cycles_model.rowCount() == 2  # agents and executives apart
    qtbot.keyClick(page.by_category, Qt.Key.Key_Space)
    assert [r.category for r in page.reasons_model.rows] == ["zz_price"]


def test_departed_period_by_keyboard(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    assert page.filters.date_to.text() == "any"
    qtbot.keyClick(page.filters.date_from, Qt.Key.Key_Up)  # leaves "any": 2 Jan 2000
    assert str(page.filters.value().date_from) == "2000-01-02"
    assert sum(r.customers for r in page.reasons_model.rows) == 8
    qtbot.keyClick(page.filters.date_to, Qt.Key.Key_Up)  # nobody departed by 2 Jan 2000
    assert page.filters.date_to.text() == "2 Jan 2000"
    assert page.reasons_model.rowCount() == 0


def test_save_table_and_chart(qtbot, supervisor_ctx, fx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    chosen = iter([tmp_path / "reasons.csv", tmp_path / "pareto.png", tmp_path / "cycles.pdf"])
    monkeypatch.setattr(
        page_module, "ask_save_path", lambda _p, _t, _f, on_chosen: on_chosen(next(chosen))
    )
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.save_table(page.reasons_model)
    text = (tmp_path / "reasons.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Category,Reason,Customers")
    assert len(text) == 6
    page.save_chart(page.pareto)
    assert (tmp_path / "pareto.png").read_bytes().startswith(b"\x89PNG")
    page.save_chart(page.recovery)
    assert (tmp_path / "cycles.pdf").read_bytes().startswith(b"%PDF")


def test_save_table_in_brazilian_excel_conventions(
    qtbot, supervisor_ctx, fx, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """pt-BR: semicolons, decimal commas, a BOM, and a formula saved as text (as the export)."""
    import dataclasses

    out = tmp_path / "motivos.csv"
    monkeypatch.setattr(page_module, "ask_save_path", lambda _p, _t, _f, on_chosen: on_chosen(out))
    i18n.switch_language("pt_BR")
    try:
        page = ReportsPage(supervisor_ctx)
        qtbot.addWidget(page)
        model = page.reasons_model
        first = dataclasses.replace(model.rows[0], reason_label='=HYPERLINK("http://x","y")')
        model.set_rows([first, *model.rows[1:]])
        page.save_table(model)
    finally:
        i18n.switch_language("en")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Categoria;Motivo;Clientes;")
    cells = lines[1].split(";")
    assert cells[1] == '"\'=HYPERLINK(""http://x"",""y"")"'
    assert cells[2] == str(first.customers)  # a number, not "3 clientes"
    revenue = first.monthly_revenue_cents
    assert cells[3] == f"{revenue // 100},{revenue % 100:02d}"  # decimal comma, no R$


def test_export_action_only_for_supervisors(
    qtbot, workspace, supervisor, executive, fx, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    exec_page = ReportsPage(make_ctx(workspace, executive))
    qtbot.addWidget(exec_page)
    assert exec_page.export_button.isHidden()
    out = tmp_path / "log.xlsx"
    monkeypatch.setattr(
        ExportDialog, "ask", classmethod(lambda cls, _p, _f, cb: cb(ExportChoice(out, True)))
    )
    page = ReportsPage(make_ctx(workspace, supervisor))
    qtbot.addWidget(page)
    assert not page.export_button.isHidden()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    assert page.last_export is not None and page.last_export.pseudonymised


def test_reports_are_for_supervisors_and_executives(agent, executive, supervisor) -> None:  # type: ignore[no-untyped-def]
    spec = navigation.page_spec("reports")
    assert spec.allowed(executive) and spec.allowed(supervisor)
    assert not spec.allowed(agent)
    assert spec.load() is ReportsPage


def test_models_pass_qtmodeltester(qtmodeltester, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(supervisor_ctx)
    qtbot_models = [page.reasons_model, page.cycles_model, page.offers_model, page.steps_model]
    qtbot_models.append(page.expectations_model)
    for model in qtbot_models:
        qtmodeltester.check(model)
    assert page.reasons_model.table()[-1][0] == "(no known reason)"


def test_shares_read_with_a_decimal_comma_in_portuguese(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    i18n.install("pt_BR")
    try:
        page = ReportsPage(supervisor_ctx)
        qtbot.addWidget(page)
        reasons = page.reasons_model.table()
        assert reasons[1][-2:] == ["35,7%", "35,7%"]  # share, cumulative share
        assert reasons[2][-2:] == ["28,6%", "64,3%"]
        assert page.cycles_model.table()[1][-3:-1] == ["33,3%", "10%–30%"]
    finally:
        i18n.switch_language("en")


def test_reason_names_are_shown_whole_on_one_line(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitExposed(page):
        page.show()
    view = page.reasons_table
    model = view.model()
    assert model.rowCount() > 0
    metrics = view.fontMetrics()
    for column in range(model.columnCount() - 1):  # the last one stretches
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
            for row in range(model.rowCount())
        )
        assert view.columnWidth(column) >= widest, model.headerData(
            column, Qt.Orientation.Horizontal
        )
    assert not view.wordWrap()
    assert page.pareto.height() > view.height()  # the chart first, then the exact figures


def test_time_per_step_reads_as_a_clock(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    steps = page.steps_model.table()
    assert steps[1:] == [["Apologise", "2", "0:02"], ["Listen", "1", "0:03"]]  # 1.5 s, 3 s
    texts = [format_duration(s) for s in (44.4, 126.9, 3727, None)]
    assert texts == ["0:44", "2:07", "1:02:07", ""]


def test_calls_tab_shows_the_four_expectations(
    qtbot, supervisor_ctx, fx, workspace, executive
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from recovery_desk.domain.expectations import Expectation, to_mask
    from recovery_desk.storage.tables import Call

    with workspace.sessions.begin() as session:
        session.execute(
            update(Call)
            .where(Call.outcome.in_(["won_back", "declined"]))
            .values(expectations_met=to_mask([Expectation.RESPECT]))
        )
    i18n.install("pt_BR")
    try:
        page = ReportsPage(supervisor_ctx)
        qtbot.addWidget(page)
        tab = page.tabs.indexOf(page.expectations_table.parentWidget())
        assert page.tabs.tabText(tab) == "Ligaçõe&s"
        page.resize(1200, 800)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        qtbot.keyClick(page.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        assert page.tabs.currentIndex() == tab
        rows = page.expectations_model.table()
        header = ["Agente", "Conversas", "Respeito", "Soluções", "Simplicidade"]
        assert rows[0] == [*header, "Responsabilidade"]
        assert rows[1] == ["Todos", "3", "100,0%", "0,0%", "0,0%", "0,0%"]
        assert [r[:2] for r in rows[2:]] == sorted([["André Agente", "2"], [executive.name, "1"]])
        assert page.expectations_table.accessibleName() == "Tabela das quatro expectativas"
        last = page.expectations_table.horizontalHeader()  # figures beside their names
        assert last.sectionSize(last.count() - 1) < page.expectations_table.viewport().width() // 3
    finally:
        i18n.switch_language("en")


def test_money_is_shown_in_the_customers_currency(qtbot, supervisor_ctx, fx, workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    with workspace.sessions.begin() as session:  # a Portuguese centre bills in euros
        session.execute(update(Customer).values(currency="EUR"))
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    revenue = [row[3] for row in page.reasons_model.table()[1:]]
    assert revenue[0] == "€ 125.00" and all(text.startswith("€ ") for text in revenue)
    recovered = page.cycles_model.table()[1][-1]
    assert recovered.startswith("€ "), recovered


def test_mixed_currencies_are_never_added(qtbot, supervisor_ctx, fx, workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    with workspace.sessions.begin() as session:  # A and B (R$ 100 each before) pay in euros
        session.execute(
            update(Customer)
            .where(Customer.external_id.in_(["EXT-A", "EXT-B"]))
            .values(currency="EUR")
        )
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    revenue = [row[3] for row in page.reasons_model.table()[1:]]
    assert revenue == ["R$ 50.00", "R$ 50.00", "R$ 25.00", "R$ 25.00", "€ 100.00", "€ 100.00"]
    recovered = sorted(row[-1] for row in page.cycles_model.table()[1:])
    assert recovered == ["R$ 0.00", "€ 100.00", "€ 100.00"]  # never "R$ 100.00" for B's euros


@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
def test_pareto_says_its_currency_and_switches_by_keyboard(
    qtbot, supervisor_ctx, fx, workspace
) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: the Pareto ranks one currency's reasons and says which; Alt+M picks the
    other one. With a single currency there is nothing to pick."""
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    single = ReportsPage(supervisor_ctx)
    qtbot.addWidget(single)
    assert single.pareto_currency.isHidden()
    assert "billed" not in single.pareto.chart().title()
    with workspace.sessions.begin() as session:  # A and B (R$ 100 each before) pay in euros
        session.execute(
            update(Customer)
            .where(Customer.external_id.in_(["EXT-A", "EXT-B"]))
            .values(currency="EUR")
        )
    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    choice = page.pareto_currency
    assert choice.isVisible() and choice.combo.accessibleName() == "Currency of the chart"
    assert (
        page.pareto.chart()
        .title()
        .startswith("Departure reasons (Pareto) · customers billed in BRL")
    )
    assert [(b.label, b.value) for b in page.pareto.bars] == [
        ("svc rude", 50.0),
        ("svc slow", 50.0),
        ("price high", 25.0),
    ]
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Show money in"
    assert choice.combo.hasFocus()
    qtbot.keyClicks(choice.combo, "E")
    assert choice.current() == "EUR"
    assert page.pareto.chart().title() == "Departure reasons (Pareto) · customers billed in EUR"
    assert sorted((b.label, b.value) for b in page.pareto.bars) == [
        ("price competitor", 100.0),
        ("price high", 100.0),  # A's € 100 alone, never added to E and G's reais
    ]
    assert page.pareto.bar_tip(0).split(": ")[1].startswith("€ 100.00")
    qtbot.keyClick(page.by_count, Qt.Key.Key_Space)  # a refresh keeps the currency picked
    assert choice.current() == "EUR" and len(page.pareto.bars) == 2


def _long_rows() -> list:  # type: ignore[type-arg]
    from recovery_desk.services.reports.reasons import ReasonRow

    known = sum(range(1, 21))
    total = known + known  # as much again lost by customers with no known reason
    rows, running = [], 0
    for n in range(20, 0, -1):  # 20 reasons, the biggest first
        running += n
        rows.append(
            ReasonRow(
                "c",
                f"r{n}",
                "Category",
                f"Reason number {n} with a long name",
                n,
                n * 100,
                n / total,
                running / total,
            )
        )
    rows.append(ReasonRow(None, None, "", "", known, known * 100, 0.5, 1.0))
    return rows


@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
def test_pareto_line_is_the_tables_cumulative_share(qtbot) -> None:  # type: ignore[no-untyped-def]
    """One meaning of "cumulative share" on the screen: of the whole, as the table says."""
    from PySide6.QtWidgets import QToolTip

    from recovery_desk.ui.pages.reports.charts import MAX_BARS, ParetoChartWidget

    rows = _long_rows()
    chart = ParetoChartWidget()
    qtbot.addWidget(chart)
    chart.show_rows(rows, by_revenue=True, by_category=False)
    assert len(chart.bars) == MAX_BARS
    others = chart.bars[-1]
    assert others.label == "Others (11)" and others.value == sum(range(1, 12))
    line = chart.chart().series()[1]
    assert line.name() == "Cumulative share of all lost revenue"
    # the top of the chart (the last point, the last bar appended) is the biggest reason
    assert line.at(line.count() - 1).x() == pytest.approx(100 * rows[0].cumulative_share)
    # the known reasons hold half: the line stops there, and the title says why
    assert line.at(0).x() == pytest.approx(50.0)
    assert chart.chart().title().endswith("50% of lost revenue: no known reason")
    with qtbot.waitExposed(chart):
        chart.show()
    bars = chart.chart().series()[0].barSets()[0]
    bars.hovered.emit(True, bars.count() - 1)  # as the mouse over the top bar does
    assert QToolTip.text() == (
        "Reason number 20 with a long name: R$ 20.00 (4.8% of the total, cumulative)"
    )


@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
@pytest.mark.parametrize("lang", ["en", "pt_BR"])
def test_pareto_names_read_whole_and_money_has_its_currency(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
    from PySide6.QtGui import QFontMetrics

    from recovery_desk.ui.pages.reports.charts import ParetoChartWidget

    i18n.switch_language(lang)
    try:
        chart = ParetoChartWidget()
        qtbot.addWidget(chart)
        chart.resize(1110, 360)  # the chart's room on the Reasons tab at 1280x800
        with qtbot.waitExposed(chart):
            chart.show()
        chart.show_rows(_long_rows(), by_revenue=True, by_category=False, currency="BRL")
        qtbot.wait(50)
    finally:
        i18n.switch_language("en")
    names = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    metrics = QFontMetrics(names.labelsFont())
    widest = max(metrics.horizontalAdvance(bar.label) for bar in chart.bars)
    assert names.categories() == [bar.label for bar in reversed(chart.bars)]  # whole names
    # Qt cuts a category label to "..." when the axis gives it less room than it needs:
    # less width than the name, or (bars lying down) less height per bar than a line.
    area = chart.chart().plotArea()
    assert area.left() > widest
    assert area.height() / len(chart.bars) >= metrics.height() + 2
    formats = [a.labelFormat() for a in chart.chart().axes() if isinstance(a, QValueAxis)]
    assert "R$ %.0f" in formats  # the money axis reads in reais


@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
def test_recovery_chart_ticks_are_round(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A 37.5% cycle: the axis reads 0, 10, 20, 30, 40 — never 13% and 38%."""
    import uuid
    from datetime import date

    from PySide6.QtCharts import QValueAxis

    from recovery_desk.services.reports.activity import CycleRow
    from recovery_desk.ui.pages.reports.charts import RecoveryChartWidget

    row = CycleRow(
        uuid.uuid4(), "Nov/2026", date(2026, 11, 1), date(2026, 11, 30), False,
        40, 32, 15, 90000, 0.375, 0.1, 0.3, None,
    )  # fmt: skip
    chart = RecoveryChartWidget()
    qtbot.addWidget(chart)
    chart.show_rows([row])
    axis = next(
        a
        for a in chart.chart().axes()
        if isinstance(a, QValueAxis) and a.isVisible() and a.labelFormat().endswith("%")
    )
    ticks = [axis.tickAnchor() + k * axis.tickInterval() for k in range(10)]
    ticks = [t for t in ticks if axis.min() <= t <= axis.max()]
    assert axis.tickType() is QValueAxis.TickType.TicksDynamic
    assert ticks == [0, 10, 20, 30, 40]
    assert axis.max() == 40


@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
def test_calls_tab_shows_every_step_row(qtbot, supervisor_ctx, fx) -> None:  # type: ignore[no-untyped-def]
    """Six steps and the outcome, none cut off below the table's edge (was: Outcome hidden)."""
    from recovery_desk.domain.enums import STEP_ORDER
    from recovery_desk.services.reports.activity import StepRow

    page = ReportsPage(supervisor_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)  # the page's share of a 1280x800 window
    with qtbot.waitExposed(page):
        page.show()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    page.steps_model.set_rows([StepRow(step.value, 3, 2000.0) for step in STEP_ORDER])
    qtbot.wait(20)
    view = page.steps_table
    last = view.visualRect(page.steps_model.index(len(STEP_ORDER) - 1, 0))
    assert last.isValid() and last.bottom() <= view.viewport().height()
