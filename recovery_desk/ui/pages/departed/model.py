"""Table model of departed customers per period (the Departed page's table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import cents_to_decimal
from recovery_desk.services.reports.departed import DepartedRow
from recovery_desk.ui.formatting import format_count, format_month, money
from recovery_desk.ui.table_model import Column, TableModel

HEADERS = (
    QT_TRANSLATE_NOOP("DepartedModel", "Period"),
    QT_TRANSLATE_NOOP("DepartedModel", "Customers"),
    QT_TRANSLATE_NOOP("DepartedModel", "Lost monthly revenue"),
    # a count of customers, not an amount: the header says so
    QT_TRANSLATE_NOOP("DepartedModel", "Customers with unknown revenue"),
)
CURRENCY_HEADER = QT_TRANSLATE_NOOP("DepartedModel", "Currency")


def period_label(period: str | None, lang: str | None = None) -> str:
    """``2026-03`` -> ``03/2026`` (``Mar 2026`` in English); ``2026-Q1`` -> ``Q1 2026``
    (translated); None -> unknown."""
    if period is None:
        return QCoreApplication.translate("DepartedModel", "Unknown date")
    year, _, rest = period.partition("-")
    if rest.startswith("Q"):
        return (
            QCoreApplication.translate("DepartedModel", "Q%1 %2")
            .replace("%1", rest[1:])
            .replace("%2", year)
        )
    return format_month(int(year), int(rest), lang)


class DepartedModel(TableModel):
    """One row per period (unknown date last): customers, lost revenue, unknown revenue."""

    CONTEXT = "DepartedModel"
    COLUMNS = (
        Column(HEADERS[0], sort=lambda r: r.period or "~"),  # the unknown date sorts last
        Column(HEADERS[1], sort=lambda r: r.customers, numeric=True),
        Column(HEADERS[2], sort=lambda r: r.lost_revenue_cents, numeric=True),
        Column(HEADERS[3], sort=lambda r: r.unknown_revenue, numeric=True),
    )
    COL_PERIOD, COL_CUSTOMERS, COL_LOST, COL_UNKNOWN = range(4)

    def display(self, row: DepartedRow, col: int) -> str:
        if col == self.COL_PERIOD:
            return period_label(row.period, self.lang)
        if col == self.COL_CUSTOMERS:
            return format_count(row.customers, self.lang)
        if col == self.COL_LOST:
            return money(row.lost_revenue_cents, row.currency, self.lang)  # a row per currency
        return format_count(row.unknown_revenue, self.lang)

    def as_tsv(self) -> str:
        """The table with its header, tab-separated, numbers as Excel reads them here; with
        customers billed in several currencies, a last column says each amount's."""
        several = len({row.currency for row in self.rows}) > 1
        header = [self.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        if several:
            header.append(QCoreApplication.translate("DepartedModel", CURRENCY_HEADER))
        lines = ["\t".join(header)]
        for row in self.rows:
            amount = str(cents_to_decimal(row.lost_revenue_cents))
            if self.lang != "en":
                amount = amount.replace(".", ",")
            period = period_label(row.period, self.lang)
            cells = [period, str(row.customers), amount, str(row.unknown_revenue)]
            if several:
                cells.append(row.currency)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"
