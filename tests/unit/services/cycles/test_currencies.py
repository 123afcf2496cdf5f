"""Rescue cycles in a workspace billing in BRL and EUR: the preview, the live funnel, the
figures and the agents' loads never add the two currencies; the revenue band is in one
currency; figures frozen before any of this still read (issue 18)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.figures import at_stake_per_currency, recovered_per_currency
from recovery_desk.services.cycles.funnel import LiveFunnel
from recovery_desk.services.cycles.rules import CycleRules, preview
from recovery_desk.storage.tables import Assignment, Call, Customer, Cycle, User
from tests.unit.services.cycles import test_manage
from tests.unit.services.cycles.test_manage import TODAY, add_customers

team = test_manage.team  # the fixture: Ana and Bruno (agents), Clara (executive)

EVERYONE = CycleRules(departed_within_days=None, not_contacted_days=None)
BRL_CENTS = (100_000, 50_000, 20_000)  # R$ 1.700,00 in all
EUR_CENTS = (30_000, 10_000)  # € 400,00 in all


@pytest.fixture
def mixed(sessions: Any, supervisor: Any) -> list[Any]:
    """Three customers billed in BRL and two in EUR (the last BRL one left long ago)."""
    rows = [{"monthly_revenue_cents": c, "currency": "BRL"} for c in BRL_CENTS]
    rows += [{"monthly_revenue_cents": c, "currency": "EUR"} for c in EUR_CENTS]
    rows[2]["days"] = 400
    return add_customers(sessions, rows)


def _steps(result: Any) -> dict[str, tuple[int, dict[str, int]]]:
    return {s.rule: (s.customers, s.revenue_per_currency) for s in result.steps}


def test_the_preview_shows_each_currency_apart(sessions: Any, mixed: list[Any]) -> None:
    rules = CycleRules(departed_within_days=90, not_contacted_days=None)
    steps = _steps(preview(sessions, rules, TODAY))
    assert steps["all"] == (5, {"BRL": 170_000, "EUR": 40_000})
    assert steps["departed_within_days"] == (4, {"BRL": 150_000, "EUR": 40_000})
    assert steps["not_contacted_days"] == (4, {"BRL": 150_000, "EUR": 40_000})
    sums = {170_000 + 40_000, 150_000 + 40_000}
    assert not any(sums & set(revenue.values()) for _n, revenue in steps.values())


def test_the_live_funnel_agrees_with_the_preview(sessions: Any, mixed: list[Any]) -> None:
    live = LiveFunnel(sessions)
    try:
        columns = live.columns()
        assert list(columns.currency_codes) == ["BRL", "EUR"]  # the commonest first
        assert columns.currency.nbytes == len(columns)  # a byte a customer
        for rules in (
            EVERYONE,
            CycleRules(min_revenue_cents=25_000, revenue_currency="EUR"),
            CycleRules(max_revenue_cents=60_000, revenue_currency="BRL", segments=("X",)),
        ):
            assert live.preview(rules, TODAY) == preview(sessions, rules, TODAY)
    finally:
        live.close()


def test_a_band_in_euros_keeps_only_customers_billed_in_euros(
    sessions: Any, mixed: list[Any], team: dict[str, Any]
) -> None:
    # R$ 1.000,00 is within "at least 250.00" too, but it is not in euros.
    band = CycleRules(
        departed_within_days=None,
        not_contacted_days=None,
        min_revenue_cents=25_000,
        revenue_currency="EUR",
    )
    live = LiveFunnel(sessions)
    try:
        shown = live.preview(band, TODAY)
    finally:
        live.close()
    assert _steps(shown)["revenue"] == (1, {"EUR": 30_000})
    assert shown == preview(sessions, band, TODAY)
    cycle = cycles.create_cycle(
        sessions, team["sup"], name="EUR", period_start=TODAY, period_end=TODAY, rules=band
    )
    assert cycles.assign(sessions, team["sup"], cycle.id, TODAY).assigned == 1
    with sessions() as session:
        kept = session.scalars(
            select(Customer.currency).join(Assignment, Assignment.customer_id == Customer.id)
        ).all()
    assert kept == ["EUR"]
    assert cycles.find_cycle(sessions, "EUR").rules.revenue_currency == "EUR"


def test_a_band_in_a_currency_nobody_is_billed_in_keeps_nobody(
    sessions: Any, mixed: list[Any]
) -> None:
    band = CycleRules(max_revenue_cents=10**9, revenue_currency="USD")
    live = LiveFunnel(sessions)
    try:
        assert live.preview(band, TODAY).kept.customers == 0
        assert live.preview(band, TODAY) == preview(sessions, band, TODAY)
    finally:
        live.close()


def _won_back(sessions: Any, cycle_id: Any, agent_id: Any, customer_ids: list[Any]) -> None:
    with sessions.begin() as session:
        for customer_id in customer_ids:
            session.add(
                Call(
                    customer_id=customer_id,
                    agent_id=agent_id,
                    cycle_id=cycle_id,
                    status="finished",
                    outcome="won_back",
                )
            )


def test_figures_and_frozen_figures_are_per_currency(
    sessions: Any, mixed: list[Any], team: dict[str, Any]
) -> None:
    cycle = cycles.create_cycle(
        sessions, team["sup"], name="c", period_start=TODAY, period_end=TODAY, rules=EVERYONE
    )
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    _won_back(sessions, cycle.id, team["Ana"].id, [mixed[0], mixed[3]])
    frozen = cycles.close_cycle(sessions, team["sup"], cycle.id)
    assert (frozen["assigned"], frozen["won_back"], frozen["recovery_rate"]) == (5, 2, 1.0)
    assert recovered_per_currency(frozen, "BRL") == {"BRL": 100_000, "EUR": 30_000}
    assert at_stake_per_currency(frozen, "BRL") == {"BRL": 170_000, "EUR": 40_000}
    # No one amount for two currencies: the single-currency keys are left out.
    assert "recovered_revenue_cents" not in frozen and "revenue_at_stake_cents" not in frozen
    assert cycles.cycle_figures(sessions, cycle.id) == frozen


def test_figures_frozen_by_the_previous_version_still_read(sessions: Any, supervisor: Any) -> None:
    add_customers(sessions, [{"monthly_revenue_cents": 9_000, "currency": "EUR"}])
    old = {
        "assigned": 3,
        "contacted": 2,
        "reached": 2,
        "won_back": 1,
        "recovery_rate": 0.5,
        "recovered_revenue_cents": 9_000,
        "revenue_at_stake_cents": 27_000,
    }
    with sessions.begin() as session:
        session.add(
            Cycle(
                name="old",
                period_start=TODAY - timedelta(days=60),
                period_end=TODAY - timedelta(days=30),
                status="closed",
                rules={"min_revenue_cents": 5_000, "departed_within_days": 90},
                weights={"revenue": 70, "recency": 30},
                frozen_figures=old,
            )
        )
    found = cycles.find_cycle(sessions, "old")
    assert cycles.cycle_figures(sessions, found.id) == old
    # Shown, as then, in the workspace's main currency, which its band was in too.
    assert recovered_per_currency(old, "EUR") == {"EUR": 9_000}
    assert at_stake_per_currency(old, "EUR") == {"EUR": 27_000}
    assert found.rules.revenue_currency == "EUR"


def test_rules_saved_before_bands_had_a_currency_default_to_brl() -> None:
    assert CycleRules.from_json({"min_revenue_cents": 1}).revenue_currency == "BRL"
    rules = CycleRules(min_revenue_cents=1, revenue_currency="EUR")
    assert CycleRules.from_json(rules.to_json()) == rules


def test_agents_share_each_currency_evenly_by_count(
    sessions: Any, supervisor: Any, team: dict[str, Any]
) -> None:
    rows = [{"monthly_revenue_cents": 1_000 * (i + 1), "currency": "BRL"} for i in range(6)]
    rows += [{"monthly_revenue_cents": 500 * (i + 1), "currency": "EUR"} for i in range(4)]
    add_customers(sessions, rows)
    cycle = cycles.create_cycle(
        sessions, team["sup"], name="c", period_start=TODAY, period_end=TODAY, rules=EVERYONE
    )
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    held = _held(sessions)
    for currency, share in (("BRL", [3, 3]), ("EUR", [2, 2])):
        assert sorted(held[(name, currency)] for name in ("Ana", "Bruno")) == share
    # A later customer goes to whoever holds fewer, whatever their currencies.
    add_customers(sessions, [{"monthly_revenue_cents": 99_000, "currency": "EUR"}])
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    assert sorted(Counter(name for name, _cur in _held(sessions).elements()).values()) == [5, 6]


def _held(sessions: Any) -> Counter[tuple[str, str]]:
    with sessions() as session:
        rows = session.execute(
            select(User.name, Customer.currency)
            .join(Assignment, Assignment.assignee_id == User.id)
            .join(Customer, Customer.id == Assignment.customer_id)
        ).all()
    return Counter((name, currency) for name, currency in rows)
