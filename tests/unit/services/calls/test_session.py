"""The call session service: drafts, resume, finish rules, offers, call-backs."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from recovery_desk.domain.enums import Outcome, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.phrases import find_defensive
from recovery_desk.services.calls import catalogue
from recovery_desk.services.calls.offers import offers_for_call
from recovery_desk.services.calls.session import CallSession, record_not_reached, unfinished_drafts
from recovery_desk.services.catalogue import offers as catalogue_offers
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups.callbacks import pending_callbacks
from recovery_desk.storage.tables import (
    Call,
    Callback,
    CallStep,
    Customer,
    OfferMade,
    OutboxEntry,
    Reason,
    ReasonCategory,
)


def _customer(sessions: Sessions, **extra: object) -> uuid.UUID:
    values: dict[str, object] = {
        "name": "Rita Sousa",
        "phone": "+351912345678",
        "segment": "retail",
        "monthly_revenue_cents": 30000,
        "customer_since": date(2020, 1, 15),
        "departed_on": date.today() - timedelta(days=10),
    }
    values.update(extra)
    with sessions.begin() as session:
        row = Customer(**values)
        session.add(row)
        session.flush()
        return row.id


def _reason_id(sessions: Sessions, code: str) -> str:
    with sessions() as session:
        return str(session.scalar(select(Reason.id).where(Reason.code == code)))


def _diagnosed(call: CallSession, sessions: Sessions, code: str = "PRICE_TOO_HIGH") -> CallSession:
    """The reason picked and read back: every call that reached the customer needs one."""
    call.pick_reason(_reason_id(sessions, code))
    call.confirm_diagnosis("x")
    return call


class Clock:
    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


def test_draft_saves_small_updates_and_resumes_exactly(sessions: Sessions, agent: UserDTO) -> None:
    customer_id = _customer(sessions)
    clock = Clock()
    call = CallSession.start(sessions, agent, customer_id, lang="pt_PT", clock=clock)
    assert call.header.first_name == "Rita" and call.header.days_since_departure == 10
    assert call.header.months_as_customer(date.today()) is not None
    call.set_notes(Step.APOLOGISE, "Peço desculpa")
    clock.now = 4000
    call.next()
    call.set_notes(Step.LISTEN, "Conta errada")
    call.set_field("verbatim", "Cobraram-me duas vezes")
    call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    call.set_draft("picker_text", "preco")
    clock.now = 6500
    with sessions() as session:
        before = session.scalar(select(func.count()).select_from(OutboxEntry))
    call.save_draft()
    assert not call.dirty
    with sessions() as session:
        queued = session.scalar(select(func.count()).select_from(OutboxEntry))
        assert queued == (before or 0) + 3  # the call and two steps
        row = session.scalar(select(Call).where(Call.customer_id == customer_id))
        assert row is not None and row.version > 1 and row.current_step == "listen"
    again = CallSession.start(sessions, agent, customer_id, clock=clock)
    assert again.call_id == call.call_id  # the draft, not a new call
    assert again.notes[Step.APOLOGISE] == "Peço desculpa"
    assert again.notes[Step.LISTEN] == "Conta errada"
    assert again.fields["verbatim"] == "Cobraram-me duas vezes"
    assert again.flow.current is Step.LISTEN
    assert again.flow.durations[Step.APOLOGISE] == 4000
    assert again.flow.durations[Step.LISTEN] == 2500
    assert again.flow.diagnosis.reason_ids == call.flow.diagnosis.reason_ids
    assert again.draft["picker_text"] == "preco"
    assert again.started_at == call.started_at
    assert [d.call_id for d in unfinished_drafts(sessions, agent)] == [call.call_id]


def test_won_back_needs_confirmed_reason_and_updates_customer(
    sessions: Sessions, agent: UserDTO
) -> None:
    customer_id = _customer(sessions)
    call = CallSession.start(sessions, agent, customer_id)
    with pytest.raises(ValidationError):
        call.finish(None)
    call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    with pytest.raises(ValidationError) as caught:
        call.finish(Outcome.WON_BACK)
    assert caught.value.field == "diagnosis"
    call.confirm_diagnosis("So you left because price too high")
    call.add_promise("Rever a fatura", "Equipa Faturação", date.today() + timedelta(days=3))
    with pytest.raises(ValidationError):
        call.add_promise("x", " ", date.today())
    with pytest.raises(ValidationError):
        call.add_promise("x", "y", date.today() - timedelta(days=1))
    result = call.finish(Outcome.WON_BACK)
    assert result.outcome is Outcome.WON_BACK
    with sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.status == "won_back"
        assert customer.won_back_on is not None and customer.attempts == 1
    assert unfinished_drafts(sessions, agent) == []


def test_offer_above_the_agents_limit_awaits_approval(
    sessions: Sessions, agent: UserDTO, executive: UserDTO
) -> None:
    customer_id = _customer(sessions)
    call = CallSession.start(sessions, agent, customer_id)
    call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    offers = {o.code: o for o in offers_for_call(call, "pt_BR", datetime.now(UTC))}
    # 10% of R$ 300 for 3 months: R$ 90, within the agent's R$ 200
    assert offers["DISC_10_3M"].approval.value == "granted"
    assert offers["DISC_10_3M"].cost_cents == 9000
    big = offers["DISC_20_6M"]  # cost 360 above the agent's 200
    assert big.needs_approval
    call.set_draft("offer", {"offer_id": str(big.id), "response": "accepted"})
    call.confirm_diagnosis("x")
    result = call.finish(Outcome.WON_BACK)
    assert result.offer_approval is not None and result.offer_approval.value == (
        "awaiting_approval"
    )
    with sessions() as session:
        made = session.scalar(select(OfferMade).where(OfferMade.call_id == call.call_id))
        assert made is not None and made.approval_status == "awaiting_approval"
        assert made.response == "accepted" and made.cost_cents == 36000
    # the executive's limit covers it; the agent's earlier offer caps a second one
    other = _customer(sessions, name="Outra Pessoa")
    exec_call = CallSession.start(sessions, executive, other)
    exec_call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    exec_offers = {o.code: o for o in offers_for_call(exec_call, "en", datetime.now(UTC))}
    assert not exec_offers["DISC_20_6M"].needs_approval
    second = CallSession.start(sessions, agent, customer_id)
    second.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    codes = [o.code for o in offers_for_call(second, "en", datetime.now(UTC))]
    assert "DISC_20_6M" not in codes  # max one per customer


def test_a_customer_billed_in_euros_is_never_offered_an_offer_in_reais(
    sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    in_euros = catalogue_offers.OfferDTO(
        code="CREDIT_EUR",
        kind="credit",
        labels={"en": "A month's fee credited"},
        cost_cents=3000,
        currency="EUR",
        approval_limit_agent_cents=20000,
    )
    catalogue_offers.save_offer(sessions, supervisor, in_euros)
    euro_call = CallSession.start(sessions, agent, _customer(sessions, currency="EUR"))
    euro_call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    listed = offers_for_call(euro_call, "pt_PT", datetime.now(UTC))
    # The shipped offers are in reais: of them all, only the one in euros is listed.
    assert [(o.code, o.currency) for o in listed] == [("CREDIT_EUR", "EUR")]
    real_call = CallSession.start(sessions, agent, _customer(sessions, name="Ana Lima"))
    real_call.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    codes = {o.code: o.currency for o in offers_for_call(real_call, "pt_BR", datetime.now(UTC))}
    assert "CREDIT_EUR" not in codes and set(codes.values()) == {"BRL"} and codes


def test_thinking_schedules_callback_and_next_call_closes_it(
    sessions: Sessions, agent: UserDTO
) -> None:
    customer_id = _customer(sessions)
    call = CallSession.start(sessions, agent, customer_id)
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    call.set_field("callback_at", datetime.now(UTC) - timedelta(minutes=1))
    _diagnosed(call, sessions)
    with pytest.raises(ValidationError) as caught:
        call.finish(Outcome.THINKING)
    assert caught.value.field == "callback"
    call.set_field("callback_at", when)
    call.set_field("outcome_notes", "Vai falar com o marido")
    call.finish(Outcome.THINKING)
    pending = pending_callbacks(sessions, agent)
    assert [(p.kind, p.due_at, p.note) for p in pending] == [
        ("callback", when, "Vai falar com o marido")
    ]
    assert pending_callbacks(sessions, agent, due_before=datetime.now(UTC)) == []
    assert pending_callbacks(sessions, agent, due_before=when + timedelta(seconds=1))
    record_not_reached(sessions, agent, customer_id, now=datetime.now(UTC))
    kinds = [p.kind for p in pending_callbacks(sessions, agent)]
    assert kinds == ["next_attempt"]  # the call-back was done by the new attempt
    with sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.attempts == 2
        assert session.scalar(select(func.count()).select_from(Callback)) == 2


def test_declined_and_do_not_call(sessions: Sessions, agent: UserDTO) -> None:
    first, second = _customer(sessions), _customer(sessions, name="B B")
    declined = CallSession.start(sessions, agent, first)
    declined.pick_reason(_reason_id(sessions, "PRICE_TOO_HIGH"))
    offer = offers_for_call(declined, "en", datetime.now(UTC))[0]
    declined.set_draft("offer", {"offer_id": str(offer.id), "response": None})
    declined.confirm_diagnosis("x")
    declined.finish(Outcome.DECLINED)
    with sessions() as session:  # highlighted but never answered: not recorded
        assert session.scalar(select(func.count()).select_from(OfferMade)) == 0
    _diagnosed(CallSession.start(sessions, agent, second), sessions).finish(Outcome.DO_NOT_CALL)
    with sessions() as session:
        assert session.get(Customer, first).status == "lost"  # type: ignore[union-attr]
        blocked = session.get(Customer, second)
        assert blocked is not None and blocked.do_not_call and blocked.status == "do_not_call"


def test_escalation_goes_to_reason_team_over_category_team(
    sessions: Sessions, agent: UserDTO
) -> None:
    reason_id = _reason_id(sessions, "PRICE_TOO_HIGH")
    with sessions.begin() as session:
        session.execute(
            update(Reason).where(Reason.code == "PRICE_TOO_HIGH").values(team="Ofertas")
        )
        category_team = session.scalar(
            select(ReasonCategory.team).where(ReasonCategory.code == "PRICE")
        )
    assert category_team and category_team != "Ofertas"
    call = CallSession.start(sessions, agent, _customer(sessions))
    call.pick_reason(reason_id)
    call.confirm_diagnosis("x")
    call.set_field("assist_action", "escalated")
    call.finish(Outcome.DECLINED)
    with sessions() as session:
        row = session.get(Call, call.call_id)
        assert row is not None and row.escalated_team == "Ofertas"
        steps = session.scalar(
            select(func.count()).select_from(CallStep).where(CallStep.call_id == row.id)
        )
        assert steps == 6


def test_catalogue_reads(sessions: Sessions) -> None:
    index = catalogue.load_reason_index(sessions)
    assert any(e.code == "PRICE_TOO_HIGH" for e in index.search("preco"))
    with sessions.begin() as session:
        session.execute(update(Reason).where(Reason.code == "PRICE_TOO_HIGH").values(active=False))
    retired = catalogue.load_reason_index(sessions)
    assert len(retired) == len(index) - 1
    assert all(e.code != "PRICE_TOO_HIGH" for e in retired.search("preco"))
    scripts = catalogue.load_scripts(sessions, "pt_BR")
    assert set(scripts) == {s.value for s in Step}
    assert "{first_name}" in scripts["apologise"].body
    template, joiner = catalogue.readback_template("pt_PT")
    assert "{reasons}" in template and joiner == "; e também: "
    phrases = catalogue.load_phrases(sessions, "pt_BR")
    hits = find_defensive("Olha, VOCE TEM QUE ENTENDER que foi fora do nosso controle", phrases)
    assert [h.phrase for h in hits][:2] == ["você tem que entender", "fora do nosso controle"]
    assert all(h.hint for h in hits)


def test_header_lists_earlier_attempts_with_their_notes(sessions: Sessions, agent: UserDTO) -> None:
    customer_id = _customer(sessions, served_by="Loja Centro")
    first = CallSession.start(sessions, agent, customer_id)
    first.set_field("outcome_notes", "Caixa postal")
    first.finish(Outcome.NOT_REACHED)
    second = CallSession.start(sessions, agent, customer_id, lang="pt_BR")
    assert second.call_id != first.call_id
    header = second.header
    assert header.attempts == 1 and header.served_by == "Loja Centro"
    assert [(a.agent_name, a.outcome, a.notes) for a in header.earlier] == [
        (agent.name, "not_reached", "Caixa postal")
    ]


def test_the_four_expectations_are_kept_with_the_call(sessions: Sessions, agent: UserDTO) -> None:
    from recovery_desk.domain.expectations import Expectation, from_mask, to_mask

    met = to_mask([Expectation.RESPECT, Expectation.RESPONSIBILITY])
    talked = CallSession.start(sessions, agent, _customer(sessions))
    talked.set_field("expectations_met", met)
    talked.save_draft()
    resumed = CallSession.start(sessions, agent, talked.customer_id)  # the draft resumes
    assert resumed.call_id == talked.call_id
    assert from_mask(resumed.fields["expectations_met"]) == {
        Expectation.RESPECT,
        Expectation.RESPONSIBILITY,
    }
    _diagnosed(resumed, sessions).finish(Outcome.DECLINED)
    silent = CallSession.start(sessions, agent, _customer(sessions, name="C C"))
    _diagnosed(silent, sessions).finish(
        Outcome.DO_NOT_CALL
    )  # a conversation with nothing ticked: none met
    nobody = CallSession.start(sessions, agent, _customer(sessions, name="D D"))
    nobody.set_field("expectations_met", met)  # ticked by mistake, then nobody answered
    nobody.finish(Outcome.NOT_REACHED)
    with sessions() as session:
        stored = {
            call_id: session.get(Call, call_id).expectations_met  # type: ignore[union-attr]
            for call_id in (talked.call_id, silent.call_id, nobody.call_id)
        }
    assert stored == {talked.call_id: met, silent.call_id: 0, nobody.call_id: None}
