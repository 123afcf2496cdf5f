"""The Cycles page (supervisors): the list of rescue cycles, a cycle's rules with the live
funnel, its assignments, and the actions that change them.

Keyboard: Ctrl+N new cycle, Ctrl+S create/save, Ctrl+Shift+A assign, Ctrl+R assign the
selected rows to the chosen person, Del unassign them, Ctrl+Shift+W close the cycle.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import CycleStatus, Role
from recovery_desk.domain.errors import DomainError, ValidationError
from recovery_desk.domain.money import format_money
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
from recovery_desk.ui.pages.cycles.models import AssignmentsModel, CyclesModel, fmt_rate
from recovery_desk.ui.pages.cycles.people import PeopleListWidget
from recovery_desk.ui.pages.cycles.rules_form import CycleFormWidget

log = logging.getLogger("recovery_desk.cycles")


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

    @classmethod
    def allowed(cls, user: UserDTO) -> bool:
        return user.role is Role.SUPERVISOR

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CyclesPage", "Cycles")

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.cycles_table = self._table(self.cycles_model)
        self.cycles_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycles_table.selectionModel().currentRowChanged.connect(self._on_cycles_current)
        self.new_button = QPushButton()
        left = QVBoxLayout()
        left.addWidget(self.cycles_table)
        left.addWidget(self.new_button)
        left_box = QWidget()
        left_box.setLayout(left)

        self.heading = QLabel()
        self.heading.setObjectName("cycleHeading")
        self.form = CycleFormWidget(self.ctx)
        self.save_button = QPushButton()
        self.assign_button = QPushButton()
        self.close_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("cycleStatus")
        self.status_label.setWordWrap(True)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("cycleFigures")
        self.figures_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.assign_button, self.close_button):
            buttons.addWidget(button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)

        self.assignments_table = self._table(self.assignments_model)
        self.assignments_table.setWordWrap(False)  # one line a customer: long names elide
        self.cycles_table.setWordWrap(False)
        self.assignments_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.assignee_label = QLabel()
        self.assignee_combo = QComboBox()
        self.assignee_label.setBuddy(self.assignee_combo)
        self.reassign_button = QPushButton()
        self.unassign_button = QPushButton()
        self.assignments_table.setDragEnabled(True)
        self.assignments_table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_list = PeopleListWidget()
        self.people_list.setMaximumWidth(240)
        self.people_list.sig_assignments_dropped.connect(self._on_people_assignments_dropped)
        self.people_label = QLabel()
        self.people_label.setBuddy(self.people_list)
        drop_box = QVBoxLayout()
        drop_box.addWidget(self.people_label)
        drop_box.addWidget(self.people_list)
        assignments = QHBoxLayout()
        assignments.addWidget(self.assignments_table, 1)
        assignments.addLayout(drop_box)
        people = QHBoxLayout()
        people.addWidget(self.assignee_label)
        people.addWidget(self.assignee_combo, 1)
        people.addWidget(self.reassign_button)
        people.addWidget(self.unassign_button)

        # Top: the cycle's rules (scrolling when the window is short) and its actions;
        # bottom: its assignments. A splitter between them, so neither is squeezed.
        rules_box = QWidget()
        rules = QVBoxLayout(rules_box)
        rules.setContentsMargins(0, 0, 0, 0)
        rules.addWidget(self.heading)
        rules.addWidget(self.form)
        rules.addStretch(1)
        self.rules_scroll = QScrollArea()
        self.rules_scroll.setObjectName("cycleRulesScroll")
        self.rules_scroll.setWidgetResizable(True)
        self.rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rules_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus
        self.rules_scroll.setWidget(rules_box)
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.rules_scroll, 1)
        top.addLayout(buttons)
        top.addWidget(self.status_label)
        top.addWidget(self.figures_label)
        top_box = QWidget()
        top_box.setLayout(top)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addLayout(assignments, 1)
        bottom.addLayout(people)
        bottom_box = QWidget()
        bottom_box.setLayout(bottom)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("cycleRulesAssignmentsSplitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(top_box)
        self.right_splitter.addWidget(bottom_box)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(self.right_splitter)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])  # the rules and their funnel need the width
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _fit_assignment_columns(self) -> None:
        """Widths from typical values (the list is paged: measuring rows would load them):
        names get room, short numbers little; never narrower than the translated header."""
        m = AssignmentsModel
        samples = {
            m.COL_CUSTOMER: "Conceição Gonçalves de Araújo",
            m.COL_REVENUE: "R$ 999.999,99",
            m.COL_DEPARTED: "00/00/0000",
            m.COL_DAYS: "0000",
            m.COL_PRIORITY: "00000",
            m.COL_ASSIGNEE: "Fernanda Souza Lima",
            m.COL_ATTEMPTS: "00",
        }
        table = self.assignments_table
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        for column, sample in samples.items():
            title = str(self.assignments_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)
            )
            table.setColumnWidth(column, width + 24)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        specs = (
            ("new", "Ctrl+N", self.new_button, self._on_new_triggered),
            ("save", "Ctrl+S", self.save_button, self._on_save_triggered),
            ("assign", "Ctrl+Shift+A", self.assign_button, self._on_assign_triggered),
            ("reassign", "Ctrl+R", self.reassign_button, self._on_reassign_triggered),
            ("unassign", "Del", self.unassign_button, self._on_unassign_triggered),
            ("close", "Ctrl+Shift+W", self.close_button, self._on_close_triggered),
        )
        for name, keys, button, slot in specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            button.clicked.connect(action.trigger)
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
        buttons = {
            "new": self.new_button,
            "save": self.save_button,
            "assign": self.assign_button,
            "reassign": self.reassign_button,
            "unassign": self.unassign_button,
            "close": self.close_button,
        }
        for name, (text, keys) in texts.items():
            plain = text.replace("&", "")
            self.actions_by_name[name].setText(plain)
            buttons[name].setText(text)
            buttons[name].setAccessibleName(plain)
            buttons[name].setToolTip(f"{plain} ({QKeySequence(keys).toString()})")
        self.assignee_label.setText(self.tr("&Person"))
        self.people_label.setText(self.tr("Drag customers onto a person"))
        self.people_list.setAccessibleName(self.tr("People to drop customers on"))
        self.assignee_combo.setAccessibleName(self.tr("Agent or executive to assign to"))
        self.cycles_table.setAccessibleName(self.tr("Rescue cycles"))
        self.assignments_table.setAccessibleName(self.tr("Assignments of the cycle"))
        self._fit_assignment_columns()
        self.busy.setAccessibleName(self.tr("Working"))
        self._show_heading()
        if self.current is not None:
            self._load_figures()

    def _show_heading(self) -> None:
        if self.current is None:
            self.heading.setText(self.tr("New cycle"))
        elif self.current.status is CycleStatus.CLOSED:
            self.heading.setText(self.tr("%1 (closed)").replace("%1", self.current.name))
        else:
            self.heading.setText(self.current.name)

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
            self.cycles_model.set_rows(rows, i18n.current_language())
            self.cycles_table.resizeColumnsToContents()  # a few dozen cycles: periods whole
            self._fill_people(people)
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

    def _fill_people(self, people: list[UserDTO]) -> None:
        current = self.assignee_combo.currentData()
        self.assignee_combo.clear()
        for person in people:
            role = self.tr("executive") if person.role is Role.EXECUTIVE else self.tr("agent")
            self.assignee_combo.addItem(f"{person.name} ({role})", person.id)
        index = self.assignee_combo.findData(current)
        self.assignee_combo.setCurrentIndex(max(0, index))
        self.people_list.set_people(
            people, self.tr("Unassigned"), self.tr("agent"), self.tr("executive")
        )

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
        for button, name in (
            (self.save_button, "save"),
            (self.assign_button, "assign"),
            (self.reassign_button, "reassign"),
            (self.unassign_button, "unassign"),
            (self.close_button, "close"),
        ):
            button.setEnabled(self.actions_by_name[name].isEnabled())
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
                self._show_figures(figures, self.current.status is CycleStatus.CLOSED)

        self.ctx.runner.run(
            lambda _token: cycles.cycle_figures(sessions, cycle_id),
            on_done=done,
            on_error=self._on_task_failed,
        )

    def _show_figures(self, figures: dict[str, Any], frozen: bool) -> None:
        lang = i18n.current_language()
        text = (
            self.tr(
                "Assigned %1 · contacted %2 · reached %3 · won back %4 · recovery rate %5 · "
                "recovered monthly revenue %6"
            )
            .replace("%1", str(figures.get("assigned", 0)))
            .replace("%2", str(figures.get("contacted", 0)))
            .replace("%3", str(figures.get("reached", 0)))
            .replace("%4", str(figures.get("won_back", 0)))
            .replace("%5", fmt_rate(float(figures.get("recovery_rate", 0.0)), lang))
            .replace(
                "%6",
                format_money(
                    int(figures.get("recovered_revenue_cents", 0)), lang, self.form.currency
                ),
            )
        )
        if frozen:
            text = self.tr("Frozen figures: %1").replace("%1", text)
        self.figures_label.setText(text)

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
        rows = self.assignments_table.selectionModel().selectedRows()
        return [self.assignments_model.row(index.row()).id for index in rows]

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
            cycle = self.cycles_model.row(current.row())
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
        log.error("cycle action failed", exc_info=exc)
        self.status_label.setText(self.tr("The action failed; details are in the log."))
        if self.ctx.runner.on_unhandled is not None:
            self.ctx.runner.on_unhandled(exc)

    def activated(self) -> None:
        """Called each time the page is shown: figures may have moved."""
        if self.current is not None:
            self._load_figures()
