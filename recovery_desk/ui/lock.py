"""The idle lock: after N minutes without a key or a click the app hides every window behind
a sign-in, and brings them back exactly as they were.

Nothing is closed while locked: an open call screen is saved as a draft first (in case the
app is then ended from outside) and only hidden, with its text and step untouched; the
window that had the focus gets it back. Signing in as someone else at the lock is a
switch: the windows come back, then the main window reopens for that user (the call
screen's draft is saved by its own close guard, as on File → Switch user).

A desk with a single active user never locks (it opens straight in, too). The minutes are
the desk's setting (``services/preferences``, default 15); tests shorten the wait with
:meth:`IdleLock.set_idle_ms` or call :meth:`IdleLock.lock` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.users import sign_in
from recovery_desk.ui.context import UiContext

if TYPE_CHECKING:
    from recovery_desk.ui.dialogs.sign_in import SignInDialog

# What counts as the user being there.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Locks ``window`` (and every window of the app) after the idle time.

    Args:
        window: the main window (the lock's parent; its call screens are saved).
        ctx: the window's context (its user is the one signed in).
        switch: reopens the window for another user who signed in at the lock.
    """

    def __init__(self, window: QWidget, ctx: UiContext, switch: Callable[[UserDTO], object]):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.switch = switch
        self.minutes = preferences.lock_minutes(ctx.sessions)
        self.dialog: SignInDialog | None = None
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.minutes * 60_000)
        self.timer.timeout.connect(self._on_timer_timeout)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        self.timer.start()

    def set_idle_ms(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds without input (tests)."""
        self.timer.setInterval(ms)
        self.timer.start()

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area == "lock":  # the supervisor changed the minutes: they apply at once
            self.minutes = preferences.lock_minutes(self.ctx.sessions)
            self.set_idle_ms(self.minutes * 60_000)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _ACTIVITY and not self.locked:
            self.timer.start()  # restarts the wait
        elif kind == QEvent.Type.Show and self._opens_behind(watched):
            # A window opening behind the lock (a call-back reminder, say) waits for the
            # sign-in too: it may name a customer.
            assert isinstance(watched, QWidget)
            self._hidden.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False

    def _opens_behind(self, watched: QObject) -> bool:
        return (
            self.locked
            and isinstance(watched, QWidget)
            and watched.isWindow()
            # The sign-in's own list and tool tips pop up as windows of their own.
            and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            and watched is not self.dialog
            and watched not in self._hidden
        )

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self.window.isVisible():  # closed (or switched away from): nothing to lock
            return
        if not self.locked and sign_in.needs_sign_in(self.ctx.sessions):
            self.lock()

    def lock(self) -> SignInDialog | None:
        """Hide every window behind the sign-in (audited); ``None`` if already locked."""
        from recovery_desk.ui.dialogs.sign_in import LOCKED, SignInDialog
        from recovery_desk.ui.wizard.wizard import CallWizardDialog

        if self.locked:
            return None
        self.timer.stop()
        for call in self.window.findChildren(CallWizardDialog):
            call.save_now()  # kept even if the app is ended while locked
        self._focus = QApplication.focusWidget()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and w.objectName() != "signInDialog"
        ]
        for widget in self._hidden:
            widget.hide()
        user = self.ctx.user
        sign_in.record_lock(self.ctx.sessions, user, idle_minutes=self.minutes)
        dialog = SignInDialog(self.ctx.sessions, user, LOCKED)
        dialog.sig_signed_in.connect(self._on_dialog_signed_in)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    @Slot(object)
    def _on_dialog_signed_in(self, user: UserDTO) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Main window first, then what stood over it, in the order they were.
        for widget in self._hidden:
            if shiboken6.isValid(widget):  # a window may have been deleted meanwhile
                widget.show()
        self._hidden = []
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus):
            focus.activateWindow()
            focus.setFocus()
        self.timer.start()
        if user.id != self.ctx.user.id:
            self.switch(user)
