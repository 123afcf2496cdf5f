"""The one table model of the UI: read-only rows of frozen DTOs, one :class:`Column` each.

Every table in the UI is a :class:`TableModel` (or a subclass), so every table answers the
same roles: :data:`RowRole` gives a row's DTO and :data:`SortRole` the value a column sorts
by; the display text is also the accessible text; numeric columns are right-aligned; money
columns read in the model's currency and language. Headers are marked with
``QT_TRANSLATE_NOOP(context, ...)`` and translated when shown, so a language switch needs
only :meth:`TableModel.retranslate`.

A model whose cells need more than the row (today's date, a colour for overdue rows)
overrides :meth:`TableModel.display`, :meth:`TableModel.sort_value` or
:meth:`TableModel.cell_data`. A lazy model (rows fetched a page at a time) overrides
``rowCount`` and :meth:`TableModel.row_at`, or grows :attr:`TableModel.rows` in
``fetchMore``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from recovery_desk.ui.formatting import money

SortRole = Qt.ItemDataRole.UserRole + 1
"""The value a cell sorts by (a number for a number, not its text)."""
RowRole = Qt.ItemDataRole.UserRole + 2
"""The row's DTO (any column)."""

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


@dataclass(frozen=True)
class Column:
    """One column: its header, what a row shows in it and what it sorts by.

    Attributes:
        header: English source text marked with ``QT_TRANSLATE_NOOP`` in the model's
            context; translated when shown (and the header's tooltip).
        value: the cell of a row: shown as text (``None`` as empty), sorted by unless
            ``sort`` is given. ``None``: the model's :meth:`TableModel.display` says.
        sort: the value the cell sorts by, when it is not ``value``.
        numeric: right-aligned.
        cents: a money column: the amount in cents, shown in the model's currency.
        short: a narrower header text (the full ``header`` stays its tooltip).
    """

    header: str
    value: Callable[[Any], Any] | None = None
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    cents: Callable[[Any], int | None] | None = None
    short: str | None = None


def money_column(header: str, cents: Callable[[Any], int | None]) -> Column:
    """A right-aligned amount in the model's currency, sorting by its cents."""
    return Column(header, sort=cents, numeric=True, cents=cents)


class TableModel(QAbstractTableModel):
    """A read-only table over :attr:`rows`, one DTO a row; columns in :attr:`COLUMNS`.

    Subclasses declare ``CONTEXT`` (the translation context of the headers), ``COLUMNS``
    and ``COL_*`` numbers; a one-off table passes ``context`` and ``columns`` instead.

    Attributes:
        rows: the DTOs shown, in order.
        lang: the language of numbers, money and dates (``None``: the app's language).
        currency: the currency of money columns.
    """

    CONTEXT = ""
    COLUMNS: Sequence[Column] = ()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        context: str | None = None,
        columns: Sequence[Column] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = self.CONTEXT if context is None else context
        self.columns: tuple[Column, ...] = tuple(self.COLUMNS if columns is None else columns)
        self.rows: list[Any] = []
        self.lang: str | None = None
        self.currency = "BRL"

    # --- rows -----------------------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[Any], *, lang: str | None = None, currency: str | None = None
    ) -> None:
        """Show ``rows`` (and, if given, in ``lang`` and ``currency``)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.lang = lang or self.lang
        self.currency = currency or self.currency
        self.endResetModel()

    def row_at(self, index: Index | int) -> Any:
        """The DTO of a row (an index or a row number); ``None`` outside the table."""
        number = index if isinstance(index, int) else index.row() if index.isValid() else -1
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def retranslate(self) -> None:
        """The language changed: headers and cells read again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def table(self) -> list[list[str]]:
        """The headers and then every row as shown (for saving as CSV)."""
        head = [
            str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(self.columns))
        ]
        rows = [[self.display(row, c) for c in range(len(self.columns))] for row in self.rows]
        return [head, *rows]

    # --- cells: what subclasses override ---------------------------------------------------

    def row_currency(self, row: Any) -> str:
        """The currency of a row's money: its own ``currency`` where it has one (money in
        different currencies is never shown under one), else the model's."""
        return getattr(row, "currency", None) or self.currency

    def display(self, row: Any, column: int) -> str:
        """The text of a cell (also its accessible text)."""
        spec = self.columns[column]
        if spec.cents is not None:
            return money(spec.cents(row), self.row_currency(row), self.lang)
        value = None if spec.value is None else spec.value(row)
        return "" if value is None else str(value)

    def sort_value(self, row: Any, column: int) -> Any:
        """What a cell sorts by: the column's ``sort``, else its ``value``, else its text."""
        spec = self.columns[column]
        if spec.sort is not None:
            return spec.sort(row)
        return spec.value(row) if spec.value is not None else self.display(row, column)

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        """Any other role of a cell (colour, font, tooltip); none by default."""
        return None

    def missing_data(self, column: int, role: int) -> Any:
        """A cell of a row not loaded yet (lazy models); empty by default."""
        return None

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == DISPLAY:
            return QCoreApplication.translate(self.context, spec.short or spec.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(self.context, spec.header)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        column = index.column()
        if not index.isValid() or not 0 <= column < len(self.columns):
            return None
        if not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if row is None:
            return self.missing_data(column, role)
        if role in _TEXT_ROLES:
            return self.display(row, column)
        if role == RowRole:
            return row
        if role == SortRole:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].numeric:
            return RIGHT
        return self.cell_data(row, column, role)
