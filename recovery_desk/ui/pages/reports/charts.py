"""Qt Charts of the reports page: the reasons Pareto and the recovery rate by cycle."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Slot
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from recovery_desk.domain.metrics import REFERENCE_BAND, recovery_rate
from recovery_desk.services.reports.activity import CycleRow
from recovery_desk.services.reports.reasons import ReasonRow
from recovery_desk.ui.formatting import format_decimal, locale, money

MAX_BARS = 10  # beyond this the Pareto groups the tail into "others" (names need height)


class ChartWidget(QChartView):
    """A chart view with antialiasing; subclasses rebuild the chart from rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _fresh(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Axis numbers in the user's language ("516.487"). Localised label formats need a
        # precision ("%.0f"; a bare "%d" draws nothing) and take "%" literally (not "%%").
        chart.setLocalizeNumbers(True)
        chart.setLocale(locale())
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart


@dataclass(frozen=True)
class _Bar:
    label: str  # whole: the bars lie down, so the names have room
    value: float
    cumulative: float  # share of the whole measure up to and including this bar, 0-1


@dataclass(frozen=True)
class Pareto:
    bars: list[_Bar]
    unknown_share: float  # of the measure, held by customers with no known reason (0-1)


def pareto_bars(rows: Sequence[ReasonRow], *, by_revenue: bool, by_category: bool) -> Pareto:
    """The known reasons, ranked, as bars with their running share of the whole measure
    (all lost revenue, or all customers) — the table's "Cumulative share", so the chart and
    the table give one number. The line therefore stops short of 100% by the share with no
    known reason, which the title names. Past ``MAX_BARS`` the tail is one "others" bar."""

    def value(row: ReasonRow) -> float:
        return row.monthly_revenue_cents / 100 if by_revenue else row.customers

    def label(row: ReasonRow) -> str:
        return (row.category_label if by_category else row.reason_label) or "?"

    known = [r for r in rows if r.category is not None or r.reason is not None]
    known_total = sum(value(r) for r in known)
    total = sum(value(r) for r in rows)
    bars = [_Bar(label(row), value(row), row.cumulative_share) for row in known]
    if len(bars) > MAX_BARS:
        head, tail = bars[: MAX_BARS - 1], bars[MAX_BARS - 1 :]
        others = QCoreApplication.translate("ReportCharts", "Others (%1)").replace(
            "%1", str(len(tail))
        )
        bars = [*head, _Bar(others, sum(b.value for b in tail), tail[-1].cumulative)]
    return Pareto(bars, (total - known_total) / total if total else 0.0)


def money_label_format(currency: str) -> str:
    """An axis label format with the currency where the language puts it ("R$ %.0f")."""
    zero = format_decimal(0.0, 2)
    prefix, _, suffix = money(0, currency).partition(zero)
    return f"{prefix}%.0f{suffix}".replace("\u00a0", " ")


def round_percent_axis(axis: QValueAxis, top: float) -> None:
    """0 to ``top`` (rounded up) with a tick every 10 or 20 points, never 13% or 38%."""
    step = 10 if top <= 50 else 20
    axis.setRange(0, min(100, step * math.ceil(max(top, step) / step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f%")


class ParetoChartWidget(ChartWidget):
    """Bars of lost monthly revenue (or customers), lying down so every reason's name reads
    whole, ranked from the top, with the cumulative share as a line on a second axis.
    Hovering a bar shows its name, figure and running share."""

    def show_rows(
        self,
        rows: Sequence[ReasonRow],
        *,
        by_revenue: bool,
        by_category: bool,
        currency: str = "BRL",
        several: bool = False,
    ) -> None:
        """Chart ``rows``: one currency's section of the reasons report, ``currency``'s. With
        customers billed in ``several`` currencies the title says which one it ranks."""
        pareto = pareto_bars(rows, by_revenue=by_revenue, by_category=by_category)
        self.bars = pareto.bars
        title = QCoreApplication.translate("ReportCharts", "Departure reasons (Pareto)")
        if several:
            billed = QCoreApplication.translate("ReportCharts", "customers billed in %1")
            title = f"{title} · {billed.replace('%1', currency)}"
        if pareto.unknown_share >= 0.0005:
            unknown = (
                QCoreApplication.translate("ReportCharts", "%1% of lost revenue: no known reason")
                if by_revenue
                else QCoreApplication.translate("ReportCharts", "%1% of customers: no known reason")
            )
            share = format_decimal(pareto.unknown_share * 100, 0)
            title = f"{title} · {unknown.replace('%1', share)}"
        chart = self._fresh(title)
        chart.setMargins(QMargins(4, 4, 4, 4))  # every pixel of height goes to the names
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)  # beside the percent axis
        self._by_revenue = by_revenue
        self._currency = currency
        bars = QBarSet(
            QCoreApplication.translate("ReportCharts", "Lost monthly revenue")
            if by_revenue
            else QCoreApplication.translate("ReportCharts", "Customers")
        )
        line = QLineSeries()
        line.setName(
            QCoreApplication.translate("ReportCharts", "Cumulative share of all lost revenue")
            if by_revenue
            else QCoreApplication.translate("ReportCharts", "Cumulative share of all customers")
        )
        # Horizontal bars stack from the bottom: append the smallest first, so the biggest
        # reason is on top, where the line (of the same ranks) starts.
        count = len(self.bars)
        for i, bar in enumerate(reversed(self.bars)):
            bars.append(bar.value)
            line.append(QPointF(bar.cumulative * 100, i))
        bars.hovered.connect(self._on_bar_hovered)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        chart.addSeries(line)
        names = QBarCategoryAxis()
        names.append([bar.label for bar in reversed(self.bars)] or [""])
        rank = QValueAxis()  # the line's rows, matching the bars
        rank.setRange(-0.5, max(count, 1) - 0.5)
        rank.setVisible(False)
        amount = QValueAxis()
        amount.setLabelFormat(money_label_format(currency) if by_revenue else "%.0f")
        share_axis = QValueAxis()
        round_percent_axis(share_axis, 100)
        share_axis.setTickInterval(25)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(rank, Qt.AlignmentFlag.AlignRight)
        chart.addAxis(amount, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(share_axis, Qt.AlignmentFlag.AlignTop)
        series.attachAxis(names)
        series.attachAxis(amount)
        line.attachAxis(rank)
        line.attachAxis(share_axis)
        top = max((bars.at(i) for i in range(bars.count())), default=0.0)
        amount.setRange(0, max(top, 1.0) * 1.05)
        amount.applyNiceNumbers()  # round ticks ("R$ 200.000"), also with no bars at all
        self.setAccessibleName(
            QCoreApplication.translate("ReportCharts", "Pareto chart of departure reasons")
        )

    def bar_tip(self, index: int) -> str:
        """ "Taxas e tarifas: R$ 516.487,00 (11,5% of the total, cumulative)"."""
        bar = self.bars[index]
        figure = (
            money(round(bar.value * 100), self._currency)
            if self._by_revenue
            else format_decimal(bar.value, 0)
        )
        share = format_decimal(bar.cumulative * 100, 1)
        return (
            QCoreApplication.translate("ReportCharts", "%1: %2 (%3% of the total, cumulative)")
            .replace("%1", bar.label)
            .replace("%2", figure)
            .replace("%3", share)
        )

    @Slot(bool, int)
    def _on_bar_hovered(self, status: bool, index: int) -> None:
        rank = len(self.bars) - 1 - index  # the bars were appended smallest first
        if status and 0 <= rank < len(self.bars):
            QToolTip.showText(QCursor.pos(), self.bar_tip(rank), self)
        else:
            QToolTip.hideText()


class RecoveryChartWidget(ChartWidget):
    """Recovery rate per cycle (agents and executives) with the 10–30% reference band."""

    def show_rows(self, rows: Sequence[CycleRow]) -> None:
        chart = self._fresh(QCoreApplication.translate("ReportCharts", "Recovery rate by cycle"))
        cycles: list[str] = []
        for row in rows:
            if row.cycle not in cycles:
                cycles.append(row.cycle)
        agents = QBarSet(QCoreApplication.translate("ReportCharts", "Agents"))
        executives = QBarSet(QCoreApplication.translate("ReportCharts", "Executives"))
        for name in cycles:
            for target, executive in ((agents, False), (executives, True)):
                # A row per currency: the rate is of all of them (counts, not money, add).
                found = [r for r in rows if r.cycle == name and r.executive is executive]
                won, contacted = sum(r.won_back for r in found), sum(r.contacted for r in found)
                target.append(100 * (recovery_rate(won, contacted) or 0.0))
        series = QBarSeries()
        series.append(agents)
        series.append(executives)
        chart.addSeries(series)
        low, high = REFERENCE_BAND
        lower, upper = QLineSeries(), QLineSeries()
        span = max(len(cycles), 1)
        for x in (-0.5, span - 0.5):
            lower.append(QPointF(x, low * 100))
            upper.append(QPointF(x, high * 100))
        band = QAreaSeries(upper, lower)
        # QAreaSeries does not own its boundary lines: keep them alive with the band.
        upper.setParent(band)
        lower.setParent(band)
        band.setName(QCoreApplication.translate("ReportCharts", "Reference band (10–30%)"))
        band.setColor(QColor(76, 175, 80, 60))
        band.setBorderColor(QColor(76, 175, 80))
        chart.addSeries(band)
        x_axis = QBarCategoryAxis()
        x_axis.append(cycles or [""])
        band_x = QValueAxis()
        band_x.setRange(-0.5, span - 0.5)
        band_x.setVisible(False)
        y_axis = QValueAxis()
        round_percent_axis(
            y_axis, max([100 * (r.recovery_rate or 0.0) for r in rows] + [high * 100])
        )
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(band_x, Qt.AlignmentFlag.AlignTop)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        band.attachAxis(band_x)
        band.attachAxis(y_axis)
        self.setAccessibleName(
            QCoreApplication.translate("ReportCharts", "Recovery rate by cycle chart")
        )
