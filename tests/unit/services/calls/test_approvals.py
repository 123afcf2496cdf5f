"""A call record you can trust: what is saved per outcome, approvals that complete, offers
that fit the customer, and the offers report counting only approved cost, per currency."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from recovery_desk.domain.enums import Outcome
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.calls import approvals
from recovery_desk.services.calls.offers import offers_for_call
from recovery_desk.services.calls.session import CallSession, record_not_reached
from recovery_desk.services.catalogue import offers as catalogue_offers
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups.callbacks import pending_callbacks
from recovery_desk.services.reports import activity
from recovery_desk.services.users import access as users
from recovery_desk.storage.tables import AuditEntry, CallReason, OfferMade, Promise, Reason
from tests.conftest import run_cli


def _customer(sessions: Sessions, **extra: object) -> uuid.UUID:
    values: dict[str, object] = {
        "name": "Rita Sousa",
        "segment": "Residencial",
        "monthly_revenue_cents": 30000,
        "departed_on": date.today() - timedelta(days=10),
    }
    values.update(extra)
    from recovery_desk.storage.tables import Customer

    with sessions.begin() as session:
        row = Customer(**values)
        session.add(row)
        session.flush()
        return row.id


def _reason(sessions: Sessions, code: str = "PRICE_TOO_HIGH") -> str:
    with sessions() as session:
        return str(session.scalar(select(Reason.id).where(Reason.code == code)))


def _offer(call: CallSession, code: str) -> str:
    return next(str(o.id) for o in offers_for_call(call, "en", datetime.now(UTC)) if o.code == code)


def _awaiting_offer(
    sessions: Sessions, agent: UserDTO, offer: str = "DISC_20_6M", **customer: object
) -> uuid.UUID:
    """An agent's call in which the customer accepted an offer above the agent's limit."""
    call = CallSession.start(sessions, agent, _customer(sessions, **customer))
    call.pick_reason(_reason(sessions))
    call.confirm_diagnosis("x")
    call.set_draft("offer", {"offer_id": _offer(call, offer), "response": "accepted"})
    call.set_notes(call.flow.current, "Quer 20% ou vai para a concorrência")
    result = call.finish(Outcome.WON_BACK)
    assert result.offer_approval is not None and result.offer_approval.value == "awaiting_approval"
    with sessions() as session:
        made = session.scalar(select(OfferMade).where(OfferMade.call_id == call.call_id))
        assert made is not None
        return made.id


# --- finding 1: "not reached" keeps no offer, promise or reason -----------------------------


def test_not_reached_on_a_draft_with_an_accepted_offer_saves_no_offer(
    sessions: Sessions, agent: UserDTO
) -> None:
    customer_id = _customer(sessions)
    call = CallSession.start(sessions, agent, customer_id)
    call.pick_reason(_reason(sessions))
    call.set_draft("offer", {"offer_id": _offer(call, "DISC_20_6M"), "response": "accepted"})
    call.add_promise("Waive next month's fee", "Ana", date.today() + timedelta(days=3))
    call.save_draft()  # Esc → Keep as draft
    result = record_not_reached(sessions, agent, customer_id, now=datetime.now(UTC))
    assert result.outcome is Outcome.NOT_REACHED
    assert result.dropped == ("offer", "promises", "reasons")
    with sessions() as session:
        for table in (OfferMade, Promise, CallReason):
            assert session.scalar(select(func.count()).select_from(table)) == 0
    report = activity.offers_report(sessions.kw["bind"])
    assert report.offers == []  # nothing among the accepted


# --- finding 2: a typed promise is never dropped in silence ---------------------------------


def test_a_promise_typed_but_not_added_stops_the_call(sessions: Sessions, agent: UserDTO) -> None:
    call = CallSession.start(sessions, agent, _customer(sessions))
    call.pick_reason(_reason(sessions))
    call.confirm_diagnosis("x")
    call.set_pending_promise("Waive next month's fee")
    with pytest.raises(ValidationError) as caught:
        call.finish(Outcome.DECLINED)
    assert caught.value.field == "pending_promise"
    call.add_promise("Waive next month's fee", "Ana", date.today())
    assert call.pending_promise == ""
    assert call.finish(Outcome.DECLINED).promises == 1


# --- finding 3: every conversation needs a confirmed reason ---------------------------------


@pytest.mark.parametrize("outcome", [Outcome.DECLINED, Outcome.DO_NOT_CALL, Outcome.THINKING])
def test_every_reached_outcome_needs_a_confirmed_reason(
    sessions: Sessions, agent: UserDTO, outcome: Outcome
) -> None:
    call = CallSession.start(sessions, agent, _customer(sessions))
    call.set_field("callback_at", datetime.now(UTC) + timedelta(days=1))
    with pytest.raises(ValidationError) as caught:
        call.finish(outcome)
    assert caught.value.field == "diagnosis"
    call.pick_reason(_reason(sessions))
    with pytest.raises(ValidationError):
        call.finish(outcome)  # picked but not read back
    call.confirm_diagnosis("x")
    assert call.finish(outcome).outcome is outcome


# --- finding 4: approvals complete ----------------------------------------------------------


def test_a_supervisor_approves_and_the_agent_hears_of_it(
    sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    made_id = _awaiting_offer(sessions, agent)
    with pytest.raises(PermissionDenied):
        approvals.pending_approvals(sessions, agent)
    (waiting,) = approvals.pending_approvals(sessions, supervisor)
    assert (waiting.id, waiting.offer_code, waiting.cost_cents) == (made_id, "DISC_20_6M", 36000)
    assert waiting.agent_name == agent.name and "concorrência" in waiting.notes
    report = activity.offers_report(sessions.kw["bind"])
    (row,) = report.offers
    assert (row.accepted, row.awaiting, row.awaiting_cents, row.cost_cents) == (1, 1, 36000, 0)

    decision = approvals.decide(
        sessions, supervisor, made_id, approve=True, note="Ok, cliente fiel"
    )
    assert decision.status.value == "approved"
    with sessions() as session:
        made = session.get(OfferMade, made_id)
        assert made is not None and made.approval_status == "approved"
        assert made.approved_by_id == supervisor.id and made.approved_at is not None
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "offer_made"))
        assert entry is not None and entry.action == "approve"
    assert approvals.pending_approvals(sessions, supervisor) == []
    (answer,) = [c for c in pending_callbacks(sessions, agent) if c.kind == "offer_approved"]
    assert "Ok, cliente fiel" in (answer.note or "")
    (row,) = activity.offers_report(sessions.kw["bind"]).offers
    assert (row.awaiting, row.cost_cents) == (0, 36000)  # counted once approved
    with pytest.raises(ValidationError):
        approvals.decide(sessions, supervisor, made_id, approve=False, note="late")


def test_a_rejection_needs_a_note_and_costs_nothing(
    sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    made_id = _awaiting_offer(sessions, agent)
    with pytest.raises(ValidationError) as caught:
        approvals.decide(sessions, supervisor, made_id, approve=False, note="  ")
    assert caught.value.field == "note"
    approvals.decide(sessions, supervisor, made_id, approve=False, note="Acima da política")
    (row,) = activity.offers_report(sessions.kw["bind"]).offers
    assert (row.rejected, row.awaiting, row.cost_cents) == (1, 0, 0)
    kinds = [c.kind for c in pending_callbacks(sessions, agent)]
    assert "offer_rejected" in kinds


def test_an_executive_decides_only_within_the_executives_limit(
    sessions: Sessions, agent: UserDTO, executive: UserDTO
) -> None:
    small = _awaiting_offer(sessions, agent)  # R$ 360, within the executive's R$ 2,000
    big_call = CallSession.start(
        sessions,
        agent,
        _customer(sessions, name="Grande", segment="Premium", monthly_revenue_cents=500_000),
    )
    big_call.pick_reason(_reason(sessions))
    big_call.confirm_diagnosis("x")
    premium = _offer(big_call, "DISC_30_12M_PREMIUM")  # 30% of R$ 5,000 for 12 months
    big_call.set_draft("offer", {"offer_id": premium, "response": "accepted"})
    big_call.finish(Outcome.WON_BACK)
    assert [a.id for a in approvals.pending_approvals(sessions, executive)] == [small]
    with sessions() as session:
        big = session.scalar(select(OfferMade.id).where(OfferMade.call_id == big_call.call_id))
    with pytest.raises(PermissionDenied):
        approvals.decide(sessions, executive, big, approve=True, note="")
    approvals.decide(sessions, executive, small, approve=True, note="")


def test_offers_cli_lists_and_decides(
    workspace, sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    made_id = _awaiting_offer(sessions, agent)
    data_dir = workspace.paths.data_dir
    done = run_cli("offers", "pending", "--format", "json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert row["id"] == str(made_id) and row["cost"] == "360.00" and row["currency"] == "BRL"
    done = run_cli("offers", "reject", str(made_id), data_dir=data_dir)
    assert done.returncode != 0 and "--note" in done.stderr
    done = run_cli("offers", "approve", str(made_id), "--note", "ok", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "approved" in done.stdout
    done = run_cli("offers", "pending", data_dir=data_dir)
    assert "no offers wait for your approval" in done.stdout
    users.set_current_user(sessions, agent.id)
    done = run_cli("offers", "pending", data_dir=data_dir)
    assert done.returncode != 0 and "Traceback" not in done.stderr


# --- finding 5: offers that fit ---------------------------------------------------------------


def test_offers_fit_the_customers_segment_and_revenue(sessions: Sessions, agent: UserDTO) -> None:
    rich = CallSession.start(
        sessions,
        agent,
        _customer(sessions, name="Premium", segment="Premium", monthly_revenue_cents=1_048_350),
    )
    rich.pick_reason(_reason(sessions))
    offers = offers_for_call(rich, "en", datetime.now(UTC))
    ten = next(o for o in offers if o.code == "DISC_10_3M")
    assert ten.cost_cents == 314_505  # 10% of R$ 10,483.50 for 3 months, not R$ 45
    assert ten.needs_approval
    assert offers[0].fit.band == "proportion"
    assert all(o.fit.band != "token" for o in offers[: len(offers) // 2 or 1])
    business = CallSession.start(
        sessions,
        agent,
        _customer(sessions, name="Empresa", segment="Empresarial", monthly_revenue_cents=900_000),
    )
    business.pick_reason(_reason(sessions))
    labels = [o.label for o in offers_for_call(business, "en", datetime.now(UTC))]
    assert not any("(Premium)" in label for label in labels)


# --- finding 9 (offers report): money per currency -------------------------------------------


def test_offers_report_never_adds_two_currencies(
    sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    brl = _awaiting_offer(sessions, agent)
    # A customer billed in euros is offered only offers in euros.
    shipped = next(o for o in catalogue_offers.list_offers(sessions) if o.code == "DISC_20_6M")
    in_euros = replace(shipped, id=None, code="DISC_20_6M_EUR", currency="EUR")
    catalogue_offers.save_offer(sessions, supervisor, in_euros)
    eur = _awaiting_offer(sessions, agent, "DISC_20_6M_EUR", name="Joana", currency="EUR")
    for made_id in (brl, eur):
        approvals.decide(sessions, supervisor, made_id, approve=True, note="")
    rows = activity.offers_report(sessions.kw["bind"]).offers
    assert sorted((r.currency, r.cost_cents) for r in rows) == [("BRL", 36000), ("EUR", 36000)]
