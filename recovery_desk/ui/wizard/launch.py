"""Opening calls: from the queue (``sig_open_customer``), from a draft at start-up, or by
the test hook ``RECOVERY_DESK_TEST_OPEN_CALL=<customer uuid>``."""

from __future__ import annotations

import functools
import logging
import os
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desk.services.calls.session import CallSession, DraftSummaryDTO, unfinished_drafts
from recovery_desk.ui import i18n, shortcuts
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_datetime
from recovery_desk.ui.wizard import shortcuts as keys_module
from recovery_desk.ui.wizard.reminders import CallbackReminder
from recovery_desk.ui.wizard.shortcuts import CALL_SHORTCUTS
from recovery_desk.ui.wizard.wizard import CallWizardDialog

log = logging.getLogger("recovery_desk.call")
TEST_OPEN_CALL_ENV = "RECOVERY_DESK_TEST_OPEN_CALL"
_open: dict[uuid.UUID, CallWizardDialog] = {}


def _bring_forward(dialog: CallWizardDialog) -> None:
    if QGuiApplication.platformName() != "offscreen":  # it has no window stacking
        dialog.raise_()
    dialog.activateWindow()


def _show(ctx: UiContext, call: CallSession, parent: QWidget | None) -> CallWizardDialog:
    existing = _open.get(call.customer_id)
    if existing is not None:
        _bring_forward(existing)
        return existing
    dialog = CallWizardDialog(ctx, call, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[call.customer_id] = dialog
    dialog.destroyed.connect(lambda _obj=None, key=call.customer_id: _open.pop(key, None))
    dialog.show()
    _bring_forward(dialog)
    return dialog


def open_call(ctx: UiContext, customer_id: Any, parent: QWidget | None) -> CallWizardDialog:
    """Start (or resume this user's draft of) a call with ``customer_id`` and show it."""
    key = customer_id if isinstance(customer_id, uuid.UUID) else uuid.UUID(str(customer_id))
    if key in _open:
        return _show(ctx, _open[key].call, parent)
    call = CallSession.start(ctx.sessions, ctx.user, key, lang=i18n.current_language())
    return _show(ctx, call, parent)


def resume_call(ctx: UiContext, call_id: uuid.UUID, parent: QWidget | None) -> CallWizardDialog:
    call = CallSession.resume(ctx.sessions, ctx.user, call_id, lang=i18n.current_language())
    return _show(ctx, call, parent)


class CallLauncher(QObject):
    """Connects the queue's request to open a customer to the call screen."""

    def __init__(self, ctx: UiContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.resume_box: QMessageBox | None = None
        self.last_dialog: CallWizardDialog | None = None
        self._drafts: list[DraftSummaryDTO] = []
        # Start-up notices wait their turn: one dialog at a time, each with the focus.
        self._resume_settled = False
        self._waiting: list[Callable[[], None]] = []
        ctx.events.sig_open_customer.connect(self._on_events_open_customer)

    def when_idle(self, show: Callable[[], None]) -> None:
        """Run ``show`` (a start-up notice) once the resume question is answered and no
        call screen is open; at once when that is already so."""
        if self._resume_settled and not _open:
            show()
        else:
            self._waiting.append(show)

    def _settle(self) -> None:
        """The resume question is answered (or there was none)."""
        self._resume_settled = True
        self._show_waiting()

    def _show_waiting(self) -> None:
        """Show what waited, once nothing is asked and no call screen is open."""
        if not self._resume_settled or _open or not self._waiting:
            return
        waiting, self._waiting = self._waiting, []
        for show in waiting:
            show()

    def _watch(self, dialog: CallWizardDialog) -> None:
        dialog.destroyed.connect(lambda _obj=None: QTimer.singleShot(0, self._show_waiting))

    def keep_open_drafts(self) -> bool:
        """Close guard of the main window: every open call is saved as a draft (it is
        offered for resuming at the next start). Never blocks closing."""
        for dialog in list(_open.values()):
            dialog.save_now()
            dialog.close_guard.decided = True
        return True

    @Slot(object)
    def _on_events_open_customer(self, customer_id: object) -> None:
        self.last_dialog = open_call(self.ctx, customer_id, self.window)
        self._watch(self.last_dialog)

    def offer_resume(self) -> QMessageBox | None:
        """Ask (non-modal) whether to resume the newest unfinished call, if any."""
        self._drafts = unfinished_drafts(self.ctx.sessions, self.ctx.user)
        if not self._drafts:
            self._settle()
            return None
        self._resume_settled = False
        draft = self._drafts[0]
        box = QMessageBox(self.window)
        box.setObjectName("resumeCallBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unfinished call"))
        started = format_datetime(draft.started_at)
        box.setText(
            self.tr("The call with %1 (started %2) was not finished. Resume it now?")
            .replace("%1", draft.customer_name)
            .replace("%2", started)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(self._on_resume_box_finished)
        self.resume_box = box
        box.open()
        return box

    @Slot(int)
    def _on_resume_box_finished(self, _result: int) -> None:
        assert self.resume_box is not None
        clicked = self.resume_box.standardButton(self.resume_box.clickedButton())
        if clicked == QMessageBox.StandardButton.Yes and self._drafts:
            self.last_dialog = resume_call(self.ctx, self._drafts[0].call_id, self.window)
            self._watch(self.last_dialog)
        self._settle()


def _translate_call_shortcut(text: str) -> str:
    return QCoreApplication.translate("CallShortcuts", text)


def install_call_launcher(window: Any) -> CallLauncher:
    """Wire the call screen into the main window (``window.ctx`` is the UiContext).

    Opens a call on ``ctx.events.sig_open_customer``, offers to resume an unfinished draft
    once the window is shown, reminds of due call-backs every minute, and honours
    ``RECOVERY_DESK_TEST_OPEN_CALL``.
    """
    launcher = CallLauncher(window.ctx, window)
    window.call_launcher = launcher
    for keys, text in CALL_SHORTCUTS:  # listed in Help → Keyboard shortcuts
        shortcuts.register(keys, functools.partial(_translate_call_shortcut, text), owner="call")
    shortcuts.register(
        keys_module.EXPECTATIONS_ROW,
        keys_module.describe_expectations,
        owner="call",
        keys_now=keys_module.expectation_keys,
    )
    guards = getattr(window, "close_guards", None)
    if guards is not None:
        guards.append(launcher.keep_open_drafts)
    window.callback_reminder = CallbackReminder(window.ctx, window)
    QTimer.singleShot(0, launcher.offer_resume)
    wanted = os.environ.get(TEST_OPEN_CALL_ENV)
    if wanted:
        QTimer.singleShot(0, lambda: window.ctx.events.sig_open_customer.emit(wanted))
    return launcher
