"""Showing a top-level window so that it really is active (shortcuts need that offscreen)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def show_active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    handle.requestActivate()
    assert QTest.qWaitForWindowActive(handle, 2000)
