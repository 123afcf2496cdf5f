"""Table models of the reports page: small QAbstractTableModels over report DTO rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_desk.domain.expectations import Expectation
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import format_money
from recovery_desk.services.reports.activity import CycleRow, OfferRow, StepRow
from recovery_desk.services.reports.expectations import ExpectationRow
from recovery_desk.services.reports.reasons import ReasonRow
from recovery_desk.ui import i18n
from recovery_desk.ui.formatting import format_count, format_duration, format_percent

CONTEXT = "ReportModels"
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP, translated at display time
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    numeric: bool = False
    cents: Callable[[Any], int | None] | None = None  # money: shown in the model's currency


def _money_column(header: str, cents: Callable[[Any], int]) -> Column:
    return Column(header, lambda _r: "", cents, True, cents)


def _pct(value: float | None) -> str:
    return format_percent(value)


class RowsModel(QAbstractTableModel):
    """Read-only rows of one DTO type; columns declared by subclasses in ``COLUMNS``."""

    COLUMNS: Sequence[Column] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.currency = "BRL"

    def set_rows(self, rows: Sequence[Any], currency: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.currency = currency or self.currency
        self.endResetModel()

    def _text(self, column: Column, row: Any) -> str:
        if column.cents is not None:
            return format_money(column.cents(row), i18n.current_language(), self.currency)
        return column.text(row)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, row)
        if role == SortRole:
            return column.sort(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(CONTEXT, self.COLUMNS[section].header)
        return section + 1

    def table(self) -> list[list[str]]:
        """Headers and display texts, for saving as CSV."""
        head = [
            str(self.headerData(i, Qt.Orientation.Horizontal)) for i in range(len(self.COLUMNS))
        ]
        return [head] + [[self._text(c, r) for c in self.COLUMNS] for r in self._rows]


def _no_reason(row: ReasonRow) -> str:
    return QCoreApplication.translate("ReportModels", "(no known reason)")


class ReasonsModel(RowsModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Category"),
            lambda r: r.category_label if r.category else _no_reason(r),
            lambda r: r.category_label,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Reason"),
            lambda r: r.reason_label,
            lambda r: r.reason_label,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Customers"),
            lambda r: format_count(r.customers),
            lambda r: r.customers,
            True,
        ),
        _money_column(
            QT_TRANSLATE_NOOP("ReportModels", "Lost monthly revenue"),
            lambda r: r.monthly_revenue_cents,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Share"),
            lambda r: _pct(r.share),
            lambda r: r.share,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cumulative share"),
            lambda r: _pct(r.cumulative_share),
            lambda r: r.cumulative_share,
            True,
        ),
    )


def _who(row: CycleRow) -> str:
    if row.executive:
        return QCoreApplication.translate("ReportModels", "Executives")
    return QCoreApplication.translate("ReportModels", "Agents")


def _band(row: CycleRow) -> str:
    return f"{format_percent(row.band_low, 0)}–{format_percent(row.band_high, 0)}"


class CyclesModel(RowsModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cycle"), lambda r: r.cycle, lambda r: r.period_start
        ),
        Column(QT_TRANSLATE_NOOP("ReportModels", "Calls by"), _who, lambda r: r.executive),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Contacted"),
            lambda r: str(r.contacted),
            lambda r: r.contacted,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Reached"),
            lambda r: str(r.reached),
            lambda r: r.reached,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Won back"),
            lambda r: str(r.won_back),
            lambda r: r.won_back,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Recovery rate"),
            lambda r: _pct(r.recovery_rate),
            lambda r: r.recovery_rate or 0.0,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("ReportModels", "Reference band"), _band, lambda r: r.band_low),
        _money_column(
            QT_TRANSLATE_NOOP("ReportModels", "Recovered monthly revenue"),
            lambda r: r.recovered_cents,
        ),
    )


class OffersModel(RowsModel):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Offer"), lambda r: r.label, lambda r: r.label),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Made"), lambda r: str(r.made), lambda r: r.made, True
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Accepted"),
            lambda r: str(r.accepted),
            lambda r: r.accepted,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Acceptance rate"),
            lambda r: _pct(r.acceptance_rate),
            lambda r: r.acceptance_rate or 0.0,
            True,
        ),
        _money_column(QT_TRANSLATE_NOOP("ReportModels", "Cost"), lambda r: r.cost_cents),
    )


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


class CountsModel(RowsModel):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Promises"), lambda r: r.label, lambda r: r.label),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Count"),
            lambda r: format_count(r.count),
            lambda r: r.count,
            True,
        ),
    )


STEP_LABELS = {
    "apologise": QT_TRANSLATE_NOOP("ReportModels", "Apologise"),
    "listen": QT_TRANSLATE_NOOP("ReportModels", "Listen"),
    "diagnose": QT_TRANSLATE_NOOP("ReportModels", "Diagnose"),
    "assist": QT_TRANSLATE_NOOP("ReportModels", "Assist"),
    "offer": QT_TRANSLATE_NOOP("ReportModels", "Offer"),
    "outcome": QT_TRANSLATE_NOOP("ReportModels", "Outcome"),
}


def _step(row: StepRow) -> str:
    return QCoreApplication.translate(CONTEXT, STEP_LABELS.get(row.step, row.step))


def _seconds(row: StepRow) -> str:
    return "" if row.average_ms is None else format_duration(row.average_ms / 1000)


class StepsModel(RowsModel):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Step"), _step, lambda r: r.step),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Calls"),
            lambda r: str(r.calls),
            lambda r: r.calls,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Average time"),
            _seconds,
            lambda r: r.average_ms or 0.0,
            True,
        ),
    )


EVERYONE = QT_TRANSLATE_NOOP("ReportModels", "Everyone")


def _agent(row: ExpectationRow) -> str:
    return row.agent or QCoreApplication.translate(CONTEXT, EVERYONE)


def _met(expectation: Expectation, header: str) -> Column:
    """One expectation: the share of conversations that met it."""
    return Column(
        header,
        lambda r: _pct(r.share(expectation)),
        lambda r: -1.0 if r.share(expectation) is None else r.share(expectation),
        True,
    )


class ExpectationsModel(RowsModel):
    """Per agent (everyone first): how often conversations met each expectation."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Agent"),
            _agent,
            lambda r: (r.agent is not None, r.agent or ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Conversations"),
            lambda r: format_count(r.assessed),
            lambda r: r.assessed,
            True,
        ),
        _met(Expectation.RESPECT, QT_TRANSLATE_NOOP("ReportModels", "Respect")),
        _met(Expectation.SOLUTIONS, QT_TRANSLATE_NOOP("ReportModels", "Solutions")),
        _met(Expectation.SIMPLICITY, QT_TRANSLATE_NOOP("ReportModels", "Simplicity")),
        _met(Expectation.RESPONSIBILITY, QT_TRANSLATE_NOOP("ReportModels", "Responsibility")),
    )


__all__ = [
    "ExpectationsModel",
    "CountRow",
    "CountsModel",
    "CyclesModel",
    "OfferRow",
    "OffersModel",
    "ReasonsModel",
    "StepsModel",
]
