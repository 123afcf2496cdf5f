"""Reports on the work done: recovery per cycle, offers, promises and time per call step.

Same rules as ``services/reports/reasons.py``: SQLAlchemy Core ``GROUP BY`` statements on an
:class:`~sqlalchemy.Engine` (local SQLite or the centre), money in integer cents.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, and_, case, func, select

from recovery_desk.domain.enums import STEP_ORDER, ApprovalStatus, OfferResponse, Outcome
from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.metrics import (
    REFERENCE_BAND,
    BandPosition,
    acceptance_rate,
    average,
    band_position,
    recovery_rate,
)
from recovery_desk.domain.money import DEFAULT_CURRENCY
from recovery_desk.services.reports.filters import ReportFilters, call_conditions, finished
from recovery_desk.storage.tables import (
    Assignment,
    Call,
    CallStep,
    Customer,
    Cycle,
    Offer,
    OfferMade,
    Promise,
)
from recovery_desk.storage.types import utcnow

customers = Customer.__table__
calls = Call.__table__
assignments = Assignment.__table__
cycles = Cycle.__table__
offers = Offer.__table__
offers_made = OfferMade.__table__
promises = Promise.__table__
call_steps = CallStep.__table__

GRANTED = (ApprovalStatus.GRANTED.value, ApprovalStatus.APPROVED.value)
AWAITING = ApprovalStatus.AWAITING.value
REJECTED = ApprovalStatus.REJECTED.value


@dataclass(frozen=True)
class CycleRow:
    """Recovery figures of one cycle, for agents' or executives' calls."""

    cycle_id: uuid.UUID
    cycle: str
    period_start: date
    period_end: date
    executive: bool
    contacted: int
    reached: int
    won_back: int
    recovered_cents: int
    recovery_rate: float | None
    band_low: float
    band_high: float
    band_position: BandPosition | None
    currency: str = "BRL"  # of ``recovered_cents``; the counts are of customers billed in it


def cycles_report(engine: Engine, filters: ReportFilters | None = None) -> list[CycleRow]:
    """Per cycle (oldest first), agents' calls then executives' rescue calls.

    Contacted: customers assigned in the cycle with at least one finished call in it;
    reached: one of those calls had an outcome other than not reached; won back: one had
    the outcome won back (recovered revenue is their monthly revenue). Money is never added
    across currencies: a cycle whose customers are billed in several has a row for each
    (most contacted first); a cycle with no calls has one, in the report's commonest one.
    """
    filters = filters or ReportFilters()
    is_reached = and_(calls.c.outcome.is_not(None), calls.c.outcome != Outcome.NOT_REACHED.value)
    is_won = calls.c.outcome == Outcome.WON_BACK.value
    per_customer = (
        select(
            calls.c.cycle_id.label("cycle_id"),
            calls.c.is_executive.label("executive"),
            customers.c.currency.label("currency"),
            func.max(case((is_reached, 1), else_=0)).label("reached"),
            func.max(case((is_won, 1), else_=0)).label("won"),
            func.max(func.coalesce(customers.c.monthly_revenue_cents, 0)).label("revenue"),
        )
        .join_from(calls, customers, customers.c.id == calls.c.customer_id)
        .join(
            assignments,
            and_(
                assignments.c.cycle_id == calls.c.cycle_id,
                assignments.c.customer_id == calls.c.customer_id,
            ),
        )
        .where(finished(filters), *call_conditions(filters))
        .group_by(calls.c.cycle_id, calls.c.is_executive, calls.c.customer_id, customers.c.currency)
        .subquery("per_customer")
    )
    pc = per_customer.c
    stmt = select(
        pc.cycle_id,
        pc.executive,
        pc.currency,
        func.count().label("contacted"),
        func.sum(pc.reached).label("reached"),
        func.sum(pc.won).label("won"),
        func.sum(case((pc.won == 1, pc.revenue), else_=0)).label("recovered"),
    ).group_by(pc.cycle_id, pc.executive, pc.currency)
    cycle_stmt = select(cycles.c.id, cycles.c.name, cycles.c.period_start, cycles.c.period_end)
    if filters.cycle_id is not None:
        cycle_stmt = cycle_stmt.where(cycles.c.id == filters.cycle_id)
    with engine.connect() as conn:
        figures: dict[tuple[str, bool], list[Any]] = {}
        for r in conn.execute(stmt):
            figures.setdefault((str(r.cycle_id), bool(r.executive)), []).append(r)
        cycle_rows = list(conn.execute(cycle_stmt.order_by(cycles.c.period_start, cycles.c.name)))
    out: list[CycleRow] = []
    low, high = REFERENCE_BAND
    for found in figures.values():
        found.sort(key=lambda r: (-int(r.contacted), r.currency or DEFAULT_CURRENCY))
    commonest = _commonest_currency([r for found in figures.values() for r in found])
    for cyc in cycle_rows:
        for executive in (False, True):
            per_currency: list[Any] = figures.get((str(cyc.id), executive), [])
            if not per_currency and executive:
                continue
            for fig in per_currency or [None]:
                out.append(_cycle_row(cyc, executive, fig, commonest, low, high))
    return out


def _commonest_currency(figures: list[Any]) -> str:
    """The currency with most contacted customers (the default when there are none)."""
    counts: dict[str, int] = {}
    for r in figures:
        cur = r.currency or DEFAULT_CURRENCY
        counts[cur] = counts.get(cur, 0) + int(r.contacted)
    return min(counts, key=lambda cur: (-counts[cur], cur)) if counts else DEFAULT_CURRENCY


def _cycle_row(
    cyc: Any, executive: bool, fig: Any, default_currency: str, low: float, high: float
) -> CycleRow:
    """One cycle's figures in one currency (``fig`` None: a cycle with no calls)."""
    contacted = int(fig.contacted) if fig else 0
    won = int(fig.won or 0) if fig else 0
    rate = recovery_rate(won, contacted)
    return CycleRow(
        cycle_id=uuid.UUID(str(cyc.id)),
        cycle=cyc.name,
        period_start=cyc.period_start,
        period_end=cyc.period_end,
        executive=executive,
        contacted=contacted,
        reached=int(fig.reached or 0) if fig else 0,
        won_back=won,
        recovered_cents=int(fig.recovered or 0) if fig else 0,
        recovery_rate=rate,
        band_low=low,
        band_high=high,
        band_position=band_position(rate),
        currency=(fig.currency or DEFAULT_CURRENCY) if fig else default_currency,
    )


