"""Helpers shared by the call screen tests: customers made through the ORM, key presses."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from recovery_desk.services.dto import Sessions
from recovery_desk.storage.tables import Customer


def add_customer(sessions: Sessions, **overrides: object) -> uuid.UUID:
    values: dict[str, object] = {
        "name": "Joana Prado",
        "phone": "+5511987654321",
        "segment": "retail",
        "monthly_revenue_cents": 30000,
        "customer_since": date(2021, 3, 1),
        "departed_on": date(2026, 10, 1),
        "served_by": "Carlos Loja",
    }
    values.update(overrides)
    with sessions.begin() as session:
        customer = Customer(**values)
        session.add(customer)
        session.flush()
        return customer.id


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def mnemonic(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+key: a button's mnemonic clicks it through animateClick (~100 ms later)."""
    press(key, ALT)
    qtbot.wait(160)


def close_all_calls() -> None:
    """Close every call screen a test left open, without the draft question."""
    from recovery_desk.ui.wizard import launch

    for dialog in list(launch._open.values()):
        dialog.close_guard.decided = True
        dialog.close()
    QApplication.processEvents()


def diagnose_by_keyboard(qtbot, search: str = "preco alto") -> None:  # type: ignore[no-untyped-def]
    """Alt+3, type the reason, Enter picks it, Alt+C: read back and confirmed."""
    press(Qt.Key.Key_3, ALT)
    type_text(search)
    press(Qt.Key.Key_Return)
    mnemonic(qtbot, Qt.Key.Key_C)
