"""The Approvals page by keyboard: a supervisor rejects and approves offers that waited, and
the agent sees on the Offer step that approval is needed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from recovery_desk.domain.enums import Outcome
from recovery_desk.services.calls.offers import offers_for_call
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.followups.callbacks import pending_callbacks
from recovery_desk.storage.tables import OfferMade, Reason
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.navigation import pages_for
from recovery_desk.ui.pages.approvals.page import ApprovalsPage
from tests.gui.call_helpers import ALT, CTRL, SHIFT, add_customer, focused, press, type_text
from tests.gui.windows import show_active


def _awaiting(ctx: UiContext, agent: UserDTO, name: str) -> uuid.UUID:
    sessions = ctx.sessions
    call = CallSession.start(sessions, agent, add_customer(sessions, name=name))
    with sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    call.pick_reason(str(reason))
    call.confirm_diagnosis("x")
    offer = next(
        o for o in offers_for_call(call, "en", datetime.now(UTC)) if o.code == "DISC_20_6M"
    )
    call.set_draft("offer", {"offer_id": str(offer.id), "response": "accepted"})
    call.set_field("outcome_notes", f"{name} wants 20% off")
    call.finish(Outcome.WON_BACK)
    with sessions() as session:
        made = session.scalar(select(OfferMade.id).where(OfferMade.call_id == call.call_id))
    assert made is not None
    return made


def test_only_managers_see_approvals(agent: UserDTO, supervisor: UserDTO, executive: UserDTO):  # type: ignore[no-untyped-def]
    assert "approvals" in [p.page_id for p in pages_for(supervisor)]
    assert "approvals" in [p.page_id for p in pages_for(executive)]
    assert "approvals" not in [p.page_id for p in pages_for(agent)]


def test_a_supervisor_rejects_then_approves_by_keyboard(
    qtbot: QtBot, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    first = _awaiting(supervisor_ctx, agent, "Ana Lima")
    second = _awaiting(supervisor_ctx, agent, "Bruno Reis")
    page = ApprovalsPage(supervisor_ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.activated()
    assert focused() is page.table
    assert page.model.rowCount() == 2
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[1] == "Ana Lima" and "360.00" in row[3] and row[5] == agent.name
    assert "Ana Lima wants 20% off" in page.notes.toPlainText()

    press(Qt.Key.Key_J, CTRL | SHIFT)  # reject with no note: refused, said why
    assert "say why the offer is rejected" in page.status.text()
    assert focused() is page.note
    type_text("Above this quarter's budget")
    press(Qt.Key.Key_J, CTRL | SHIFT)
    assert page.status.text().startswith("Rejected: 20% off for 6 months for Ana Lima.")
    assert page.model.rowCount() == 1

    press(Qt.Key.Key_N, ALT)
    assert focused() is page.note
    type_text("Loyal customer")
    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert page.status.text().startswith("Approved: 20% off for 6 months for Bruno Reis.")
    assert page.model.rowCount() == 0
    with supervisor_ctx.sessions() as session:
        rejected, approved = session.get(OfferMade, first), session.get(OfferMade, second)
        assert rejected is not None and rejected.approval_status == "rejected"
        assert approved is not None and approved.approval_status == "approved"
        assert approved.approved_by_id == supervisor_ctx.user.id
    answers = {c.kind: c.note for c in pending_callbacks(supervisor_ctx.sessions, agent)}
    assert "Above this quarter's budget" in (answers["offer_rejected"] or "")
    assert "Loyal customer" in (answers["offer_approved"] or "")


def test_the_agent_sees_that_approval_is_needed(qtbot: QtBot, agent_ctx: UiContext) -> None:
    from recovery_desk.ui.wizard.offer_page import OfferPage

    call = CallSession.start(agent_ctx.sessions, agent_ctx.user, add_customer(agent_ctx.sessions))
    with agent_ctx.sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    call.pick_reason(str(reason))
    page = OfferPage(call, None, {}, "en")
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.focus_first()
    codes = [c.code for c in page.choices]
    for _ in range(codes.index("DISC_20_6M")):
        press(Qt.Key.Key_Down)
    if page.offers.currentRow() != codes.index("DISC_20_6M"):
        press(Qt.Key.Key_Down)
    assert page.current_choice() is not None and page.current_choice().code == "DISC_20_6M"  # type: ignore[union-attr]
    assert "waits for a supervisor's approval" in page.approval_note.text()
    assert "Fit:" in page.offers.currentItem().text()
    press(Qt.Key.Key_Home)
    cheap = page.current_choice()
    assert cheap is not None and not cheap.needs_approval
    assert page.approval_note.text() == ""


def test_an_empty_offer_list_says_why(qtbot: QtBot, agent_ctx: UiContext) -> None:
    """A customer billed in euros met an empty list (the shipped offers are in reais) with
    no word of why; the note names the currency, and the list carries it for a screen
    reader."""
    from recovery_desk.ui.wizard.offer_page import OfferPage

    sessions = agent_ctx.sessions
    lisbon = add_customer(sessions, name="Rui Sousa", phone="+351912345678", currency="EUR")
    call = CallSession.start(sessions, agent_ctx.user, lisbon)
    page = OfferPage(call, None, {}, "en")
    qtbot.addWidget(page)
    show_active(qtbot, page)
    assert page.offers.count() == 0
    assert "No offer in the catalogue is in EUR" in page.none_note.text()
    assert "EUR" in page.offers.accessibleDescription()
    # A customer in reais gets the offers, and no note.
    brazil = CallSession.start(sessions, agent_ctx.user, add_customer(sessions, name="Ana Lima"))
    with sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    brazil.pick_reason(str(reason))
    listed = OfferPage(brazil, None, {}, "en")
    qtbot.addWidget(listed)
    assert listed.offers.count() > 0 and listed.none_note.text() == ""
