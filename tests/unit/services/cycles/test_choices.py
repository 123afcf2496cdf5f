"""Look-ups for the cycle screens: categories, people, paged assignments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from recovery_desk.domain.enums import Role
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.choices import (
    assignable_people,
    count_assignments,
    cycle_assignments,
    main_currency,
    reason_categories,
)
from recovery_desk.services.cycles.rules import CycleRules
from recovery_desk.services.users import access as users
from recovery_desk.storage.tables import Call, ReasonCategory
from tests.unit.services.cycles.test_manage import TODAY, add_customers


def test_reason_categories_in_the_users_language(sessions: Any) -> None:
    english = reason_categories(sessions, "en")
    brazilian = reason_categories(sessions, "pt_BR")
    assert english and [c.code for c in english] == [c.code for c in brazilian]
    assert all(c.label for c in english)
    with sessions.begin() as session:
        session.execute(
            update(ReasonCategory)
            .where(ReasonCategory.code == english[0].code)
            .values(active=False)
        )
    assert english[0].code not in {c.code for c in reason_categories(sessions, "en")}


def test_people_and_paged_assignments(sessions: Any, supervisor: Any) -> None:
    ana = users.create_user(sessions, "Ana", Role.AGENT)
    bruno = users.create_user(sessions, "Bruno", Role.AGENT)
    users.create_user(sessions, "Clara", Role.EXECUTIVE, handful_size=1)
    assert [p.name for p in assignable_people(sessions)] == ["Ana", "Bruno", "Clara"]
    add_customers(
        sessions,
        [{"monthly_revenue_cents": 1000 * (i + 1), "currency": "EUR"} for i in range(7)],
    )
    assert main_currency(sessions) == "EUR"
    cycle = cycles.create_cycle(
        sessions,
        supervisor,
        name="C1",
        period_start=TODAY,
        period_end=TODAY,
        rules=CycleRules(not_contacted_days=None),
    )
    cycles.assign(sessions, supervisor, cycle.id, TODAY)
    assert count_assignments(sessions, cycle.id) == 7
    first = cycle_assignments(sessions, cycle.id, 0, 4)
    rest = cycle_assignments(sessions, cycle.id, 4, 4)
    assert len(first) == 4 and len(rest) == 3
    priorities = [r.priority for r in first + rest]
    assert priorities == sorted(priorities, reverse=True)
    assert first[0].is_executive and first[0].assignee_name == "Clara"
    assert first[0].monthly_revenue_cents == 7000 and first[0].last_outcome is None
    for person in (ana, bruno):
        mine = cycle_assignments(sessions, cycle.id, 0, 100, assignee=person.id)
        assert len(mine) == count_assignments(sessions, cycle.id, person.id) == 3
        assert {r.assignee_name for r in mine} == {person.name}


def test_a_page_shows_each_customers_last_outcome_in_that_cycle(
    sessions: Any, supervisor: Any
) -> None:
    ana = users.create_user(sessions, "Ana", Role.AGENT)
    first, second, third = add_customers(
        sessions, [{"monthly_revenue_cents": 1000 * (3 - i)} for i in range(3)]
    )
    cycle, other = (
        cycles.create_cycle(
            sessions,
            supervisor,
            name=name,
            period_start=TODAY,
            period_end=TODAY,
            rules=CycleRules(not_contacted_days=None),
        )
        for name in ("C1", "C2")
    )
    cycles.assign(sessions, supervisor, cycle.id, TODAY, executives=[])
    at = datetime(2026, 11, 20, 10, tzinfo=UTC)
    calls = [
        (first, cycle.id, "not_reached", at),
        (first, cycle.id, "thinking", at + timedelta(hours=1)),  # the latest wins
        (second, other.id, "won_back", at),  # another cycle's call
        (third, cycle.id, None, at + timedelta(hours=2)),  # still on the line
        (third, cycle.id, "declined", at),
    ]
    with sessions.begin() as session:
        for customer, cycle_id, outcome, started in calls:
            session.add(
                Call(
                    customer_id=customer,
                    agent_id=ana.id,
                    cycle_id=cycle_id,
                    outcome=outcome,
                    started_at=started,
                )
            )
    page = cycle_assignments(sessions, cycle.id, 1, 2)  # past the first row
    assert [(r.customer_id, r.last_outcome) for r in page] == [
        (second, None),
        (third, "declined"),
    ]
    assert cycle_assignments(sessions, cycle.id, 0, 1)[0].last_outcome == "thinking"
