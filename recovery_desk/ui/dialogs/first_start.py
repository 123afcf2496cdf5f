"""Who is working here: the first supervisor at first start, or a pick from the list.

A brand-new installation asks the name of the person working here and makes them its
supervisor (the first supervisor is the one created at first start; they add agents and
executives later). A desk with more than one active user signs in with a password
(``sign_in.SignInDialog``); with a single one but none current, the user picks who they are.
Cancel leaves the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import Role
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.vocabulary import role_help, role_label


class FirstUserDialog(QDialog):
    """Asks the first user's name; the role is fixed to supervisor and explained.

    Signals:
        sig_name_chosen: the user confirmed a (non-blank) name.
    """

    sig_name_chosen = Signal(str)
    """The user confirmed a name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstUserDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("firstUserName")
        self.name.setMaxLength(200)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.role = QLabel()
        self.role.setObjectName("firstUserRole")
        self.role_label = QLabel()
        self.role_help = ValueLabel()
        self.role_help.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        form.addRow("", self.role_help)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_text_changed)
        self._on_name_text_changed("")
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Recovery Desk"))
        self.intro.setText(
            self.tr("This is a new installation. Who is working here? You will be its supervisor.")
        )
        self.name_label.setText(self.tr("Your &name:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.role_label.setText(self.tr("Role:"))
        self.role.setText(role_label(Role.SUPERVISOR))
        self.role_help.setText(role_help(Role.SUPERVISOR))
        self.role_help.set_caption(self.tr("What a supervisor does"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

    @Slot(str)
    def _on_name_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def accept(self) -> None:
        if not self.name.text().strip():
            return
        self.sig_name_chosen.emit(self.name.text().strip())
        super().accept()

    @classmethod
    def ask(cls) -> str | None:
        """The chosen name, or ``None`` on cancel (start-up only: runs before the event loop)."""
        dialog = cls()
        chosen: list[str] = []
        dialog.sig_name_chosen.connect(chosen.append)
        dialog.exec()
        return chosen[0] if chosen else None


class UserPickDialog(QDialog):
    """Pick who you are from the installation's users (name and role).

    Signals:
        sig_user_chosen: the user picked someone (a ``UserDTO``).
    """

    sig_user_chosen = Signal(object)
    """The user picked someone."""

    def __init__(
        self, people: list[UserDTO], current: UserDTO | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("userPickDialog")
        self.people = people
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("userList")
        for person in people:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.list.addItem(item)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.setMinimumSize(420, 320)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self._on_list_item_activated)
        rows = [p.id for p in people]
        self.list.setCurrentRow(rows.index(current.id) if current and current.id in rows else 0)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Who is working here?"))
        self.intro.setText(self.tr("Choose your name. The role decides what the app offers you."))
        self.list_label.setText(self.tr("&People:"))
        self.list.setAccessibleName(self.tr("People"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            person: UserDTO = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{person.name} — {role_label(person.role)}")

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def chosen(self) -> UserDTO | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        person = self.chosen()
        if person is None:
            return
        self.sig_user_chosen.emit(person)
        super().accept()

    @classmethod
    def ask(cls, people: list[UserDTO]) -> UserDTO | None:
        """The picked user, or ``None`` on cancel (start-up only: before the event loop)."""
        dialog = cls(people)
        chosen: list[UserDTO] = []
        dialog.sig_user_chosen.connect(chosen.append)
        dialog.exec()
        return chosen[0] if chosen else None


def ensure_current_user(workspace: Workspace) -> UserDTO | None:
    """The current user, asking who is working here when nobody is (``None``: cancelled).

    A desk with more than one active user asks who signs in, with their password, at every
    start (``SignInDialog``); a desk with a single user opens straight in.
    """
    from recovery_desk.services.users import sign_in

    sessions = workspace.sessions
    user = users.current_user(sessions)
    if sign_in.needs_sign_in(sessions):
        from recovery_desk.ui.dialogs.sign_in import SignInDialog

        return SignInDialog.ask(sessions, user)
    if user is not None:
        return user
    if not users.has_users(sessions):
        name = FirstUserDialog.ask()
        if name is None:
            return None
        return users.create_user(sessions, name, Role.SUPERVISOR, make_current=True)
    chosen = UserPickDialog.ask(users.list_users(sessions))
    if chosen is None:
        return None
    users.set_current_user(sessions, chosen.id)
    return chosen
