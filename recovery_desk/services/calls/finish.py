"""Building the saved call from the call model: reasons, promises, offer, outcome.

One transaction through the ORM (the outbox hook versions every row): the call is
finished, its reasons/promises/offer written, the customer's status, attempts and last
contact updated, and a call-back or next attempt scheduled.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.call_record import CallRecord, record_problems, settle
from recovery_desk.domain.call_steps import CallFlow, next_working_time
from recovery_desk.domain.enums import (
    ApprovalStatus,
    AssistAction,
    CallStatus,
    CustomerStatus,
    Outcome,
    Role,
)
from recovery_desk.domain.offers import approval_for, offer_cost
from recovery_desk.services.calls.catalogue import offer_rules
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups.callbacks import close_open_callbacks, schedule
from recovery_desk.services.primary_reason import refresh_primary_reasons
from recovery_desk.storage.tables import (
    Call,
    CallReason,
    Customer,
    OfferMade,
    Promise,
    Reason,
    ReasonCategory,
)


@dataclass(frozen=True)
class PromiseDraft:
    """A promise typed on Assist: what, who owns it, by when."""

    what: str
    owner: str
    due_on: date


class CallToFinish(Protocol):
    """What finishing needs of a call in progress (a ``session.CallSession``)."""

    sessions: Sessions
    user: UserDTO
    call_id: uuid.UUID
    customer_id: uuid.UUID
    fields: dict[str, Any]
    draft: dict[str, Any]
    flow: CallFlow

    @property
    def promises(self) -> list[PromiseDraft]: ...


log = logging.getLogger("recovery_desk.call")


@dataclass(frozen=True)
class FinishedCallDTO:
    """What was saved: shown in the main window's status bar when the call ends."""

    call_id: uuid.UUID
    outcome: Outcome
    callback_at: datetime | None
    next_attempt_at: datetime | None
    offer_approval: ApprovalStatus | None
    customer_name: str = ""
    promises: int = 0
    dropped: tuple[str, ...] = ()  # call_record.DROPPED_*: what a missed call could not keep


def call_record(cs: CallToFinish) -> CallRecord:
    """The draft of ``cs`` as the domain's :class:`CallRecord`."""
    offer = cs.draft.get("offer")
    offer = offer if isinstance(offer, dict) else {}
    return CallRecord(
        reason_ids=tuple(cs.flow.diagnosis.reason_ids),
        diagnosis_confirmed=cs.flow.diagnosis.confirmed,
        offer_id=offer.get("offer_id") or None,
        offer_response=offer.get("response") or None,
        promise_count=len(cs.promises),
        pending_promise=str(cs.draft.get("promise_typing") or ""),
        callback_at=cs.fields.get("callback_at"),
    )


def escalation_team(session: Session, reason_id: uuid.UUID) -> str | None:
    """The responsible team: the reason's own, else its category's."""
    row = session.execute(
        select(Reason.team, ReasonCategory.team)
        .join(ReasonCategory, ReasonCategory.id == Reason.category_id)
        .where(Reason.id == reason_id)
    ).first()
    return (row[0] or row[1]) if row else None


