"""Set a password: the new one twice (a supervisor for another user, or anyone for
themselves). The service checks the length and who may set it, and audits it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel


class SetPasswordDialog(QDialog):
    """Type the new password of ``name`` twice.

    Signals:
        sig_password_chosen: both fields match (the password, to hand to the service).
    """

    sig_password_chosen = Signal(str)
    """The new password, typed twice alike."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setPasswordDialog")
        self.name = name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
        self.captions = (QLabel(), QLabel())
        form = QFormLayout()
        for caption, edit in zip(self.captions, (self.password, self.repeat), strict=True):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.message = ValueLabel(announced=True, assertive=True)
        self.message.setObjectName("setPasswordMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        title = self.tr("Set password")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(
            self.tr("The new password of %1. Their failed tries are cleared.").replace(
                "%1", self.name
            )
        )
        for caption, edit, text in zip(
            self.captions,
            (self.password, self.repeat),
            (self.tr("&New password:"), self.tr("&Repeat it:")),
            strict=True,
        ):
            caption.setText(text)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.message.set_caption(self.tr("Password message"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set password"))

    def start(self, name: str) -> None:
        """Ready for ``name``'s new password: both fields empty, the first one focused."""
        self.name = name
        self.message.setText("")
        self.password.clear()
        self.repeat.clear()
        self.retranslate_ui()
        self.password.setFocus()

    def show_refusal(self, text: str) -> None:
        """The service refused the password: say why, and let it be typed again."""
        self.message.setText(text)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_refusal(self.tr("The two passwords differ: type them again."))
            return
        self.sig_password_chosen.emit(self.password.text())
