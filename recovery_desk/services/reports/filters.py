"""Filters shared by the reports page, the report CLI and the reason-log export.

:class:`ReportFilters` is a plain frozen dataclass (the UI and CLI build it); the helpers
below turn it into SQLAlchemy Core conditions over the local ``storage.tables`` metadata,
so the same statements run on the local SQLite file and on the central PostgreSQL.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, exists, false, or_, select, true, union

from recovery_desk.domain.errors import ValidationError
from recovery_desk.storage.queries import unindexed
from recovery_desk.storage.tables import Assignment, Call, Customer, Cycle, User

customers = Customer.__table__
calls = Call.__table__
assignments = Assignment.__table__
cycles = Cycle.__table__
users = User.__table__


class DateBasis(StrEnum):
    """Which date the period filter looks at."""

    DEPARTED = "departed"  # customers.departed_on
    CALL = "call"  # the date of the call (calls.started_at)


class ReasonSource(StrEnum):
    """Where ``report reasons`` takes a customer's primary reason from."""

    CALLS = "calls"
    IMPORTED = "imported"
    ALL = "all"


@dataclass(frozen=True)
class ReportFilters:
    """What the user narrowed a report or export to; ``None`` means no restriction."""

    date_from: date | None = None
    date_to: date | None = None
    date_basis: DateBasis = DateBasis.DEPARTED
    cycle_id: uuid.UUID | None = None
    segment: str | None = None
    region: str | None = None
    agent_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("the period ends before it starts", field="to")

    def describe(self) -> dict[str, Any]:
        """JSON-friendly form (audit log)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value is None:
                continue
            out[key] = value.isoformat() if isinstance(value, date) else str(value)
        return out


def _instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def call_period(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """Conditions on ``calls.started_at`` when the period is by call date."""
    if filters.date_basis is not DateBasis.CALL:
        return []
    conds: list[ColumnElement[bool]] = []
    if filters.date_from:
        conds.append(calls.c.started_at >= _instant(filters.date_from))
    if filters.date_to:
        conds.append(calls.c.started_at < _instant(filters.date_to + timedelta(days=1)))
    return conds


def customer_conditions(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """Conditions on ``customers`` (segment, region, departure period, cycle, agent)."""
    c = customers.c
    conds: list[ColumnElement[bool]] = []
    if filters.segment:
        conds.append(c.segment == filters.segment)
    if filters.region:
        conds.append(c.region == filters.region)
    if filters.date_basis is DateBasis.DEPARTED:
        if filters.date_from:
            conds.append(c.departed_on >= filters.date_from)
        if filters.date_to:
            conds.append(c.departed_on <= filters.date_to)
    else:
        period = call_period(filters)
        if period:
            conds.append(exists().where(calls.c.customer_id == c.id, *period))
    if filters.cycle_id is not None:
        conds.append(
            exists().where(
                assignments.c.customer_id == c.id, assignments.c.cycle_id == filters.cycle_id
            )
        )
    if filters.agent_id is not None:
        # The agent's few customers, looked up once (probing each customer costs a scan).
        conds.append(
            c.id.in_(
                union(
                    select(assignments.c.customer_id).where(
                        assignments.c.assignee_id == filters.agent_id
                    ),
                    select(calls.c.customer_id).where(calls.c.agent_id == filters.agent_id),
                )
            )
        )
    return conds


def finished(filters: ReportFilters) -> ColumnElement[bool]:
    """``calls.status = 'finished'``, hidden from the status index when a cycle or an
    agent narrows the calls: their own index then holds the few rows wanted, where the
    status index would walk every finished call there is."""
    narrowed = filters.cycle_id is not None or filters.agent_id is not None
    return (unindexed(calls.c.status) if narrowed else calls.c.status) == "finished"


def call_conditions(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """Conditions on a ``calls`` row joined to its ``customers`` row."""
    conds = [*call_period(filters)]
    c = customers.c
    if filters.segment:
        conds.append(c.segment == filters.segment)
    if filters.region:
        conds.append(c.region == filters.region)
    if filters.date_basis is DateBasis.DEPARTED:
        if filters.date_from:
            conds.append(c.departed_on >= filters.date_from)
        if filters.date_to:
            conds.append(c.departed_on <= filters.date_to)
    if filters.cycle_id is not None:
        conds.append(calls.c.cycle_id == filters.cycle_id)
    if filters.agent_id is not None:
        conds.append(calls.c.agent_id == filters.agent_id)
    return conds


def all_of(conds: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    return and_(true(), *conds) if conds else true()


def _parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def resolve_cycle(engine: Engine, text: str) -> uuid.UUID:
    """A cycle's id from its id or its (case-insensitive) name.

    Raises:
        ValidationError: no cycle, or several cycles, match.
    """
    wanted = _parse_uuid(text)
    cond = cycles.c.id == wanted if wanted else cycles.c.name.ilike(text.strip())
    with engine.connect() as conn:
        found = list(conn.scalars(select(cycles.c.id).where(cond).limit(2)))
    if len(found) != 1:
        problem = "no cycle is called" if not found else "several cycles are called"
        raise ValidationError(f"{problem} '{text}'", field="cycle")
    return uuid.UUID(str(found[0]))


def resolve_agent(engine: Engine, text: str) -> uuid.UUID:
    """A user's id from their id, login or (case-insensitive) name.

    Raises:
        ValidationError: no user, or several users, match.
    """
    wanted = _parse_uuid(text)
    if wanted:
        cond: ColumnElement[bool] = users.c.id == wanted
    else:
        cond = or_(users.c.login == text.strip(), users.c.name.ilike(text.strip()), false())
    with engine.connect() as conn:
        found = list(conn.scalars(select(users.c.id).where(cond).limit(2)))
    if len(found) != 1:
        problem = "no user is called" if not found else "several users are called"
        raise ValidationError(f"{problem} '{text}'", field="agent")
    return uuid.UUID(str(found[0]))


@dataclass(frozen=True)
class FilterOptions:
    """The choices of the reports page's filter combos."""

    cycles: list[tuple[uuid.UUID, str]]
    segments: list[str]
    regions: list[str]
    agents: list[tuple[uuid.UUID, str]]


def filter_options(engine: Engine) -> FilterOptions:
    """Cycles (newest first), segments, regions and callers (agents and executives)."""
    with engine.connect() as conn:
        cycle_rows = conn.execute(
            select(cycles.c.id, cycles.c.name).order_by(cycles.c.period_start.desc())
        )
        cycle_list = [(uuid.UUID(str(r.id)), r.name) for r in cycle_rows]
        segments = [
            s
            for s in conn.scalars(
                select(customers.c.segment).distinct().order_by(customers.c.segment)
            )
            if s
        ]
        regions = [
            s
            for s in conn.scalars(
                select(customers.c.region).distinct().order_by(customers.c.region)
            )
            if s
        ]
        agent_rows = conn.execute(
            select(users.c.id, users.c.name)
            .where(users.c.role.in_(("agent", "executive")))
            .order_by(users.c.name)
        )
        agents = [(uuid.UUID(str(r.id)), r.name) for r in agent_rows]
    return FilterOptions(cycle_list, segments, regions, agents)