def finish_call(cs: CallToFinish, outcome: Outcome | None, *, now: datetime) -> FinishedCallDTO:
    """Finish ``cs`` with ``outcome``.

    A call that did not reach the customer keeps no reason, offer answer or promise
    (:func:`call_record.settle`); the result names what was dropped.

    Raises:
        ValidationError: no outcome; a call that reached the customer without a confirmed
            reason, or with a promise typed but not added; a call-back missing or in the past
            for "thinking it over".
    """
    problems = record_problems(outcome, call_record(cs), now=now)
    if problems:
        raise problems[0]
    assert outcome is not None
    record, dropped = settle(outcome, call_record(cs))
    callback_at = record.callback_at
    promises = cs.promises if record.promise_count else []
    with cs.sessions.begin() as session:
        call = session.get(Call, cs.call_id)
        customer = session.get(Customer, cs.customer_id)
        assert call is not None and customer is not None
        call.status = CallStatus.FINISHED.value
        call.ended_at = now
        call.outcome = outcome.value
        call.callback_at = callback_at
        # A conversation is assessed (nothing ticked: none met); nobody answered: not assessed.
        reached = outcome is not Outcome.NOT_REACHED
        call.expectations_met = (call.expectations_met or 0) if reached else None
        reason_ids = [uuid.UUID(r) for r in record.reason_ids]
        call.diagnosis_confirmed = record.diagnosis_confirmed
        if not record.reason_ids:
            call.readback_text = None  # the sentence names the reasons dropped with them
        _write_reasons(session, call, reason_ids, record.diagnosis_confirmed)
        if call.assist_action == AssistAction.ESCALATED.value and reason_ids:
            call.escalated_team = call.escalated_team or escalation_team(session, reason_ids[0])
        for promise in promises:
            session.add(
                Promise(
                    call_id=call.id,
                    customer_id=customer.id,
                    what=promise.what,
                    owner=promise.owner,
                    due_on=promise.due_on,
                )
            )
        offer = {"offer_id": record.offer_id, "response": record.offer_response}
        approval = _write_offer(session, cs.user, call, customer.id, offer, now)
        close_open_callbacks(session, customer.id, now)
        next_attempt = _apply_outcome(session, cs.user, call, customer, outcome, now)
        session.flush()
        refresh_primary_reasons(session, [customer.id])
        result = FinishedCallDTO(
            call.id,
            outcome,
            callback_at,
            next_attempt,
            approval,
            customer_name=customer.name,
            promises=len(promises),
            dropped=dropped,
        )
    log.info("call %s finished: %s (dropped: %s)", cs.call_id, outcome.value, dropped or "-")
    return result


def _write_reasons(
    session: Session, call: Call, reason_ids: list[uuid.UUID], confirmed: bool
) -> None:
    for position, reason_id in enumerate(reason_ids):
        session.add(
            CallReason(
                call_id=call.id,
                reason_id=reason_id,
                is_primary=position == 0,
                verbatim=call.verbatim if position == 0 else None,
                verified=confirmed,
                position=position,
            )
        )


def _write_offer(
    session: Session,
    user: UserDTO,
    call: Call,
    customer_id: uuid.UUID,
    chosen: object,
    now: datetime,
) -> ApprovalStatus | None:
    if not isinstance(chosen, dict) or not chosen.get("offer_id") or not chosen.get("response"):
        return None  # only an offer the customer answered was presented
    offer_id = uuid.UUID(str(chosen["offer_id"]))
    found = offer_rules(session).get(offer_id)
    if found is None:
        return None
    rule, offer = found
    customer = session.get(Customer, customer_id)
    cost = offer_cost(rule, customer.monthly_revenue_cents if customer else None)
    approval = approval_for(rule, Role(user.role), cost)
    session.add(
        OfferMade(
            call_id=call.id,
            customer_id=customer_id,
            offer_id=offer.id,
            value_cents=offer.value_cents,
            cost_cents=cost,
            response=chosen.get("response"),
            approval_status=approval.value,
            made_at=now,
        )
    )
    return approval


def _apply_outcome(
    session: Session,
    user: UserDTO,
    call: Call,
    customer: Customer,
    outcome: Outcome,
    now: datetime,
) -> datetime | None:
    """Customer status, attempts and last contact; call-back or next attempt scheduled."""
    customer.attempts = (customer.attempts or 0) + 1
    customer.last_contact_at = now
    next_attempt = None
    if outcome is Outcome.WON_BACK:
        customer.status = CustomerStatus.WON_BACK.value
        customer.won_back_on = now.astimezone().date()
    elif outcome is Outcome.THINKING:
        customer.status = CustomerStatus.IN_PROGRESS.value
        assert call.callback_at is not None
        schedule(session, call, user, call.callback_at, "callback", call.outcome_notes)
    elif outcome is Outcome.DECLINED:
        customer.status = CustomerStatus.LOST.value
    elif outcome is Outcome.NOT_REACHED:
        next_attempt = next_working_time(now.astimezone())
        call.next_attempt_at = next_attempt
        schedule(session, call, user, next_attempt, "next_attempt", call.outcome_notes)
    elif outcome is Outcome.DO_NOT_CALL:
        customer.do_not_call = True
        customer.status = CustomerStatus.DO_NOT_CALL.value
    return next_attempt
