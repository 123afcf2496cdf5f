"""A call record you can trust, driven by keyboard: what "not reached" keeps, typed promises,
a reason for every conversation, what the end of the call says, the reason list, resume."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from recovery_desk.storage.tables import OfferMade, Promise
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.wizard import launch
from recovery_desk.ui.wizard.launch import CallLauncher
from recovery_desk.ui.wizard.wizard import CallWizardDialog
from tests.gui.call_helpers import (
    ALT,
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


@pytest.fixture
def window(qtbot, agent_ctx: UiContext) -> Iterator[QMainWindow]:  # type: ignore[no-untyped-def]
    host = QMainWindow()
    qtbot.addWidget(host)
    host.show()
    yield host
    close_all_calls()


@pytest.fixture
def launcher(agent_ctx: UiContext, window: QMainWindow) -> CallLauncher:
    return CallLauncher(agent_ctx, window)


def _open(qtbot, ctx: UiContext, launcher: CallLauncher, customer_id) -> CallWizardDialog:  # type: ignore[no-untyped-def]
    ctx.events.sig_open_customer.emit(customer_id)
    dialog = launcher.last_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _keep_as_draft(qtbot, dialog: CallWizardDialog) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Escape)
    box = dialog.close_guard.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    press(Qt.Key.Key_K, ALT)  # &Keep as draft
    qtbot.waitUntil(lambda: dialog.call.customer_id not in launch._open)


def _count(ctx: UiContext, table: type) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_not_reached_on_a_resumed_draft_saves_no_offer_and_says_so(  # finding 1
    qtbot, agent_ctx: UiContext, launcher: CallLauncher, window: QMainWindow
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(
        agent_ctx.sessions, segment="Premium", monthly_revenue_cents=1_048_350
    )
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    press(Qt.Key.Key_5, ALT)
    assert focused().objectName() == "offers"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    mnemonic(qtbot, Qt.Key.Key_C)  # Accepted
    assert dialog.call.draft["offer"]["offer_id"] and dialog.call.draft["offer"]["response"]
    _keep_as_draft(qtbot, dialog)
    again = _open(qtbot, agent_ctx, launcher, customer_id)
    assert again.call.flow.current.value == "offer"  # the draft resumes on Offer
    with qtbot.waitSignal(again.sig_call_finished) as finished:
        press(Qt.Key.Key_N, CTRL | SHIFT)
    assert finished.args[0].outcome.value == "not_reached"
    assert _count(agent_ctx, OfferMade) == 0
    said = window.statusBar().currentMessage()
    assert said.startswith("Call with Joana Prado saved: Not reached.")
    assert "Not kept, as the customer was not reached: the offer answer." in said


def test_a_promise_typed_then_ctrl_return_is_added_not_lost(  # finding 2
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, agent_ctx, launcher, add_customer(agent_ctx.sessions))
    diagnose_by_keyboard(qtbot)
    press(Qt.Key.Key_4, ALT)
    mnemonic(qtbot, Qt.Key.Key_P)
    assert focused().objectName() == "promiseWhat"
    type_text("Waive next month's fee")
    press(Qt.Key.Key_Return, CTRL)  # Next step, not Enter / Add promise
    assert dialog.call.flow.current.value == "offer"
    assert [p.what for p in dialog.call.promises] == ["Waive next month's fee"]
    press(Qt.Key.Key_6, ALT)
    mnemonic(qtbot, Qt.Key.Key_D)  # Declined
    with qtbot.waitSignal(dialog.sig_call_finished) as finished:
        press(Qt.Key.Key_Return, CTRL)
    assert finished.args[0].promises == 1
    with agent_ctx.sessions() as session:
        assert session.scalar(select(Promise.what)) == "Waive next month's fee"


def test_a_promise_that_cannot_be_added_stops_the_finish_and_says_why(  # finding 2
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, agent_ctx, launcher, add_customer(agent_ctx.sessions))
    diagnose_by_keyboard(qtbot)
    press(Qt.Key.Key_4, ALT)
    mnemonic(qtbot, Qt.Key.Key_W)  # Owner: cleared, so the promise cannot be added
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Delete)
    mnemonic(qtbot, Qt.Key.Key_P)
    type_text("Waive next month's fee")
    press(Qt.Key.Key_6, ALT)
    mnemonic(qtbot, Qt.Key.Key_D)
    press(Qt.Key.Key_Return, CTRL)
    assert not dialog.call.finished
    assert dialog.call.flow.current.value == "assist"  # back where the promise is
    assert "promise is typed but not added" in dialog.error.text()
    assigned = dialog.factory.pages[dialog.call.flow.current]
    assert assigned.promise_error.text() == "Every promise needs an owner."
    assert _count(agent_ctx, Promise) == 0


def test_declined_needs_a_reason_and_the_old_message_clears(  # findings 3 and 7
    qtbot, agent_ctx: UiContext, launcher: CallLauncher, window: QMainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, agent_ctx, launcher, add_customer(agent_ctx.sessions))
    press(Qt.Key.Key_6, ALT)
    mnemonic(qtbot, Qt.Key.Key_D)  # Declined, no reason given
    press(Qt.Key.Key_Return, CTRL)
    assert not dialog.call.finished
    assert "main reason read back and confirmed" in dialog.error.text()
    outcome = dialog.factory.pages[dialog.call.flow.current]
    assert outcome.error.text() == dialog.error.text()
    diagnose_by_keyboard(qtbot)
    assert dialog.error.text() == ""  # the problem is fixed: the message is gone
    assert outcome.error.text() == ""
    press(Qt.Key.Key_6, ALT)
    with qtbot.waitSignal(dialog.sig_call_finished):
        press(Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == "Call with Joana Prado saved: Declined."


def test_the_reason_list_can_be_browsed_whole(  # finding 8
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, agent_ctx, launcher, add_customer(agent_ctx.sessions))
    press(Qt.Key.Key_3, ALT)
    page = dialog.factory.pages[dialog.call.flow.current]
    results = page.results
    total = len(dialog.factory.index)
    assert total > 25
    assert results.count() == total  # empty box: every reason
    texts = [results.item(row).text() for row in range(results.count())]
    assert any(t.startswith("Billing") for t in texts)
    assert any(t.startswith("Product fit") for t in texts)
    for _ in range(total + 3):  # the arrows reach the last reason, and stop there
        press(Qt.Key.Key_Down)
    assert results.currentRow() == total - 1
    type_text("a")  # a broad word: the best 25 and an honest count of the rest
    last = results.item(results.count() - 1)
    assert last.text().endswith("more — type to narrow")
    assert last.flags() == Qt.ItemFlag.NoItemFlags
    assert results.count() == 26


def test_resume_puts_the_cursor_back_in_the_field_typed_in(  # finding 7
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    press(Qt.Key.Key_2, ALT)
    type_text("Reclamou da fatura")
    press(Qt.Key.Key_Tab)
    assert focused().objectName() == "verbatim"
    type_text("Caro demais")
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Left)
    _keep_as_draft(qtbot, dialog)
    again = _open(qtbot, agent_ctx, launcher, customer_id)
    where = focused()
    assert where.objectName() == "verbatim"
    assert where.textCursor().position() == len("Caro demais") - 2  # type: ignore[attr-defined]
    type_text("s")
    assert again.call.fields["verbatim"] == "Caro demasis"  # typed where the cursor was


def test_start_notices_open_one_at_a_time(  # finding 7
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    customer_id = add_customer(agent_ctx.sessions)
    dialog = _open(qtbot, agent_ctx, launcher, customer_id)
    type_text("Desculpe")
    _keep_as_draft(qtbot, dialog)
    shown: list[str] = []
    assert launcher.offer_resume() is not None
    launcher.when_idle(lambda: shown.append("reminder"))
    assert shown == []  # not beside the "Unfinished call" question
    resume = launcher.resume_box
    assert resume is not None
    resume.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: customer_id in launch._open)
    assert shown == []  # nor behind the call it resumed
    again = launch._open[customer_id]
    again.close_guard.decided = True
    again.close()
    qtbot.waitUntil(lambda: shown == ["reminder"])
