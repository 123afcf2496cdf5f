"""The people of a cycle as drop targets: drag assignment rows onto a person to hand the
customers over, or onto "Unassigned" to take them back."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from recovery_desk.domain.enums import Role
from recovery_desk.services.dto import UserDTO

MIME_ASSIGNMENTS = "application/x-recovery-desk-assignments"


def encode_ids(ids: list[uuid.UUID]) -> QMimeData:
    """Assignment ids as drag data."""
    data = QMimeData()
    data.setData(MIME_ASSIGNMENTS, "\n".join(str(i) for i in ids).encode("ascii"))
    return data


def decode_ids(data: QMimeData) -> list[uuid.UUID]:
    raw = bytes(data.data(MIME_ASSIGNMENTS).data()).decode("ascii")
    return [uuid.UUID(line) for line in raw.splitlines() if line]


class PeopleListWidget(QListWidget):
    """Active agents and executives (and "Unassigned"), accepting dropped assignments.

    Signals:
        sig_assignments_dropped: assignment ids were dropped on a person (``None``:
            on "Unassigned").
    """

    sig_assignments_dropped = Signal(list, object)
    """Assignment ids dropped on a person id (or None)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def set_people(
        self, people: list[UserDTO], unassigned: str, agent: str, executive: str
    ) -> None:
        self.clear()
        entries: list[tuple[str, uuid.UUID | None]] = [(unassigned, None)]
        for person in people:
            role = executive if person.role is Role.EXECUTIVE else agent
            entries.append((f"{person.name} ({role})", person.id))
        for text, person_id in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            self.addItem(item)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_ASSIGNMENTS]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(  # noqa: N802 - Qt override
        self, index: int, data: QMimeData, action: Qt.DropAction
    ) -> bool:
        item = self.item(index)
        if item is None or not data.hasFormat(MIME_ASSIGNMENTS):
            return False
        ids = decode_ids(data)
        if ids:
            self.sig_assignments_dropped.emit(ids, item.data(Qt.ItemDataRole.UserRole))
        return bool(ids)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME_ASSIGNMENTS):
            event.acceptProposedAction()
        else:
            event.ignore()
