"""Closed loop, step 4: route the reasons to the teams that can fix their cause.

For a rescue cycle (by default the open one), every reason given in its calls is grouped
under its responsible team — the reason's own ``team`` when set, else its category's —
with the customers who gave it, the monthly revenue at stake (each customer counted once
per reason, and once per team) and the verbatims behind it: the words recorded with the
reason, or the call's verbatim when the reason has none.

Revenue is per currency, never added across currencies. Teams and reasons are ranked by
their revenue in one currency, the report's ``ranking_currency`` (the one most of the
customers are billed in), then by customers.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import CycleStatus, Role
from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.money import DEFAULT_CURRENCY, sum_per_currency
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.tables import (
    Call,
    CallReason,
    Customer,
    Cycle,
    Reason,
    ReasonCategory,
    User,
)

MAX_VERBATIMS = 200


@dataclass(frozen=True)
class CycleChoice:
    id: uuid.UUID
    name: str
    period_start: date
    period_end: date
    is_open: bool


@dataclass(frozen=True)
class Verbatim:
    call_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    agent_name: str
    said_on: date
    text: str


@dataclass(frozen=True)
class ReasonInsight:
    reason_id: uuid.UUID
    code: str
    label: str
    category: str
    customers: int
    revenue_by_currency: dict[str, int]  # cents per currency, the report's order; never a sum
    verbatims: tuple[Verbatim, ...]


@dataclass(frozen=True)
class TeamInsight:
    team: str | None  # None: no team responsible yet
    customers: int
    revenue_by_currency: dict[str, int]  # cents per currency, the report's order; never a sum
    reasons: tuple[ReasonInsight, ...]


@dataclass(frozen=True)
class InsightsReport:
    cycle: CycleChoice | None  # None: every call on record
    currencies: tuple[str, ...]  # of the customers, most customers first
    ranking_currency: str  # teams and reasons are ranked by their revenue in this one
    teams: tuple[TeamInsight, ...]


@dataclass
class _ReasonAcc:
    code: str
    label: str
    category: str
    customers: dict[uuid.UUID, tuple[str, int]] = field(default_factory=dict)  # currency, cents
    verbatims: list[Verbatim] = field(default_factory=list)


def _choice(cycle: Cycle) -> CycleChoice:
    return CycleChoice(
        id=cycle.id,
        name=cycle.name,
        period_start=cycle.period_start,
        period_end=cycle.period_end,
        is_open=cycle.status == CycleStatus.OPEN,
    )


def list_cycles(sessions: Sessions) -> list[CycleChoice]:
    """Every cycle, latest first."""
    with sessions() as session:
        query = select(Cycle).order_by(Cycle.period_start.desc(), Cycle.name)
        return [_choice(c) for c in session.scalars(query)]


def current_cycle(sessions: Sessions) -> CycleChoice | None:
    """The open cycle that started last, or ``None``."""
    return next((c for c in list_cycles(sessions) if c.is_open), None)


def _labels(row: ReasonCategory | Reason) -> dict[str, str | None]:
    return {"pt_BR": row.label_pt_br, "pt_PT": row.label_pt_pt, "en": row.label_en}


def _reason_names(session: Session, lang: str) -> dict[uuid.UUID, tuple[str, str, str]]:
    """Every reason's code, label and category label in ``lang``."""
    found = {}
    for reason, category in session.execute(
        select(Reason, ReasonCategory).join(ReasonCategory, ReasonCategory.id == Reason.category_id)
    ):
        found[reason.id] = (
            reason.code,
            pick_label(_labels(reason), lang).text or reason.code,
            pick_label(_labels(category), lang).text or category.code,
        )
    return found


