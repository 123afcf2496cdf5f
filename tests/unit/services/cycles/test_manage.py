"""Rescue cycles: rule counts, priority order, balanced assignment, executive handful,
reassigning and closing."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.priority import Weights
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.rules import CycleRules, preview
from recovery_desk.services.users import access as users
from recovery_desk.storage.tables import Assignment, Call, Customer, OutboxEntry, Reason

TODAY = date(2026, 11, 22)


def add_customers(
    sessions: Any, rows: list[dict[str, Any]], today: date = TODAY
) -> list[uuid.UUID]:
    """Insert customers; ``days`` in a row is how long before ``today`` they left."""
    now = datetime.now(UTC)
    full = []
    for i, row in enumerate(rows):
        full.append(
            {
                "id": uuid.uuid4(),
                "name": row.pop("name", f"Cliente {i}"),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "departed_on": today - timedelta(days=row.pop("days", 10)),
                **row,
            }
        )
    with sessions.begin() as session:
        session.execute(insert(Customer), full)
    return [r["id"] for r in full]


@pytest.fixture
def team(sessions: Any, supervisor: Any) -> dict[str, Any]:
    made = {"sup": supervisor}
    for name, role, size in (
        ("Ana", Role.AGENT, 5),
        ("Bruno", Role.AGENT, 5),
        ("Clara", Role.EXECUTIVE, 2),
    ):
        made[name] = users.create_user(sessions, name, role, handful_size=size)
    return made


def test_preview_counts_what_each_rule_keeps(sessions: Any, supervisor: Any) -> None:
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 10_000, "segment": "PME", "days": 10},
            {"monthly_revenue_cents": 50_000, "segment": "PME", "days": 200},
            {"monthly_revenue_cents": 90_000, "segment": "Premium", "days": 5},
            {"monthly_revenue_cents": 70_000, "segment": "PME", "days": 3, "do_not_call": True},
            {"monthly_revenue_cents": 30_000, "segment": "PME", "days": 3, "status": "won_back"},
        ],
    )
    rules = CycleRules(
        departed_within_days=90,
        min_revenue_cents=20_000,
        segments=("PME",),
        not_contacted_days=None,
    )
    steps = {
        s.rule: (s.customers, s.revenue_per_currency.get("BRL", 0))
        for s in preview(sessions, rules, TODAY).steps
    }
    assert steps["all"] == (5, 250_000)
    assert steps["departed_within_days"] == (4, 200_000)
    assert steps["revenue"] == (3, 190_000)
    assert steps["segments"] == (2, 100_000)
    assert steps["exclude_won_back"] == (1, 70_000)
    assert steps["not_contacted_days"] == (0, 0)


def test_reason_category_rule_uses_imported_reason(sessions: Any, supervisor: Any) -> None:
    with sessions() as session:
        price = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    add_customers(sessions, [{"imported_reason_id": price}, {}])
    kept = preview(sessions, CycleRules(reason_categories=("PRICE",)), TODAY).kept
    assert kept.customers == 1


def test_assign_gives_executives_their_handful_and_balances_agents(
    sessions: Any, team: dict[str, Any]
) -> None:
    add_customers(
        sessions, [{"monthly_revenue_cents": (i + 1) * 1000, "days": 5} for i in range(21)]
    )
    cycle = cycles.create_cycle(
        sessions,
        team["sup"],
        name="11/2026",
        period_start=TODAY,
        period_end=TODAY + timedelta(days=30),
        rules=CycleRules(),
    )
    result = cycles.assign(sessions, team["sup"], cycle.id, TODAY)
    assert (result.assigned, result.to_executives, result.to_agents) == (21, 2, 19)
    with sessions() as session:
        rows = session.execute(
            select(
                Assignment.assignee_id, Customer.monthly_revenue_cents, Assignment.priority
            ).join(Customer, Customer.id == Assignment.customer_id)
        ).all()
    clara = sorted(r[1] for r in rows if r[0] == team["Clara"].id)
    assert clara == [20_000, 21_000]
    per_agent = [len([r for r in rows if r[0] == team[n].id]) for n in ("Ana", "Bruno")]
    assert sorted(per_agent) == [9, 10]
    # Running assign again adds nothing: everyone is assigned already.
    again = cycles.assign(sessions, team["sup"], cycle.id, TODAY)
    assert again.assigned == 0 and again.already_assigned == 21


def test_assignments_get_distinct_uuids_and_all_travel(sessions: Any, team: dict[str, Any]) -> None:
    add_customers(sessions, [{"monthly_revenue_cents": 1000, "days": 5} for _ in range(50)])
    for name in ("11/2026", "12/2026"):
        cycle = cycles.create_cycle(
            sessions,
            team["sup"],
            name=name,
            period_start=TODAY,
            period_end=TODAY + timedelta(days=30),
            rules=CycleRules(),
        )
        cycles.assign(sessions, team["sup"], cycle.id, TODAY)
    with sessions() as session:
        ids = session.scalars(select(Assignment.id)).all()
        queued = session.scalars(
            select(OutboxEntry.entity_id).where(OutboxEntry.entity == "assignments")
        ).all()
    assert len(ids) == 100 and len(set(ids)) == 100
    assert {i.version for i in ids} == {7}
    assert sorted(queued) == sorted(ids)


def test_priority_follows_weights(sessions: Any, team: dict[str, Any]) -> None:
    old_rich, new_poor = add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 100_000, "days": 80},
            {"monthly_revenue_cents": 1_000, "days": 1},
        ],
    )
    cycle = cycles.create_cycle(
        sessions,
        team["sup"],
        name="recency",
        period_start=TODAY,
        period_end=TODAY,
        rules=CycleRules(),
        weights=Weights(revenue=0, recency=100),
    )
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    with sessions() as session:
        prio = dict(session.execute(select(Assignment.customer_id, Assignment.priority)).all())
    assert prio[new_poor] > prio[old_rich]


def test_reassign_unassign_and_close_freezes(sessions: Any, team: dict[str, Any]) -> None:
    ids = add_customers(sessions, [{"monthly_revenue_cents": 5_000} for _ in range(4)])
    cycle = cycles.create_cycle(
        sessions, team["sup"], name="c", period_start=TODAY, period_end=TODAY, rules=CycleRules()
    )
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    with sessions() as session:
        assignment_ids = list(session.scalars(select(Assignment.id)))
    assert cycles.reassign(sessions, team["sup"], assignment_ids[:2], team["Bruno"].id) == 2
    assert cycles.reassign(sessions, team["sup"], assignment_ids[2:3], None) == 1
    with sessions.begin() as session:
        session.add(
            Call(
                customer_id=ids[0],
                agent_id=team["Ana"].id,
                cycle_id=cycle.id,
                status="finished",
                outcome="won_back",
            )
        )
    frozen = cycles.close_cycle(sessions, team["sup"], cycle.id)
    assert frozen["assigned"] == 4 and frozen["contacted"] == 1 and frozen["won_back"] == 1
    assert frozen["recovered_revenue_cents"] == 5_000 and frozen["recovery_rate"] == 1.0
    with sessions.begin() as session:
        session.add(
            Call(
                customer_id=ids[1],
                agent_id=team["Ana"].id,
                cycle_id=cycle.id,
                status="finished",
                outcome="won_back",
            )
        )
    assert cycles.cycle_figures(sessions, cycle.id)["won_back"] == 1  # frozen
    with pytest.raises(ValidationError, match="closed"):
        cycles.assign(sessions, team["sup"], cycle.id, TODAY)


def test_only_supervisors_change_cycles(sessions: Any, team: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied):
        cycles.create_cycle(
            sessions,
            team["Ana"],
            name="x",
            period_start=TODAY,
            period_end=TODAY,
            rules=CycleRules(),
        )


def test_bad_period_names_the_field(sessions: Any, team: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as info:
        cycles.create_cycle(
            sessions,
            team["sup"],
            name="x",
            period_start=TODAY,
            period_end=TODAY - timedelta(days=1),
            rules=CycleRules(),
        )
    assert info.value.field == "period_end"


def test_live_figures_count_each_customer_by_its_finished_calls_in_the_cycle(
    sessions: Any, team: dict[str, Any]
) -> None:
    won, missed, drafting, elsewhere, silent = add_customers(
        sessions, [{"monthly_revenue_cents": 1_000 * (i + 1)} for i in range(5)]
    )
    cycle = cycles.create_cycle(
        sessions, team["sup"], name="c", period_start=TODAY, period_end=TODAY, rules=CycleRules()
    )
    other = cycles.create_cycle(
        sessions, team["sup"], name="o", period_start=TODAY, period_end=TODAY, rules=CycleRules()
    )
    cycles.assign(sessions, team["sup"], cycle.id, TODAY, executives=[])
    calls = [
        (won, cycle.id, "finished", "not_reached"),
        (won, cycle.id, "finished", "won_back"),  # two calls, one customer
        (missed, cycle.id, "finished", "not_reached"),
        (drafting, cycle.id, "draft", None),  # still on the line: not contacted yet
        (elsewhere, other.id, "finished", "won_back"),  # another cycle's call
    ]
    with sessions.begin() as session:
        for customer, cycle_id, status, outcome in calls:
            session.add(
                Call(
                    customer_id=customer,
                    agent_id=team["Ana"].id,
                    cycle_id=cycle_id,
                    status=status,
                    outcome=outcome,
                )
            )
    assert silent
    assert cycles.cycle_figures(sessions, cycle.id) == {
        "assigned": 5,
        "contacted": 2,
        "reached": 1,
        "won_back": 1,
        "recovery_rate": 0.5,
        "recovered_revenue_cents": 1_000,
        "revenue_at_stake_cents": 15_000,
        "recovered_revenue_per_currency": {"BRL": 1_000},
        "revenue_at_stake_per_currency": {"BRL": 15_000},
    }
