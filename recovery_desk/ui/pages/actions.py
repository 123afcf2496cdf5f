"""Small helpers shared by the follow-ups, insights and coaching pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def page_action(parent: QWidget, shortcut: str, slot: Callable[[], None]) -> QAction:
    """An action with ``shortcut`` active while focus is anywhere inside ``parent``."""
    action = QAction(parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state."""
    button = QPushButton()
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def label_action(action: QAction, button: QPushButton, text: str, name: str) -> None:
    """Set the texts of an action and its button: label, accessible name, tooltip."""
    action.setText(text)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(f"{name} ({shortcut})" if shortcut else name)
