"""The funnel previewed from in-memory columns says exactly what the SQL preview says (in a
workspace billing in one currency or several), and follows the data as soon as anything is
committed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from recovery_desk.services.cycles.funnel import LiveFunnel
from recovery_desk.services.cycles.rules import CycleRules, preview
from recovery_desk.storage.tables import Call, CallReason, Customer, Reason
from tests.unit.services.cycles.test_manage import TODAY, add_customers

SEGMENTS = ("PME", "Premium", "None", "pme")
MONEY = (0, 5_000, 10_000, 20_000)
REASONS = ("PRICE_TOO_HIGH", "PRICE_INCREASE", "COMPETITOR_CHEAPER", "STAFF_RUDE")


def _instant(days: int, moment: int) -> datetime:
    """Around a midnight ``days`` before TODAY: exactly at it, a microsecond after or before."""
    midnight = datetime.combine(TODAY - timedelta(days=days), time(), UTC)
    return midnight + timedelta(microseconds=(0, 1, -1)[moment])


customer = st.fixed_dictionaries(
    {
        "days": st.integers(min_value=0, max_value=8),  # small ranges: boundaries get hit
        "monthly_revenue_cents": st.none() | st.sampled_from(MONEY),
        "currency": st.sampled_from(("BRL", "BRL", "EUR")),
        "segment": st.none() | st.sampled_from(SEGMENTS),
        "region": st.none() | st.sampled_from(("SP", "RJ", "Lisboa")),
        "status": st.sampled_from(("departed", "won_back", "lost")),
        "do_not_call": st.booleans(),
        "last_contact_at": st.none() | st.builds(_instant, st.integers(0, 6), st.integers(0, 2)),
        "imported": st.none() | st.sampled_from(REASONS),
        "called": st.lists(st.tuples(st.sampled_from(REASONS), st.booleans()), max_size=2),
        "no_date": st.booleans(),
    }
)

rules = st.builds(
    CycleRules,
    departed_within_days=st.none() | st.integers(min_value=0, max_value=8),
    min_revenue_cents=st.none() | st.sampled_from(MONEY),
    max_revenue_cents=st.none() | st.sampled_from(MONEY),
    segments=st.lists(st.sampled_from((*SEGMENTS, "Gov")), max_size=2).map(tuple),
    regions=st.lists(st.sampled_from(("SP", "RJ", "Lisboa", "MG")), max_size=2).map(tuple),
    reason_categories=st.lists(
        st.sampled_from(("PRICE", "COMPETITOR", "SUPPORT", "NOPE")), max_size=2
    ).map(tuple),
    exclude_won_back=st.booleans(),
    exclude_do_not_call=st.booleans(),
    not_contacted_days=st.none() | st.integers(min_value=0, max_value=6),
    revenue_currency=st.sampled_from(("BRL", "EUR", "USD")),
)


def _store(sessions: Any, agent_id: uuid.UUID, people: list[dict[str, Any]]) -> None:
    with sessions.begin() as session:
        session.execute(delete(CallReason))
        session.execute(delete(Call))
        session.execute(delete(Customer))
        reason_ids = {code: id_ for code, id_ in session.execute(select(Reason.code, Reason.id))}
    rows = []
    for person in people:
        row = dict(person)
        for extra in ("called", "no_date"):
            del row[extra]
        imported = row.pop("imported")
        row["imported_reason_id"] = reason_ids[imported] if imported else None
        rows.append(row)
    ids = add_customers(sessions, rows) if rows else []
    with sessions.begin() as session:
        for customer_id, person in zip(ids, people, strict=True):
            if person["no_date"]:
                session.execute(
                    update(Customer).where(Customer.id == customer_id).values(departed_on=None)
                )
            for code, verified in person["called"]:
                call = Call(customer_id=customer_id, agent_id=agent_id)
                session.add(call)
                session.flush()
                session.add(
                    CallReason(call_id=call.id, reason_id=reason_ids[code], verified=verified)
                )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=st.lists(customer, max_size=20), variants=st.lists(rules, min_size=1, max_size=4))
def test_funnel_from_memory_equals_the_sql_preview(
    sessions: Any, supervisor: Any, people: list[dict[str, Any]], variants: list[CycleRules]
) -> None:
    _store(sessions, supervisor.id, people)
    live = LiveFunnel(sessions)
    try:
        for chosen in variants:
            assert live.preview(chosen, TODAY).steps == preview(sessions, chosen, TODAY).steps
    finally:
        live.close()


def test_funnel_follows_every_commit_and_rereads_only_then(sessions: Any, supervisor: Any) -> None:
    add_customers(sessions, [{"monthly_revenue_cents": 10_000, "segment": "PME"}])
    live = LiveFunnel(sessions)
    chosen = CycleRules(segments=("PME",), not_contacted_days=None)
    assert live.preview(chosen, TODAY).kept.customers == 1
    first = live.columns()
    assert live.columns() is first  # nothing committed: no second read
    [added] = add_customers(sessions, [{"monthly_revenue_cents": 5_000, "segment": "PME"}])
    assert (live.preview(chosen, TODAY).kept.customers, live.columns() is first) == (2, False)
    with sessions.begin() as session:
        session.execute(update(Customer).where(Customer.id == added).values(do_not_call=True))
    kept = live.preview(chosen, TODAY).kept
    assert (kept.customers, kept.revenue) == (1, (("BRL", 10_000),))
    live.close()


def test_funnel_of_an_empty_database(sessions: Any, supervisor: Any) -> None:
    live = LiveFunnel(sessions)
    steps = live.preview(CycleRules(reason_categories=("PRICE",)), TODAY).steps
    assert [(s.customers, s.revenue) for s in steps] == [(0, ())] * len(steps)
    assert steps == preview(sessions, CycleRules(reason_categories=("PRICE",)), TODAY).steps
    live.close()
