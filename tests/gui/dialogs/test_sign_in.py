"""Sign-in by keyboard: switching to a supervisor takes their password, failed tries are
audited and slowed, the idle lock hides everything and brings a call back as it was."""

from __future__ import annotations

import pytest
import shiboken6
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk.services.users import access as users
from recovery_desk.services.users import sign_in
from recovery_desk.storage.tables import AuditEntry, Call, CallStep
from recovery_desk.ui import main_window
from recovery_desk.ui.dialogs.sign_in import START, SignInDialog
from recovery_desk.ui.main_window import MainWindow
from tests.gui.call_helpers import (
    add_customer,
    close_all_calls,
    focused,
    mnemonic,
    press,
    type_text,
)
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", r"does not support raise\(\)", "This plugin does not support"
)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def passwords(sessions, supervisor, agent) -> None:  # type: ignore[no-untyped-def]
    sign_in.set_password(sessions, supervisor, supervisor.id, "sofia-secret")
    sign_in.set_password(sessions, supervisor, agent.id, "andre-secret")
    users.set_current_user(sessions, agent.id)


@pytest.fixture
def agent_window(qtbot, workspace, agent, passwords):  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(workspace, agent))  # deleted on switch: not qtbot's
    show_active(qtbot, window)
    yield window
    close_all_calls()
    for win in [window, *main_window._open_windows]:
        if shiboken6.isValid(win):  # the agent's window is deleted by a switch
            win._switching = True
            win.close()
            win.deleteLater()  # its idle lock goes with it
    QApplication.processEvents()


def _audited(sessions, action: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _switch_dialog(qtbot, window: MainWindow) -> SignInDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    dialog = window.switch_dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _choose_user(dialog: SignInDialog, letters: str) -> None:
    """Shift+Tab from the password to the user list, type the start of the name, Tab."""
    assert focused() is dialog.password
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.user_combo
    type_text(letters)
    press(Qt.Key.Key_Tab)


def test_an_agent_cannot_become_the_supervisor_without_her_password(
    qtbot, agent_window: MainWindow, sessions, supervisor, agent
) -> None:  # type: ignore[no-untyped-def]
    dialog = _switch_dialog(qtbot, agent_window)
    _choose_user(dialog, "Sof")
    assert dialog.chosen() == supervisor
    type_text("andre-secret")  # the agent's own password is not hers
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "wrong password for Sofia Supervisora"
    assert users.current_user(sessions) == agent and main_window._open_windows == []
    assert "(Agent)" in agent_window.windowTitle()
    assert len(_audited(sessions, "sign_in.failed")) == 1

    type_text("sofia-secret")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window._open_windows))
    new = main_window._open_windows[-1]
    assert "(Supervisor)" in new.windowTitle()
    assert users.current_user(sessions) == supervisor
    assert [e.details for e in _audited(sessions, "sign_in.switch")] == [
        {"via": "switch", "from": str(agent.id)}
    ]


def test_failed_tries_are_audited_and_slowed(qtbot, sessions, supervisor, agent, passwords) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(sessions, supervisor, START)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    for _ in range(3):
        type_text("not-it-at-all")
        press(Qt.Key.Key_Return)
    assert len(_audited(sessions, "sign_in.failed")) == 3
    assert not dialog.ok_button.isEnabled()  # the third failure makes the next one wait
    assert dialog.message.text() == "Too many failed tries: wait 5 seconds."
    type_text("sofia-secret")
    press(Qt.Key.Key_Return)  # refused without being checked: the button is off
    assert dialog.isVisible() and len(_audited(sessions, "sign_in.failed")) == 3
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=7000)
    assert dialog.message.text() == "You may try again."
    with qtbot.waitSignal(dialog.sig_signed_in) as signed:
        dialog.password.setText("")
        type_text("sofia-secret")
        press(Qt.Key.Key_Return)
    assert signed.args[0] == supervisor


