"""The call's step machine, verify-back gate, outcome rules, read-back and reason search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recovery_desk.domain.call_steps import (
    CallFlow,
    compose_readback,
    next_working_time,
    outcome_problems,
)
from recovery_desk.domain.enums import STEP_ORDER, Outcome, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.reason_index import ReasonEntry, ReasonIndex

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_steps_run_in_order_and_book_their_time() -> None:
    flow = CallFlow()
    flow.start(0)
    assert flow.next(1000) is Step.LISTEN
    assert flow.next(3000) is Step.DIAGNOSE
    assert flow.durations[Step.APOLOGISE] == 1000
    assert flow.durations[Step.LISTEN] == 2000
    assert flow.elapsed(Step.DIAGNOSE, 3500) == 500
    assert flow.previous(4000) is Step.LISTEN
    assert flow.durations[Step.DIAGNOSE] == 1000
    assert flow.go(Step.APOLOGISE, 4000) is Step.APOLOGISE
    assert flow.previous(4100) is Step.APOLOGISE  # nothing before the first step


def test_diagnose_needs_confirmation_before_next_but_jumps_are_free() -> None:
    flow = CallFlow(current=Step.DIAGNOSE)
    flow.start(0)
    with pytest.raises(ValidationError) as caught:
        flow.next(10)
    assert caught.value.field == "diagnosis"
    with pytest.raises(ValidationError):
        flow.diagnosis.confirm()  # nothing picked yet
    assert flow.go(Step.OFFER, 20) is Step.OFFER  # Alt+5 is allowed
    flow.go(Step.DIAGNOSE, 30)
    assert flow.diagnosis.pick("r1") and not flow.diagnosis.pick("r1")
    flow.diagnosis.pick("r2")
    flow.diagnosis.confirm()
    flow.diagnosis.correct()  # corrected: back to the picker
    assert not flow.diagnosis.confirmed
    flow.diagnosis.confirm()
    assert flow.next(40) is Step.ASSIST
    flow.diagnosis.remove("r2")
    assert flow.diagnosis.reason_ids == ["r1"] and not flow.diagnosis.confirmed


def test_last_step_stays_put() -> None:
    flow = CallFlow(current=Step.OUTCOME)
    assert flow.next(0) is Step.OUTCOME
    assert STEP_ORDER[-1] is Step.OUTCOME


def test_outcome_rules() -> None:
    assert outcome_problems(None, diagnosis_confirmed=True, callback_at=None, now=NOW)
    won = outcome_problems(Outcome.WON_BACK, diagnosis_confirmed=False, callback_at=None, now=NOW)
    assert [p.field for p in won] == ["diagnosis"]
    assert not outcome_problems(
        Outcome.WON_BACK, diagnosis_confirmed=True, callback_at=None, now=NOW
    )
    late = outcome_problems(Outcome.THINKING, diagnosis_confirmed=False, callback_at=None, now=NOW)
    assert [p.field for p in late] == ["callback"]
    past = NOW - timedelta(hours=1)
    assert outcome_problems(Outcome.THINKING, diagnosis_confirmed=False, callback_at=past, now=NOW)
    later = NOW + timedelta(days=1)
    assert not outcome_problems(
        Outcome.THINKING, diagnosis_confirmed=False, callback_at=later, now=NOW
    )
    for outcome in (Outcome.DECLINED, Outcome.NOT_REACHED, Outcome.DO_NOT_CALL):
        assert not outcome_problems(outcome, diagnosis_confirmed=False, callback_at=None, now=NOW)


def test_next_attempt_is_the_next_working_day_in_working_hours() -> None:
    friday_evening = datetime(2026, 11, 20, 21, 30)  # a Friday
    monday = next_working_time(friday_evening)
    assert monday.weekday() == 0 and monday.hour == 17
    early_tuesday = next_working_time(datetime(2026, 11, 17, 6, 0))
    assert early_tuesday.day == 18 and early_tuesday.hour == 9


def test_readback_joins_reasons_naturally() -> None:
    template = "So, if I understood correctly, you left because {reasons}. Is that right?"
    assert compose_readback(template, " and ", []) == ""
    one = compose_readback(template, " and ", ["Price too high"])
    assert one == "So, if I understood correctly, you left because price too high. Is that right?"
    three = compose_readback("{reasons}", " e ", ["Preço alto", "Atendimento ruim", "SMS demais"])
    assert three == "preço alto, atendimento ruim e SMS demais"


def _entry(number: int, pt: str, en: str, category: str = "Preço") -> ReasonEntry:
    return ReasonEntry(
        id=f"r{number}",
        code=f"R{number}",
        category_code="PRICE",
        labels={"pt_BR": pt, "pt_PT": pt, "en": en},
        category_labels={"pt_BR": category, "pt_PT": category, "en": "Price"},
        team=None,
        sort_key=(0, number),
    )


def test_reason_search_folds_accents_and_case_in_every_language() -> None:
    index = ReasonIndex(
        [
            _entry(1, "Preço alto demais", "Price too high"),
            _entry(2, "Cobrança indevida", "Wrong charge", "Faturação"),
            _entry(3, "Atendimento grosseiro", "Rude service", "Atendimento"),
        ]
    )
    assert [e.id for e in index.search("preco")] == ["r1"]
    assert [e.id for e in index.search("faturacao")] == ["r2"]  # by its category
    assert [e.id for e in index.search("COBRANCA")] == ["r2"]
    assert [e.id for e in index.search("rude serv")] == ["r3"]
    assert [e.id for e in index.search("faturacao indevida")] == ["r2"]
    assert len(index.search("")) == 3
    assert index.search("nada disso") == []
    assert index.get("r3") is not None and index.get("nope") is None
