"""Table models of the Cycles page: the cycles, and one cycle's assignments (lazy pages)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_desk.domain.enums import Role
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.cycles.choices import AssignmentRowDTO
from recovery_desk.services.cycles.manage import CycleDTO
from recovery_desk.ui.formatting import format_date, format_percent, money
from recovery_desk.ui.pages.cycles.people import MIME_ASSIGNMENTS, encode_ids
from recovery_desk.ui.table_model import Column, TableModel
from recovery_desk.ui.tasks import TaskRunner
from recovery_desk.ui.vocabulary import cycle_status_label, outcome_label, role_label

Index = QModelIndex | QPersistentModelIndex

CYCLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CyclesModel", "Name")),
    Column(QT_TRANSLATE_NOOP("CyclesModel", "Period")),
    Column(QT_TRANSLATE_NOOP("CyclesModel", "Status")),
    Column(QT_TRANSLATE_NOOP("CyclesModel", "Assigned"), numeric=True),
    Column(QT_TRANSLATE_NOOP("CyclesModel", "Recovery rate"), numeric=True),
)
ASSIGNMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Customer")),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Monthly revenue"), numeric=True),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Departed on")),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Days since"), numeric=True),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Priority"), numeric=True),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Assignee")),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Role")),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Attempts"), numeric=True),
    Column(QT_TRANSLATE_NOOP("AssignmentsModel", "Last outcome")),
)


class CyclesModel(TableModel):
    """The rescue cycles, newest first."""

    CONTEXT = "CyclesModel"
    COLUMNS = CYCLE_COLUMNS
    COL_NAME, COL_PERIOD, COL_STATUS, COL_ASSIGNED, COL_RATE = range(5)

    def display(self, row: CycleDTO, col: int) -> str:
        if col == self.COL_NAME:
            return row.name
        if col == self.COL_PERIOD:
            period = (
                format_date(row.period_start, self.lang),
                format_date(row.period_end, self.lang),
            )
            return " – ".join(period)
        if col == self.COL_STATUS:
            return cycle_status_label(row.status)
        if col == self.COL_ASSIGNED:
            return str(row.assigned)
        if row.frozen_figures is None:
            return ""
        return format_percent(float(row.frozen_figures.get("recovery_rate", 0.0)), 1, self.lang)

    def sort_value(self, row: CycleDTO, col: int) -> Any:
        return (row.name, row.period_start, row.status.value, row.assigned, 0)[col]


PageLoader = Callable[[int, int], list[AssignmentRowDTO]]
CountLoader = Callable[[], int]


class AssignmentsModel(TableModel):
    """A cycle's assignments in priority order, fetched a page at a time off the GUI thread.

    The view asks for more with ``canFetchMore``/``fetchMore`` as it scrolls; each page is
    one SQL query run through the task runner. A reload drops pages still in flight.
    """

    CONTEXT = "AssignmentsModel"
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
    COLUMNS = ASSIGNMENT_COLUMNS

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
        self, loader: PageLoader | None, count: CountLoader | None, lang: str | None = None
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

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._reset([], 0)  # not another cycle's rows under this one
            self.runner.on_unhandled(exc)  # a model has no place for a message: the default

        self._loading = True
        self.runner.run(work, on_done=done, on_error=failed)

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

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self.total = len(self.rows)  # stop here: the view would ask again and again
            self.runner.on_unhandled(exc)

        self.runner.run(lambda _token: loader(offset, page), on_done=done, on_error=failed)

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
            return money(row.monthly_revenue_cents, row.currency, self.lang)
        if col == self.COL_DEPARTED:
            return format_date(row.departed_on, self.lang)
        if col == self.COL_DAYS:
            return "" if row.departed_on is None else str((self.today - row.departed_on).days)
        if col == self.COL_PRIORITY:
            return str(row.priority)
        if col == self.COL_ASSIGNEE:
            return row.assignee_name or QCoreApplication.translate("AssignmentsModel", "Unassigned")
        if col == self.COL_ROLE:
            if row.assignee_id is None:
                return ""
            return role_label(Role.EXECUTIVE if row.is_executive else Role.AGENT)
        if col == self.COL_ATTEMPTS:
            return str(row.attempts)
        return outcome_label(row.last_outcome)

    def sort_value(self, row: AssignmentRowDTO, col: int) -> Any:
        if col == self.COL_REVENUE:
            return row.monthly_revenue_cents or 0
        if col in (self.COL_PRIORITY, self.COL_ATTEMPTS):
            return row.priority if col == self.COL_PRIORITY else row.attempts
        return self.display(row, col)
