"""Intensive care: six-monthly reviews of customers who came back.

A customer with status ``won_back`` has a review calendar anchored on ``won_back_on``
(``domain.care``; interval in the ``settings`` table). Reviews are not stored in advance:
the next one is computed from the last recorded review, so catalogue or interval changes
and customers won back by any path (calls, sync, imports) need no scheduling job. Recording
a review stores a ``care_reviews`` row with the health indicators and the outcome:

* healthy — nothing else;
* at risk — a ``callbacks`` row of kind ``care`` for the customer's last agent (or the
  reviewer) so somebody calls the customer;
* left again — the customer is ``departed`` again, with a new ``departed_on``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.care import add_months, next_review_due
from recovery_desk.domain.enums import CareOutcome, CustomerStatus, HealthKind, Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.audit import audit
from recovery_desk.services.care.support import (
    CARE_INTERVAL_KEY,
    review_interval,
    set_review_interval,
)
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.tables import Call, Callback, CareReview, Customer, HealthEvent
from recovery_desk.storage.types import utcnow

NOT_IN_CARE = QT_TRANSLATE_NOOP("messages", "this customer is not in intensive care")
QUANTITY_TOO_SMALL = QT_TRANSLATE_NOOP("messages", "the quantity must be at least 1")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("messages", "the date is in the future")
UNKNOWN_CUSTOMER = QT_TRANSLATE_NOOP("messages", "unknown customer")
NEGATIVE_COUNT = QT_TRANSLATE_NOOP("messages", "a count cannot be negative")
NOT_YOURS = QT_TRANSLATE_NOOP("messages", "this customer is looked after by another agent")


log = logging.getLogger("recovery_desk.care")

CARE_CALLBACK_KIND = "care"


@dataclass(frozen=True)
class HealthSummary:
    """Health indicators of a customer over a span of days."""

    service_calls: int = 0
    purchases: int = 0
    support_contacts: int = 0


@dataclass(frozen=True)
class DueReview:
    """A review on a customer's intensive-care calendar that is due (or soon due)."""

    customer_id: uuid.UUID
    customer_name: str
    external_id: str | None
    due_on: date
    won_back_on: date
    since: date  # health indicators are counted from this day (last review or won back)
    health: HealthSummary
    owner_id: uuid.UUID | None  # the customer's last agent; None: any supervisor


@dataclass(frozen=True)
class ReviewRecorded:
    review_id: uuid.UUID
    outcome: CareOutcome
    callback_id: uuid.UUID | None


@dataclass(frozen=True)
class _InCare:
    """A won-back customer with what the calendar needs (one row of the grouped query)."""

    id: uuid.UUID
    name: str
    external_id: str | None
    won_back_on: date
    last_due: date | None
    last_done: datetime | None
    agent_id: uuid.UUID | None


def _in_care(
    session: Session, customer_id: uuid.UUID | None = None, won_back_by: date | None = None
) -> list[_InCare]:
    """Won-back customers with their latest review (of this stay) and last agent.

    Three set-based queries, whatever the number of customers. ``won_back_by`` leaves out
    customers won back after that day (their first review cannot be due yet).
    """
    won_back = [Customer.status == CustomerStatus.WON_BACK, Customer.won_back_on.is_not(None)]
    if customer_id is not None:
        won_back.append(Customer.id == customer_id)
    if won_back_by is not None:
        won_back.append(Customer.won_back_on <= won_back_by)
    reviews = {
        cid: (due, done)
        for cid, due, done in session.execute(
            select(
                CareReview.customer_id, func.max(CareReview.due_on), func.max(CareReview.done_at)
            )
            .join(Customer, Customer.id == CareReview.customer_id)
            .where(
                *won_back, CareReview.done_at.is_not(None), CareReview.due_on > Customer.won_back_on
            )  # fmt: skip
            .group_by(CareReview.customer_id)
        )
    }
    latest = (
        select(Call.customer_id, func.max(Call.started_at).label("at"))
        .join(Customer, Customer.id == Call.customer_id)
        .where(*won_back)
        .group_by(Call.customer_id)
        .subquery()
    )
    agents = {
        cid: agent_id
        for cid, agent_id in session.execute(
            select(Call.customer_id, Call.agent_id).join(
                latest,
                (Call.customer_id == latest.c.customer_id) & (Call.started_at == latest.c.at),
            )
        )
    }
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.external_id, Customer.won_back_on).where(
            *won_back
        )
    )
    return [
        _InCare(cid, name, ext, won, *reviews.get(cid, (None, None)), agents.get(cid))
        for cid, name, ext, won in rows
    ]


