"""Everything due for the current user, in one list sorted by due time.

Four kinds of follow-up, and a fifth for approvers:

* ``callback`` — the user's open callbacks (``callbacks.done_at`` empty), including the
  ``care`` calls that at-risk reviews create;
* ``promise`` — promises from the user's calls that are not kept yet and fall due within
  the horizon (overdue ones first, as they are the oldest);
* ``loop`` — promises kept whose loop is not closed: tell the customer and thank them;
* ``care_review`` — intensive-care reviews due for customers the user looks after;
* ``approval`` — an offer waiting for the user's approval (supervisors, and executives
  within their limit), due since it was made. This package sits below ``calls``, which
  owns the approval rule: ``calls.approval_followups`` adds these rows to the list.

Dates without a time (promises, reviews) sort as the start of their local day; "today"
is the user's local calendar day.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.audit import audit
from recovery_desk.services.care import reviews as care
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.storage.tables import Call, Callback, Customer, Promise
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.followups")

CALLBACK, PROMISE, LOOP, CARE_REVIEW = "callback", "promise", "loop", "care_review"
APPROVAL = "approval"
DEFAULT_HORIZON_DAYS = 7


@dataclass(frozen=True)
class FollowUp:
    """One thing the user has to do.

    ``item_id`` is the callback or promise id; for a care review, the customer id; for an
    approval, the offer made. ``due_on`` is set for date-only items; ``due_at`` is always
    set (sort key; for an approval, when the offer was made).
    """

    kind: str
    item_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    what: str
    due_at: datetime
    due_on: date | None
    overdue: bool
    callback_kind: str | None = None
    health: care.HealthSummary | None = None  # care reviews: indicators since ``since``
    since: date | None = None
    # Approvals: ``what`` is the offer; its cost for this customer and who made it.
    cost_cents: int | None = None
    currency: str | None = None
    agent_name: str | None = None


@dataclass(frozen=True)
class StartSummary:
    """For the reminder at start: what is due today or earlier, and offers waiting for the
    user's approval (approvers only)."""

    due_today: int
    overdue: int
    approvals: int = 0

    @property
    def followups(self) -> int:
        return self.due_today + self.overdue

    @property
    def total(self) -> int:
        return self.followups + self.approvals


def _start_of(day: date) -> datetime:
    """Local midnight starting ``day``, as an aware UTC instant."""
    return datetime.combine(day, time.min).astimezone(UTC)


