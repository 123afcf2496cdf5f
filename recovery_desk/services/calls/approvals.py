"""Offer approvals: offers above the agent's limit wait here for a supervisor's answer.

An offer made above the agent's limit is saved ``awaiting_approval``. A supervisor (any
cost) or an executive (within the executive's limit) approves or rejects it with a note:
the offer row gets its status, ``approved_by_id`` and ``approved_at``; the decision is
audited; and the agent who made the call gets a follow-up to call the customer back with
the answer. Every one of those rows travels to the centre like any other.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import STEP_ORDER, ApprovalStatus, Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.offers import may_approve
from recovery_desk.services.audit import audit
from recovery_desk.services.calls.catalogue import labels_of
from recovery_desk.services.catalogue.offers import rule_of
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.tables import Call, Callback, CallStep, Customer, Offer, OfferMade, User
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.approvals")

# Follow-up kinds the agent receives with the answer (callbacks.kind).
APPROVED_KIND, REJECTED_KIND = "offer_approved", "offer_rejected"

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "no offer waits for approval with this id")
MSG_DECIDED = QT_TRANSLATE_NOOP("messages", "this offer was already approved or rejected")
MSG_LIMIT = QT_TRANSLATE_NOOP("messages", "this offer costs more than your approval limit")
MSG_NOTE = QT_TRANSLATE_NOOP(
    "messages", "say why the offer is rejected (the agent tells the customer)"
)
MSG_NOTE_LONG = QT_TRANSLATE_NOOP("messages", "a note is at most 500 characters")
NOTE_MAX = 500


@dataclass(frozen=True)
class ApprovalDTO:
    """One offer waiting for approval, with what the approver needs to decide."""

    id: uuid.UUID  # the offer made
    call_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    offer_code: str
    offer_label: str
    cost_cents: int
    currency: str
    monthly_revenue_cents: int | None
    response: str | None
    agent_name: str
    made_at: datetime
    notes: str  # the call's outcome notes and step notes, in step order


@dataclass(frozen=True)
class DecisionDTO:
    id: uuid.UUID
    status: ApprovalStatus
    approved_by_id: uuid.UUID
    approved_at: datetime


def _require_approver(user: UserDTO | None) -> UserDTO:
    return require_role(user, Role.SUPERVISOR, Role.EXECUTIVE)


def pending_approvals(sessions: Sessions, user: UserDTO, lang: str = "en") -> list[ApprovalDTO]:
    """Offers waiting for approval that ``user`` may decide, oldest first.

    Raises:
        PermissionDenied: an agent asked.
    """
    _require_approver(user)
    with sessions() as session:
        rows = session.execute(
            select(OfferMade, Offer, Customer, User.name, Call)
            .join(Offer, Offer.id == OfferMade.offer_id)
            .join(Customer, Customer.id == OfferMade.customer_id)
            .join(Call, Call.id == OfferMade.call_id)
            .join(User, User.id == Call.agent_id)
            .where(OfferMade.approval_status == ApprovalStatus.AWAITING.value)
            .order_by(OfferMade.made_at)
        ).all()
        result = []
        for made, offer, customer, agent_name, call in rows:
            if not may_approve(rule_of(offer), user.role, made.cost_cents):
                continue  # an executive sees only what is within the executive's limit
            result.append(
                ApprovalDTO(
                    id=made.id,
                    call_id=call.id,
                    customer_id=customer.id,
                    customer_name=customer.name,
                    offer_code=offer.code,
                    offer_label=pick_label(labels_of(offer), lang).text,
                    cost_cents=made.cost_cents,
                    currency=customer.currency or "BRL",
                    monthly_revenue_cents=customer.monthly_revenue_cents,
                    response=made.response,
                    agent_name=agent_name,
                    made_at=made.made_at,
                    notes=_call_notes(session, call),
                )
            )
        return result


def _call_notes(session: Session, call: Call) -> str:
    steps = session.scalars(select(CallStep).where(CallStep.call_id == call.id)).all()
    order = {step.value: i for i, step in enumerate(STEP_ORDER)}
    parts = [s.notes.strip() for s in sorted(steps, key=lambda s: order.get(s.step, 9))]
    parts.append((call.outcome_notes or "").strip())
    return "\n".join(p for p in parts if p)


def decide(
    sessions: Sessions,
    user: UserDTO,
    offer_made_id: uuid.UUID,
    *,
    approve: bool,
    note: str,
    lang: str = "en",
    now: datetime | None = None,
) -> DecisionDTO:
    """Approve or reject an offer waiting for approval, in one transaction.

    The agent who made the call gets a follow-up (due now) to call the customer back with
    the answer; the note goes with it. A rejection needs a note.

    Raises:
        PermissionDenied: an agent, or an executive above the executive's limit.
        ValidationError: no offer made with this id; already decided; a rejection without
            a note; a note too long.
    """
    _require_approver(user)
    note = note.strip()
    if not approve and not note:
        raise ValidationError(MSG_NOTE, field="note")
    if len(note) > NOTE_MAX:
        raise ValidationError(MSG_NOTE_LONG, field="note")
    at = now or utcnow()
    status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
    with sessions.begin() as session:
        made = session.get(OfferMade, offer_made_id)
        if made is None:
            raise ValidationError(MSG_NOT_FOUND, field="id")
        if made.approval_status != ApprovalStatus.AWAITING.value:
            raise ValidationError(MSG_DECIDED, field="status")
        offer = session.get(Offer, made.offer_id)
        call = session.get(Call, made.call_id)
        assert offer is not None and call is not None
        if not may_approve(rule_of(offer), user.role, made.cost_cents):
            raise PermissionDenied(MSG_LIMIT)
        made.approval_status = status.value
        made.approved_by_id = user.id
        made.approved_at = at
        label = pick_label(labels_of(offer), lang).text
        session.add(
            Callback(
                call_id=call.id,
                customer_id=made.customer_id,
                agent_id=call.agent_id,
                due_at=at,
                kind=APPROVED_KIND if approve else REJECTED_KIND,
                note=f"{label}: {note}" if note else label,
            )
        )
        audit(
            session,
            user,
            "approve" if approve else "reject",
            "offer_made",
            made.id,
            before={"approval_status": ApprovalStatus.AWAITING.value},
            after={"approval_status": status.value, "approved_by_id": user.id},
            details={"note": note, "offer": offer.code, "cost_cents": made.cost_cents},
        )
    log.info("offer made %s %s", offer_made_id, status.value)
    return DecisionDTO(offer_made_id, status, user.id, at)
