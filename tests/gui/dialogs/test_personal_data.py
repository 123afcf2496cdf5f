"""A supervisor erases and exports a customer's personal data from the queue, by keyboard;
an agent has neither action; the reason-log export dialog keeps verbatims only when asked."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.ui.dialogs.export_reasons import ExportDialog
from recovery_desk.ui.dialogs.personal_data import EraseDialog
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.pages.queue.page import QueuePage
from recovery_desk.ui.table_model import RowRole
from tests import privacy_data as P
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _queue(qtbot, ctx) -> tuple[MainWindow, QueuePage]:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.page("queue")
    assert isinstance(page, QueuePage)
    return window, page


def _pick(qtbot, page: QueuePage, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.window(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the table, first row current
    assert page.table.hasFocus()


def test_erase_by_keyboard_names_what_goes_and_then_the_customer_is_a_pseudonym(
    qtbot, workspace, supervisor, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    who = P.person(workspace.sessions, supervisor, tmp_path)
    ctx = make_ctx(workspace, supervisor)
    _window, page = _queue(qtbot, ctx)
    _pick(qtbot, page, "bettenc")
    assert page.current_customer() == who.customer_id

    qtbot.keyClick(page.table, Qt.Key.Key_Delete, CTRL_SHIFT)
    dialog = page.personal_data.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    text = dialog.summary.text()
    assert P.NAME in text and "1 calls" in text and "1 promises" in text
    assert "1 care reviews" in text and f"Anon {who.customer_id.hex[:8]}" in text
    assert dialog.summary.accessibleName().startswith("What will be erased")
    assert not dialog.erase_button.isEnabled()  # no request reference yet
    qtbot.waitUntil(dialog.request.hasFocus, timeout=2000)
    qtbot.keyClicks(dialog.request, "LGPD-2026-014")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_erased) as erased:
        qtbot.keyClick(dialog.request, Qt.Key.Key_Return)  # Erase is the default button now
    assert erased.args[0].customer_id == who.customer_id
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=2000)
    assert "Anon" in page.notice.text()

    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "anon")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    row = page.model.data(page.model.index(0, 0), RowRole)
    assert row.id == who.customer_id and row.name.startswith("Anon ")

    # A second erasure of the same customer says so and offers nothing to press.
    show_active(qtbot, page.window())  # the dialog has gone (offscreen: no window manager)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete, CTRL_SHIFT)
    again = page.personal_data.dialog
    assert isinstance(again, EraseDialog) and again is not dialog
    assert "already erased" in again.summary.text()
    qtbot.keyClicks(again.request, "LGPD-2")
    assert not again.erase_button.isEnabled()
    qtbot.keyClick(again.request, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_export_writes_the_file_and_an_agent_has_no_such_actions(
    qtbot, workspace, supervisor, agent, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    who = P.person(workspace.sessions, supervisor, tmp_path)
    _window, page = _queue(qtbot, make_ctx(workspace, supervisor))
    _pick(qtbot, page, "bettenc")
    actions = page.personal_data
    assert actions.export_action.isVisible() and actions.erase_action.isVisible()
    assert actions.export_action in page.table.actions()  # in the table's context menu
    out = tmp_path / "titular.json"
    with qtbot.waitSignal(actions.sig_message):
        actions.export_to(page.current_customer(), out)  # what the save dialog then calls
    assert json.loads(out.read_text(encoding="utf-8"))["customer"]["name"] == P.NAME
    assert str(out) in page.notice.text()

    _w, agent_page = _queue(qtbot, make_ctx(workspace, agent))
    assert not agent_page.personal_data.erase_action.isVisible()
    agent_page.table.setFocus()
    agent_page.table.selectRow(0)
    qtbot.keyClick(agent_page.table, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert agent_page.personal_data.dialog is None
    assert who.customer_id  # untouched
    assert not isinstance(QApplication.activeModalWidget(), EraseDialog)


def test_export_dialog_keeps_verbatims_only_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("none")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.keep_verbatims.isEnabled()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, alt)  # an animated click
    qtbot.waitUntil(dialog.pseudonymise.isChecked, timeout=1000)
    assert dialog.keep_verbatims.isEnabled()
    assert dialog.choice().keep_verbatims is False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, alt)
    qtbot.waitUntil(dialog.keep_verbatims.isChecked, timeout=1000)
    assert dialog.verbatims_warning.isVisible()
    assert dialog.choice().keep_verbatims is True
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, alt)
    qtbot.waitUntil(lambda: not dialog.pseudonymise.isChecked(), timeout=1000)
    assert not dialog.keep_verbatims.isChecked() and dialog.choice().keep_verbatims is False


def test_the_daily_purge_runs_in_the_background_and_says_what_it_erased(
    qtbot, workspace, supervisor, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from recovery_desk.domain.privacy import Retention
    from recovery_desk.services.privacy.retention import set_retention
    from recovery_desk.ui.privacy_schedule import DailyPurge

    P.person(workspace.sessions, supervisor, tmp_path)  # Z-1 left on 10/01/2026, never called
    set_retention(workspace.sessions, supervisor, Retention(1, 0, 0))
    ctx = make_ctx(workspace, supervisor, threaded=True)
    window, page = _queue(qtbot, ctx)
    assert window.daily_purge.timer.isActive()  # a minute after the start, not at once
    purge = DailyPurge(ctx, window, first_delay_ms=0)
    qtbot.waitUntil(lambda: "Retention" in window.statusBar().currentMessage(), timeout=5000)
    assert "personal data of 1 customers" in window.statusBar().currentMessage()
    assert purge.timer.isActive()  # and again in an hour (the service runs once a day)
    qtbot.waitUntil(lambda: not purge.running, timeout=2000)
