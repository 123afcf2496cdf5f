"""Reminders for call-backs and next attempts that fell due (checked every minute)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from recovery_desk.services.calls.approvals import APPROVED_KIND, REJECTED_KIND
from recovery_desk.services.followups.callbacks import CallbackDTO, pending_callbacks
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_datetime

CHECK_EVERY_MS = 60_000


class CallbackReminder(QObject):
    """Shows a non-modal reminder once per due call-back; "Call now" opens the call.

    Signals:
        sig_due: call-backs just fell due (a list of ``CallbackDTO``).
    """

    sig_due = Signal(list)
    """Call-backs fell due."""

    def __init__(self, ctx: UiContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.box: QMessageBox | None = None
        self.call_now: QPushButton | None = None
        self._shown: set[uuid.UUID] = set()
        self._due: list[CallbackDTO] = []
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setObjectName("callbackReminderTimer")
        self._reminder_timer.setInterval(CHECK_EVERY_MS)
        self._reminder_timer.timeout.connect(self._on_reminder_timer_timeout)
        self._reminder_timer.start()

    def check(self, now: datetime | None = None) -> list[CallbackDTO]:
        """Remind of call-backs due by ``now`` not reminded yet; returns them."""
        due = pending_callbacks(
            self.ctx.sessions, self.ctx.user, due_before=now or datetime.now(UTC)
        )
        fresh = [item for item in due if item.id not in self._shown]
        if not fresh:
            return []
        self._shown.update(item.id for item in fresh)
        self._due = fresh
        self._show(fresh)
        self.sig_due.emit(fresh)
        return fresh

    def _show(self, due: list[CallbackDTO]) -> None:
        lines = []
        for item in due:
            kinds = {
                "callback": self.tr("call back"),
                APPROVED_KIND: self.tr("offer approved: call back"),
                REJECTED_KIND: self.tr("offer rejected: call back"),
            }
            kind = kinds.get(item.kind, self.tr("next attempt"))
            when = format_datetime(item.due_at)
            lines.append(f"{when} — {item.customer_name} ({kind})")
        if self.box is None:
            self.box = QMessageBox(self.window)
            self.box.setObjectName("callbackReminderBox")
            self.box.setIcon(QMessageBox.Icon.Information)
            self.call_now = self.box.addButton(
                self.tr("&Call now"), QMessageBox.ButtonRole.AcceptRole
            )
            self.call_now.setAccessibleName(self.tr("Call the first customer now"))
            self.box.addButton(QMessageBox.StandardButton.Close)
            self.box.finished.connect(self._on_box_finished)
        self.box.setWindowTitle(self.tr("Call-backs due"))
        self.box.setText(self.tr("These calls are due:") + "\n" + "\n".join(lines))
        self.box.open()

    @Slot()
    def _on_reminder_timer_timeout(self) -> None:
        self.check()

    @Slot(int)
    def _on_box_finished(self, _result: int) -> None:
        assert self.box is not None
        if self.box.clickedButton() is self.call_now and self._due:
            self.ctx.events.sig_open_customer.emit(self._due[0].customer_id)
