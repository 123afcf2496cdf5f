"""Small helpers shared by the follow-ups, insights and coaching pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone
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


def show_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def show_instant(at: datetime | None) -> str:
    """A UTC instant in the user's local time zone and locale."""
    if at is None:
        return ""
    utc = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