@dataclass(frozen=True)
class OfferRow:
    """One offer in one currency: money is never added across currencies, so an offer made
    to customers billed in BRL and in EUR has a row for each."""

    offer: str  # code
    label: str
    made: int
    accepted: int
    acceptance_rate: float | None
    cost_cents: int  # cost of the accepted offers that were granted or approved
    currency: str = "BRL"
    awaiting: int = 0  # accepted, waiting for a supervisor's approval (cost not counted)
    awaiting_cents: int = 0  # what they would cost if approved
    rejected: int = 0  # accepted, then rejected by a supervisor (cost not counted)


@dataclass(frozen=True)
class PromiseSummary:
    kept_on_time: int
    kept_late: int
    open: int
    overdue: int  # open and past their deadline (part of ``open``)


@dataclass(frozen=True)
class StepRow:
    step: str
    calls: int
    average_ms: float | None


@dataclass(frozen=True)
class OffersReport:
    offers: list[OfferRow]
    promises: PromiseSummary
    steps: list[StepRow]


def offers_report(
    engine: Engine,
    filters: ReportFilters | None = None,
    *,
    lang: str = "en",
    today: date | None = None,
) -> OffersReport:
    """Offers made and accepted, promises kept, and average time per call step."""
    filters = filters or ReportFilters()
    today = today or utcnow().date()
    where = call_conditions(filters)
    accepted = offers_made.c.response == OfferResponse.ACCEPTED.value
    granted = and_(accepted, offers_made.c.approval_status.in_(GRANTED))
    awaiting = and_(accepted, offers_made.c.approval_status == AWAITING)
    rejected = and_(accepted, offers_made.c.approval_status == REJECTED)
    offer_stmt = (
        select(
            offers.c.code,
            offers.c.label_pt_br,
            offers.c.label_pt_pt,
            offers.c.label_en,
            customers.c.currency,
            func.count().label("made"),
            func.sum(case((accepted, 1), else_=0)).label("accepted"),
            func.sum(case((granted, offers_made.c.cost_cents), else_=0)).label("cost"),
            func.sum(case((awaiting, 1), else_=0)).label("awaiting"),
            func.sum(case((awaiting, offers_made.c.cost_cents), else_=0)).label("awaiting_cost"),
            func.sum(case((rejected, 1), else_=0)).label("rejected"),
        )
        .join_from(offers_made, offers, offers.c.id == offers_made.c.offer_id)
        .join(calls, calls.c.id == offers_made.c.call_id)
        .join(customers, customers.c.id == calls.c.customer_id)
        .where(*where)
        .group_by(
            offers.c.code,
            offers.c.label_pt_br,
            offers.c.label_pt_pt,
            offers.c.label_en,
            customers.c.currency,
        )
    )
    kept = promises.c.kept_on.is_not(None)
    promise_stmt = (
        select(
            func.sum(case((and_(kept, promises.c.kept_on <= promises.c.due_on), 1), else_=0)),
            func.sum(case((and_(kept, promises.c.kept_on > promises.c.due_on), 1), else_=0)),
            func.sum(case((~kept, 1), else_=0)),
            func.sum(case((and_(~kept, promises.c.due_on < today), 1), else_=0)),
        )
        .join_from(promises, calls, calls.c.id == promises.c.call_id)
        .join(customers, customers.c.id == calls.c.customer_id)
        .where(*where)
    )
    step_stmt = (
        select(
            call_steps.c.step,
            func.count().label("calls"),
            func.sum(call_steps.c.duration_ms).label("total"),
        )
        .join_from(call_steps, calls, calls.c.id == call_steps.c.call_id)
        .join(customers, customers.c.id == calls.c.customer_id)
        .where(finished(filters), *where)
        .group_by(call_steps.c.step)
    )
    with engine.connect() as conn:
        offer_rows = list(conn.execute(offer_stmt))
        on_time, late, still_open, overdue = conn.execute(promise_stmt).one()
        steps = {r.step: (int(r.calls), int(r.total or 0)) for r in conn.execute(step_stmt)}
    offer_list = [
        OfferRow(
            offer=r.code,
            label=pick_label(
                {"pt_BR": r.label_pt_br, "pt_PT": r.label_pt_pt, "en": r.label_en}, lang
            ).text
            or r.code,
            made=int(r.made),
            accepted=int(r.accepted or 0),
            acceptance_rate=acceptance_rate(int(r.accepted or 0), int(r.made)),
            cost_cents=int(r.cost or 0),
            currency=r.currency or "BRL",
            awaiting=int(r.awaiting or 0),
            awaiting_cents=int(r.awaiting_cost or 0),
            rejected=int(r.rejected or 0),
        )
        for r in offer_rows
    ]
    offer_list.sort(key=lambda o: (-o.made, -o.accepted, o.offer, o.currency))
    order = [s.value for s in STEP_ORDER]
    step_list = [
        StepRow(step=name, calls=count, average_ms=average(total, count))
        for name, (count, total) in sorted(
            steps.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])
        )
    ]
    return OffersReport(
        offers=offer_list,
        promises=PromiseSummary(
            kept_on_time=int(on_time or 0),
            kept_late=int(late or 0),
            open=int(still_open or 0),
            overdue=int(overdue or 0),
        ),
        steps=step_list,
    )
