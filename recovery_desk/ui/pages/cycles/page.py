"""The Cycles page (supervisors): the list of rescue cycles, a cycle's rules with the live
funnel (``cycle_panel``), its assignments (``assignments_panel``), and the actions that
change them (here).

Keyboard: Ctrl+N new cycle, Ctrl+S create/save, Ctrl+Shift+A assign, Ctrl+R assign the
selected rows to the chosen person, Del unassign them, Ctrl+Shift+W close the cycle.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import CycleStatus
from recovery_desk.domain.errors import DomainError, ValidationError
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.choices import (
    assignable_people,
    count_assignments,
    cycle_assignments,
    main_currency,
)
from recovery_desk.services.cycles.manage import AssignResult, CycleDTO
from recovery_desk.services.dto import UserDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_count
from recovery_desk.ui.pages.cycles.assignments_panel import AssignmentsPanel, cycles_table
from recovery_desk.ui.pages.cycles.cycle_panel import CyclePanel
from recovery_desk.ui.pages.cycles.models import AssignmentsModel, CyclesModel


class CyclesPage(QWidget):
    """Rescue cycles: open one from rules, assign its customers, reassign, close it."""

    PAGE_ID = "cycles"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: CycleDTO | None = None
        self.close_box: QMessageBox | None = None
        self.cycles_model = CyclesModel(self)
        self.assignments_model = AssignmentsModel(ctx.runner, self)
        self._build()
        self._build_actions()
        i18n.register(self)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        self.reload()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.cycles_table = cycles_table(self.cycles_model)
        self.cycles_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycles_table.setWordWrap(False)
        self.cycles_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents  # a few short columns: all whole
        )
        self.cycles_table.selectionModel().currentRowChanged.connect(self._on_cycles_current)
        self.new_button = QPushButton()
        self.rules = CyclePanel(self.ctx)
        # Left: the cycles, and under them the funnel of the chosen one (it would squeeze
        # the rules beside it); right: the rules, then the assignments.
        left = QVBoxLayout()
        left.addWidget(self.cycles_table, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.rules.form.funnel_box)
        left_box = QWidget()
        left_box.setLayout(left)
        self.assignments = AssignmentsPanel(self.assignments_model)
        self.assignments.people_list.sig_assignments_dropped.connect(
            self._on_people_assignments_dropped
        )
        # The panels' widgets that the actions use (and tests drive), by their short names.
        self.form, self.busy = self.rules.form, self.rules.busy
        self.status_label, self.figures_label = self.rules.status_label, self.rules.figures_label
        self.assignments_table = self.assignments.table
        self.assignee_combo = self.assignments.assignee_combo
        self.people_list = self.assignments.people_list
        self.buttons = {
            "new": self.new_button,
            "save": self.rules.save_button,
            "assign": self.rules.assign_button,
            "reassign": self.assignments.reassign_button,
            "unassign": self.assignments.unassign_button,
            "close": self.rules.close_button,
        }

        # Top: the cycle's rules and its actions; bottom: its assignments. A splitter
        # between them, so neither is squeezed.
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("cycleRulesAssignmentsSplitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.rules)
        self.right_splitter.addWidget(self.assignments)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(self.right_splitter)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1000])  # the cycles' columns and the funnel's figures whole
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        specs = (
            ("new", "Ctrl+N", self._on_new_triggered),
            ("save", "Ctrl+S", self._on_save_triggered),
            ("assign", "Ctrl+Shift+A", self._on_assign_triggered),
            ("reassign", "Ctrl+R", self._on_reassign_triggered),
            ("unassign", "Del", self._on_unassign_triggered),
            ("close", "Ctrl+Shift+W", self._on_close_triggered),
        )
        for name, keys, slot in specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.buttons[name].clicked.connect(action.trigger)
            self.addAction(action)
            self.actions_by_name[name] = action

    def retranslate_ui(self) -> None:
        texts = {
            "new": (self.tr("Ne&w cycle"), "Ctrl+N"),
            "save": (self.tr("&Save") if self.current else self.tr("C&reate"), "Ctrl+S"),
            "assign": (self.tr("&Assign customers"), "Ctrl+Shift+A"),
            "reassign": (self.tr("Assign to…"), "Ctrl+R"),
            "unassign": (self.tr("&Unassign"), "Del"),
            "close": (self.tr("Close c&ycle"), "Ctrl+Shift+W"),
        }
        for name, (text, keys) in texts.items():
            plain = text.replace("&", "")
            self.actions_by_name[name].setText(plain)
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(plain)
            self.buttons[name].setToolTip(f"{plain} ({QKeySequence(keys).toString()})")
        self.cycles_table.setAccessibleName(self.tr("Rescue cycles"))
        self.rules.show_heading(self.current)
        for model in (self.cycles_model, self.assignments_model):
            model.lang = i18n.current_language()  # dates, money and rates follow a switch
            model.retranslate()
        if self.current is not None:
            self._load_figures()

    # --- loading --------------------------------------------------------------------

    def reload(self, select_id: uuid.UUID | None = None) -> None:
        """Load the cycles and the people to assign to; keep or choose a selection."""
        sessions = self.ctx.sessions
        keep = select_id or (self.current.id if self.current else None)

        def work(_token: Any) -> tuple[list[CycleDTO], list[UserDTO], str]:
            return (
                cycles.list_cycles(sessions),
                assignable_people(sessions),
                main_currency(sessions),
            )

        def done(result: tuple[list[CycleDTO], list[UserDTO], str]) -> None:
            rows, people, currency = result
            self.form.currency = currency
            self.cycles_model.set_rows(rows, lang=i18n.current_language())
            self.cycles_table.resizeColumnsToContents()  # a few dozen cycles: periods whole
            self.assignments.set_people(people)
            for number, cycle in enumerate(rows):
                if cycle.id == keep:
                    self.cycles_table.selectionModel().setCurrentIndex(
                        self.cycles_model.index(number, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self._show_cycle(cycle)
                    return
            self._show_cycle(None)

        self.ctx.runner.run(work, on_done=done, on_error=self._on_task_failed)

    def _show_cycle(self, cycle: CycleDTO | None) -> None:
        changed = (cycle.id if cycle else None) != (self.current.id if self.current else None)
        self.current = cycle
        open_cycle = cycle is not None and cycle.status is CycleStatus.OPEN
        if changed:
            if cycle is None:
                self.form.reset()
            else:
                self.form.show_cycle(cycle)
        self.form.setEnabled(cycle is None or open_cycle)
        for name in ("assign", "reassign", "unassign", "close"):
            self.actions_by_name[name].setEnabled(open_cycle)
        self.actions_by_name["save"].setEnabled(cycle is None or open_cycle)
        for name in ("save", "assign", "reassign", "unassign", "close"):
            self.buttons[name].setEnabled(self.actions_by_name[name].isEnabled())
        self.retranslate_ui()
        if cycle is None:
            self.figures_label.clear()
            self.assignments_model.set_source(None, None)
            return
        sessions, cycle_id = self.ctx.sessions, cycle.id
        self.assignments_model.set_source(
            lambda offset, limit: cycle_assignments(sessions, cycle_id, offset, limit),
            lambda: count_assignments(sessions, cycle_id),
            i18n.current_language(),
        )

    def _load_figures(self) -> None:
        cycle = self.current
        if cycle is None:
            return
        sessions, cycle_id = self.ctx.sessions, cycle.id

        def done(figures: dict[str, Any]) -> None:
            if self.current is not None and self.current.id == cycle_id:
                self.rules.show_figures(figures, self.current.status is CycleStatus.CLOSED)

        self.ctx.runner.run(
            lambda _token: cycles.cycle_figures(sessions, cycle_id),
            on_done=done,
            on_error=self._on_task_failed,
        )

    # --- actions --------------------------------------------------------------------

    def _run_change(self, fn: Any, done: Any) -> None:
        self.busy.show()
        self.status_label.clear()

        def finished(result: Any) -> None:
            self.busy.hide()
            done(result)
            self.ctx.events.sig_data_changed.emit("cycles")

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self._on_task_failed(exc)

        self.ctx.runner.run(fn, on_done=finished, on_error=failed)

    @Slot()
    def _on_new_triggered(self) -> None:
        self.cycles_table.clearSelection()
        self._show_cycle(None)
        self.form.name_edit.setFocus()

    @Slot()
    def _on_save_triggered(self) -> None:
        sessions, user = self.ctx.sessions, self.ctx.user
        rules, weights = self.form.rules(), self.form.weights()
        if self.current is None:
            name = self.form.name_edit.text()
            start, end = self.form.period()

            def create(_token: Any) -> CycleDTO:
                return cycles.create_cycle(
                    sessions,
                    user,
                    name=name,
                    period_start=start,
                    period_end=end,
                    rules=rules,
                    weights=weights,
                )

            self._run_change(create, lambda dto: self._after_saved(dto, self.tr("Cycle created.")))
            return
        cycle_id = self.current.id

        def update(_token: Any) -> CycleDTO:
            return cycles.update_cycle(sessions, user, cycle_id, rules=rules, weights=weights)

        self._run_change(update, lambda dto: self._after_saved(dto, self.tr("Rules saved.")))

    def _after_saved(self, dto: CycleDTO, message: str) -> None:
        self.current = dto
        self.reload(dto.id)
        self.status_label.setText(message)

    @Slot()
    def _on_assign_triggered(self) -> None:
        if self.current is None:
            return
        sessions, user, cycle_id = self.ctx.sessions, self.ctx.user, self.current.id

        def work(_token: Any) -> AssignResult:
            return cycles.assign(sessions, user, cycle_id, date.today())

        def done(result: AssignResult) -> None:
            self.status_label.setText(
                self.tr("Assigned %1 customers: %2 to executives, %3 to agents.")
                .replace("%1", str(result.assigned))
                .replace("%2", str(result.to_executives))
                .replace("%3", str(result.to_agents))
            )
            self.reload()

        self._run_change(work, done)

    def selected_assignment_ids(self) -> list[uuid.UUID]:
        return self.assignments.selected_ids()

    def _reassign(self, assignee: uuid.UUID | None, ids: list[uuid.UUID] | None = None) -> None:
        ids = self.selected_assignment_ids() if ids is None else ids
        if not ids:
            self.status_label.setText(self.tr("Select the customers first."))
            return
        sessions, user = self.ctx.sessions, self.ctx.user

        def done(count: int) -> None:
            changed = self.tr("%1 customers changed.").replace("%1", format_count(count))
            self.status_label.setText(changed)
            self.reload()
            self.assignments_model.reload()

        self._run_change(lambda _token: cycles.reassign(sessions, user, ids, assignee), done)

    @Slot()
    def _on_reassign_triggered(self) -> None:
        person = self.assignee_combo.currentData()
        if person is None:
            self.assignee_combo.setFocus()
            return
        self._reassign(person)

    @Slot()
    def _on_unassign_triggered(self) -> None:
        self._reassign(None)

    @Slot(list, object)
    def _on_people_assignments_dropped(self, ids: list[uuid.UUID], person: Any) -> None:
        if self.current is not None and self.current.status is CycleStatus.OPEN:
            self._reassign(person, ids)

    @Slot()
    def _on_close_triggered(self) -> None:
        if self.current is None or self.current.status is not CycleStatus.OPEN:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close cycle"))
        box.setText(
            self.tr("Close the cycle “%1”? Its figures will be frozen.").replace(
                "%1", self.current.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._on_close_box_finished)
        self.close_box = box
        box.open()

    @Slot(int)
    def _on_close_box_finished(self, result: int) -> None:
        box, self.close_box = self.close_box, None
        if box is not None:
            box.deleteLater()
        if result != QMessageBox.StandardButton.Yes or self.current is None:
            return
        sessions, user, cycle_id = self.ctx.sessions, self.ctx.user, self.current.id

        def done(figures: dict[str, Any]) -> None:
            self.status_label.setText(self.tr("Cycle closed."))
            self.reload()

        self._run_change(lambda _token: cycles.close_cycle(sessions, user, cycle_id), done)

    # --- slots ----------------------------------------------------------------------

    @Slot()
    def _on_cycles_current(self, current: Any, _previous: Any = None) -> None:
        if current.isValid():
            cycle = self.cycles_model.row_at(current)
            if self.current is None or cycle.id != self.current.id:
                self._show_cycle(cycle)

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area in ("customers", "calls", "users", "import"):
            self.reload()
            self.assignments_model.reload()
        if area in ("customers", "calls", "import"):
            self.form.refresh_data()

    def _on_task_failed(self, exc: BaseException) -> None:
        """A refused change names what is wrong (and focuses the field); a bug is reported."""
        if isinstance(exc, ValidationError):
            self.status_label.setText(i18n.refusal_text(exc))
            fields = {"name": self.form.name_edit, "period_end": self.form.end_edit}
            widget = fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        if isinstance(exc, DomainError):
            self.status_label.setText(i18n.refusal_text(exc))
            return
        # A bug: the runner's default handler logs it with its traceback and tells the user.
        self.status_label.setText(self.tr("The action failed; details are in the log."))
        self.ctx.runner.on_unhandled(exc)

    def activated(self) -> None:
        """Called each time the page is shown: figures may have moved."""
        if self.current is not None:
            self._load_figures()
