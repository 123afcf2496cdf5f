"""Call screen: not-reached key, call-back, close/keep draft/resume, accessibility."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from recovery_desk.domain.enums import STEP_ORDER
from recovery_desk.storage.tables import Call, Callback, CallStep, Customer
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.wizard import CALL_SHORTCUTS, call_shortcuts, launch
from recovery_desk.ui.wizard.launch import CallLauncher
from recovery_desk.ui.wizard.wizard import CallWizardDialog
from tests.gui.call_helpers import (
    CTRL,
    SHIFT,
    add_customer,
    close_all_calls,
    diagnose_by_keyboard,
    focused,
    mnemonic,
    press,
    type_text,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def call_reason_id(ctx: UiContext) -> str:
    from recovery_desk.storage.tables import Reason

    with ctx.sessions() as session:
        return str(session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH")))


@pytest.fixture
def launcher(qtbot, agent_ctx: UiContext) -> Iterator[CallLauncher]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    yield CallLauncher(agent_ctx, host)
    close_all_calls()


def _open(qtbot, ctx: UiContext, launcher: CallLauncher, customer_id) -> CallWizardDialog:  # type: ignore[no-untyped-def]
    ctx.events.sig_open_customer.emit(customer_id)
    dialog = launcher.last_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_not_reached_is_one_keystroke(qtbot, agent_ctx: UiContext, launcher: CallLauncher) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    with qtbot.waitSignal(dialog.sig_call_finished) as finished:
        press(Qt.Key.Key_N, CTRL | SHIFT)
    assert finished.args[0].outcome.value == "not_reached"
    with agent_ctx.sessions() as session:
        call = session.scalar(select(Call).where(Call.customer_id == customer_id))
        assert call is not None and call.outcome == "not_reached" and call.status == "finished"
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.attempts == 1
        assert customer.last_contact_at is not None
        callback = session.scalar(select(Callback).where(Callback.customer_id == customer_id))
        assert callback is not None and callback.kind == "next_attempt"
        assert callback.due_at == call.next_attempt_at
        assert callback.due_at.astimezone().weekday() < 5


def test_thinking_it_over_schedules_a_call_back(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    diagnose_by_keyboard(qtbot)
    assert dialog.call.flow.diagnosis.confirmed
    press(Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert dialog.call.flow.current.value == "outcome"
    press(Qt.Key.Key_Return, CTRL)  # no outcome yet: refused, explained
    assert dialog.error.text() and not dialog.call.finished
    mnemonic(qtbot, Qt.Key.Key_T)
    page = dialog.factory.pages[dialog.call.flow.current]
    assert page.callback.isEnabled()
    expected = page._callback_at()
    with qtbot.waitSignal(dialog.sig_call_finished):
        press(Qt.Key.Key_Return, CTRL)
    with agent_ctx.sessions() as session:
        callback = session.scalar(select(Callback).where(Callback.customer_id == customer_id))
        assert callback is not None and callback.kind == "callback"
        assert callback.due_at == expected
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.status == "in_progress"


def test_close_keeps_draft_and_start_offers_resume(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    type_text("Peco desculpas")
    press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    type_text("Reclamou do atendimento")
    qtbot.waitUntil(lambda: not dialog.call.dirty, timeout=1000)  # saved within a second
    started = dialog.call.started_at
    dialog.close()
    box = dialog.close_guard.box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: customer_id not in launch._open)
    assert launcher.offer_resume() is not None
    resume = launcher.resume_box
    assert resume is not None
    resume.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: launcher.last_dialog is not None and launcher.last_dialog is not dialog)
    again = launcher.last_dialog
    assert again is not None
    assert again.call.started_at == started  # the timer continues from the recorded start
    assert again.call.flow.current.value == "listen"
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    assert focused().toPlainText() == "Reclamou do atendimento"  # type: ignore[attr-defined]
    assert again.call.notes[STEP_ORDER[0]] == "Peco desculpas"


def test_close_discard_forgets_the_draft(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    type_text("x")
    dialog.close()
    box = dialog.close_guard.box
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: customer_id not in launch._open)
    with agent_ctx.sessions() as session:
        assert session.scalar(select(Call).where(Call.customer_id == customer_id)) is None
        assert session.scalar(select(CallStep)) is None
    assert launcher.offer_resume() is None


def test_every_control_is_named_and_phone_copies(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    for number in range(1, 7):
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert dialog.call.flow.current is STEP_ORDER[number - 1]
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget)
    unnamed = [
        w.objectName() or type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        and w.objectName() not in ("qt_calendar_prevmonth", "qt_calendar_nextmonth")
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []
    press(Qt.Key.Key_C, CTRL | SHIFT)
    assert QApplication.clipboard().text() == "+5511987654321"
    assert len(call_shortcuts()) == len(CALL_SHORTCUTS)
    assert "Ctrl+Shift+N" in dialog.not_reached_button.toolTip()


def test_due_call_back_raises_a_reminder_once(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from recovery_desk.domain.enums import Outcome
    from recovery_desk.services.calls.session import CallSession
    from recovery_desk.ui.wizard.reminders import CallbackReminder

    customer_id = add_customer(agent_ctx.sessions)
    call = CallSession.start(agent_ctx.sessions, agent_ctx.user, customer_id)
    due = datetime.now(UTC) + timedelta(hours=1)
    call.set_field("callback_at", due)
    call.pick_reason(call_reason_id(agent_ctx))
    call.confirm_diagnosis("x")
    call.finish(Outcome.THINKING)
    reminder = CallbackReminder(agent_ctx, launcher.window)
    assert reminder.check() == []  # not due yet
    found = reminder.check(now=due + timedelta(minutes=1))
    assert [item.customer_id for item in found] == [customer_id]
    assert reminder.box is not None and reminder.box.isVisible()
    assert "Joana Prado" in reminder.box.text()
    assert reminder.check(now=due + timedelta(minutes=2)) == []  # reminded once
    assert reminder.call_now is not None
    reminder.call_now.click()
    qtbot.waitUntil(lambda: launcher.last_dialog is not None)
    assert launcher.last_dialog.call.customer_id == customer_id  # type: ignore[union-attr]


def test_corrected_returns_to_the_picker_and_secondary_reasons(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert focused().objectName() == "reasonSearch"
    type_text("PRECO")
    press(Qt.Key.Key_Return)
    mnemonic(qtbot, Qt.Key.Key_C)  # Confirmed
    assert dialog.call.flow.diagnosis.confirmed
    mnemonic(qtbot, Qt.Key.Key_O)  # Corrected: back to the picker
    assert not dialog.call.flow.diagnosis.confirmed
    assert focused().objectName() == "reasonSearch"
    type_text("atendimento")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    page = dialog.factory.pages[dialog.call.flow.current]
    assert page.picked.count() == 2
    assert page.picked.item(0).text().startswith("Primary")
    assert page.picked.item(1).text().startswith("Secondary")
    assert " and " in page.readback.text()
    mnemonic(qtbot, Qt.Key.Key_C)
    press(Qt.Key.Key_Return, CTRL)
    assert dialog.call.flow.current.value == "assist"
    assert launcher.keep_open_drafts()  # the main window may close; the draft is kept
    with agent_ctx.sessions() as session:
        row = session.get(Call, dialog.call.call_id)
        assert row is not None and row.status == "draft" and row.current_step == "assist"
        assert len(row.draft_state["reason_ids"]) == 2


def test_header_warns_about_a_do_not_call_customer(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions, status="do_not_call", do_not_call=True)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    assert dialog.header.warning.text() == "Asked not to be called again"
    assert dialog.header.facts["served_by"][1].text() == "Carlos Loja"


def test_header_says_when_the_customer_left_in_words(qtbot, agent_ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from recovery_desk.services.calls.header import load_header
    from recovery_desk.ui.formatting import format_date
    from recovery_desk.ui.wizard.header import CallHeaderWidget

    today = date.today()
    shown = {}
    for days in (0, 1, 5):
        customer_id = add_customer(agent_ctx.sessions, departed_on=today - timedelta(days=days))
        with agent_ctx.sessions() as session:
            header = load_header(session, customer_id, "en", today, None)
        widget = CallHeaderWidget(header, "en")
        qtbot.addWidget(widget)
        shown[days] = widget.facts["departed"][1].text()
    day = format_date(today)  # the app's one way of writing a date (tests/gui/test_formatting)
    assert shown[0] == f"{day} (today)"
    assert shown[1].endswith("(yesterday)")
    assert shown[5].endswith("(5 days ago)")
