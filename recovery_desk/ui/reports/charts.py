"""Qt Charts of the reports page: the reasons Pareto and the recovery rate by cycle."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from recovery_desk.domain.metrics import REFERENCE_BAND
from recovery_desk.services.report_activity import CycleRow
from recovery_desk.services.reports import ReasonRow
from recovery_desk.ui import i18n

MAX_BARS = 15  # beyond this the Pareto groups the tail into "others"


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
        chart.setLocale(QLocale(i18n.current_language()))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart


class ParetoChartWidget(ChartWidget):
    """Bars of lost monthly revenue (or customers) and the cumulative share on a second axis."""

    def show_rows(self, rows: Sequence[ReasonRow], *, by_revenue: bool, by_category: bool) -> None:
        chart = self._fresh(
            QCoreApplication.translate("ReportCharts", "Departure reasons (Pareto)")
        )
        shown = list(rows[:MAX_BARS])
        bars = QBarSet(
            QCoreApplication.translate("ReportCharts", "Lost monthly revenue")
            if by_revenue
            else QCoreApplication.translate("ReportCharts", "Customers")
        )
        line = QLineSeries()
        line.setName(QCoreApplication.translate("ReportCharts", "Cumulative share"))
        names: list[str] = []
        for i, row in enumerate(shown):
            bars.append(row.monthly_revenue_cents / 100 if by_revenue else row.customers)
            line.append(QPointF(i, row.cumulative_share * 100))
            label = row.category_label if by_category else row.reason_label
            names.append(
                (label or QCoreApplication.translate("ReportCharts", "(no known reason)"))[:24]
            )
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        chart.addSeries(line)
        x_axis = QBarCategoryAxis()
        x_axis.append(names)
        left = QValueAxis()
        left.setLabelFormat("%.0f")
        right = QValueAxis()
        right.setRange(0, 100)
        right.setLabelFormat("%.0f%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(x_axis)
        series.attachAxis(left)
        line.attachAxis(x_axis)
        line.attachAxis(right)
        top = max((bars.at(i) for i in range(bars.count())), default=0.0)
        left.setRange(0, max(top, 1.0) * 1.05)
        left.applyNiceNumbers()  # round ticks ("200.000"), also with no bars at all
        self.setAccessibleName(
            QCoreApplication.translate("ReportCharts", "Pareto chart of departure reasons")
        )


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
                found = [r for r in rows if r.cycle == name and r.executive is executive]
                target.append(100 * (found[0].recovery_rate or 0.0) if found else 0.0)
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
        top = max([100 * (r.recovery_rate or 0.0) for r in rows] + [high * 100 + 10])
        y_axis.setRange(0, min(100, top))
        y_axis.setLabelFormat("%.0f%")
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
