"""The agent's queue of departed customers (placeholder view until the queue model lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_desk.services.dto import UserDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext


class QueuePage(QWidget):
    PAGE_ID = "queue"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        i18n.register(self)

    @classmethod
    def allowed(cls, user: UserDTO) -> bool:
        return True

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("QueuePage", "Queue")

    def retranslate_ui(self) -> None:
        self.title.setText(self.page_title())
