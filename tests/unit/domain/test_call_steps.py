"""The call's step machine, verify-back gate, outcome rules, read-back and reason search."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from recovery_desk import resources
from recovery_desk.domain.call_steps import (
    CallFlow,
    compose_readback,
    next_working_time,
    readback_clause_problem,
)
from recovery_desk.domain.enums import STEP_ORDER, Step
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


def test_next_attempt_is_the_next_working_day_in_working_hours() -> None:
    friday_evening = datetime(2026, 11, 20, 21, 30)  # a Friday
    monday = next_working_time(friday_evening)
    assert monday.weekday() == 0 and monday.hour == 17
    early_tuesday = next_working_time(datetime(2026, 11, 17, 6, 0))
    assert early_tuesday.day == 18 and early_tuesday.hour == 9


def test_readback_reads_reasons_as_noun_phrases_in_every_language() -> None:
    templates = resources.load_json("catalogues", "scripts.json")["readback"]
    joiners = resources.load_json("catalogues", "scripts.json")["readback_joiner"]
    assert compose_readback(templates["en"], joiners["en"], []) == ""
    one = compose_readback(templates["en"], joiners["en"], ["Price increase above expectations"])
    assert (
        one == "So the main reason you left was: price increase above expectations. Is that right?"
    )
    br = compose_readback(templates["pt_BR"], joiners["pt_BR"], ["Preço alto demais", "SMS demais"])
    assert br == (
        "Então, se entendi bem, o principal motivo da sua saída foi: preço alto demais; "
        "e também: SMS demais. É isso mesmo?"
    )
    pt = compose_readback(templates["pt_PT"], joiners["pt_PT"], ["Preço alto demais"])
    assert pt == (
        "Então, se percebi bem, o principal motivo de nos ter deixado foi: preço alto demais. "
        "É isso?"
    )
    for lang, template in templates.items():  # never "because <noun phrase>"
        assert not readback_clause_problem(template, "{reasons}"), lang


def test_a_script_that_reads_the_reason_as_a_clause_is_flagged() -> None:
    assert readback_clause_problem("You left because {reason}. Right?")
    assert readback_clause_problem("Você saiu porque {reason}?")
    assert not readback_clause_problem("Main reason: {reason}. Is that right?")
    assert not readback_clause_problem("Motivo principal: {reason}.")


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
