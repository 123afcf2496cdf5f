"""The queue as a lazy table model: pages of rows fetched in the background on demand.

``rowCount`` is the number of customers the query matches (counted in SQL); only the pages
a view asks for are fetched (:data:`services.queue.PAGE_SIZE` rows each, a bounded cache),
so a million customers cost a few hundred rows of memory. Sorting and searching re-run
the query in SQL. It is a :class:`~recovery_desk.ui.table_model.TableModel` whose rows come
from those pages instead of a list.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import Sessions
from recovery_desk.services.queue import listing as queue
from recovery_desk.services.queue.listing import PAGE_SIZE, QueueQuery, QueueRow, SortKey
from recovery_desk.ui.formatting import format_date, format_phone, money
from recovery_desk.ui.table_model import Column, TableModel
from recovery_desk.ui.tasks import TaskRunner

COL_NAME, COL_PHONE, COL_SEGMENT, COL_REVENUE, COL_DEPARTED, COL_DAYS = range(6)
COL_ATTEMPTS, COL_ASSIGNEE = 6, 7
SORT_KEYS = {
    COL_NAME: SortKey.NAME,
    COL_PHONE: SortKey.PHONE,
    COL_SEGMENT: SortKey.SEGMENT,
    COL_REVENUE: SortKey.REVENUE,
    COL_DEPARTED: SortKey.DEPARTED_ON,
    COL_DAYS: SortKey.DEPARTED_ON,  # more days = departed earlier
    COL_ATTEMPTS: SortKey.ATTEMPTS,
    COL_ASSIGNEE: SortKey.ASSIGNEE,
}
URGENT_DAYS = 30
SOON_DAYS = 90
URGENT_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#a15c00")
OLD_COLOUR = QColor("#6b6b6b")
MAX_CACHED_PAGES = 64


def urgency(days: int | None) -> str:
    """``"urgent"`` (≤ 30 days), ``"soon"`` (≤ 90 days), ``"old"`` or ``""`` (unknown)."""
    if days is None:
        return ""
    if days <= URGENT_DAYS:
        return "urgent"
    return "soon" if days <= SOON_DAYS else "old"


def urgency_text(days: int) -> str:
    """The tooltip that says in words what the colour of the days column says."""
    kind = urgency(days)
    if days == 0:
        return QCoreApplication.translate("QueueModel", "Urgent: departed today.")
    if days == 1:
        return QCoreApplication.translate("QueueModel", "Urgent: departed yesterday.")
    if kind == "urgent":
        text = QCoreApplication.translate(
            "QueueModel", "Urgent: departed %1 days ago (30 days or fewer)."
        )
    elif kind == "soon":
        text = QCoreApplication.translate(
            "QueueModel", "Soon: departed %1 days ago (31 to 90 days)."
        )
    else:
        text = QCoreApplication.translate(
            "QueueModel", "Older: departed %1 days ago (more than 90 days)."
        )
    return text.replace("%1", str(days))


class QueueModel(TableModel):
    """Rows of :class:`services.queue.QueueRow`, loaded page by page through ``runner``.

    Signals:
        sig_count_changed: the number of matching customers is known (``-1``: counting).
        sig_failed: a query failed (the exception); the page shows it.
    """

    sig_count_changed = Signal(int)
    """The number of matching customers is known (-1 while counting)."""
    sig_failed = Signal(object)
    """A background query failed."""

    CONTEXT = "QueueModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("QueueModel", "Name")),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Phone")),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Segment")),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Monthly revenue"), numeric=True),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Departed on")),
        # Narrow; the header's tooltip says it all.
        Column(
            QT_TRANSLATE_NOOP("QueueModel", "Days since departure"),
            numeric=True,
            short=QT_TRANSLATE_NOOP("QueueModel", "Days"),
        ),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Attempts"), numeric=True),
        Column(QT_TRANSLATE_NOOP("QueueModel", "Assigned to")),
    )

    def __init__(self, sessions: Sessions, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.runner = runner
        self.query = QueueQuery()
        self.total = 0
        self.exact = True
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0
        self._in_data = False
        self._today = date.today()

    # --- queries --------------------------------------------------------------------

    def set_query(self, query: QueueQuery) -> None:
        """Run ``query``: the first page arrives first, the exact count after it."""
        self.query = query
        self._generation += 1
        generation = self._generation
        self._loading = {0}
        self.sig_count_changed.emit(-1)
        self.runner.run(
            lambda _token: queue.fetch_page(self.sessions, query, 0),
            on_done=lambda rows: self._on_first_page(generation, rows),
            on_error=self._on_error,
        )

    def refresh(self) -> None:
        """Re-run the current query (the data changed)."""
        self.set_query(self.query)

    def _on_first_page(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._today = date.today()
        self._pages = OrderedDict({0: rows})
        self._loading = set()
        self.total = len(rows)
        self.exact = len(rows) < PAGE_SIZE
        self.endResetModel()
        if self.exact:
            self.sig_count_changed.emit(self.total)
            return
        query = self.query
        self.runner.run(
            lambda _token: queue.count(self.sessions, query),
            on_done=lambda total: self._on_count(generation, total),
            on_error=self._on_error,
        )

    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, total - 1)
            self.total = total
            self.endInsertRows()
        self.exact = True
        self.sig_count_changed.emit(self.total)

    def _request_page(self, number: int) -> None:
        if number in self._loading:
            return
        self._loading.add(number)
        generation, query = self._generation, self.query
        self.runner.run(
            lambda _token: queue.fetch_page(self.sessions, query, number * PAGE_SIZE),
            on_done=lambda rows: self._on_page(generation, number, rows),
            on_error=self._on_error,
        )

    def _on_page(self, generation: int, number: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(number)
        self._pages[number] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        if rows and not self._in_data:
            first = number * PAGE_SIZE
            last = min(first + len(rows), self.total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _on_error(self, exc: BaseException) -> None:
        self._loading.clear()
        self.sig_failed.emit(exc)

    # --- rows -----------------------------------------------------------------------

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> QueueRow | None:
        """The loaded row of ``index`` (``None`` while its page is still loading)."""
        row = index if isinstance(index, int) else index.row() if index.isValid() else -1
        if not 0 <= row < self.total:
            return None
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            self._in_data = True
            try:
                self._request_page(number)
            finally:
                self._in_data = False
            page = self._pages.get(number)
        else:
            self._pages.move_to_end(number)
        if page is None or within >= len(page):
            return None
        return page[within]

    # --- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_DAYS:
            descending = not descending
        query = dataclasses.replace(self.query, sort=key, descending=descending)
        if self._generation == 0:  # the view sorts as it is set up: remember, run later
            self.query = query
            return
        self.set_query(query)

    def missing_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_NAME:
            return "…"  # its page is on its way
        return None

    def _days(self, row: QueueRow) -> int | None:
        return (self._today - row.departed_on).days if row.departed_on else None

    def display(self, row: QueueRow, column: int) -> str:
        return self._text(row, column, self._days(row))

    def cell_data(self, row: QueueRow, column: int, role: int) -> Any:
        days = self._days(row)
        if column != COL_DAYS or days is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            kind = urgency(days)
            colour = {"urgent": URGENT_COLOUR, "soon": SOON_COLOUR}.get(kind, OLD_COLOUR)
            return QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and urgency(days) == "urgent":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return urgency_text(days)
        return None

    def _text(self, row: QueueRow, column: int, days: int | None) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_PHONE:
            return format_phone(row.phone)
        if column == COL_SEGMENT:
            return row.segment or ""
        if column == COL_REVENUE:
            return money(row.monthly_revenue_cents, row.currency)
        if column == COL_DEPARTED:
            return format_date(row.departed_on)
        if column == COL_DAYS:
            return "" if days is None else str(days)
        if column == COL_ATTEMPTS:
            return str(row.attempts)
        return row.assignee or ""