def _summary(totals: dict[str, int]) -> HealthSummary:
    return HealthSummary(
        service_calls=totals.get(HealthKind.SERVICE_CALL, 0),
        purchases=totals.get(HealthKind.PURCHASE, 0),
        support_contacts=totals.get(HealthKind.SUPPORT_CONTACT, 0),
    )


def _health(session: Session, customer_id: uuid.UUID, since: date, until: date) -> HealthSummary:
    return _health_many(session, {customer_id: since}, until)[customer_id]


def _health_many(
    session: Session, since: dict[uuid.UUID, date], until: date
) -> dict[uuid.UUID, HealthSummary]:
    """Health indicators of many customers, each from its own ``since`` day.

    One grouped query per 500 customers (SQLite's bound-parameter limit stays far away).
    """
    totals: dict[uuid.UUID, dict[str, int]] = {cid: {} for cid in since}
    ids = list(since)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(
                HealthEvent.customer_id,
                HealthEvent.kind,
                HealthEvent.occurred_on,
                func.sum(HealthEvent.quantity),
            )
            .where(
                HealthEvent.customer_id.in_(chunk),
                HealthEvent.occurred_on >= min(since[c] for c in chunk),
                HealthEvent.occurred_on <= until,
            )
            .group_by(HealthEvent.customer_id, HealthEvent.kind, HealthEvent.occurred_on)
        )
        for customer_id, kind, occurred_on, quantity in rows:
            if occurred_on >= since[customer_id]:
                by_kind = totals[customer_id]
                by_kind[kind] = by_kind.get(kind, 0) + int(quantity or 0)
    return {cid: _summary(totals[cid]) for cid in ids}


def _next_due(row: _InCare, interval: int) -> tuple[date, date]:
    """(next due date, day from which health counts) for a won-back customer."""
    if row.last_due is None or row.last_done is None:
        return next_review_due(row.won_back_on, interval), row.won_back_on
    done = row.last_done.date()
    due = next_review_due(row.won_back_on, interval, last_due=row.last_due, last_done=done)
    return due, done


def _due_review(row: _InCare, due_on: date, since: date, health: HealthSummary) -> DueReview:
    return DueReview(
        customer_id=row.id,
        customer_name=row.name,
        external_id=row.external_id,
        due_on=due_on,
        won_back_on=row.won_back_on,
        since=since,
        health=health,
        owner_id=row.agent_id,
    )


def due_reviews(
    sessions: Sessions,
    *,
    until: date,
    owner: UserDTO | None = None,
    today: date | None = None,
) -> list[DueReview]:
    """Reviews due on or before ``until``, earliest first.

    Args:
        until: the last due date to include.
        owner: only the reviews this user looks after (the customer's last agent; a
            supervisor also gets customers nobody called); ``None``: everybody's.
        today: the day health indicators are counted up to (default: today).
    """
    today = today or date.today()
    with sessions() as session:
        interval = review_interval(session)
        pending: list[tuple[_InCare, date, date]] = []
        # The first review falls ``interval`` months after the win-back, give or take the
        # three days month-end clamping can move it: nobody won back later can be due.
        won_back_by = add_months(until, -interval) + timedelta(days=3)
        for row in _in_care(session, won_back_by=won_back_by):
            if owner is not None and not _looks_after(owner, row.agent_id):
                continue
            due_on, since = _next_due(row, interval)
            if due_on <= until:
                pending.append((row, due_on, since))
        health = _health_many(session, {row.id: since for row, _d, since in pending}, today)
    result = [_due_review(row, due_on, since, health[row.id]) for row, due_on, since in pending]
    result.sort(key=lambda r: (r.due_on, r.customer_name))
    return result


def get_interval(sessions: Sessions) -> int:
    """Months between reviews (the ``care_review_interval_months`` setting, default 6)."""
    with sessions() as session:
        return review_interval(session)


