"""The agent's queue and the assignment of a cycle find their assignments through an index:
a full scan of ``assignments`` (100,000 rows a cycle, more each month) would make the
queue slow to open and every new assignment slower than the last."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, event

from recovery_desk.domain.enums import Role
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.rules import CycleRules
from recovery_desk.services.queue import listing as queue
from recovery_desk.services.queue.listing import QueueQuery, SortKey
from recovery_desk.services.users import access as users
from tests.unit.services.cycles.test_manage import TODAY
from tests.unit.services.cycles.test_manage import add_customers as add_departed

EVERYONE = CycleRules(departed_within_days=None, not_contacted_days=None)


@contextmanager
def statements_on(engine: Engine, table: str = "assignments") -> Iterator[list[str]]:
    """The statements that name ``table``, as SQLite ran them (parameters bound): the
    driver's trace sees them all, the ORM's and those sent straight to the driver."""
    seen: list[str] = []

    def record(statement: str) -> None:
        if table in statement and statement not in seen:
            seen.append(statement)

    def trace(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.set_trace_callback(record)

    def untrace(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    event.listen(engine, "checkout", trace)
    event.listen(engine, "checkin", untrace)
    try:
        yield seen
    finally:
        event.remove(engine, "checkout", trace)
        event.remove(engine, "checkin", untrace)


def full_scans(
    engine: Engine, statements: list[str], tables: tuple[str, ...] = ("assignments",)
) -> list[str]:
    """Each statement whose query plan scans the whole of one of ``tables``."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        found = []
        for statement in statements:
            if not statement.lstrip().upper().startswith(("SELECT", "INSERT", "WITH")):
                continue
            plan = cursor.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
            if any(row[-1].split(" ")[:2] in (["SCAN", t] for t in tables) for row in plan):
                found.append(" ".join(statement.split()))
        return found
    finally:
        raw.close()


def _checked(
    engine: Engine,
    action: Callable[[], object],
    must_see: str,
    tables: tuple[str, ...] = ("assignments",),
) -> list[str]:
    with statements_on(engine) as seen:
        action()
    assert any(must_see in " ".join(s.split()) for s in seen), must_see
    return full_scans(engine, seen, tables)


def test_queue_and_assign_never_scan_all_assignments(sessions: Any, supervisor: Any) -> None:
    engine = sessions.kw["bind"]
    add_departed(sessions, [{"monthly_revenue_cents": 1000 * (i + 1)} for i in range(60)])
    agents = [users.create_user(sessions, name, Role.AGENT) for name in ("Ana", "Bruno")]
    october = cycles.create_cycle(
        sessions,
        supervisor,
        name="10/2026",
        period_start=TODAY - timedelta(days=30),
        period_end=TODAY,
        rules=EVERYONE,
    )
    november = cycles.create_cycle(
        sessions,
        supervisor,
        name="11/2026",
        period_start=TODAY,
        period_end=TODAY + timedelta(days=30),
        rules=EVERYONE,
    )
    cycles.assign(sessions, supervisor, october.id, TODAY)

    # Assigning a cycle asks which customers it has already ("taken"), then writes.
    taken = "SELECT assignments.customer_id FROM assignments WHERE assignments.cycle_id"
    # "c": the customers the bulk INSERT writes, reached from the staged decisions by rowid,
    # not by walking every customer (a million of them, for 100,000 to assign).
    assign = _checked(
        engine,
        lambda: cycles.assign(sessions, supervisor, november.id, TODAY),
        taken,
        tables=("assignments", "c"),
    )
    assert assign == []

    mine = QueueQuery(cycle_id=november.id, user_id=agents[0].id, sort=SortKey.PRIORITY)
    page = _checked(
        engine, lambda: queue.fetch_page(sessions, mine, 0), "assignments.assignee_id = '"
    )
    assert page == []
    assert queue.fetch_page(sessions, mine, 0), "Ana's queue has customers"
    counted = _checked(engine, lambda: queue.count(sessions, mine), "assignments.assignee_id = '")
    scope = _checked(
        engine, lambda: queue.queue_scope(sessions, agents[0].id), "assignments.assignee_id = '"
    )
    assert counted == [] and scope == []


def test_cycle_figures_read_the_cycles_calls_once(sessions: Any, supervisor: Any) -> None:
    # Joined per assignment, the calls were walked again for every assigned customer: with
    # 100,000 of each the Cycles page never finished loading its figures.
    engine = sessions.kw["bind"]
    add_departed(sessions, [{"monthly_revenue_cents": 1000} for _ in range(10)])
    users.create_user(sessions, "Ana", Role.AGENT)
    cycle = cycles.create_cycle(
        sessions, supervisor, name="c", period_start=TODAY, period_end=TODAY, rules=EVERYONE
    )
    cycles.assign(sessions, supervisor, cycle.id, TODAY)
    with statements_on(engine) as seen:
        cycles.cycle_figures(sessions, cycle.id)
    (statement,) = [s for s in seen if "sum(" in s]
    raw = engine.raw_connection()
    try:
        plan = raw.cursor().execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    finally:
        raw.close()
    steps = {row[0]: row for row in plan}
    on_calls = [row for row in plan if row[-1].split(" ")[1:2] == ["calls"]]
    assert [row[-1].split(" USING ")[1] for row in on_calls] == [
        "INDEX ix_calls_cycle_id (cycle_id=?)"
    ]
    # Read once into a subquery, not inside the loop over the assignments.
    assert steps[on_calls[0][1]][-1].startswith(("MATERIALIZE", "CO-ROUTINE"))
