"""Rescue cycles: open one with its rules, assign its customers, reassign, close it.

Executives get their handful of the highest-value customers; agents share the rest,
balanced by count and revenue (``domain.priority``). Closing a cycle freezes its figures.
Only supervisors change cycles.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, repeat
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import CycleStatus, Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import DEFAULT_CURRENCY
from recovery_desk.domain.priority import (
    Candidate,
    Load,
    Weights,
    balance_per_currency,
    executive_handfuls,
    scores,
)
from recovery_desk.services.cycles.figures import figures
from recovery_desk.services.cycles.rules import CycleRules, selection_condition
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.assignment_writer import write_assignments
from recovery_desk.storage.queries import main_currency
from recovery_desk.storage.tables import Assignment, AuditEntry, Customer, Cycle, User
from recovery_desk.storage.types import utcnow

DEFAULT_WEIGHTS = Weights()


NEEDS_NAME = QT_TRANSLATE_NOOP("messages", "a cycle needs a name")
PERIOD_BACKWARDS = QT_TRANSLATE_NOOP("messages", "the period ends before it starts")
NEGATIVE_WEIGHTS = QT_TRANSLATE_NOOP("messages", "weights cannot be negative")
NAME_TAKEN = QT_TRANSLATE_NOOP("messages", "a cycle named '%1' already exists")
UNKNOWN_CYCLE = QT_TRANSLATE_NOOP("messages", "unknown cycle")
NO_CYCLE_NAMED = QT_TRANSLATE_NOOP("messages", "no cycle named '%1'")
CYCLE_CLOSED = QT_TRANSLATE_NOOP("messages", "cycle '%1' is closed: its figures are frozen")
NO_SUCH_PERSON = QT_TRANSLATE_NOOP("messages", "no active person named %1")
NOBODY_TO_ASSIGN = QT_TRANSLATE_NOOP(
    "messages", "there is no active agent or executive to assign to"
)
CHOOSE_ASSIGNEE = QT_TRANSLATE_NOOP("messages", "choose an active agent or executive")


@dataclass(frozen=True)
class CycleDTO:
    id: uuid.UUID
    name: str
    period_start: date
    period_end: date
    status: CycleStatus
    rules: CycleRules
    weights: Weights
    assigned: int
    frozen_figures: dict[str, Any] | None


@dataclass(frozen=True)
class AssignResult:
    assigned: int
    to_executives: int
    to_agents: int
    already_assigned: int


def _dto(cycle: Cycle, assigned: int, main: str = DEFAULT_CURRENCY) -> CycleDTO:
    """``main``: the workspace's main currency, the band's of rules saved before bands had one
    (:func:`_main_if_needed`)."""
    weights: dict[str, Any] = dict(cycle.weights or {})
    return CycleDTO(
        id=cycle.id,
        name=cycle.name,
        period_start=cycle.period_start,
        period_end=cycle.period_end,
        status=CycleStatus(cycle.status),
        rules=CycleRules.from_json(dict(cycle.rules or {}), main),
        weights=Weights(int(weights.get("revenue", 70)), int(weights.get("recency", 30))),
        assigned=assigned,
        frozen_figures=cycle.frozen_figures,
    )


def _main_if_needed(session: Session, cycles: list[Cycle]) -> str:
    """The main currency if a cycle's rules were saved before bands had a currency (the
    old form showed the band in it); else the default, without asking the database."""
    if any("revenue_currency" not in (c.rules or {}) for c in cycles):
        return main_currency(session.connection())
    return DEFAULT_CURRENCY


def list_cycles(sessions: sessionmaker[Session]) -> list[CycleDTO]:
    """All cycles, newest period first, with how many customers each has assigned."""
    counts = (
        select(Assignment.cycle_id, func.count().label("n"))
        .group_by(Assignment.cycle_id)
        .subquery()
    )
    query = (
        select(Cycle, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.cycle_id == Cycle.id)
        .order_by(Cycle.period_start.desc(), Cycle.name)
    )
    with sessions() as session:
        rows = session.execute(query).all()
        main = _main_if_needed(session, [cycle for cycle, _n in rows])
        return [_dto(cycle, n, main) for cycle, n in rows]


def find_cycle(sessions: sessionmaker[Session], name_or_id: str) -> CycleDTO:
    """A cycle by its name or id; raises ``ValidationError`` naming the field."""
    for cycle in list_cycles(sessions):
        if name_or_id in (cycle.name, str(cycle.id)):
            return cycle
    raise ValidationError(NO_CYCLE_NAMED, field="cycle", args=(name_or_id,))


def current_cycle(sessions: sessionmaker[Session]) -> CycleDTO | None:
    """The open cycle with the latest period, if any."""
    open_ones = [c for c in list_cycles(sessions) if c.status is CycleStatus.OPEN]
    return open_ones[0] if open_ones else None


def _audit(
    session: Session, user: UserDTO, action: str, cycle_id: uuid.UUID, details: dict[str, Any]
) -> None:
    session.add(
        AuditEntry(
            user_id=user.id,
            action=action,
            entity="cycles",
            entity_id=str(cycle_id),
            details=details,
        )
    )


def create_cycle(
    sessions: sessionmaker[Session],
    user: UserDTO,
    *,
    name: str,
    period_start: date,
    period_end: date,
    rules: CycleRules,
    weights: Weights = DEFAULT_WEIGHTS,
) -> CycleDTO:
    """Open a new cycle (supervisors only)."""
    require_role(user, Role.SUPERVISOR)
    name = name.strip()
    if not name:
        raise ValidationError(NEEDS_NAME, field="name")
    if period_end < period_start:
        raise ValidationError(PERIOD_BACKWARDS, field="period_end")
    if weights.revenue < 0 or weights.recency < 0:
        raise ValidationError(NEGATIVE_WEIGHTS, field="weights")
    with sessions.begin() as session:
        if session.scalar(select(Cycle.id).where(Cycle.name == name)):
            raise ValidationError(NAME_TAKEN, field="name", args=(name,))
        cycle = Cycle(
            name=name,
            period_start=period_start,
            period_end=period_end,
            status=CycleStatus.OPEN.value,
            rules=rules.to_json(),
            weights={"revenue": weights.revenue, "recency": weights.recency},
            opened_by_id=user.id,
        )
        session.add(cycle)
        session.flush()
        _audit(session, user, "cycle.create", cycle.id, {"name": name})
        return _dto(cycle, 0)


def update_cycle(
    sessions: sessionmaker[Session],
    user: UserDTO,
    cycle_id: uuid.UUID,
    *,
    rules: CycleRules,
    weights: Weights,
) -> CycleDTO:
    """Change an open cycle's rules and weights (existing assignments stay)."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        cycle = _open_cycle(session, cycle_id)
        cycle.rules = rules.to_json()
        cycle.weights = {"revenue": weights.revenue, "recency": weights.recency}
        _audit(session, user, "cycle.update", cycle.id, {"rules": rules.to_json()})
        count = session.scalar(select(func.count()).where(Assignment.cycle_id == cycle_id))
        return _dto(cycle, count or 0, _main_if_needed(session, [cycle]))


