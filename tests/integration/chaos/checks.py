"""After the fault-free rounds: does every desk agree with the centre, row for row?

(a) the centre holds every row each desk wrote, exactly once (no two customers with one
code, no two reasons with one code…), and no desk has anything left to send;
(b) a supervisor's desk holds exactly the centre's rows of every travelling table;
(c) an agent's desk holds exactly its share: all users, the catalogue, cycles and coaching
notes; the assignments assigned to it and their customers; its own calls and their
children; what it authored — no more, no less;
(d) do-not-call and won-back customers are so at the centre and on every desk holding them;
(e) the closed cycle's frozen figures count the agents' calls;
(f) the concurrent edits end as the conflict rule says, and nothing is silently lost;
and no password is in a message, a log or a desk's files.

Each problem names the table, the desk and a few row ids (never customer data).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.sql.elements import ColumnElement

from recovery_desk.storage.central.schema import CENTRAL, ORDERED
from recovery_desk.storage.central.schema import conflicts as CONFLICTS
from recovery_desk.storage.tables import Base, OutboxEntry, Reason

if TYPE_CHECKING:
    from tests.integration.chaos.desks import Desk
    from tests.integration.chaos.scenario import Run

SHOWN = 3  # example ids per problem
EVERYONE_HOLDS = (
    "users",
    "reason_categories",
    "reasons",
    "offers",
    "scripts",
    "phrases",
    "erasures",  # what must be deleted everywhere reaches every desk
    "cycles",
    "coaching_notes",
)
CALL_CHILDREN = ("call_steps", "call_reasons", "offers_made", "promises")
AUTHORED_BY_ME = ("audit_log", "care_reviews", "health_events")
UNIQUE_AT_CENTRE = {
    "customers": ("external_id",),
    "reasons": ("code",),
    "reason_categories": ("code",),
    "offers": ("code",),
    "users": ("login",),
    "scripts": ("step", "lang"),
    "assignments": ("customer_id", "cycle_id"),
}


# -- reading ---------------------------------------------------------------------------------


def central_assignments(owner: Engine, user_id: uuid.UUID) -> int:
    table = CENTRAL["assignments"]
    with owner.connect() as conn:
        query = select(func.count()).where(table.c.assignee_id == user_id)
        return int(conn.execute(query).scalar() or 0)


def central_version(owner: Engine, table: str, row_id: uuid.UUID) -> int | None:
    central = CENTRAL[table]
    with owner.connect() as conn:
        query = select(central.c.version).where(central.c.id == row_id)
        return conn.execute(query).scalar()


def reason_code(desk: Desk, reason_id: uuid.UUID) -> str:
    with desk.ws.sessions() as session:
        return str(session.scalar(select(Reason.code).where(Reason.id == reason_id)))


def _norm(value: Any) -> Any:
    """One spelling of a value whichever end read it."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, default=str)
    return value


def _share(table: str, me: uuid.UUID) -> ColumnElement[bool] | None:
    """Which of the centre's rows of ``table`` agent ``me`` must hold (None: all)."""
    c = CENTRAL[table].c
    my_calls = select(CENTRAL["calls"].c.id).where(CENTRAL["calls"].c.agent_id == me)
    assignments = CENTRAL["assignments"].c
    my_customers = select(assignments.customer_id).where(assignments.assignee_id == me)
    if table in EVERYONE_HOLDS:
        return None
    if table == "assignments":
        return c.assignee_id == me
    if table == "customers":
        return c.id.in_(my_customers)
    if table in ("calls", "callbacks"):
        return c.agent_id == me
    if table in CALL_CHILDREN:
        return c.call_id.in_(my_calls)
    if table in AUTHORED_BY_ME:
        return c.author_id == me
    raise AssertionError(f"no agent's share defined for {table}")


def _rows(conn: Connection, query: Any) -> dict[Any, tuple[Any, ...]]:
    """Rows by id (the query's first column), values in one spelling."""
    return {r[0]: tuple(_norm(v) for v in r) for r in conn.execute(query)}


# -- comparing -------------------------------------------------------------------------------


