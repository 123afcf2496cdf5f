"""Closed loop: insights per responsible team, and coaching notes to front-line reps."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from recovery_desk.domain.enums import CoachingStatus
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.closed_loop import coaching, insights
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.storage.tables import AuditEntry, CoachingNote, Reason
from tests import care_data


def test_insights_per_team_with_revenue_and_verbatims(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO, executive: UserDTO
) -> None:
    with sessions.begin() as session:  # a reason whose team overrides its category's
        session.execute(
            update(Reason).where(Reason.code == "PRICE_HIDDEN_FEES").values(team="Billing")
        )
    cyc = care_data.cycle(sessions, "May", date(2026, 5, 1), date(2026, 5, 31))
    old = care_data.cycle(sessions, "April", date(2026, 4, 1), date(2026, 4, 30), "closed")
    ana = care_data.customer(sessions, "Ana", revenue=30000)
    bia = care_data.customer(sessions, "Bia", revenue=10000)
    caio = care_data.customer(sessions, "Caio", revenue=5000)
    at = datetime(2026, 5, 3, 10, tzinfo=UTC)
    care_data.call(sessions, ana, agent.id, cycle_id=cyc, at=at,
                   reasons=[("PRICE_TOO_HIGH", "too expensive"), ("PRICE_HIDDEN_FEES", None)],
                   verbatim="they charged me fees")  # fmt: skip
    care_data.call(sessions, bia, agent.id, cycle_id=cyc, at=at,
                   reasons=[("PRICE_TOO_HIGH", "half the price elsewhere")])  # fmt: skip
    care_data.call(sessions, caio, agent.id, cycle_id=old, at=datetime(2026, 4, 3, tzinfo=UTC),
                   reasons=[("STAFF_RUDE", "rude")])  # fmt: skip
    report = insights.team_insights(sessions, executive)
    assert report.cycle is not None and report.cycle.id == cyc
    teams = {t.team: t for t in report.teams}
    assert set(teams) == {"Pricing", "Billing"}
    pricing = teams["Pricing"]
    assert (pricing.customers, pricing.revenue_by_currency) == (2, {"BRL": 40000})
    (too_high,) = pricing.reasons
    assert (too_high.code, too_high.customers, too_high.revenue_by_currency) == (
        "PRICE_TOO_HIGH",
        2,
        {"BRL": 40000},
    )
    assert sorted(v.text for v in too_high.verbatims) == [
        "half the price elsewhere",
        "too expensive",
    ]
    (fees,) = teams["Billing"].reasons
    assert fees.revenue_by_currency == {"BRL": 30000}
    assert (report.currencies, report.ranking_currency) == (("BRL",), "BRL")
    assert [v.text for v in fees.verbatims] == ["they charged me fees"]  # the call's words
    april = insights.team_insights(sessions, supervisor, cycle_id=old)
    assert [t.team for t in april.teams] == ["Customer Service"]
    everything = insights.team_insights(sessions, supervisor, all_calls=True)
    assert everything.cycle is None and len(everything.teams) == 3
    with pytest.raises(PermissionDenied):
        insights.team_insights(sessions, agent)


def test_coaching_note_lifecycle_and_per_rep_list(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO
) -> None:
    ana = care_data.customer(sessions, "Ana", served_by="Rita Front")
    bia = care_data.customer(sessions, "Bia", served_by="Rita Front")
    front = care_data.call(sessions, ana, agent.id, reasons=[("STAFF_RUDE", "she hung up on me")])
    care_data.call(sessions, bia, agent.id, reasons=[("PRICE_TOO_HIGH", None)])  # not front line
    (suggestion,) = coaching.suggestions(sessions, supervisor)
    assert (suggestion.call_id, suggestion.served_by) == (front, "Rita Front")
    assert suggestion.verbatim == "she hung up on me"

    note_id = coaching.create_note(sessions, supervisor, "Never hang up; offer a callback.",
                                   call_id=front)  # fmt: skip
    assert coaching.suggestions(sessions, supervisor) == []
    (rep,) = coaching.reps(sessions, supervisor)
    assert (rep.rep_name, rep.open, rep.delivered) == ("Rita Front", 1, 0)
    with pytest.raises(ValidationError):
        coaching.advance(sessions, supervisor, note_id, CoachingStatus.ACKNOWLEDGED)
    coaching.advance(sessions, supervisor, note_id, CoachingStatus.DELIVERED)
    coaching.advance(sessions, supervisor, note_id, CoachingStatus.ACKNOWLEDGED)
    (note,) = coaching.notes_for(sessions, supervisor, "Rita Front")
    assert note.status is CoachingStatus.ACKNOWLEDGED
    assert note.delivered_at is not None and note.acknowledged_at is not None
    assert note.delivered_at <= note.acknowledged_at
    assert note.customer_name == "Ana" and note.reason_label
    with sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.at)))
        assert session.get(CoachingNote, note_id) is not None
    assert actions == [
        "coaching_note_created",
        "coaching_note_delivered",
        "coaching_note_acknowledged",
    ]


def test_agents_cannot_write_or_read_coaching(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO
) -> None:
    with pytest.raises(PermissionDenied):
        coaching.create_note(sessions, agent, "hello", rep_name="Rita")
    with pytest.raises(PermissionDenied):
        coaching.reps(sessions, agent)
    with pytest.raises(ValidationError, match="rep"):
        coaching.create_note(sessions, supervisor, "hello")


def test_insights_revenue_is_per_currency_and_ranked_in_one(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO
) -> None:
    """Issue 18: reais and euros at stake are shown apart, never added, and the ranking
    uses the revenue in the currency most customers are billed in (here reais)."""
    from recovery_desk.storage.tables import Customer

    cyc = care_data.cycle(sessions, "May", date(2026, 5, 1), date(2026, 5, 31))
    at = datetime(2026, 5, 3, 10, tzinfo=UTC)
    for name, revenue, currency, code in (
        ("Ana", 30000, "BRL", "PRICE_TOO_HIGH"),
        ("Fabio", 2000, "BRL", "PRICE_TOO_HIGH"),
        ("Bia", 50000, "EUR", "PRICE_TOO_HIGH"),
        ("Caio", 1000, "BRL", "STAFF_RUDE"),
        ("Duda", 90000, "EUR", "STAFF_RUDE"),
    ):
        cid = care_data.customer(sessions, name, revenue=revenue)
        with sessions.begin() as session:
            session.execute(update(Customer).where(Customer.id == cid).values(currency=currency))
        care_data.call(sessions, cid, agent.id, cycle_id=cyc, at=at, reasons=[(code, None)])
    report = insights.team_insights(sessions, supervisor)
    assert (report.currencies, report.ranking_currency) == (("BRL", "EUR"), "BRL")
    # Customer Service has more at stake in sum (R$ 10 + € 900) but less in reais.
    assert [(t.team, t.customers, t.revenue_by_currency) for t in report.teams] == [
        ("Pricing", 3, {"BRL": 32000, "EUR": 50000}),
        ("Customer Service", 2, {"BRL": 1000, "EUR": 90000}),
    ]
    (too_high,) = report.teams[0].reasons
    assert too_high.revenue_by_currency == {"BRL": 32000, "EUR": 50000}
