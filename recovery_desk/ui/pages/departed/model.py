"""Table model of departed customers per period (the Departed page's table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import cents_to_decimal, format_money
from recovery_desk.services.reports.departed import DepartedRow
from recovery_desk.ui.formatting import format_count

Index = QModelIndex | QPersistentModelIndex


HEADERS = (
    QT_TRANSLATE_NOOP("DepartedModel", "Period"),
    QT_TRANSLATE_NOOP("DepartedModel", "Customers"),
    QT_TRANSLATE_NOOP("DepartedModel", "Lost monthly revenue"),
    QT_TRANSLATE_NOOP("DepartedModel", "Unknown revenue"),
)


def period_label(period: str | None) -> str:
    """``2026-03`` -> ``03/2026``; ``2026-Q1`` -> ``Q1 2026`` (translated); None -> unknown."""
    if period is None:
        return QCoreApplication.translate("DepartedModel", "Unknown date")
    year, _, rest = period.partition("-")
    if rest.startswith("Q"):
        return (
            QCoreApplication.translate("DepartedModel", "Q%1 %2")
            .replace("%1", rest[1:])
            .replace("%2", year)
        )
    return f"{rest}/{year}"


class DepartedModel(QAbstractTableModel):
    """One row per period (unknown date last): customers, lost revenue, unknown revenue."""

    COL_PERIOD, COL_CUSTOMERS, COL_LOST, COL_UNKNOWN = range(4)
    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None, *, lang: str = "pt_BR", currency: str = "BRL"):
        super().__init__(parent)
        self.rows: list[DepartedRow] = []
        self.lang = lang
        self.currency = currency

    def set_rows(self, rows: list[DepartedRow], lang: str, currency: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.lang = lang
        self.currency = currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("DepartedModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return (row.period or "~", row.customers, row.lost_revenue_cents, row.unknown_revenue)[
                col
            ]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_PERIOD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: DepartedRow, col: int) -> str:
        if col == self.COL_PERIOD:
            return period_label(row.period)
        if col == self.COL_CUSTOMERS:
            return format_count(row.customers, self.lang)
        if col == self.COL_LOST:
            return format_money(row.lost_revenue_cents, self.lang, self.currency)
        return format_count(row.unknown_revenue, self.lang)

    def as_tsv(self) -> str:
        """The table with its header, tab-separated, numbers as Excel reads them here."""
        lines = ["\t".join(self.headerData(c, Qt.Orientation.Horizontal) for c in range(4))]
        for row in self.rows:
            amount = str(cents_to_decimal(row.lost_revenue_cents))
            if self.lang != "en":
                amount = amount.replace(".", ",")
            cells = [period_label(row.period), str(row.customers), amount, str(row.unknown_revenue)]
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"
