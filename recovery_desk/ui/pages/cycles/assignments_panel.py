"""The lower half of the Cycles page: a cycle's assignments (paged), the people to drag them
onto, and the person chooser with the "Assign to…" and "Unassign" buttons (their texts and
shortcuts are the page's actions)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import Role
from recovery_desk.services.dto import UserDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.fit import keep_last_column_whole
from recovery_desk.ui.pages.cycles.models import AssignmentsModel
from recovery_desk.ui.pages.cycles.people import PeopleListWidget
from recovery_desk.ui.table_model import RowRole, TableModel
from recovery_desk.ui.vocabulary import role_label

# Typical values of the paged list (measuring rows would load them all).
COLUMN_SAMPLES = {
    AssignmentsModel.COL_CUSTOMER: "Conceição Gonçalves de Araújo",
    AssignmentsModel.COL_REVENUE: "R$ 999.999,99",
    AssignmentsModel.COL_DEPARTED: "00/00/0000",
    AssignmentsModel.COL_DAYS: "0000",
    AssignmentsModel.COL_PRIORITY: "00000",
    AssignmentsModel.COL_ASSIGNEE: "Fernanda Souza Lima",
    AssignmentsModel.COL_ATTEMPTS: "00",
}


def cycles_table(model: TableModel) -> QTableView:
    """A read-only table of whole rows, as both tables of the Cycles page are."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class AssignmentsPanel(QWidget):
    """The assignments of the chosen cycle and the ways to hand them to someone else."""

    def __init__(self, model: AssignmentsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._people: list[UserDTO] = []
        self.table = cycles_table(model)
        self.table.setWordWrap(False)  # one line a customer: long names elide
        keep_last_column_whole(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.assignee_label = QLabel()
        self.assignee_combo = QComboBox()
        self.assignee_label.setBuddy(self.assignee_combo)
        self.reassign_button = QPushButton()
        self.unassign_button = QPushButton()
        self.people_list = PeopleListWidget()
        self.people_list.setMaximumWidth(240)
        self.people_label = QLabel()
        self.people_label.setBuddy(self.people_list)

        drop_box = QVBoxLayout()
        drop_box.addWidget(self.people_label)
        drop_box.addWidget(self.people_list)
        assignments = QHBoxLayout()
        assignments.addWidget(self.table, 1)
        assignments.addLayout(drop_box)
        people = QHBoxLayout()
        people.addWidget(self.assignee_label)
        people.addWidget(self.assignee_combo, 1)
        people.addWidget(self.reassign_button)
        people.addWidget(self.unassign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(assignments, 1)
        layout.addLayout(people)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.assignee_label.setText(self.tr("&Person"))
        self.people_label.setText(self.tr("Drag customers onto a person"))
        self.people_list.setAccessibleName(self.tr("People to drop customers on"))
        self.assignee_combo.setAccessibleName(self.tr("Agent or executive to assign to"))
        self.table.setAccessibleName(self.tr("Assignments of the cycle"))
        self.fit_columns()
        self.set_people(self._people)

    def fit_columns(self) -> None:
        """Widths from typical values (the list is paged: measuring rows would load them):
        names get room, short numbers little; never narrower than the translated header."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, sample in COLUMN_SAMPLES.items():
            # the header's own hint counts its margins and sort arrow: never "Prioridad…"
            width = max(metrics.horizontalAdvance(sample) + 24, header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width)

    def set_people(self, people: list[UserDTO]) -> None:
        """The agents and executives to choose from and to drop customers on."""
        self._people = people
        current = self.assignee_combo.currentData()
        self.assignee_combo.clear()
        for person in people:
            self.assignee_combo.addItem(f"{person.name} ({role_label(person.role)})", person.id)
        index = self.assignee_combo.findData(current)
        self.assignee_combo.setCurrentIndex(max(0, index))
        self.people_list.set_people(
            people, self.tr("Unassigned"), role_label(Role.AGENT), role_label(Role.EXECUTIVE)
        )

    def selected_ids(self) -> list[uuid.UUID]:
        """The assignments of the selected rows."""
        rows = self.table.selectionModel().selectedRows()
        return [index.data(RowRole).id for index in rows]
