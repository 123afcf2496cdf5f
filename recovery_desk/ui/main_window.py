"""The main window: navigation, page stack, menus with shortcuts, status bar."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from recovery_desk import resources
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.fit import fit_list_to_items
from recovery_desk.ui.navigation import pages_for
from recovery_desk.ui.vocabulary import role_label

# Endonyms: a language is named in itself, whatever the interface language.
LANGUAGE_NAMES = (
    ("pt_BR", "Português (Brasil)"),
    ("pt_PT", "Português (Portugal)"),
    ("en", "English"),
)
_open_windows: list[MainWindow] = []  # windows made by "Switch user" (kept alive here)

CloseGuard = Callable[[], bool]


class MainWindow(QMainWindow):
    """Navigation list on the left, the current page on the right.

    Pages are built the first time they are shown. ``Ctrl+1``… open the pages in order.
    Other parts add ``close_guards``: callables that return False to keep the window open.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.close_guards: list[CloseGuard] = []
        self.setObjectName("MainWindow")
        self.setWindowIcon(QIcon(str(resources.path("icons", "recovery-desk.svg"))))
        self.resize(1200, 760)
        self._switching = False
        self._dialogs: dict[str, QWidget] = {}
        self._specs = pages_for(ctx.user)  # navigation.PAGES is the one gate
        self._pages: dict[int, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for _spec in self._specs:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())  # replaced by the real page on first show
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_label)
        self._build_menus()
        # --- sync (issue 5) ---
        from recovery_desk.ui.sync_worker import SyncUi

        self.sync_ui = SyncUi(self, ctx, self.sync_label, self.file_menu)
        self.sync_ui.worker.sig_identity_changed.connect(self._on_sync_worker_identity_changed)
        # --- end sync ---
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        ctx.events.sig_page_requested.connect(self._on_events_page_requested)
        i18n.register(self)
        self._restore_geometry()
        if self._specs:
            self.nav.setCurrentRow(0)
        # --- call launcher (issue 4) ---
        from recovery_desk.ui.wizard.launch import install_call_launcher

        install_call_launcher(self)
        # --- end call launcher ---
        # --- idle lock (issue 17) ---
        from recovery_desk.ui.lock import IdleLock

        self.idle_lock = IdleLock(self, ctx, self.switch_user)
        # --- end idle lock ---
        # --- retention purge (issue 17) ---
        from recovery_desk.ui.privacy_schedule import DailyPurge

        self.daily_purge = DailyPurge(ctx, self)
        # --- end retention purge ---

    # --- pages ----------------------------------------------------------------------

    def page(self, page_id: str) -> QWidget | None:
        """The page with ``page_id``, built if needed; ``None`` if the user may not see it."""
        for row, spec in enumerate(self._specs):
            if page_id == spec.page_id:
                return self._ensure_page(row)
        return None

    def show_page(self, page_id: str) -> QWidget | None:
        for row, spec in enumerate(self._specs):
            if page_id == spec.page_id:
                self.nav.setCurrentRow(row)
                return self._pages.get(row)
        return None

    def _ensure_page(self, row: int) -> Any:
        page = self._pages.get(row)
        if page is None:
            page = self._specs[row].load()(self.ctx, self)
            placeholder = self.stack.widget(row)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(row, page)
            self._pages[row] = page
        return page

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._ensure_page(row)
        self.stack.setCurrentIndex(row)
        activated = getattr(page, "activated", None)
        if callable(activated):
            activated()

    @Slot(str, object)
    def _on_events_page_requested(self, page_id: str, item: object) -> None:
        """Show the page a page asked for, with ``item`` selected (if the user may see it)."""
        page = self.show_page(page_id)
        select_item = getattr(page, "select_item", None)
        if callable(select_item):
            select_item(item)

    # --- menus ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.switch_user_action = QAction(self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_user_action.triggered.connect(self._on_switch_user_action_triggered)
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        # --- import action (issue 3) ---
        self.import_action: QAction | None = None
        if self.ctx.user.role == "supervisor":
            self.import_action = QAction(self)
            self.import_action.setShortcut(QKeySequence("Ctrl+I"))
            self.import_action.triggered.connect(self._on_import_action_triggered)
            self.file_menu.addAction(self.import_action)
            self.file_menu.addSeparator()
        # --- end import action ---
        self.file_menu.addAction(self.quit_action)

        self.go_menu = self.menuBar().addMenu("")
        self.page_actions: list[QAction] = []
        for row, _spec in enumerate(self._specs):
            action = QAction(self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.go_menu.addAction(action)
            self.page_actions.append(action)
            self.addAction(action)

        self._build_view_menu()
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setShortcut(QKeySequence("Ctrl+Shift+F1"))
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        for action in (self.switch_user_action, self.shortcuts_action, self.about_action):
            self.addAction(action)

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        chosen = preferences.language(self.ctx.sessions)
        self.language_actions: dict[str | None, QAction] = {}
        for lang, name in ((None, ""), *LANGUAGE_NAMES):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == chosen)
            action.setData(lang)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_group.triggered.connect(self._on_language_group_triggered)

    def retranslate_ui(self) -> None:
        user = self.ctx.user
        who = f"{user.name} ({role_label(user.role)})"
        self.setWindowTitle(self.tr("Recovery Desk — %1").replace("%1", who))
        self.file_menu.setTitle(self.tr("&File"))
        self.switch_user_action.setText(self.tr("S&witch user…"))
        self.quit_action.setText(self.tr("&Quit"))
        if self.import_action is not None:  # --- import action (issue 3) ---
            # Same context as the dialog's own texts; the dialog module loads on first use.
            self.import_action.setText(
                QCoreApplication.translate("ImportDialog", "&Import customers…")
            )
            self.import_action.setToolTip(
                QCoreApplication.translate("ImportDialog", "Import departed customers (Ctrl+I)")
            )
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[None].setText(self.tr("&System"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Recovery Desk"))
        for action in (self.switch_user_action, self.shortcuts_action, self.about_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        self.nav.setAccessibleName(self.tr("Pages"))
        for row, spec in enumerate(self._specs):
            title = spec.translated_title()
            item = self.nav.item(row)
            item.setText(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.page_actions[row].setText(title)
        fit_list_to_items(self.nav)  # the pages get the rest of the width

    # --- help, language, user -------------------------------------------------------

    def _show_dialog(self, key: str, factory: Callable[[], QWidget]) -> QWidget:
        dialog = self._dialogs.get(key)
        if dialog is None:
            dialog = factory()
            self._dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    @Slot()
    def _on_shortcuts_action_triggered(self) -> None:
        from recovery_desk.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = self._show_dialog("shortcuts", lambda: ShortcutsDialog(self, self))
        dialog.retranslate_ui()  # type: ignore[attr-defined]

    @Slot()
    def _on_about_action_triggered(self) -> None:
        from recovery_desk.ui.dialogs.about import AboutDialog

        data_dir = str(self.ctx.workspace.paths.data_dir)
        self._show_dialog("about", lambda: AboutDialog(data_dir, self))

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        lang = action.data()
        preferences.set_language(self.ctx.sessions, lang)
        i18n.switch_language(lang or "")

    @Slot()
    def _on_switch_user_action_triggered(self) -> None:
        """Another user signs in with their password (issue 17); a desk with a single
        active user has no one to switch to but picks as before."""
        from recovery_desk.services.users import sign_in
        from recovery_desk.ui.dialogs.first_start import UserPickDialog
        from recovery_desk.ui.dialogs.sign_in import SWITCH, SignInDialog

        dialog: QDialog
        if sign_in.needs_sign_in(self.ctx.sessions):
            dialog = SignInDialog(self.ctx.sessions, self.ctx.user, SWITCH, self)
            dialog.sig_signed_in.connect(self._on_user_pick_dialog_user_chosen)
        else:
            dialog = UserPickDialog(users.list_users(self.ctx.sessions), self.ctx.user, self)
            dialog.sig_user_chosen.connect(self._on_user_pick_dialog_user_chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.switch_dialog = dialog

    @Slot(object)
    def _on_user_pick_dialog_user_chosen(self, user: UserDTO) -> None:
        self.switch_user(user)

    def switch_user(self, user: UserDTO) -> MainWindow | None:
        """Reopen the window for ``user`` (their pages and actions); ``None`` if kept."""
        if user.id == self.ctx.user.id or not self._guards_allow_close():
            return None
        users.set_current_user(self.ctx.sessions, user.id)
        window = MainWindow(dataclasses.replace(self.ctx, user=user))
        _open_windows.append(window)
        window.show()
        self._switching = True
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return window

    @Slot(object)
    def _on_sync_worker_identity_changed(self, user: UserDTO) -> None:
        """A sync made the centre login's user this desk's: their window, their pages, and
        one line in the status bar saying so."""
        from recovery_desk.ui.sync_texts import identity_text

        window = self.switch_user(user) or self
        window.statusBar().showMessage(identity_text(user))

    # --- import action (issue 3) ---

    @Slot()
    def _on_import_action_triggered(self) -> None:
        from recovery_desk.ui.dialogs.imports.wizard import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- closing --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = preferences.window_geometry(self.ctx.sessions)
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def _guards_allow_close(self) -> bool:
        return all(guard() for guard in self.close_guards)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._switching and not self._guards_allow_close():
            event.ignore()
            return
        encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        preferences.set_window_geometry(self.ctx.sessions, encoded)
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()