def _open_cycle(session: Session, cycle_id: uuid.UUID) -> Cycle:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise ValidationError(UNKNOWN_CYCLE, field="cycle")
    if cycle.status != CycleStatus.OPEN.value:
        raise ValidationError(CYCLE_CLOSED, field="cycle", args=(cycle.name,))
    return cycle


def _team(session: Session, role: Role, names: list[str] | None) -> list[User]:
    query = select(User).where(User.role == role.value, User.active.is_(True)).order_by(User.name)
    people = list(session.scalars(query))
    if names is None:
        return people
    by_name = {u.name: u for u in people}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValidationError(NO_SUCH_PERSON, field=role.value, args=(", ".join(missing),))
    return [by_name[n] for n in names]


def assign(
    sessions: sessionmaker[Session],
    user: UserDTO,
    cycle_id: uuid.UUID,
    today: date,
    *,
    agents: list[str] | None = None,
    executives: list[str] | None = None,
) -> AssignResult:
    """Assign the customers the cycle's rules keep and that are not assigned yet.

    Executives first take their handful of the highest-value customers; agents share the
    rest, balanced against what they already hold in this cycle.
    """
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        cycle = _open_cycle(session, cycle_id)
        dto = _dto(cycle, 0, _main_if_needed(session, [cycle]))
        agent_users = _team(session, Role.AGENT, agents)
        exec_users = _team(session, Role.EXECUTIVE, executives)
        if not agent_users and not exec_users:
            raise ValidationError(NOBODY_TO_ASSIGN, field="agents")
        taken = select(Assignment.customer_id).where(Assignment.cycle_id == cycle_id)
        # Customers go by rowid to the bulk writer, and the departure date comes as its
        # stored ISO text (parsed in C): the driver's rows are used as they are.
        rowid: Any = literal_column("customers.rowid")
        query = select(
            rowid,
            Customer.monthly_revenue_cents,
            type_coerce(Customer.departed_on, String),
            Customer.lifetime_value_cents,
            Customer.currency,
        ).where(selection_condition(session, dto.rules, today), Customer.id.not_in(taken))
        rows = _driver_rows(session.connection(), query)
        parse = date.fromisoformat
        # A candidate's key is its place in ``rows``: priorities and rowids by list index.
        candidates = [
            Candidate(i, revenue, parse(departed) if departed else None, ltv, currency)
            for i, (_rowid, revenue, departed, ltv, currency) in enumerate(rows)
        ]
        already = session.scalar(select(func.count()).where(Assignment.cycle_id == cycle_id))
        ranks = scores(candidates, dto.weights, today)
        # People go by their place in ``people`` too (executives first): no UUID hashing.
        people = [u.id for u in exec_users] + [u.id for u in agent_users]
        held = _executive_load(session, cycle_id)
        handfuls = [
            (i, max(0, u.handful_size - held.get(u.id, 0))) for i, u in enumerate(exec_users)
        ]
        handfuls = [(i, n) for i, n in handfuls if n > 0]
        to_exec = executive_handfuls(candidates, handfuls) if handfuls else {}
        rest = [c for c in candidates if c.key not in to_exec] if to_exec else candidates
        first = len(exec_users)
        loads = _agent_load(session, cycle_id)
        held_by_agents = {
            first + i: loads[u.id] for i, u in enumerate(agent_users) if u.id in loads
        }
        to_agents = balance_per_currency(rest, range(first, len(people)), held_by_agents)
        rowids = [row[0] for row in rows]
        decisions = chain(
            _decisions(to_exec, rowids, ranks, executive=True),
            _decisions(to_agents, rowids, ranks, executive=False),
        )
        written = write_assignments(session.connection(), cycle_id, decisions, people, utcnow())
        _audit(
            session,
            user,
            "cycle.assign",
            cycle_id,
            {"assigned": written, "executives": len(to_exec)},
        )
    return AssignResult(
        assigned=written,
        to_executives=len(to_exec),
        to_agents=len(to_agents),
        already_assigned=already or 0,
    )


