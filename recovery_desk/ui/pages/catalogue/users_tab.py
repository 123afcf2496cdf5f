"""The Users tab: every user with role, state and handful size; add and edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.users import admin as user_admin
from recovery_desk.services.users import sign_in
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.set_password import SetPasswordDialog
from recovery_desk.ui.pages.catalogue.common import show_error, tab_shortcut
from recovery_desk.ui.table_model import Column, TableModel
from recovery_desk.ui.vocabulary import role_label


class UsersTab(QWidget):
    """Users table and form; the last active supervisor is protected by the service."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: UserDTO | None = None
        self.model = TableModel(
            self,
            context="catalogue",
            columns=[
                Column(QT_TRANSLATE_NOOP("catalogue", "Name"), lambda u: u.name),
                Column(QT_TRANSLATE_NOOP("catalogue", "Login"), lambda u: u.login or ""),
                Column(QT_TRANSLATE_NOOP("catalogue", "Role"), lambda u: role_label(u.role)),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "Handful"),
                    lambda u: u.handful_size if u.role is Role.EXECUTIVE else "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "State"),
                    lambda u: (
                        QCoreApplication.translate("catalogue", "active")
                        if u.active
                        else QCoreApplication.translate("catalogue", "inactive")
                    ),
                ),
            ],
        )
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(100)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role.value, role)
        self.handful_spin = QSpinBox()
        self.handful_spin.setRange(1, 10)
        self.active_check = QCheckBox()
        self.new_button = QPushButton()
        tab_shortcut(self, QKeySequence.StandardKey.New, self.new_button)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveUser")
        tab_shortcut(self, QKeySequence.StandardKey.Save, self.save_button)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.name_edit.returnPressed.connect(self._on_save_clicked)
        # --- passwords and the idle lock (issue 17) ---
        self.password_button = QPushButton()
        self.password_button.setObjectName("setPassword")
        self.password_button.clicked.connect(self._on_password_clicked)
        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lockMinutes")
        self.lock_spin.setRange(preferences.LOCK_MIN, preferences.LOCK_MAX)
        self.lock_spin.setValue(preferences.lock_minutes(ctx.sessions))
        self.lock_spin.valueChanged.connect(self._on_lock_spin_changed)
        self.password_dialog: SetPasswordDialog | None = None
        self.password_user: UserDTO | None = None
        self.lock_caption = QLabel()
        self.lock_caption.setBuddy(self.lock_spin)
        # --- end passwords ---
        self.captions = {k: QLabel() for k in ("name", "login", "role", "handful")}
        form = QFormLayout()
        for key, widget in (
            ("name", self.name_edit),
            ("login", self.login_edit),
            ("role", self.role_combo),
            ("handful", self.handful_spin),
        ):
            self.captions[key].setBuddy(widget)
            form.addRow(self.captions[key], widget)
        form.addRow(self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.password_button)
        form.addRow(buttons)
        form.addRow(self.lock_caption, self.lock_spin)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.role_combo.currentIndexChanged.connect(self._on_role_changed)
        i18n.register(self)
        self.reload()

    def retranslate_ui(self) -> None:
        texts = {
            "name": self.tr("&Name"),
            "login": self.tr("L&ogin"),
            "role": self.tr("&Role"),
            "handful": self.tr("&Handful (customers per cycle)"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", ""))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(self.role_combo.itemData(index)))
        self.active_check.setText(self.tr("Acti&ve (may sign in)"))
        self.active_check.setAccessibleName(self.tr("Active"))
        self.table.setAccessibleName(self.tr("Users"))
        self.new_button.setText(self.tr("Ne&w user"))
        self.new_button.setAccessibleName(self.tr("New user"))
        self.new_button.setToolTip(self.tr("New user (Ctrl+N)"))
        self.save_button.setText(self.tr("&Save user"))
        self.save_button.setAccessibleName(self.tr("Save user"))
        self.save_button.setToolTip(self.tr("Save user (Ctrl+S)"))
        self.password_button.setText(self.tr("Set &password…"))
        self.password_button.setAccessibleName(self.tr("Set password"))
        self.password_button.setToolTip(
            self.tr("Set the selected user's password (they need one to sign in)")
        )
        self.lock_caption.setText(self.tr("Loc&k the app after (idle minutes)"))
        self.lock_spin.setAccessibleName(self.tr("Lock the app after idle minutes"))
        self.model.retranslate()

    def reload(self, select: object = None) -> None:
        select = select or (self.current.id if self.current else None)
        rows = user_admin.list_all_users(self.ctx.sessions, self.ctx.user)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for row, user in enumerate(rows):
            if user.id == select:
                self.table.selectRow(row)
                return
        if rows:
            self.table.selectRow(0)

    def _show(self, user: UserDTO | None) -> None:
        self.current = user
        self.name_edit.setText(user.name if user else "")
        self.login_edit.setText((user.login or "") if user else "")
        role = user.role if user else Role.AGENT
        self.role_combo.setCurrentIndex(self.role_combo.findData(role))
        self.handful_spin.setValue(user.handful_size if user else 5)
        self.active_check.setChecked(user.active if user else True)
        self.password_button.setEnabled(user is not None)
        self._on_role_changed()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row_at(current))

    @Slot()
    def _on_role_changed(self) -> None:
        self.handful_spin.setEnabled(self.role_combo.currentData() is Role.EXECUTIVE)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        data = user_admin.UserInput(
            name=self.name_edit.text(),
            role=Role(self.role_combo.currentData()),
            active=self.active_check.isChecked(),
            login=self.login_edit.text(),
            handful_size=self.handful_spin.value(),
            id=self.current.id if self.current else None,
        )
        ctx = self.ctx

        def done(saved: UserDTO) -> None:
            self.current = saved
            self.reload(saved.id)
            ctx.events.sig_data_changed.emit("users")

        ctx.runner.run(
            lambda _t: user_admin.save_user(ctx.sessions, ctx.user, data),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )

    # --- passwords and the idle lock (issue 17) ---

    @Slot()
    def _on_password_clicked(self) -> None:
        user = self.current
        if user is None:
            return
        if self.password_dialog is None:  # one dialog, kept: opened again for each user
            self.password_dialog = SetPasswordDialog("", self)
            self.password_dialog.sig_password_chosen.connect(self._on_password_chosen)
        self.password_dialog.start(user.name)
        self.password_user = user
        self.password_dialog.open()

    @Slot(str)
    def _on_password_chosen(self, password: str) -> None:
        dialog, user = self.password_dialog, self.password_user
        if dialog is None or user is None:
            return
        try:
            sign_in.set_password(self.ctx.sessions, self.ctx.user, user.id, password)
        except DomainError as exc:
            dialog.show_refusal(i18n.refusal_text(exc))
            return
        dialog.accept()

    @Slot(int)
    def _on_lock_spin_changed(self, minutes: int) -> None:
        preferences.set_lock_minutes(self.ctx.sessions, minutes)
        self.ctx.events.sig_data_changed.emit("lock")  # the idle lock applies it at once
