"""The call screen's header: who the customer is and what happened before."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import CallStatus
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import pick_label
from recovery_desk.services.calls.catalogue import labels_of
from recovery_desk.storage.queries import unindexed
from recovery_desk.storage.tables import Call, CallStep, Customer, Reason, User


@dataclass(frozen=True)
class EarlierAttemptDTO:
    started_at: datetime
    agent_name: str
    outcome: str | None
    notes: str


@dataclass(frozen=True)
class CallHeaderDTO:
    """The customer's context shown above every step."""

    customer_id: uuid.UUID
    name: str
    phone: str | None
    segment: str | None
    currency: str
    monthly_revenue_cents: int | None
    customer_since: date | None
    departed_on: date | None
    days_since_departure: int | None
    served_by: str | None
    imported_reason_label: str | None
    attempts: int
    status: str
    earlier: tuple[EarlierAttemptDTO, ...]

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else ""

    def months_as_customer(self, today: date) -> int | None:
        if self.customer_since is None:
            return None
        end = self.departed_on or today
        months = (end.year - self.customer_since.year) * 12 + end.month - self.customer_since.month
        return max(0, months)


def load_header(
    session: Session, customer_id: uuid.UUID, lang: str, today: date, exclude: uuid.UUID | None
) -> CallHeaderDTO:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError("unknown customer", field="customer")
    reason_label = customer.imported_reason_text
    if customer.imported_reason_id is not None:
        reason = session.get(Reason, customer.imported_reason_id)
        if reason is not None:
            reason_label = pick_label(labels_of(reason), lang).text or reason_label
    earlier = []
    rows = session.execute(
        select(Call, User.name)
        .join(User, User.id == Call.agent_id)
        .where(
            Call.customer_id == customer_id,
            unindexed(Call.status) == CallStatus.FINISHED.value,  # this customer's calls only
        )
        .order_by(Call.started_at.desc())
        .limit(10)
    ).all()
    for call, agent_name in rows:
        if call.id == exclude:
            continue
        step_notes = session.scalars(
            select(CallStep.notes).where(CallStep.call_id == call.id, CallStep.notes != "")
        ).all()
        notes = " / ".join([*(n for n in step_notes if n), call.outcome_notes or ""]).strip(" /")
        earlier.append(EarlierAttemptDTO(call.started_at, agent_name, call.outcome, notes))
    days = (today - customer.departed_on).days if customer.departed_on else None
    return CallHeaderDTO(
        customer_id=customer.id,
        name=customer.name,
        phone=customer.phone,
        segment=customer.segment,
        currency=customer.currency,
        monthly_revenue_cents=customer.monthly_revenue_cents,
        customer_since=customer.customer_since,
        departed_on=customer.departed_on,
        days_since_departure=days,
        served_by=customer.served_by,
        imported_reason_label=reason_label,
        attempts=customer.attempts,
        status=customer.status,
        earlier=tuple(earlier),
    )
