"""The guided call driven by keyboard alone, then checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from recovery_desk.domain.expectations import Expectation, from_mask
from recovery_desk.storage.tables import (
    Call,
    CallReason,
    CallStep,
    Customer,
    OfferMade,
    Promise,
    Reason,
)
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.wizard.launch import CallLauncher
from recovery_desk.ui.wizard.wizard import CallWizardDialog
from tests.gui.call_helpers import (
    CTRL,
    add_customer,
    close_all_calls,
    focused,
    mnemonic,
    press,
    type_text,
)


@pytest.fixture
def launcher(qtbot, agent_ctx: UiContext) -> Iterator[CallLauncher]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    yield CallLauncher(agent_ctx, host)
    close_all_calls()


def open_from_queue(qtbot, ctx: UiContext, launcher: CallLauncher, customer_id) -> CallWizardDialog:  # type: ignore[no-untyped-def]
    ctx.events.sig_open_customer.emit(customer_id)
    dialog = launcher.last_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_full_call_by_keyboard(qtbot, agent_ctx: UiContext, launcher: CallLauncher) -> None:  # type: ignore[no-untyped-def]
    sessions = agent_ctx.sessions
    customer_id = add_customer(sessions)
    dialog = open_from_queue(qtbot, agent_ctx, launcher, customer_id)
    apologise = dialog.factory.pages[dialog.call.flow.current]
    assert "Joana" in apologise.script_label.text()  # placeholders filled
    rail = dialog.rail  # the step names whole, and the rest of the width for the step
    widest = max(rail.visualItemRect(rail.item(r)).width() for r in range(rail.count()))
    texts = [rail.item(r).text() for r in range(rail.count())]
    assert widest >= max(rail.fontMetrics().horizontalAdvance(t) for t in texts)
    assert rail.width() < dialog.width() // 5

    # 1 Apologise: a defensive phrase brings the quiet hint.
    assert focused().objectName() == "apologiseNotes"
    type_text("Sinto muito. Mas voce tem que entender a situacao")
    assert apologise.hint.isVisible()
    press(Qt.Key.Key_Return, CTRL)

    # 2 Listen: notes, Tab, verbatim.
    assert focused().objectName() == "listenNotes"
    type_text("Cliente irritado com a conta")
    press(Qt.Key.Key_Tab)
    assert focused().objectName() == "verbatim"
    type_text("Ficou caro demais")
    press(Qt.Key.Key_Return, CTRL)

    # 3 Diagnose: "preco" (no accent) finds "Preço"; Enter picks; the gate holds.
    assert focused().objectName() == "reasonSearch"
    before = dialog.factory.pages[dialog.call.flow.current].script_label.text()
    assert "___" in before and "…" not in before  # a blank to fill, not "…."
    type_text("preco alto")
    press(Qt.Key.Key_Return)
    diagnose = dialog.factory.pages[dialog.call.flow.current]
    assert len(dialog.call.flow.diagnosis.reason_ids) == 1
    assert "Price too high" in diagnose.script_label.text()  # {reason} filled
    assert "___" not in diagnose.script_label.text()
    assert (
        diagnose.readback.text()
        == "So the main reason you left was: price too high. Is that right?"
    )
    press(Qt.Key.Key_Return, CTRL)  # not confirmed yet: stays
    assert dialog.call.flow.current.value == "diagnose"
    assert dialog.error.text()
    mnemonic(qtbot, Qt.Key.Key_C)  # Confirmed
    assert dialog.call.flow.diagnosis.confirmed
    press(Qt.Key.Key_Return, CTRL)

    # 4 Assist: solved on the call + a promise (what, owner, due date by keyboard).
    assert dialog.call.flow.current.value == "assist"
    mnemonic(qtbot, Qt.Key.Key_S)
    mnemonic(qtbot, Qt.Key.Key_P)
    assert focused().objectName() == "promiseWhat"
    type_text("Revisar a fatura")
    press(Qt.Key.Key_Return)
    assert len(dialog.call.promises) == 1
    press(Qt.Key.Key_Return, CTRL)

    # 5 Offer: the first (best) eligible offer, accepted.
    assert focused().objectName() == "offers"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)
    mnemonic(qtbot, Qt.Key.Key_C)  # Accepted
    press(Qt.Key.Key_Return, CTRL)

    # Outcome: won back; two of the four expectations met (Alt+R, Alt+M); Ctrl+Enter finishes.
    assert dialog.call.flow.current.value == "outcome"
    mnemonic(qtbot, Qt.Key.Key_W)
    mnemonic(qtbot, Qt.Key.Key_R)
    mnemonic(qtbot, Qt.Key.Key_M)
    mnemonic(qtbot, Qt.Key.Key_M)  # untick
    mnemonic(qtbot, Qt.Key.Key_M)
    with qtbot.waitSignal(dialog.sig_call_finished):
        press(Qt.Key.Key_Return, CTRL)

    with sessions() as session:
        call = session.scalar(select(Call).where(Call.customer_id == customer_id))
        assert call is not None
        assert call.status == "finished" and call.outcome == "won_back"
        assert from_mask(call.expectations_met) == {Expectation.RESPECT, Expectation.SIMPLICITY}
        assert call.verbatim == "Ficou caro demais"
        assert call.diagnosis_confirmed and call.assist_action == "solved"
        assert "main reason you left was: price too high" in (call.readback_text or "")
        steps = {
            s.step: s for s in session.scalars(select(CallStep).where(CallStep.call_id == call.id))
        }
        assert "tem que entender" in steps["apologise"].notes
        assert steps["listen"].notes == "Cliente irritado com a conta"
        assert all(steps[name].duration_ms > 0 for name in ("apologise", "listen", "diagnose"))
        reason = session.scalar(select(CallReason).where(CallReason.call_id == call.id))
        assert reason is not None and reason.is_primary and reason.verified
        assert session.get(Reason, reason.reason_id).code == "PRICE_TOO_HIGH"  # type: ignore[union-attr]
        promise = session.scalar(select(Promise).where(Promise.call_id == call.id))
        assert promise is not None and promise.what == "Revisar a fatura"
        assert promise.owner == agent_ctx.user.name and promise.due_on > date.today()
        offer = session.scalar(select(OfferMade).where(OfferMade.call_id == call.id))
        assert offer is not None and offer.response == "accepted"
        assert offer.approval_status == "granted"
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.status == "won_back"
        assert customer.won_back_on is not None and customer.attempts == 1


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_expectations_are_not_judged_when_nobody_answered(
    qtbot, agent_ctx: UiContext, launcher: CallLauncher
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_from_queue(qtbot, agent_ctx, launcher, add_customer(agent_ctx.sessions))
    press(Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # straight to the outcome
    outcome = dialog.factory.pages[dialog.call.flow.current]
    box = outcome.expectations_box
    assert box.isEnabled()
    assert box.title() == "The customer's four expectations: this call met"
    tips = [outcome.expectations[e].toolTip() for e in Expectation]
    assert all(tips) and len(set(tips)) == 4  # each says what meeting it means
    mnemonic(qtbot, Qt.Key.Key_N)  # Not reached
    assert not box.isEnabled()
    mnemonic(qtbot, Qt.Key.Key_D)  # Declined
    assert box.isEnabled()
