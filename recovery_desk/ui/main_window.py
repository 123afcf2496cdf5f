"""The main window: navigation, page stack, menus with shortcuts, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from recovery_desk import resources
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages import PAGES

CloseGuard = Callable[[], bool]


def load_page_class(spec: str) -> Any:
    """The page class named ``module:Class`` (see ``ui/pages.py`` for what it provides)."""
    module_name, _, class_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


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
        self._classes = [cls for cls in map(load_page_class, PAGES) if cls.allowed(ctx.user)]
        self._pages: dict[int, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        for _cls in self._classes:
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
        # --- end sync ---
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        i18n.register(self)
        if self._classes:
            self.nav.setCurrentRow(0)

    # --- pages ----------------------------------------------------------------------

    def page(self, page_id: str) -> QWidget | None:
        """The page with ``page_id``, built if needed; ``None`` if the user may not see it."""
        for row, cls in enumerate(self._classes):
            if page_id == cls.PAGE_ID:
                return self._ensure_page(row)
        return None

    def show_page(self, page_id: str) -> QWidget | None:
        for row, cls in enumerate(self._classes):
            if page_id == cls.PAGE_ID:
                self.nav.setCurrentRow(row)
                return self._pages.get(row)
        return None

    def _ensure_page(self, row: int) -> Any:
        page = self._pages.get(row)
        if page is None:
            page = self._classes[row](self.ctx, self)
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

    # --- menus ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.go_menu = self.menuBar().addMenu("")
        self.page_actions: list[QAction] = []
        for row, _cls in enumerate(self._classes):
            action = QAction(self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.go_menu.addAction(action)
            self.page_actions.append(action)
            self.addAction(action)

        self.help_menu = self.menuBar().addMenu("")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recovery Desk — %1").replace("%1", self.ctx.user.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        for row, cls in enumerate(self._classes):
            title = cls.page_title()
            item = self.nav.item(row)
            item.setText(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.page_actions[row].setText(title)

    # --- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for guard in self.close_guards:
            if not guard():
                event.ignore()
                return
        event.accept()
