"""Table models of the Cycles page: the cycles, and one cycle's assignments (lazy pages)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_desk.domain.enums import CycleStatus
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import format_money
from recovery_desk.services.cycles.choices import AssignmentRowDTO
from recovery_desk.services.cycles.manage import CycleDTO
from recovery_desk.ui.pages.cycles.people import MIME_ASSIGNMENTS, encode_ids
from recovery_desk.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole

CYCLE_HEADERS = (
    QT_TRANSLATE_NOOP("CyclesModel", "Name"),
    QT_TRANSLATE_NOOP("CyclesModel", "Period"),
    QT_TRANSLATE_NOOP("CyclesModel", "Status"),
    QT_TRANSLATE_NOOP("CyclesModel", "Assigned"),
    QT_TRANSLATE_NOOP("CyclesModel", "Recovery rate"),
)
ASSIGNMENT_HEADERS = (
    QT_TRANSLATE_NOOP("AssignmentsModel", "Customer"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Monthly revenue"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Departed on"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Days since"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Priority"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Assignee"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Role"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Attempts"),
    QT_TRANSLATE_NOOP("AssignmentsModel", "Last outcome"),
)
OUTCOMES = {
    "won_back": QT_TRANSLATE_NOOP("AssignmentsModel", "Won back"),
    "thinking": QT_TRANSLATE_NOOP("AssignmentsModel", "Thinking it over"),
    "declined": QT_TRANSLATE_NOOP("AssignmentsModel", "Declined"),
    "not_reached": QT_TRANSLATE_NOOP("AssignmentsModel", "Not reached"),
    "do_not_call": QT_TRANSLATE_NOOP("AssignmentsModel", "Do not call"),
}


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_rate(rate: float, lang: str) -> str:
    text = f"{rate * 100:.1f}%"
    return text if lang == "en" else text.replace(".", ",")


class _TableModel(QAbstractTableModel):
    """Rows of DTOs with translated headers; subclasses say how a cell reads."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()
    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.lang = "pt_BR"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def row(self, number: int) -> Any:
        return self.rows[number]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self.sort_value(row, index.column())
        if role == DISPLAY:
            return self.display(row, index.column())
        return None

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, col: int) -> Any:
        return self.display(row, col)


class CyclesModel(_TableModel):
    """The rescue cycles, newest first."""

    CONTEXT = "CyclesModel"
    HEADERS = CYCLE_HEADERS
    COL_NAME, COL_PERIOD, COL_STATUS, COL_ASSIGNED, COL_RATE = range(5)

    def set_rows(self, rows: list[CycleDTO], lang: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.lang = lang
        self.endResetModel()

    def display(self, row: CycleDTO, col: int) -> str:
        if col == self.COL_NAME:
            return row.name
        if col == self.COL_PERIOD:
            return f"{fmt_date(row.period_start)} – {fmt_date(row.period_end)}"
        if col == self.COL_STATUS:
            if row.status is CycleStatus.OPEN:
                return QCoreApplication.translate("CyclesModel", "Open")
            return QCoreApplication.translate("CyclesModel", "Closed")
        if col == self.COL_ASSIGNED:
            return str(row.assigned)
        if row.frozen_figures is None:
            return ""
        return fmt_rate(float(row.frozen_figures.get("recovery_rate", 0.0)), self.lang)

    def sort_value(self, row: CycleDTO, col: int) -> Any:
        return (row.name, row.period_start, row.status.value, row.assigned, 0)[col]


PageLoader = Callable[[int, int], list[AssignmentRowDTO]]
CountLoader = Callable[[], int]


class AssignmentsModel(_TableModel):
    """A cycle's assignments in priority order, fetched a page at a time off the GUI thread.

    The view asks for more with ``canFetchMore``/``fetchMore`` as it scrolls; each page is
    one SQL query run through the task runner. A reload drops pages still in flight.
    """

    CONTEXT = "AssignmentsModel"
    HEADERS = ASSIGNMENT_HEADERS
    (
        COL_CUSTOMER,
        COL_REVENUE,
        COL_DEPARTED,
        COL_DAYS,
        COL_PRIORITY,
        COL_ASSIGNEE,
        COL_ROLE,
        COL_ATTEMPTS,
        COL_OUTCOME,
    ) = range(9)

    def __init__(self, runner: TaskRunner, parent: Any = None, *, page_size: int = 200):
        super().__init__(parent)
        self.runner = runner
        self.page_size = page_size
        self.total = 0
        self.today = date.today()
        self._loader: PageLoader | None = None
        self._count: CountLoader | None = None
        self._generation = 0
        self._loading = False

    def set_source(
        self, loader: PageLoader | None, count: CountLoader | None, lang: str = "pt_BR"
    ) -> None:
        """Show another cycle (or none): load its count and first page."""
        self._generation += 1
        generation = self._generation
        self._loader, self._count = loader, count
        self.lang, self.today = lang, date.today()
        self._loading = False
        if loader is None or count is None:
            self._reset([], 0)
            return
        page = self.page_size

        def work(_token: Any) -> tuple[int, list[AssignmentRowDTO]]:
            return count(), loader(0, page)

        def done(result: tuple[int, list[AssignmentRowDTO]]) -> None:
            if generation == self._generation:
                self._reset(result[1], result[0])

        self._loading = True
        self.runner.run(work, on_done=done)

    def reload(self) -> None:
        """Load again from the first page (after a change)."""
        self.set_source(self._loader, self._count, self.lang)

    def _reset(self, rows: list[AssignmentRowDTO], total: int) -> None:
        self.beginResetModel()
        self.rows, self.total, self._loading = list(rows), total, False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        loader = self._loader
        if parent.isValid() or loader is None or not self.canFetchMore():
            return
        generation, offset, page = self._generation, len(self.rows), self.page_size
        self._loading = True

        def done(rows: list[AssignmentRowDTO]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            else:
                self.total = len(self.rows)

        self.runner.run(lambda _token: loader(offset, page), on_done=done)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME_ASSIGNMENTS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        """The dragged rows' assignment ids (each row once)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.rows[r].id for r in rows if r < len(self.rows)])

    def display(self, row: AssignmentRowDTO, col: int) -> str:
        if col == self.COL_CUSTOMER:
            return row.customer_name
        if col == self.COL_REVENUE:
            return format_money(row.monthly_revenue_cents, self.lang, row.currency)
        if col == self.COL_DEPARTED:
            return fmt_date(row.departed_on)
        if col == self.COL_DAYS:
            return "" if row.departed_on is None else str((self.today - row.departed_on).days)
        if col == self.COL_PRIORITY:
            return str(row.priority)
        if col == self.COL_ASSIGNEE:
            return row.assignee_name or QCoreApplication.translate("AssignmentsModel", "Unassigned")
        if col == self.COL_ROLE:
            if row.assignee_id is None:
                return ""
            if row.is_executive:
                return QCoreApplication.translate("AssignmentsModel", "Executive")
            return QCoreApplication.translate("AssignmentsModel", "Agent")
        if col == self.COL_ATTEMPTS:
            return str(row.attempts)
        outcome = OUTCOMES.get(row.last_outcome or "")
        return QCoreApplication.translate("AssignmentsModel", outcome) if outcome else ""

    def sort_value(self, row: AssignmentRowDTO, col: int) -> Any:
        if col == self.COL_REVENUE:
            return row.monthly_revenue_cents or 0
        if col in (self.COL_PRIORITY, self.COL_ATTEMPTS):
            return row.priority if col == self.COL_PRIORITY else row.attempts
        return self.display(row, col)
