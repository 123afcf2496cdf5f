"""Report figures against the hand-computed fixture in ``report_data``."""

from __future__ import annotations

from datetime import date

import pytest

from recovery_desk.domain.metrics import BandPosition
from recovery_desk.services.reports import activity as report_activity
from recovery_desk.services.reports import reasons as reports
from recovery_desk.services.reports.filters import DateBasis, ReasonSource, ReportFilters
from recovery_desk.services.reports.reasons import Level, Measure
from tests.unit.services.reports import data as report_data


@pytest.fixture
def fx(workspace, agent, executive):  # type: ignore[no-untyped-def]
    return report_data.build(workspace.sessions, agent, executive)


def _mine(rows):  # type: ignore[no-untyped-def]
    return [(r.category, r.reason, r.customers, r.monthly_revenue_cents) for r in rows]


def test_reasons_by_revenue(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    rows = reports.reasons_report(workspace.database.engine)
    assert _mine(rows) == [
        ("zz_price", "price_high", 3, 12500),
        ("zz_price", "price_competitor", 1, 10000),
        ("zz_service", "svc_rude", 1, 5000),  # retired, latest call wins; tie -> code order
        ("zz_service", "svc_slow", 1, 5000),  # merged svc_old counts here
        (None, None, 2, 2500),
    ]
    assert [r.share for r in rows] == [0.3571, 0.2857, 0.1429, 0.1429, 0.0714]
    assert [r.cumulative_share for r in rows] == [0.3571, 0.6429, 0.7857, 0.9286, 1.0]
    assert rows[0].reason_label == "price high"
    assert rows[0].category_label == "Price"


def test_reasons_by_count_and_category(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.database.engine
    by_count = reports.reasons_report(engine, measure=Measure.COUNT)
    assert [(r.reason, r.customers) for r in by_count][:2] == [
        ("price_high", 3),
        ("price_competitor", 1),
    ]
    assert by_count[-1].reason is None
    cats = reports.reasons_report(engine, level=Level.CATEGORY)
    assert _mine(cats) == [
        ("zz_price", None, 4, 22500),
        ("zz_service", None, 2, 10000),
        (None, None, 2, 2500),
    ]


def test_reason_sources(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.database.engine
    imported = reports.reasons_report(engine, source=ReasonSource.IMPORTED)
    assert _mine(imported) == [
        ("zz_service", "svc_slow", 2, 15000),
        ("zz_price", "price_high", 3, 12500),
        (None, None, 3, 7500),
    ]
    from_calls = reports.reasons_report(engine, source=ReasonSource.CALLS)
    assert _mine(from_calls) == [
        ("zz_price", "price_competitor", 1, 10000),
        ("zz_service", "svc_rude", 1, 5000),
        (None, None, 6, 20000),
    ]


def test_reason_filters(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    engine = workspace.database.engine
    gold = reports.reasons_report(engine, ReportFilters(segment="gold"))
    assert _mine(gold) == [
        ("zz_price", "price_high", 1, 10000),
        ("zz_price", "price_competitor", 1, 10000),
    ] or _mine(gold) == [
        ("zz_price", "price_competitor", 1, 10000),
        ("zz_price", "price_high", 1, 10000),
    ]
    departed = reports.reasons_report(
        engine, ReportFilters(date_from=date(2025, 12, 3), date_to=date(2025, 12, 4))
    )
    assert _mine(departed) == [
        ("zz_service", "svc_rude", 1, 5000),
        ("zz_service", "svc_slow", 1, 5000),
    ]
    cycle = reports.reasons_report(engine, ReportFilters(cycle_id=fx.cycle_id))
    assert sum(r.customers for r in cycle) == 5  # A B C G H are assigned
    by_call = reports.reasons_report(
        engine,
        ReportFilters(
            date_from=date(2026, 1, 1), date_to=date(2026, 1, 4), date_basis=DateBasis.CALL
        ),
    )
    assert _mine(by_call) == [("zz_service", "svc_slow", 1, 5000)]  # C's only call in range
    empty = reports.reasons_report(engine, ReportFilters(region="nowhere"))
    assert empty == []


def test_cycles_report(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    rows = report_activity.cycles_report(workspace.database.engine)
    agents, execs = rows
    assert (agents.executive, agents.contacted, agents.reached, agents.won_back) == (False, 3, 3, 1)
    assert agents.recovered_cents == 10000
    assert agents.recovery_rate == pytest.approx(1 / 3)
    assert agents.band_position is BandPosition.ABOVE
    assert (agents.band_low, agents.band_high) == (0.10, 0.30)
    assert (execs.executive, execs.contacted, execs.won_back, execs.recovered_cents) == (
        True,
        1,
        1,
        10000,
    )


def test_offers_promises_steps(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    rep = report_activity.offers_report(workspace.database.engine, today=date(2026, 2, 1))
    assert [(o.offer, o.made, o.accepted, o.cost_cents) for o in rep.offers] == [
        ("zz_offer_x", 2, 1, 1500),
        ("zz_offer_y", 1, 0, 0),
    ]
    assert rep.offers[0].acceptance_rate == 0.5
    p = rep.promises
    assert (p.kept_on_time, p.kept_late, p.open, p.overdue) == (1, 1, 2, 1)
    assert [(s.step, s.calls, s.average_ms) for s in rep.steps] == [
        ("apologise", 2, 1500.0),
        ("listen", 1, 3000.0),
    ]


def test_the_four_expectations_over_assessed_conversations(workspace, fx, agent, executive) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from recovery_desk.domain.expectations import Expectation, to_mask
    from recovery_desk.services.reports.expectations import expectations_report
    from recovery_desk.storage.tables import Call

    agents_won_back = (Call.outcome == "won_back") & ~Call.is_executive
    marks = [
        # (which calls, what they met); "not reached" stays unassessed
        (agents_won_back, [Expectation.RESPECT, Expectation.SOLUTIONS]),
        (Call.outcome == "declined", [Expectation.RESPECT]),
        (Call.outcome == "thinking", []),
        (Call.is_executive, list(Expectation)),
        (Call.status == "draft", list(Expectation)),  # unfinished: not counted
    ]
    with workspace.sessions.begin() as session:
        for where, met in marks:
            session.execute(update(Call).where(where).values(expectations_met=to_mask(met)))
    rows = expectations_report(workspace.database.engine)
    everyone, *agents = rows
    assert everyone.agent is None and everyone.assessed == 4
    assert [(r.agent, r.assessed) for r in agents] == sorted([(agent.name, 3), (executive.name, 1)])
    mine = next(r for r in agents if r.agent == agent.name)
    assert [mine.met[e] for e in Expectation] == [2, 1, 0, 0]
    assert mine.share(Expectation.RESPECT) == pytest.approx(2 / 3)
    assert [everyone.met[e] for e in Expectation] == [3, 2, 1, 1]
    theirs = expectations_report(workspace.database.engine, ReportFilters(agent_id=executive.id))
    assert [(r.agent, r.assessed) for r in theirs] == [(None, 1), (executive.name, 1)]
    nobody = expectations_report(workspace.database.engine, ReportFilters(segment="none"))
    assert [(r.agent, r.assessed, r.share(Expectation.RESPECT)) for r in nobody] == [
        (None, 0, None)
    ]


def test_money_figures_are_in_the_commonest_currency(workspace, fx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from recovery_desk.storage.queries import main_currency
    from recovery_desk.storage.tables import Customer

    engine = workspace.database.engine
    with engine.connect() as conn:
        assert main_currency(conn) == "BRL"
    with workspace.sessions.begin() as session:  # most customers billed in euros, one not
        session.execute(update(Customer).values(currency="EUR"))
        session.execute(
            update(Customer).where(Customer.external_id == "EXT-A").values(currency="BRL")
        )
    assert reports.report_bundle(engine, ReportFilters()).currency == "EUR"
