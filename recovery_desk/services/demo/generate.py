"""Believable demo data: a team, departed customers, past rescue cycles with their calls.

Deterministic for a given seed. Demo rows are written through Core in large batches and
are not queued for sync: demo data lives in its own data folder and never travels.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import Outcome, Role, Step
from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.expectations import Expectation, to_mask
from recovery_desk.domain.priority import Candidate, Weights, scores
from recovery_desk.services.demo import pools
from recovery_desk.services.demo.customers import customer_row, weighted
from recovery_desk.services.primary_reason import refresh_primary_reasons
from recovery_desk.services.progress import Progress, Throttle
from recovery_desk.services.users.access import DEMO_KEY
from recovery_desk.storage.queries import set_setting
from recovery_desk.storage.tables import (
    Assignment,
    Call,
    CallReason,
    CallStep,
    Customer,
    Cycle,
    Offer,
    OfferMade,
    Promise,
    Reason,
    ReasonCategory,
    User,
)

WEIGHTS = Weights()  # the default weights a supervisor starts from

BATCH = 5_000
OUTCOMES = (
    (Outcome.WON_BACK, 20),
    (Outcome.DECLINED, 28),
    (Outcome.NOT_REACHED, 30),
    (Outcome.THINKING, 15),
    (Outcome.DO_NOT_CALL, 7),
)


class NotEmpty(DomainError):
    """Demo data goes only into a database without customers (it would clash with them)."""

    def __init__(self, customers: int) -> None:
        super().__init__(f"the database already has {customers} customers")
        self.customers = customers


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    users: int
    cycles: int
    calls: int

    def __str__(self) -> str:
        return (
            f"demo data: {self.customers} customers, {self.users} users, "
            f"{self.cycles} cycles, {self.calls} calls"
        )


def generate(
    sessions: sessionmaker[Session],
    *,
    customers: int,
    seed: int = 1,
    market: str = "br",
    today: date | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> DemoSummary:
    """Fill the database with demo data; see :func:`generate_iter`."""
    gen = generate_iter(sessions, customers=customers, seed=seed, market=market, today=today)
    while True:
        try:
            report = next(gen)
        except StopIteration as stop:
            summary: DemoSummary = stop.value
            return summary
        if on_progress is not None:
            on_progress(report)


def generate_iter(
    sessions: sessionmaker[Session],
    *,
    customers: int,
    seed: int = 1,
    market: str = "br",
    today: date | None = None,
) -> Generator[Progress, None, DemoSummary]:
    """Yield progress while writing ``customers`` demo customers and their history.

    Raises:
        NotEmpty: the database already has customers; nothing is written.
    """
    rng = random.Random(seed)
    place = pools.MARKETS[market]
    day = today or date.today()
    throttle = Throttle(0.2)
    with sessions.begin() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
        if existing:
            raise NotEmpty(existing)
        team = _ensure_team(session)
        reasons = _reason_pool(session)
        conn = session.connection()
        _offers_in(conn, place.currency)
        customer_rows: list[tuple[uuid.UUID, date, int]] = []
        for start in range(0, customers, BATCH):
            rows = [
                customer_row(rng, place, day, start + i, reasons)
                for i in range(min(BATCH, customers - start))
            ]
            conn.execute(insert(Customer), rows)
            customer_rows.extend(
                (r["id"], r["departed_on"], r["monthly_revenue_cents"] or 0) for r in rows
            )
            if throttle.ready():
                yield Progress(start + len(rows), customers, "customers")
        yield Progress(customers, customers, "customers")
        offers = _offer_pool(session, place.currency)
        cycles, calls = _history(conn, rng, day, team, customer_rows, reasons, offers)
        # Rows went in through Core: each customer's primary reason (what the reasons
        # report counts) is worked out here, as call finish and import do for theirs.
        refresh_primary_reasons(conn)
    users = sum(len(ids) for ids in team.values())
    return DemoSummary(customers=customers, users=users, cycles=cycles, calls=calls)


def _ensure_team(session: Session) -> dict[str, list[uuid.UUID]]:
    existing = {u.name: u for u in session.scalars(select(User))}
    first_install = not existing
    team: dict[str, list[uuid.UUID]] = {r.value: [] for r in Role}
    for name, role, handful in pools.DEMO_TEAM:
        user = existing.get(name)
        if user is None:
            user = User(name=name, role=role, handful_size=handful)
            session.add(user)
            session.flush()
        team[user.role].append(user.id)
    if first_install:
        set_setting(session, "current_user_id", str(team[Role.SUPERVISOR.value][0]))
        set_setting(session, DEMO_KEY, True)  # invented people: no sign-in (issue 17)
    return team


def _reason_pool(session: Session) -> list[tuple[uuid.UUID, str]]:
    query = (
        select(Reason.id, ReasonCategory.code)
        .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
        .where(Reason.active.is_(True), ReasonCategory.is_unreviewed.is_(False))
        .order_by(Reason.code)
    )
    found = [(row[0], row[1]) for row in session.execute(query)]
    # Churn is lopsided (a few causes carry most of the lost revenue, as the Pareto chart
    # should show): the usual leaders first, then each reason repeated by its rank.
    found.sort(key=lambda r: _LEADING.index(r[1]) if r[1] in _LEADING else len(_LEADING))
    return [reason for rank, reason in enumerate(found) for _ in range(max(1, 24 // (rank + 1)))]


_LEADING = ("PRICE", "COMPETITOR", "SERVICE_FAILURE", "SUPPORT", "BILLING", "STAFF")


def _offers_in(conn: Connection, currency: str) -> None:
    """The catalogue in the market's currency: an offer is listed only for customers billed
    in its own, and the shipped offers are in reais. Demo bills are the same figures in
    either market, so the offers keep their figures and stay in proportion. Through Core
    and not queued, like the rest of the demo (a demo folder never syncs with a centre)."""
    conn.execute(update(Offer).where(Offer.currency != currency).values(currency=currency))


def _offer_pool(session: Session, currency: str) -> list[tuple[uuid.UUID, int]]:
    query = (
        select(Offer.id, Offer.cost_cents)
        .where(Offer.active.is_(True), Offer.currency == currency)
        .order_by(Offer.code)
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def _history(
    conn: Connection,
    rng: random.Random,
    today: date,
    team: dict[str, list[uuid.UUID]],
    customers: list[tuple[uuid.UUID, date, int]],
    reasons: list[tuple[uuid.UUID, str]],
    offers: list[tuple[uuid.UUID, int]],
) -> tuple[int, int]:
    """Three closed monthly cycles with calls, and the current open one. Returns counts."""
    agents = team[Role.AGENT.value] or team[Role.SUPERVISOR.value]
    executives = team[Role.EXECUTIVE.value]
    calls = 0
    done: set[uuid.UUID] = set()  # won back or asked not to be called: out of later cycles
    month_start = today.replace(day=1)
    starts = [month_start]
    for _ in range(3):
        starts.insert(0, (starts[0] - timedelta(days=1)).replace(day=1))
    for start in starts:
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        closed = start != month_start
        cycle_id = uuid.uuid4()
        conn.execute(
            insert(Cycle),
            [
                _stamp(
                    {
                        "id": cycle_id,
                        "name": start.strftime("%m/%Y"),
                        "period_start": start,
                        "period_end": end,
                        "status": "closed" if closed else "open",
                        "rules": {"departed_within_days": 90},
                        "weights": {"revenue": WEIGHTS.revenue, "recency": WEIGHTS.recency},
                        "closed_at": datetime.combine(end, time(18), UTC) if closed else None,
                    }
                )
            ],
        )
        chosen = [
            c for c in customers if start - timedelta(days=90) <= c[1] < start and c[0] not in done
        ]
        chosen.sort(key=lambda c: -c[2])
        chosen = chosen[: 40 + 10 * len(agents)]
        # The priority the cycle's assign would give: the score on the cycle's first day.
        priorities = scores([Candidate(c[0], c[2], c[1]) for c in chosen], WEIGHTS, start)
        rows = []
        for rank, ((customer_id, _departed, _revenue), priority) in enumerate(
            zip(chosen, priorities, strict=True)
        ):
            is_exec = bool(executives) and rank < 3 * len(executives)
            assignee = executives[rank % len(executives)] if is_exec else agents[rank % len(agents)]
            rows.append(
                _stamp(
                    {
                        "id": uuid.uuid4(),
                        "cycle_id": cycle_id,
                        "customer_id": customer_id,
                        "assignee_id": assignee,
                        "priority": priority,
                        "is_executive": is_exec,
                    }
                )
            )
        if rows:
            conn.execute(insert(Assignment), rows)
        if closed:
            calls += _calls(conn, rng, start, end, cycle_id, rows, reasons, offers, done)
    return len(starts), calls


def _stamp(row: dict[str, Any]) -> dict[str, Any]:
    now = datetime.now(UTC)
    row.setdefault("created_at", now)
    row.setdefault("updated_at", now)
    row.setdefault("version", 1)
    return row


def _calls(
    conn: Connection,
    rng: random.Random,
    start: date,
    end: date,
    cycle_id: uuid.UUID,
    assignments: list[dict[str, Any]],
    reasons: list[tuple[uuid.UUID, str]],
    offers: list[tuple[uuid.UUID, int]],
    done: set[uuid.UUID],
) -> int:
    batches: dict[type, list[dict[str, Any]]] = {
        Call: [],
        CallStep: [],
        CallReason: [],
        OfferMade: [],
        Promise: [],
    }
    won: list[uuid.UUID] = []
    marks = random.Random(len(assignments))  # its own draws: the rest of the data stays put
    # Accepted offers: some waited for a supervisor, who approved or rejected them.
    answers = itertools.count()
    approver = conn.scalar(select(User.id).where(User.role == Role.SUPERVISOR.value).limit(1))
    contacts: dict[uuid.UUID, tuple[datetime, Outcome]] = {}
    for assignment in assignments:
        if rng.random() > 0.75:
            continue
        outcome = weighted(rng, OUTCOMES)
        began = datetime.combine(
            start + timedelta(days=rng.randint(0, (end - start).days)),
            time(rng.randint(12, 20), rng.randint(0, 59)),
            UTC,
        )
        reached = outcome is not Outcome.NOT_REACHED
        contacts[assignment["customer_id"]] = (began, outcome)
        call_id = uuid.uuid4()
        reason = rng.choice(reasons) if reasons else None
        verbatim = rng.choice(pools.VERBATIMS) if reached else None
        durations = [rng.randint(20_000, 240_000) for _ in range(5)] if reached else [0] * 5
        batches[Call].append(
            _stamp(
                {
                    "id": call_id,
                    "customer_id": assignment["customer_id"],
                    "agent_id": assignment["assignee_id"],
                    "cycle_id": cycle_id,
                    "assignment_id": assignment["id"],
                    "is_executive": assignment["is_executive"],
                    "status": "finished",
                    "current_step": Step.OUTCOME.value,
                    "started_at": began,
                    "ended_at": began + timedelta(milliseconds=sum(durations) + 30_000),
                    "outcome": outcome.value,
                    "verbatim": verbatim,
                    "diagnosis_confirmed": reached,
                    "assist_action": "ticket" if reached else None,
                    "expectations_met": _expectations(marks, outcome) if reached else None,
                    "draft_state": {},
                }
            )
        )
        if not reached:
            continue
        for step, duration in zip(list(Step)[:5], durations, strict=True):
            notes = rng.choice(pools.STEP_NOTES[step.value])
            batches[CallStep].append(
                _stamp(
                    {
                        "id": uuid.uuid4(),
                        "call_id": call_id,
                        "step": step.value,
                        "notes": notes,
                        "duration_ms": duration,
                        "checklist_done": [],
                    }
                )
            )
        if reason is not None:
            batches[CallReason].append(
                _stamp(
                    {
                        "id": uuid.uuid4(),
                        "call_id": call_id,
                        "reason_id": reason[0],
                        "is_primary": True,
                        "verbatim": verbatim,
                        "verified": True,
                        "position": 0,
                    }
                )
            )
        if offers and outcome in (Outcome.WON_BACK, Outcome.THINKING, Outcome.DECLINED):
            offer_id, cost = rng.choice(offers)
            response = {Outcome.WON_BACK: "accepted", Outcome.THINKING: "thinking"}.get(
                outcome, "declined"
            )
            costly = response == "accepted" and cost > 0  # a free offer needs no approval
            approval = _demo_approval(next(answers) if costly else -1)
            decided = approval in ("approved", "rejected")
            batches[OfferMade].append(
                _stamp(
                    {
                        "id": uuid.uuid4(),
                        "call_id": call_id,
                        "customer_id": assignment["customer_id"],
                        "offer_id": offer_id,
                        "cost_cents": cost,
                        "response": response,
                        "approval_status": approval,
                        "approved_by_id": approver if decided else None,
                        "approved_at": began + timedelta(hours=20) if decided else None,
                        "made_at": began,
                    }
                )
            )
        if rng.random() < 0.4:
            due = began.date() + timedelta(days=rng.randint(2, 15))
            batches[Promise].append(
                _stamp(
                    {
                        "id": uuid.uuid4(),
                        "call_id": call_id,
                        "customer_id": assignment["customer_id"],
                        "what": "Retorno da equipe técnica sobre o chamado",
                        "owner": "Operações",
                        "due_on": due,
                        "kept_on": due - timedelta(days=1) if rng.random() < 0.6 else None,
                    }
                )
            )
        if outcome is Outcome.WON_BACK:
            won.append(assignment["customer_id"])
    for model, rows in batches.items():
        if rows:
            conn.execute(insert(model), rows)
    _mark_won_back(conn, won, end)
    _record_contacts(conn, contacts)
    done.update(
        c
        for c, (_at, outcome) in contacts.items()
        if outcome in (Outcome.WON_BACK, Outcome.DO_NOT_CALL)
    )
    return len(batches[Call])


# How often a demo conversation meets each expectation (respect is the easiest to give).
EXPECTATION_ODDS = {
    Expectation.RESPECT: 0.88,
    Expectation.SOLUTIONS: 0.6,
    Expectation.SIMPLICITY: 0.72,
    Expectation.RESPONSIBILITY: 0.78,
}


# The approval of the n-th accepted offer, by n % 20: a fixed pattern rather than draws, so
# even a small demo has offers waiting, approved and rejected (5%, 10%, 5%).
_APPROVALS = {2: "awaiting_approval", 5: "approved", 12: "approved", 9: "rejected"}


def _demo_approval(accepted: int) -> str:
    """Most accepted offers were within the agent's limit; a few waited for a supervisor.
    ``accepted``: the offer's number among the accepted ones that cost something (-1: not
    such an offer)."""
    return "granted" if accepted < 0 else _APPROVALS.get(accepted % 20, "granted")


def _expectations(rng: random.Random, outcome: Outcome) -> int:
    """Which expectations a demo conversation met; won-back calls meet more of them."""
    lift = 0.06 if outcome is Outcome.WON_BACK else 0.0
    return to_mask(e for e, odds in EXPECTATION_ODDS.items() if rng.random() < odds + lift)


def _record_contacts(conn: Connection, contacts: dict[uuid.UUID, tuple[datetime, Outcome]]) -> None:
    """Attempts, last contact and do-not-call as the calls would have left them."""
    for customer_id, (at, outcome) in contacts.items():
        values: dict[str, Any] = {"attempts": Customer.attempts + 1, "last_contact_at": at}
        if outcome is Outcome.DO_NOT_CALL:
            values.update(do_not_call=True, status="do_not_call")
        elif outcome is Outcome.DECLINED:
            values["status"] = "lost"
        conn.execute(update(Customer).where(Customer.id == customer_id).values(**values))


def _mark_won_back(conn: Connection, customer_ids: list[uuid.UUID], on: date) -> None:
    if not customer_ids:
        return
    conn.execute(
        update(Customer)
        .where(Customer.id.in_(customer_ids))
        .values(status="won_back", won_back_on=on)
    )


def customer_count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0