def set_interval(sessions: Sessions, user: UserDTO, months: int) -> None:
    """Change the months between reviews (supervisors; audited). Applies to every customer
    at once, since review dates are computed, not stored in advance."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        before = review_interval(session)
        set_review_interval(session, months)
        audit(session, user, "care_interval_changed", "settings", CARE_INTERVAL_KEY,
              before={"months": before}, after={"months": months})  # fmt: skip


def _looks_after(user: UserDTO, agent_id: uuid.UUID | None) -> bool:
    if agent_id is None:
        return user.role is Role.SUPERVISOR
    return agent_id == user.id


def review_for(sessions: Sessions, customer_id: uuid.UUID, today: date | None = None) -> DueReview:
    """The next review of one won-back customer, with its health indicators so far."""
    today = today or date.today()
    with sessions() as session:
        rows = _in_care(session, customer_id)
        if not rows:
            raise ValidationError(NOT_IN_CARE, field="customer")
        due_on, since = _next_due(rows[0], review_interval(session))
        return _due_review(rows[0], due_on, since, _health(session, customer_id, since, today))


def add_health_event(
    sessions: Sessions,
    user: UserDTO,
    customer_id: uuid.UUID,
    occurred_on: date,
    kind: HealthKind,
    *,
    quantity: int = 1,
    note: str | None = None,
) -> uuid.UUID:
    """Record one health indicator entered by hand."""
    if quantity < 1:
        raise ValidationError(QUANTITY_TOO_SMALL, field="quantity")
    if occurred_on > date.today():
        raise ValidationError(DATE_IN_FUTURE, field="date")
    with sessions.begin() as session:
        if session.get(Customer, customer_id) is None:
            raise ValidationError(UNKNOWN_CUSTOMER, field="customer")
        event = HealthEvent(
            customer_id=customer_id,
            occurred_on=occurred_on,
            kind=HealthKind(kind).value,
            quantity=quantity,
            note=(note or "").strip() or None,
        )
        session.add(event)
        session.flush()
        log.info("health event %s added by %s", event.id, user.id)
        return event.id


def record_review(
    sessions: Sessions,
    user: UserDTO,
    customer_id: uuid.UUID,
    outcome: CareOutcome,
    *,
    service_calls: int,
    purchases: int,
    support_contacts: int,
    notes: str | None = None,
    now: datetime | None = None,
) -> ReviewRecorded:
    """Record the customer's next due review and act on its outcome (one transaction).

    Raises:
        ValidationError: the customer is not in intensive care, or a count is negative.
        PermissionDenied: an agent recording a review of another agent's customer.
    """
    now = now or utcnow()
    today = now.date()
    for name, value in (
        ("service_calls", service_calls),
        ("purchases", purchases),
        ("support_contacts", support_contacts),
    ):
        if value < 0:
            raise ValidationError(NEGATIVE_COUNT, field=name)
    due = review_for(sessions, customer_id, today)
    if user.role is not Role.SUPERVISOR and due.owner_id not in (None, user.id):
        raise PermissionDenied(NOT_YOURS)
    with sessions.begin() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        review = CareReview(
            customer_id=customer_id,
            due_on=due.due_on,
            done_at=now,
            reviewer_id=user.id,
            service_calls=service_calls,
            purchases=purchases,
            support_contacts=support_contacts,
            notes=(notes or "").strip() or None,
            outcome=CareOutcome(outcome).value,
        )
        session.add(review)
        callback_id: uuid.UUID | None = None
        if outcome is CareOutcome.AT_RISK:
            callback = Callback(
                customer_id=customer_id,
                agent_id=due.owner_id or user.id,
                due_at=now,
                kind=CARE_CALLBACK_KIND,
                note=review.notes,
            )
            session.add(callback)
            session.flush()
            callback_id = callback.id
        elif outcome is CareOutcome.LEFT_AGAIN:
            customer.status = CustomerStatus.DEPARTED.value
            customer.departed_on = today
        session.flush()
        audit(
            session,
            user,
            "care_review_recorded",
            "care_reviews",
            review.id,
            after={
                "customer_id": str(customer_id),
                "due_on": due.due_on.isoformat(),
                "outcome": review.outcome,
                "service_calls": service_calls,
                "purchases": purchases,
                "support_contacts": support_contacts,
            },
            details={"callback_id": str(callback_id)} if callback_id else None,
        )
        return ReviewRecorded(review_id=review.id, outcome=outcome, callback_id=callback_id)