def _compare(
    table: str, desk: str, local: dict[Any, tuple[Any, ...]], centre: dict[Any, tuple[Any, ...]],
    columns: list[str],
) -> list[str]:  # fmt: skip
    missing = sorted(set(centre) - set(local), key=str)
    extra = sorted(set(local) - set(centre), key=str)
    differ = sorted((i for i in set(local) & set(centre) if local[i] != centre[i]), key=str)
    if not (missing or extra or differ):
        return []
    parts = []
    if missing:
        parts.append(f"{len(missing)} missing on the desk (e.g. {_ids(missing)})")
    if extra:
        parts.append(f"{len(extra)} on the desk, not at the centre (e.g. {_ids(extra)})")
    if differ:
        cols = sorted(
            {
                columns[n]
                for i in differ
                for n, (a, b) in enumerate(zip(local[i], centre[i], strict=True))
                if a != b
            }
        )
        version = columns.index("version")
        shown = ", ".join(
            f"{i} v{local[i][version]} here, v{centre[i][version]} there" for i in differ[:SHOWN]
        )
        parts.append(f"{len(differ)} differ in {', '.join(cols)} (e.g. {shown})")
    return [f"{table}: {desk}'s desk vs the centre ({len(centre)} rows): " + "; ".join(parts)]


def _ids(ids: list[Any]) -> str:
    return ", ".join(str(i) for i in ids[:SHOWN])


def desk_vs_centre(centre: Connection, desk: Desk) -> list[str]:
    """(b) and (c): the desk's rows of every travelling table against its share."""
    problems = []
    with desk.ws.database.engine.connect() as local_conn:
        for table in ORDERED:
            local = Base.metadata.tables[table]
            columns = ["id", *(c.name for c in local.columns if c.name != "id")]
            central = CENTRAL[table]
            query = select(*(central.c[name] for name in columns))
            if desk.is_agent:
                where = _share(table, desk.central_id)
                if where is not None:
                    query = query.where(where)
            problems += _compare(
                table,
                desk.login,
                _rows(local_conn, select(*(local.c[name] for name in columns))),
                _rows(centre, query),
                columns,
            )
    return problems


def natural_keys(centre: Connection, customers: int) -> list[str]:
    """(a) exactly once: no natural key twice at the centre; every imported customer there."""
    problems = []
    for table, key in UNIQUE_AT_CENTRE.items():
        central = CENTRAL[table]
        cols = [central.c[k] for k in key]
        twice = centre.execute(
            select(*cols, func.count())
            .where(*(c.is_not(None) for c in cols))
            .group_by(*cols)
            .having(func.count() > 1)
        ).all()
        if twice:
            shown = ", ".join(str(tuple(r[:-1])) for r in twice[:SHOWN])
            problems.append(
                f"{table}: {len(twice)} values of ({', '.join(key)}) are on more than one row "
                f"at the centre (e.g. {shown})"
            )
    held = centre.execute(select(func.count()).select_from(CENTRAL["customers"])).scalar()
    if held != customers:
        problems.append(f"customers: the centre holds {held}, the supervisors imported {customers}")
    return problems


def outbox_empty(desk: Desk) -> list[str]:
    with desk.ws.sessions() as session:
        left = session.execute(
            select(OutboxEntry.entity, func.count(), func.max(OutboxEntry.last_error)).group_by(
                OutboxEntry.entity
            )
        ).all()
    return [
        f"outbox: {desk.login}'s desk still holds {n} {entity} entries after the fault-free "
        f"rounds (last error: {error})"
        for entity, n, error in left
    ]


# -- the story's own facts -------------------------------------------------------------------


def _customer_rows(conn: Connection, table: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, Any]:
    query = select(table.c.id, table.c.do_not_call, table.c.status).where(table.c.id.in_(ids))
    return {r.id: r for r in conn.execute(query)}


def customer_states(centre: Connection, run: Run) -> list[str]:
    """(d) do-not-call and won back everywhere the customer is."""
    problems = []
    expected = run.expected
    wanted = {i: (True, "do_not_call") for i in expected.do_not_call}
    wanted.update({i: (False, "won_back") for i in expected.won_back})
    places = [("the centre", centre, CENTRAL["customers"])]
    for desk in run.desks.values():
        places.append(
            (f"{desk.login}'s desk", desk.ws.database.engine.connect(), Base.metadata.tables[
                "customers"])
        )  # fmt: skip
    for where, conn, table in places:
        rows = _customer_rows(conn, table, set(wanted))
        if conn is not centre:
            conn.close()
        wrong = [
            i for i, row in rows.items()
            if (row.status != wanted[i][1]) or (wanted[i][0] and not row.do_not_call)
        ]  # fmt: skip
        if where == "the centre":
            wrong += [i for i in wanted if i not in rows]
        if wrong:
            problems.append(
                f"customers: {len(wrong)} of the agents' do-not-call/won-back customers are "
                f"not so on {where} (e.g. {_ids(sorted(wrong, key=str))})"
            )
    return problems