def list_followups(
    sessions: Sessions,
    user: UserDTO,
    *,
    now: datetime | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[FollowUp]:
    """The user's follow-ups due up to ``horizon_days`` from today, by due time."""
    now = now or utcnow()
    today = now.astimezone().date()  # the user's calendar day
    until = today + timedelta(days=horizon_days)
    items: list[FollowUp] = []
    with sessions() as session:
        callbacks = session.execute(
            select(Callback, Customer.name)
            .join(Customer, Customer.id == Callback.customer_id)
            .where(
                Callback.agent_id == user.id,
                Callback.done_at.is_(None),
                Callback.due_at < _start_of(until + timedelta(days=1)),
            )
        )
        for callback, name in callbacks:
            items.append(
                FollowUp(
                    kind=CALLBACK,
                    item_id=callback.id,
                    customer_id=callback.customer_id,
                    customer_name=name,
                    what=callback.note or "",
                    due_at=callback.due_at,
                    due_on=None,
                    overdue=callback.due_at < now,
                    callback_kind=callback.kind,
                )
            )
        promises = session.execute(
            select(Promise, Customer.name)
            .join(Call, Call.id == Promise.call_id)
            .join(Customer, Customer.id == Promise.customer_id)
            .where(
                Call.agent_id == user.id,
                (Promise.kept_on.is_(None) & (Promise.due_on <= until))
                | (Promise.kept_on.is_not(None) & Promise.loop_closed_at.is_(None)),
            )
        )
        for promise, name in promises:
            kept = promise.kept_on is not None
            due_on = promise.kept_on if kept and promise.kept_on else promise.due_on
            items.append(
                FollowUp(
                    kind=LOOP if kept else PROMISE,
                    item_id=promise.id,
                    customer_id=promise.customer_id,
                    customer_name=name,
                    what=promise.what,
                    due_at=_start_of(due_on),
                    due_on=due_on,
                    overdue=not kept and promise.due_on < today,
                )
            )
    for review in care.due_reviews(sessions, until=until, owner=user, today=today):
        items.append(
            FollowUp(
                kind=CARE_REVIEW,
                item_id=review.customer_id,
                customer_id=review.customer_id,
                customer_name=review.customer_name,
                what=review.won_back_on.isoformat(),
                due_at=_start_of(review.due_on),
                due_on=review.due_on,
                overdue=review.due_on < today,
                health=review.health,
                since=review.since,
            )
        )
    items.sort(key=lambda f: (f.due_at, f.customer_name, f.kind))
    return items


def due_at_start(sessions: Sessions, user: UserDTO, *, now: datetime | None = None) -> StartSummary:
    """How many follow-ups are due today and how many are overdue (for the reminder)."""
    now = now or utcnow()
    end_of_today = _start_of(now.astimezone().date() + timedelta(days=1))
    items = list_followups(sessions, user, now=now, horizon_days=0)
    overdue = sum(1 for f in items if f.overdue)
    due_today = sum(1 for f in items if not f.overdue and f.due_at < end_of_today)
    return StartSummary(due_today=due_today, overdue=overdue)


def _check_owner(user: UserDTO, agent_id: uuid.UUID) -> None:
    if user.role is not Role.SUPERVISOR and agent_id != user.id:
        raise PermissionDenied("this promise belongs to another agent's call")


def _load_promise(session: Session, promise_id: uuid.UUID, user: UserDTO) -> Promise:
    row = session.execute(
        select(Promise, Call.agent_id)
        .join(Call, Call.id == Promise.call_id)
        .where(Promise.id == promise_id)
    ).first()
    if row is None:
        raise ValidationError("unknown promise", field="promise")
    _check_owner(user, row[1])
    return row[0]


def mark_promise_kept(
    sessions: Sessions, user: UserDTO, promise_id: uuid.UUID, *, kept_on: date | None = None
) -> None:
    """Record that the promise was kept; it then waits for the loop to be closed."""
    kept_on = kept_on or date.today()
    with sessions.begin() as session:
        promise = _load_promise(session, promise_id, user)
        if promise.kept_on is not None:
            raise ValidationError("this promise is already kept", field="promise")
        promise.kept_on = kept_on
        audit(
            session,
            user,
            "promise_kept",
            "promises",
            promise.id,
            after={"kept_on": kept_on.isoformat(), "late": kept_on > promise.due_on},
        )


def close_loop(sessions: Sessions, user: UserDTO, promise_id: uuid.UUID) -> datetime:
    """Record that the customer was told the promise was kept, and thanked."""
    with sessions.begin() as session:
        promise = _load_promise(session, promise_id, user)
        if promise.kept_on is None:
            raise ValidationError("the promise is not kept yet", field="promise")
        if promise.loop_closed_at is not None:
            raise ValidationError("the loop is already closed", field="promise")
        promise.loop_closed_at = utcnow()
        audit(
            session,
            user,
            "loop_closed",
            "promises",
            promise.id,
            after={"loop_closed_at": promise.loop_closed_at.isoformat()},
        )
        return promise.loop_closed_at


def dismiss_callback(sessions: Sessions, user: UserDTO, callback_id: uuid.UUID) -> None:
    """Mark the user's callback done (the call was made, or it is no longer needed)."""
    with sessions.begin() as session:
        callback = session.get(Callback, callback_id)
        if callback is None:
            raise ValidationError("unknown callback", field="callback")
        if user.role is not Role.SUPERVISOR and callback.agent_id != user.id:
            raise PermissionDenied("this callback belongs to another agent")
        if callback.done_at is None:
            callback.done_at = utcnow()