def _driver_rows(conn: Connection, query: Select[Any]) -> Sequence[Any]:
    """The rows of ``query`` as the driver returns them (plain tuples of stored values):
    SQLAlchemy compiles and binds, but builds no result row per row."""
    result = conn.execute(query)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _decisions(
    chosen: dict[int, int], rowids: list[int], ranks: list[int], *, executive: bool
) -> Iterator[tuple[int, int, int, bool]]:
    """(customer rowid, person index, priority, is_executive) for each candidate index in
    ``chosen`` (candidate index to person index), made without a Python loop."""
    keys = chosen.keys()
    return zip(
        map(rowids.__getitem__, keys),
        chosen.values(),
        map(ranks.__getitem__, keys),
        repeat(executive),
        strict=False,  # repeat() never ends
    )


def _executive_load(session: Session, cycle_id: uuid.UUID) -> dict[uuid.UUID, int]:
    query = (
        select(Assignment.assignee_id, func.count())
        .where(Assignment.cycle_id == cycle_id, Assignment.is_executive.is_(True))
        .group_by(Assignment.assignee_id)
    )
    return {row[0]: row[1] for row in session.execute(query) if row[0] is not None}


def _agent_load(session: Session, cycle_id: uuid.UUID) -> dict[uuid.UUID, Load]:
    """What each agent already holds in the cycle: customers, and revenue per currency."""
    currency = Customer.currency
    query = (
        select(
            Assignment.assignee_id,
            currency,
            func.count(),
            func.coalesce(func.sum(Customer.monthly_revenue_cents), 0),
        )
        .join(Customer, Customer.id == Assignment.customer_id)
        .where(Assignment.cycle_id == cycle_id, Assignment.is_executive.is_(False))
        .group_by(Assignment.assignee_id, currency)
    )
    loads: dict[uuid.UUID, Load] = {}
    for agent, cur, count, cents in session.execute(query):
        if agent is not None:
            held, revenue = loads.get(agent, (0, {}))
            loads[agent] = (held + count, {**revenue, cur: cents})
    return loads


