"""Help → Keyboard shortcuts: every action's keys plus the registered extra keys."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.ui import i18n, shortcuts


def action_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, text) of every QAction with a shortcut in ``window``, in menu order."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or action.shortcut().isEmpty():
            continue
        seen.add(id(action))
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        rows.append((keys, action.text().replace("&", "").rstrip(".…")))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column sheet (keys, what they do); open it with ``show()``."""

    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        i18n.register(self)

    def rows(self) -> list[tuple[str, str]]:
        extra = [
            (
                r.keys_now()
                if r.keys_now is not None
                else QKeySequence(r.keys).toString(QKeySequence.SequenceFormat.NativeText)
                or r.keys,
                r.describe(),
            )
            for r in shortcuts.rows()
        ]
        return action_rows(self.window_) + extra

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for number, (keys, text) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(keys))
            self.table.setItem(number, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
