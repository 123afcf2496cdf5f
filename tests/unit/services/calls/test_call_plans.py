"""Reads of a customer's calls, or of a period's, go through the index that holds the rows
wanted. Without planner statistics SQLite took ``calls.status = 'finished'`` for a narrow
condition and walked every finished call per customer: a report by call date took over
30 s on 100,000 customers, and the call screen's header 0.3 s (more with every call)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from recovery_desk.services.calls import header as call_header
from recovery_desk.services.reports import activity as report_activity
from recovery_desk.services.reports import reasons as reports
from recovery_desk.services.reports.filters import DateBasis, ReportFilters
from tests.unit.services.cycles.test_assignment_plans import statements_on
from tests.unit.services.reports import data as report_data


@pytest.fixture
def fx(workspace, agent, executive):  # type: ignore[no-untyped-def]
    return report_data.build(workspace.sessions, agent, executive)


def plans(engine: Engine, action: Callable[[], object]) -> list[str]:
    """Every line of the query plans of the statements ``action`` ran on ``calls``."""
    with statements_on(engine, "calls") as seen:
        action()
    seen = [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert seen, "the action read calls"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        return [
            row[-1]
            for statement in seen
            for row in cursor.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
        ]
    finally:
        raw.close()


def test_reasons_by_call_date_and_by_agent_never_walk_the_status_index(
    workspace: Any, fx: Any, agent: Any
) -> None:
    engine = workspace.database.engine
    by_call = ReportFilters(
        date_from=date(2026, 1, 1), date_to=date(2026, 1, 4), date_basis=DateBasis.CALL
    )
    lines = plans(engine, lambda: reports.reasons_report(engine, by_call))
    lines += plans(engine, lambda: reports.reasons_report(engine, ReportFilters(agent_id=agent.id)))
    assert not [line for line in lines if "ix_calls_status_started" in line], lines
    # The latest-reason window is looked up per customer, never scanned for each one.
    assert not [line for line in lines if line.startswith("SCAN ranked")], lines


def test_call_header_reads_only_that_customers_calls(workspace: Any, fx: Any) -> None:
    engine = workspace.database.engine
    customer = fx.customers["C"]
    lines = plans(
        engine,
        lambda: call_header.load_header(
            workspace.sessions(), customer, "en", date(2026, 1, 10), None
        ),
    )
    on_calls = [line for line in lines if " calls " in f"{line} "]
    assert on_calls and all("(customer_id=?" in line for line in on_calls), lines


def test_activity_reports_of_one_cycle_read_only_its_calls(workspace: Any, fx: Any) -> None:
    engine = workspace.database.engine
    one = ReportFilters(cycle_id=fx.cycle_id)
    lines = plans(engine, lambda: report_activity.cycles_report(engine, one))
    lines += plans(
        engine, lambda: report_activity.offers_report(engine, one, today=date(2026, 1, 10))
    )
    assert not [line for line in lines if "ix_calls_status_started" in line], lines
