"""Sign in: who you are and your password — at start, on File → Switch user and behind the
idle lock. Keyboard-first: type a few letters of the name, Tab, the password, Enter.

A user who has no password on this desk yet and may choose one (the desk's own user) gets
two more fields, the new password and its repeat. After failed tries the service makes the
next one wait; the dialog counts the seconds down and keeps "Sign in" disabled meanwhile.
The rules themselves are the service's (``services/users/sign_in.py``).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.users import sign_in
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.vocabulary import role_label

START, SWITCH, LOCKED = "start", "switch", "unlock"


class SignInDialog(QDialog):
    """Choose a user and give their password.

    Args:
        sessions: the desk's data.
        current: the user preselected (the one signed in, or last signed in).
        mode: :data:`START` (Cancel quits), :data:`SWITCH` (Cancel keeps the current user)
            or :data:`LOCKED` (no way out but signing in).

    Signals:
        sig_signed_in: the password was right (a ``UserDTO``); the service has made them the
            desk's current user and written the audit entry.
    """

    sig_signed_in = Signal(object)
    """Someone signed in (their ``UserDTO``)."""

    def __init__(
        self,
        sessions: Sessions,
        current: UserDTO | None = None,
        mode: str = SWITCH,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.sessions = sessions
        self.mode = mode
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("signInUser")
        for person in users.list_users(sessions):
            self.user_combo.addItem(person.name, person)
        if current is not None and current.id in self.user_ids():
            self.user_combo.setCurrentIndex(self.user_ids().index(current.id))
        self.password = self._secret("signInPassword")
        self.new_password = self._secret("signInNewPassword")
        self.repeat = self._secret("signInRepeat")
        self.captions = {key: QLabel() for key in ("user", "password", "new", "repeat")}
        form = QFormLayout()
        for key, widget in (
            ("user", self.user_combo),
            ("password", self.password),
            ("new", self.new_password),
            ("repeat", self.repeat),
        ):
            self.captions[key].setBuddy(widget)
            form.addRow(self.captions[key], widget)
        self.message = ValueLabel(announced=True, assertive=True)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox.StandardButton.Ok
        if mode != LOCKED:
            buttons |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("signInButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.user_combo.currentIndexChanged.connect(self._on_user_combo_changed)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self._wait = 0
        i18n.register(self)
        self._on_user_combo_changed()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(200)
        return edit

    def retranslate_ui(self) -> None:
        titles = {
            START: self.tr("Sign in to Recovery Desk"),
            SWITCH: self.tr("Switch user"),
            LOCKED: self.tr("Recovery Desk is locked"),
        }
        self.setWindowTitle(titles[self.mode])
        self.setAccessibleName(titles[self.mode])
        self.intro.setText(
            self.tr("Locked after a while without use. Sign in to go back to where you were.")
            if self.mode == LOCKED
            else self.tr("Choose your name and type your password.")
        )
        texts = {
            "user": self.tr("&User:"),
            "password": self.tr("&Password:"),
            "new": self.tr("&New password:"),
            "repeat": self.tr("&Repeat it:"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", "").rstrip(":"))
        for index in range(self.user_combo.count()):
            person: UserDTO = self.user_combo.itemData(index)
            self.user_combo.setItemText(index, f"{person.name} — {role_label(person.role)}")
        self.message.set_caption(self.tr("Sign-in message"))
        self.ok_button.setText(self.tr("&Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("&Quit") if self.mode == START else self.tr("Cancel"))

    # --- state ----------------------------------------------------------------------------

    def chosen(self) -> UserDTO | None:
        person = self.user_combo.currentData()
        return person if isinstance(person, UserDTO) else None

    @Slot()
    def _on_user_combo_changed(self) -> None:
        person = self.chosen()
        state = sign_in.password_state(self.sessions, person.id) if person else None
        choosing = bool(state and state.may_choose)
        self.password.setVisible(not choosing)
        self.captions["password"].setVisible(not choosing)
        for key, widget in (("new", self.new_password), ("repeat", self.repeat)):
            widget.setVisible(choosing)
            self.captions[key].setVisible(choosing)
            widget.clear()
        self.password.clear()
        self.message.setText("")
        if choosing and person is not None:
            text = self.tr(
                "%1 has no password on this desk yet: choose one (at least %2 characters)."
            )
            self.message.setText(
                text.replace("%1", person.name).replace("%2", str(sign_in.MIN_LENGTH))
            )
        elif state is not None and not state.has_password and person is not None:
            self.message.setText(
                i18n.refusal_text(
                    sign_in.SignInRefused(sign_in.MSG_NO_PASSWORD, args=(person.name,))
                )
            )
        self._start_wait(state.wait_seconds if state else 0)
        (self.new_password if choosing else self.password).setFocus()

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        self.ok_button.setEnabled(seconds <= 0)
        self.ok_button.setDefault(True)  # Enter signs in again once the wait is over
        if seconds > 0:
            self._show_wait()
            self._countdown.start()
        else:
            self._countdown.stop()

    def _show_wait(self) -> None:
        self.message.setText(
            self.tr("Too many failed tries: wait %1 seconds.").replace("%1", str(self._wait))
        )

    @Slot()
    def _on_countdown_timeout(self) -> None:
        # The service's clock decides (a timer may tick a little early).
        person = self.chosen()
        state = sign_in.password_state(self.sessions, person.id) if person else None
        self._wait = state.wait_seconds if state else 0
        if self._wait > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self.ok_button.setEnabled(True)
        self.ok_button.setDefault(True)
        self.message.setText(self.tr("You may try again."))
        self.password.setFocus()

    # --- signing in -----------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        person = self.chosen()
        if person is None or not self.ok_button.isEnabled():
            return
        first: str | None = None
        if not self.new_password.isHidden():
            first = self.new_password.text()
            if first != self.repeat.text():
                self.message.setText(self.tr("The two passwords differ: type them again."))
                self.new_password.clear()
                self.repeat.clear()
                self.new_password.setFocus()
                return
        try:
            signed_in = sign_in.sign_in(
                self.sessions,
                person.id,
                self.password.text(),
                via="unlock" if self.mode == LOCKED else self.mode,
                new_password=first,
            )
        except sign_in.SignInRefused as exc:
            self.password.clear()
            self.message.setText(i18n.refusal_text(exc))
            if exc.wait_seconds:
                self._start_wait(exc.wait_seconds)
            self.password.setFocus()
            return
        except ValidationError as exc:
            self.message.setText(i18n.refusal_text(exc))
            return
        self.sig_signed_in.emit(signed_in)
        self.accept()

    def reject(self) -> None:
        if self.mode != LOCKED:  # the lock has no way out but signing in
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.mode == LOCKED and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def ask(cls, sessions: Sessions, current: UserDTO | None) -> UserDTO | None:
        """Sign in at start (before the event loop); ``None``: the user chose Quit."""
        dialog = cls(sessions, current, START)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        chosen: list[UserDTO] = []
        dialog.sig_signed_in.connect(chosen.append)
        dialog.exec()
        return chosen[0] if chosen else None

    def user_ids(self) -> list[uuid.UUID]:
        """The ids offered, in order (tests, and the lock's preselection)."""
        return [self.user_combo.itemData(i).id for i in range(self.user_combo.count())]
