"""What a finished call may record: outcomes consistent by construction (property tests)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from recovery_desk.domain.call_record import (
    DROPPED_OFFER,
    DROPPED_PROMISES,
    DROPPED_REASONS,
    CallRecord,
    reached,
    record_problems,
    settle,
)
from recovery_desk.domain.call_steps import CallFlow
from recovery_desk.domain.enums import STEP_ORDER, Outcome, Step
from recovery_desk.domain.errors import ValidationError

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
OUTCOMES = st.sampled_from(list(Outcome))

# One thing an agent may do during a call, in any order.
ACTIONS = st.one_of(
    st.tuples(st.just("go"), st.sampled_from(STEP_ORDER)),
    st.tuples(st.just("next"), st.none()),
    st.tuples(st.just("pick"), st.sampled_from(["r1", "r2", "r3"])),
    st.tuples(st.just("remove"), st.sampled_from(["r1", "r2", "r3"])),
    st.tuples(st.just("confirm"), st.none()),
    st.tuples(st.just("correct"), st.none()),
    st.tuples(st.just("offer"), st.sampled_from([None, "accepted", "declined", "thinking"])),
    st.tuples(st.just("promise"), st.none()),
    st.tuples(st.just("type"), st.sampled_from(["", "  ", "Waive next month's fee"])),
    st.tuples(st.just("callback"), st.sampled_from([None, -1, 1])),
)


def _on_flow(flow: CallFlow, action: str, value: object, clock: int) -> None:
    if action == "go":
        flow.go(value, clock)  # type: ignore[arg-type]
    elif action == "next":
        try:
            flow.next(clock)
        except ValidationError:
            pass  # Diagnose without a confirmed read-back: the step machine refuses
    elif action == "pick":
        flow.diagnosis.pick(str(value))
    elif action == "remove":
        flow.diagnosis.remove(str(value))
    elif action == "confirm" and flow.diagnosis.reason_ids:
        flow.diagnosis.confirm()
    elif action == "correct":
        flow.diagnosis.correct()


def _on_record(record: CallRecord, action: str, value: object) -> CallRecord:
    if action == "offer":
        return replace(record, offer_id="o1" if value else None, offer_response=value)  # type: ignore[arg-type]
    if action == "promise":
        return replace(record, promise_count=record.promise_count + 1)
    if action == "type":
        return replace(record, pending_promise=str(value))
    if action == "callback":
        hours = value if isinstance(value, int) else None
        return replace(record, callback_at=None if hours is None else NOW + timedelta(hours=hours))
    return record


def _play(actions: list[tuple[str, object]]) -> CallRecord:
    """Run the agent's actions through the step machine; the draft they leave behind."""
    flow = CallFlow()
    flow.start(0)
    record = CallRecord()
    for clock, (action, value) in enumerate(actions, start=1):
        _on_flow(flow, action, value, clock)
        record = _on_record(record, action, value)
    return replace(
        record,
        reason_ids=tuple(flow.diagnosis.reason_ids),
        diagnosis_confirmed=flow.diagnosis.confirmed,
    )


@given(st.lists(ACTIONS, max_size=25), OUTCOMES)
def test_every_order_of_steps_ends_in_a_consistent_record(
    actions: list[tuple[str, object]], outcome: Outcome
) -> None:
    record = _play(actions)
    problems = record_problems(outcome, record, now=NOW)
    if problems:
        return  # the call cannot finish like this: nothing is saved
    kept, dropped = settle(outcome, record)
    if reached(outcome):
        # A conversation: its main reason was read back and confirmed, no promise half-typed.
        assert kept.reason_ids and kept.diagnosis_confirmed
        assert not kept.pending_promise.strip()
        assert kept.promise_count == record.promise_count
        assert kept.has_offer_answer == record.has_offer_answer
        assert dropped == ()
    else:
        # Nobody answered: no offer answer, promise or reason is kept, and each drop is said.
        assert not kept.has_offer_answer and not kept.promise_count and not kept.reason_ids
        assert (DROPPED_OFFER in dropped) == record.has_offer_answer
        typed = bool(record.promise_count or record.pending_promise.strip())
        assert (DROPPED_PROMISES in dropped) == typed
        assert (DROPPED_REASONS in dropped) == bool(record.reason_ids)
    if outcome is Outcome.THINKING:
        assert kept.callback_at is not None and kept.callback_at > NOW
    else:
        assert kept.callback_at is None


@given(OUTCOMES.filter(reached))
def test_every_reached_outcome_needs_a_confirmed_reason(outcome: Outcome) -> None:
    unconfirmed = CallRecord(reason_ids=("r1",), callback_at=NOW + timedelta(days=1))
    fields = [p.field for p in record_problems(outcome, unconfirmed, now=NOW)]
    assert fields == ["diagnosis"]
    confirmed = replace(unconfirmed, diagnosis_confirmed=True)
    assert record_problems(outcome, confirmed, now=NOW) == []


def test_not_reached_with_an_accepted_offer_keeps_none_of_it() -> None:
    draft = CallRecord(offer_id="o1", offer_response="accepted", promise_count=1)
    assert record_problems(Outcome.NOT_REACHED, draft, now=NOW) == []
    kept, dropped = settle(Outcome.NOT_REACHED, draft)
    assert not kept.has_offer_answer and kept.promise_count == 0
    assert dropped == (DROPPED_OFFER, DROPPED_PROMISES)


def test_a_promise_typed_but_not_added_stops_a_reached_call() -> None:
    draft = CallRecord(
        reason_ids=("r1",), diagnosis_confirmed=True, pending_promise="Waive next month's fee"
    )
    fields = [p.field for p in record_problems(Outcome.DECLINED, draft, now=NOW)]
    assert fields == ["pending_promise"]


def test_no_outcome_and_thinking_without_a_later_call_back_cannot_finish() -> None:
    assert [p.field for p in record_problems(None, CallRecord(), now=NOW)] == ["outcome"]
    ok = CallRecord(reason_ids=("r1",), diagnosis_confirmed=True)
    assert [p.field for p in record_problems(Outcome.THINKING, ok, now=NOW)] == ["callback"]
    past = replace(ok, callback_at=NOW - timedelta(minutes=1))
    assert [p.field for p in record_problems(Outcome.THINKING, past, now=NOW)] == ["callback"]


def test_step_order_is_the_methods() -> None:
    assert STEP_ORDER[0] is Step.APOLOGISE and STEP_ORDER[-1] is Step.OUTCOME