def reassign(
    sessions: sessionmaker[Session],
    user: UserDTO,
    assignment_ids: list[uuid.UUID],
    assignee_id: uuid.UUID | None,
) -> int:
    """Give the chosen assignments to another person, or unassign them (``None``)."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        target: User | None = None
        if assignee_id is not None:
            target = session.get(User, assignee_id)
            if target is None or not target.active or target.role == Role.SUPERVISOR.value:
                raise ValidationError(CHOOSE_ASSIGNEE, field="assignee")
        changed = 0
        for assignment in session.scalars(
            select(Assignment).where(Assignment.id.in_(assignment_ids))
        ):
            _open_cycle(session, assignment.cycle_id)
            assignment.assignee_id = assignee_id
            assignment.is_executive = bool(target and target.role == Role.EXECUTIVE.value)
            changed += 1
        if changed:
            session.add(
                AuditEntry(
                    user_id=user.id,
                    action="cycle.reassign",
                    entity="assignments",
                    details={
                        "count": changed,
                        "assignee": str(assignee_id) if assignee_id else None,
                    },
                )
            )
        return changed


def cycle_figures(sessions: sessionmaker[Session], cycle_id: uuid.UUID) -> dict[str, Any]:
    """Frozen figures of a closed cycle, live figures of an open one."""
    with sessions() as session:
        cycle = session.get(Cycle, cycle_id)
        if cycle is None:
            raise ValidationError(UNKNOWN_CYCLE, field="cycle")
        if cycle.frozen_figures is not None:
            return dict(cycle.frozen_figures)
        return figures(session, cycle_id)


def close_cycle(
    sessions: sessionmaker[Session], user: UserDTO, cycle_id: uuid.UUID
) -> dict[str, Any]:
    """Close a cycle and freeze its figures; later calls no longer change them."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        cycle = _open_cycle(session, cycle_id)
        frozen = figures(session, cycle_id)
        cycle.frozen_figures = frozen
        cycle.status = CycleStatus.CLOSED.value
        cycle.closed_at = utcnow()
        _audit(session, user, "cycle.close", cycle_id, frozen)
        return frozen


def unassign_all(sessions: sessionmaker[Session], user: UserDTO, cycle_id: uuid.UUID) -> int:
    """Clear every assignee of an open cycle (the selection stays)."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        _open_cycle(session, cycle_id)
        ids = list(session.scalars(select(Assignment.id).where(Assignment.cycle_id == cycle_id)))
    return reassign(sessions, user, ids, None) if ids else 0