def test_the_desks_owner_chooses_a_first_password(qtbot, sessions, supervisor, agent) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(sessions, supervisor, START)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert focused() is dialog.new_password and dialog.password.isHidden()
    type_text("sofia-new-1")
    press(Qt.Key.Key_Tab)
    type_text("sofia-new-2")
    press(Qt.Key.Key_Return)
    assert dialog.message.text() == "The two passwords differ: type them again."
    type_text("sofia-new-1")
    press(Qt.Key.Key_Tab)
    type_text("sofia-new-1")
    with qtbot.waitSignal(dialog.sig_signed_in):
        press(Qt.Key.Key_Return)
    assert sign_in.sign_in(sessions, supervisor.id, "sofia-new-1") == supervisor
    # The agent has no password and is not the desk's own user: a supervisor sets one.
    other = SignInDialog(sessions, agent, START)
    qtbot.addWidget(other)
    assert not other.password.isHidden()
    assert "a supervisor sets one" in other.message.text()


def test_the_idle_lock_keeps_the_call_and_its_text(
    qtbot, agent_window: MainWindow, sessions, agent
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(sessions)
    agent_window.ctx.events.sig_open_customer.emit(customer_id)
    call = agent_window.call_launcher.last_dialog
    assert call is not None
    qtbot.waitExposed(call)
    call.activateWindow()
    qtbot.waitUntil(call.isActiveWindow)
    notes = focused()
    type_text("Reclamou do preco da fatura")

    lock = agent_window.idle_lock
    lock.set_idle_ms(300)  # the idle time, shortened
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    dialog = lock.dialog
    assert dialog is not None
    assert not call.isVisible() and not agent_window.isVisible()
    assert len(_audited(sessions, "sign_in.lock")) == 1
    with sessions() as session:  # saved before hiding, in case the app is ended now
        saved = session.scalars(
            select(CallStep.notes).join(Call).where(Call.customer_id == customer_id)
        ).all()
    assert "Reclamou do preco da fatura" in saved

    reminder = QMessageBox(agent_window)  # a call-back reminder due while locked
    reminder.setText("Ligar para Joana Prado")
    reminder.show()
    qtbot.waitUntil(lambda: not reminder.isVisible())  # waits behind the lock too
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(Qt.Key.Key_Escape)  # no way out but signing in
    assert dialog.isVisible()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the list of users opens
    qtbot.waitUntil(dialog.user_combo.view().isVisible)
    qtbot.wait(50)
    assert dialog.user_combo.view().isVisible()  # not taken for a window behind the lock
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.user_combo.view().isVisible())
    press(Qt.Key.Key_Tab)
    type_text("andre-secret")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: call.isVisible() and agent_window.isVisible())
    assert reminder.isVisible()
    reminder.close()
    assert not lock.locked
    assert agent_window.call_launcher.last_dialog is call  # the same call screen
    assert notes.toPlainText() == "Reclamou do preco da fatura"  # type: ignore[attr-defined]
    assert [e.details for e in _audited(sessions, "sign_in")] == [{"via": "unlock"}]


def test_a_supervisor_resets_a_password_from_the_users_tab(
    qtbot, supervisor_ctx, sessions, supervisor, agent
) -> None:  # type: ignore[no-untyped-def]
    from recovery_desk.ui.dialogs.set_password import SetPasswordDialog
    from recovery_desk.ui.pages.catalogue.users_tab import UsersTab

    tab = UsersTab(supervisor_ctx)
    qtbot.addWidget(tab)
    show_active(qtbot, tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r) == agent)
    tab.table.selectRow(row)
    tab.table.setFocus()
    mnemonic(qtbot, Qt.Key.Key_P)  # Set &password…
    dialog = tab.password_dialog
    assert isinstance(dialog, SetPasswordDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.password
    type_text("short")
    press(Qt.Key.Key_Tab)
    type_text("short")
    press(Qt.Key.Key_Return)
    assert dialog.message.text() == "a password has at least 8 characters"
    type_text("andre-new-1")
    press(Qt.Key.Key_Tab)
    type_text("andre-new-1")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sign_in.sign_in(sessions, agent.id, "andre-new-1") == agent
    resets = _audited(sessions, "user.password")
    assert [(e.user_id, e.entity_id, e.details) for e in resets] == [
        (supervisor.id, str(agent.id), {"first": True, "by_supervisor": True})
    ]
