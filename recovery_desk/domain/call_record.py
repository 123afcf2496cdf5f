"""What a finished call may record, by outcome: the rules that keep the record true.

A call that reached the customer needs a confirmed primary reason (the method diagnoses
before the call ends) and may carry an offer answer and promises. A call that did not reach
the customer keeps none of them: :func:`settle` drops them and names what it dropped, so the
screen can say so. A promise typed on Assist but never added is never dropped in silence:
the call cannot finish until it is added or cleared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from recovery_desk.domain.enums import Outcome
from recovery_desk.domain.errors import ValidationError

# What :func:`settle` may drop from a call that did not reach the customer.
DROPPED_OFFER, DROPPED_PROMISES, DROPPED_REASONS = "offer", "promises", "reasons"


@dataclass(frozen=True)
class CallRecord:
    """What the call's draft holds when the agent finishes it."""

    reason_ids: tuple[str, ...] = ()
    diagnosis_confirmed: bool = False
    offer_id: str | None = None
    offer_response: str | None = None
    promise_count: int = 0
    pending_promise: str = ""  # typed on Assist, not added
    callback_at: datetime | None = None

    @property
    def has_offer_answer(self) -> bool:
        return bool(self.offer_id and self.offer_response)


def reached(outcome: Outcome) -> bool:
    """Whether the outcome means a conversation with the customer took place."""
    return outcome is not Outcome.NOT_REACHED


def record_problems(
    outcome: Outcome | None, record: CallRecord, *, now: datetime
) -> list[ValidationError]:
    """What stops the call from finishing with ``outcome`` (empty when it may finish)."""
    if outcome is None:
        return [ValidationError("choose an outcome to finish the call", field="outcome")]
    if not reached(outcome):
        return []  # nothing is required; settle() drops what a missed call cannot keep
    problems = []
    if not record.reason_ids or not record.diagnosis_confirmed:
        problems.append(
            ValidationError(
                "a call that reached the customer needs a confirmed reason", field="diagnosis"
            )
        )
    if record.pending_promise.strip():
        problems.append(
            ValidationError("a promise was typed but not added", field="pending_promise")
        )
    if outcome is Outcome.THINKING:
        if record.callback_at is None:
            problems.append(ValidationError("set the call-back date and time", field="callback"))
        elif record.callback_at <= now:
            problems.append(ValidationError("the call-back must be later", field="callback"))
    return problems


def settle(outcome: Outcome, record: CallRecord) -> tuple[CallRecord, tuple[str, ...]]:
    """The record ``outcome`` may keep, and what was dropped from it (in a fixed order)."""
    if reached(outcome):
        kept = record if outcome is Outcome.THINKING else replace(record, callback_at=None)
        return kept, ()
    dropped = []
    if record.has_offer_answer:
        dropped.append(DROPPED_OFFER)
    if record.promise_count or record.pending_promise.strip():
        dropped.append(DROPPED_PROMISES)
    if record.reason_ids:
        dropped.append(DROPPED_REASONS)
    kept = CallRecord()  # nobody answered: no reason, offer, promise or call-back
    return kept, tuple(dropped)