def calls_arrived(centre: Connection, run: Run) -> list[str]:
    """(a) every call an agent made is at the centre, once, under its agent."""
    problems = []
    calls = CENTRAL["calls"]
    for login, made in run.expected.calls.items():
        query = select(calls.c.id, calls.c.agent_id).where(calls.c.id.in_(made))
        rows: dict[uuid.UUID, uuid.UUID] = {r.id: r.agent_id for r in centre.execute(query)}
        agent = run.desks[login].central_id
        wrong = [i for i in made if rows.get(i) != agent]
        if wrong:
            problems.append(
                f"calls: {len(wrong)} of {login}'s {len(made)} calls are not at the centre "
                f"under {login} (e.g. {_ids(wrong)})"
            )
    return problems


def closed_cycle(centre: Connection, run: Run) -> list[str]:
    """(e) the frozen figures count what the agents did."""
    if not run.expected.closed or run.expected.cycle_id is None:
        return []
    cycles = CENTRAL["cycles"]
    row = centre.execute(
        select(cycles.c.status, cycles.c.frozen_figures).where(cycles.c.id == run.expected.cycle_id)
    ).first()
    if row is None:
        return ["cycles: the closed cycle is not at the centre"]
    figures = row.frozen_figures or {}
    contacted = len(run.expected.contacted)
    if row.status != "closed" or figures.get("contacted") != contacted:
        return [
            f"cycles: at the centre the cycle is {row.status!r} with contacted "
            f"{figures.get('contacted')} frozen; the agents contacted {contacted} customers "
            f"(won back {len(run.expected.won_back)}; frozen {figures.get('won_back')})"
        ]
    return []


def edits(centre: Connection, run: Run) -> list[str]:
    """(f) the concurrent edits, at the centre (the desks agree with it by (b)/(c))."""
    done = run.expected.edits
    problems = []
    customers, reasons = CENTRAL["customers"], CENTRAL["reasons"]
    if "x" in done:
        row = centre.execute(
            select(customers.c.phone, customers.c.notes).where(customers.c.id == done["x"])
        ).first()
        if row is None or row.phone != done["x_phone"]:
            problems.append(
                "customers: sup2's phone (the later write to one customer) is not at the centre"
            )
        # docs/sync.md: a conflict is decided per column. sup1's import set the notes,
        # sup2 the phone: each column keeps the one change made to it, nothing is lost.
        if row is None or row.notes != done["x_notes_lost"]:
            problems.append(
                "customers: sup1's note (a column only sup1 changed) is not at the centre"
            )
        labels = list(
            centre.execute(
                select(reasons.c.label_pt_br).where(reasons.c.code == done["reason_code"])
            ).scalars()
        )
        if labels != [done["reason_label"]]:
            problems.append(
                f"reasons: the centre's labels of {done['reason_code']} are {labels}, the "
                f"later rename was {done['reason_label']!r}"
            )
        # Both renamed the reason: the later rename wins, the other is kept in a conflict
        # record that supervisors' desks receive.
        kept = centre.execute(
            select(CONFLICTS.c.lost).where(
                CONFLICTS.c.entity == "reasons",
                CONFLICTS.c.entity_id == done["reason_id"],
            )
        ).scalars()
        if not any((lost or {}).get("label_pt_br") == done["reason_lost"] for lost in kept):
            problems.append(
                f"rd_conflicts: the overruled rename {done['reason_lost']!r} is not kept"
            )
    if "y" in done:
        notes = centre.execute(select(customers.c.notes).where(customers.c.id == done["y"]))
        if notes.scalar() != done["y_notes"]:
            problems.append(
                "customers: sup1's edit made while its own sync ran is not at the centre "
                "(the pull wrote an older version over it, or the push lost it)"
            )
    return problems


def no_password(run: Run) -> list[str]:
    """No password in a sync's message, a child's output, a log or a desk's files."""
    problems = []
    for desk in run.desks.values():
        secret = desk.password.encode()
        if any(desk.password in m for m in run.messages):
            problems.append(f"password: {desk.login}'s password is in a sync's message")
        for path in desk.folder.rglob("*"):
            if path.is_file() and secret in path.read_bytes():
                problems.append(f"password: {desk.login}'s password is in {path.name}")
    return problems


def check_all(run: Run) -> list[str]:
    problems = []
    for desk in run.desks.values():
        problems += outbox_empty(desk)
    with run.owner.connect() as centre:
        problems += natural_keys(centre, run.expected.customers)
        for desk in run.desks.values():
            problems += desk_vs_centre(centre, desk)
        problems += calls_arrived(centre, run)
        problems += customer_states(centre, run)
        problems += closed_cycle(centre, run)
        problems += edits(centre, run)
    problems += no_password(run)
    return problems