def team_insights(
    sessions: Sessions,
    user: UserDTO,
    *,
    cycle_id: uuid.UUID | None = None,
    all_calls: bool = False,
    lang: str = "en",
) -> InsightsReport:
    """Reasons and revenue at stake per responsible team, with their verbatims.

    Args:
        cycle_id: the cycle to show; default the current open cycle.
        all_calls: ignore cycles and take every call on record.
        lang: the language of reason and category labels.

    Raises:
        PermissionDenied: agents do not see insights.
    """
    require_role(user, Role.SUPERVISOR, Role.EXECUTIVE)
    cycle = None
    if not all_calls:
        cycle = next((c for c in list_cycles(sessions) if c.id == cycle_id), None)
        if cycle is None:
            cycle = current_cycle(sessions)
    team_col = func.coalesce(Reason.team, ReasonCategory.team)
    # Plain columns, no ORM objects: a cycle has 100,000 call reasons or more, and building
    # a Reason and a ReasonCategory for each row took seconds. Labels come from the
    # catalogue, read once; a verbatim's details are kept only for the few shown.
    query = (
        select(
            team_col,
            CallReason.reason_id,
            Customer.id,
            Customer.monthly_revenue_cents,
            Customer.currency,
            func.coalesce(func.nullif(CallReason.verbatim, ""), Call.verbatim),  # as `a or b`
            Call.id,
            Call.started_at,
            Customer.name,
            User.name,
        )
        .select_from(CallReason)
        .join(Call, Call.id == CallReason.call_id)
        .join(Customer, Customer.id == Call.customer_id)
        .join(Reason, Reason.id == CallReason.reason_id)
        .join(ReasonCategory, ReasonCategory.id == Reason.category_id)
        .join(User, User.id == Call.agent_id)
        .order_by(Call.started_at.desc())
    )
    if cycle is not None:
        start = datetime.combine(cycle.period_start, time.min, tzinfo=UTC)
        end = datetime.combine(cycle.period_end + timedelta(days=1), time.min, tzinfo=UTC)
        query = query.where(
            or_(
                Call.cycle_id == cycle.id,
                and_(Call.cycle_id.is_(None), Call.started_at >= start, Call.started_at < end),
            )
        )
    teams: dict[str | None, dict[uuid.UUID, _ReasonAcc]] = defaultdict(dict)
    team_customers: dict[str | None, dict[uuid.UUID, tuple[str, int]]] = defaultdict(dict)
    billed_in: dict[uuid.UUID, str] = {}
    with sessions() as session:
        names = _reason_names(session, lang)
        for team, reason_id, customer_id, revenue, currency, words, *shown in session.execute(
            query
        ):
            acc = teams[team].get(reason_id)
            if acc is None:
                code, label, category = names[reason_id]
                acc = teams[team][reason_id] = _ReasonAcc(code=code, label=label, category=category)
            currency = currency or DEFAULT_CURRENCY
            acc.customers[customer_id] = (currency, revenue or 0)
            team_customers[team][customer_id] = (currency, revenue or 0)
            billed_in[customer_id] = currency
            words = (words or "").strip()
            if words and len(acc.verbatims) < MAX_VERBATIMS:
                call_id, started_at, name, agent = shown
                acc.verbatims.append(
                    Verbatim(call_id, customer_id, name, agent, started_at.date(), words)
                )
    counted = Counter(billed_in.values())
    order = tuple(sorted(counted, key=lambda cur: (-counted[cur], cur)))
    ranking = order[0] if order else DEFAULT_CURRENCY

    def per_currency(customers: Iterable[tuple[str, int]]) -> dict[str, int]:
        totals = sum_per_currency(customers)
        return {cur: totals[cur] for cur in order if cur in totals}

    result = []
    for team, reasons in teams.items():
        insights = sorted(
            (
                ReasonInsight(
                    reason_id=rid,
                    code=acc.code,
                    label=acc.label,
                    category=acc.category,
                    customers=len(acc.customers),
                    revenue_by_currency=per_currency(acc.customers.values()),
                    verbatims=tuple(acc.verbatims),
                )
                for rid, acc in reasons.items()
            ),
            key=lambda r: (-r.revenue_by_currency.get(ranking, 0), -r.customers, r.label),
        )
        result.append(
            TeamInsight(
                team=team,
                customers=len(team_customers[team]),
                revenue_by_currency=per_currency(team_customers[team].values()),
                reasons=tuple(insights),
            )
        )
    result.sort(
        key=lambda t: (
            t.team is None,
            -t.revenue_by_currency.get(ranking, 0),
            -t.customers,
            t.team or "",
        )
    )
    return InsightsReport(
        cycle=cycle, currencies=order, ranking_currency=ranking, teams=tuple(result)
    )
