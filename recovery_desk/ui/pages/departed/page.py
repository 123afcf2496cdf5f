"""The Departed page: who left and the monthly revenue that left with them.

Per month or per quarter, filterable by segment, region and period; a chart of lost
revenue (bars) and departed customers (line, right axis) above the table a supervisor
copies into the monthly meeting's spreadsheet (``Ctrl+Shift+C``). Money is never added
across currencies: the table has a row per period and currency, and with customers billed
in several the chart shows the one picked beside it.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QPointF, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.money import sum_per_currency
from recovery_desk.services.cycles.choices import main_currency
from recovery_desk.services.reports.departed import (
    DepartedFilters,
    DepartedRow,
    Grouping,
    departed_by_period,
    segments_and_regions,
)
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.currency_choice import CurrencyChoice
from recovery_desk.ui.formatting import (
    DateEdit,
    format_count,
    from_qdate,
    locale,
    money,
    money_per_currency,
)
from recovery_desk.ui.pages.departed.model import DepartedModel, period_label
from recovery_desk.ui.tasks import log_failure

log = logging.getLogger("recovery_desk.departed")
ANY_DATE = QDate(2000, 1, 1)
LEVEL_LABELS_UP_TO = 8
"""Periods on the chart whose labels still fit level; more stand upright."""


def _date_or_none(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else from_qdate(value)


class DepartedPage(QWidget):
    """Departed customers and lost monthly revenue per period, with a chart and a table."""

    PAGE_ID = "departed"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._currency = "BRL"
        self.model = DepartedModel(self)
        self._build()
        i18n.register(self)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        self.reload_choices()
        self.refresh()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.by_combo = QComboBox()
        self.by_combo.addItems(["", ""])
        self.segment_combo = QComboBox()
        self.region_combo = QComboBox()
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self._on_copy_button_clicked)
        self.addAction(self.copy_action)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        filters = QFormLayout()
        self.by_label, self.segment_label, self.region_label = QLabel(), QLabel(), QLabel()
        self.from_label, self.to_label = QLabel(), QLabel()
        for label, field in (
            (self.by_label, self.by_combo),
            (self.segment_label, self.segment_combo),
            (self.region_label, self.region_combo),
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
        ):
            label.setBuddy(field)
            filters.addRow(label, field)
        for combo in (self.by_combo, self.segment_combo, self.region_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        side = QVBoxLayout()
        side.addLayout(filters)
        side.addWidget(self.copy_button)
        self.currency_choice = CurrencyChoice()  # hidden while one currency is billed
        self.currency_choice.sig_chosen.connect(self._on_currency_choice_chosen)
        side.addWidget(self.currency_choice)
        self.summary = QLabel()
        self.summary.setObjectName("departedSummary")
        self.summary.setWordWrap(True)  # the filters, not this sentence, set the panel's width
        side.addWidget(self.summary)  # under the filters it sums up, not stranded at the foot
        side.addStretch(1)

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        # The chart is what the monthly meeting looks at; the table holds the exact figures.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # read as proportions when first shown
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(splitter, 1)

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        return edit

    def retranslate_ui(self) -> None:
        self.by_label.setText(self.tr("&Group by"))
        self.by_combo.setItemText(0, self.tr("Month"))
        self.by_combo.setItemText(1, self.tr("Quarter"))
        self.segment_label.setText(self.tr("&Segment"))
        self.region_label.setText(self.tr("&Region"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        for combo in (self.segment_combo, self.region_combo):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("Any"))
        self.copy_button.setText(self.tr("&Copy table"))
        self.copy_action.setText(self.tr("Copy table"))
        self.copy_button.setToolTip(self.tr("Copy the table for a spreadsheet (Ctrl+Shift+C)"))
        self.by_combo.setAccessibleName(self.tr("Group by month or quarter"))
        self.segment_combo.setAccessibleName(self.tr("Segment filter"))
        self.region_combo.setAccessibleName(self.tr("Region filter"))
        self.from_edit.setAccessibleName(self.tr("Departed from"))
        self.to_edit.setAccessibleName(self.tr("Departed until"))
        self.copy_button.setAccessibleName(self.tr("Copy table"))
        self.table.setAccessibleName(self.tr("Departed customers per period"))
        self.chart_view.setAccessibleName(self.tr("Chart of lost revenue per period"))
        self.chart.setTitle(self.tr("Lost monthly revenue and departed customers"))
        self.model.retranslate()
        if self.model.rows:
            self._show(self.model.rows)

    # --- data -----------------------------------------------------------------------

    def filters(self) -> DepartedFilters:
        """The filters as chosen on screen."""
        return DepartedFilters(
            segment=self.segment_combo.currentData(),
            region=self.region_combo.currentData(),
            date_from=_date_or_none(self.from_edit),
            date_to=_date_or_none(self.to_edit),
        )

    def reload_choices(self) -> None:
        sessions = self.ctx.sessions

        def work(_token: Any) -> tuple[list[str], list[str], str]:
            segments, regions = segments_and_regions(sessions)
            return segments, regions, main_currency(sessions)

        # A failure reaches the runner's default report; the filters keep their choices.
        self.ctx.runner.run(work, on_done=self._on_choices_loaded)

    def _on_choices_loaded(self, result: tuple[list[str], list[str], str]) -> None:
        segments, regions, self._currency = result
        for combo, values in ((self.segment_combo, segments), (self.region_combo, regions)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Query the figures again off the GUI thread; an older answer is dropped."""
        self._generation += 1
        generation = self._generation
        sessions, filters = self.ctx.sessions, self.filters()
        by: Grouping = "quarter" if self.by_combo.currentIndex() == 1 else "month"

        def work(_token: Any) -> list[DepartedRow]:
            return departed_by_period(sessions, by, filters)

        def done(rows: list[DepartedRow]) -> None:
            if generation == self._generation:
                self._show(rows)

        def failed(exc: BaseException) -> None:
            log_failure(exc)
            if generation == self._generation:  # no old figures under the new filters
                self._show([])
                self.summary.setText(
                    self.tr("The figures could not be loaded; the details are in the log.")
                )

        self.ctx.runner.run(work, on_done=done, on_error=failed)

    def _show(self, rows: list[DepartedRow]) -> None:
        lang = i18n.current_language()
        self.model.set_rows(rows, lang=lang, currency=self._currency)
        self.table.resizeColumnsToContents()
        customers = sum(r.customers for r in rows)
        lost = sum_per_currency((r.currency, r.lost_revenue_cents) for r in rows)
        self.summary.setText(
            self.tr("%1 customers left, %2 of monthly revenue")
            .replace("%1", format_count(customers, lang))
            .replace("%2", money_per_currency(lost, lang) or money(0, self._currency, lang))
        )
        self._draw_currency(rows, lang)

    def _draw_currency(self, rows: list[DepartedRow], lang: str) -> None:
        """Offer the currencies of ``rows`` (the commonest first) and chart the picked one."""
        by_customers = sum_per_currency((r.currency, r.customers) for r in rows)
        currencies = sorted(by_customers, key=lambda cur: (-by_customers[cur], cur))
        shown = self.currency_choice.set_currencies(currencies) or self._currency
        dated = [r for r in rows if r.period is not None and r.currency == shown]
        self._draw_chart(dated, lang, shown, several=len(currencies) > 1)

    def _draw_chart(
        self, rows: list[DepartedRow], lang: str, currency: str, *, several: bool
    ) -> None:
        """Bars and line of the customers billed in ``currency`` (one money axis, one
        currency); the title names it when the workspace bills in ``several``."""
        chart = self.chart
        chart.setTitle(
            self.tr("Lost monthly revenue and departed customers billed in %1").replace(
                "%1", currency
            )
            if several
            else self.tr("Lost monthly revenue and departed customers")
        )
        # Axis numbers in the user's language: "519.387", not "519387".
        chart.setLocalizeNumbers(True)
        chart.setLocale(locale(lang))
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        lost = QBarSet(self.tr("Lost monthly revenue"))
        for row in rows:
            lost.append(row.lost_revenue_cents / 100)
        bars = QBarSeries()
        bars.append(lost)
        count = QLineSeries()
        count.setName(self.tr("Departed customers"))
        for i, row in enumerate(rows):
            count.append(QPointF(i, row.customers))
        chart.addSeries(bars)
        chart.addSeries(count)
        categories = QBarCategoryAxis()
        categories.append([period_label(r.period, lang) for r in rows])
        if len(rows) > LEVEL_LABELS_UP_TO:
            categories.setLabelsAngle(-90)  # upright, months would be cut to "0…"
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        money_axis = QValueAxis()
        top = max((r.lost_revenue_cents for r in rows), default=0)
        money_axis.setRange(0, max(top / 100, 1) * 1.1)
        money_axis.setLabelFormat("%.0f")
        money_axis.applyNiceNumbers()
        money_axis.setTitleText(self.tr("Lost monthly revenue (%1)").replace("%1", currency))
        chart.addAxis(money_axis, Qt.AlignmentFlag.AlignLeft)
        count_axis = QValueAxis()
        count_axis.setRange(0, max((r.customers for r in rows), default=0) * 1.1 + 1)
        # Localised labels need a precision: a bare "%d" draws nothing.
        count_axis.setLabelFormat("%.0f")
        count_axis.applyNiceNumbers()
        count_axis.setTitleText(self.tr("Customers"))
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(categories)
        bars.attachAxis(money_axis)
        count.attachAxis(categories)
        count.attachAxis(count_axis)
        lost.setLabel(self.tr("Lost monthly revenue"))
        self._bar_tips = [money(r.lost_revenue_cents, r.currency, lang) for r in rows]
        lost.hovered.connect(self._on_lost_hovered)

    @Slot(bool, int)
    def _on_lost_hovered(self, status: bool, index: int) -> None:
        tip = self._bar_tips[index] if status and 0 <= index < len(self._bar_tips) else ""
        self.chart_view.setToolTip(tip)

    # --- slots ----------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self, *_args: Any) -> None:
        self.refresh()

    @Slot(str)
    def _on_currency_choice_chosen(self, _currency: str) -> None:
        self._draw_currency(self.model.rows, i18n.current_language())

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_tsv())

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area in ("customers", "calls", "import"):
            self.reload_choices()
            self.refresh()
