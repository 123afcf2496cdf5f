"""Reports: departure reasons by lost revenue (Pareto), cycles, offers, promises, step times.

Every report is one or two SQLAlchemy Core ``GROUP BY`` statements over the local
``storage.tables`` metadata, run on an :class:`~sqlalchemy.Engine`: the local SQLite file,
or the central PostgreSQL (``--central URL``), whose travelling tables have the same names
and columns. The catalogue look-ups that turn ids into codes and labels are separate, small
queries. Money stays in integer cents and is never added across currencies: a figure is
per ``customers.currency``, and a report over several currencies has a row (or a section)
for each.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, func, select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Subquery

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.metrics import cumulative_shares, pareto
from recovery_desk.domain.money import DEFAULT_CURRENCY
from recovery_desk.services.primary_reason import confirmed_reasons_select
from recovery_desk.services.reports.filters import (
    ReasonSource,
    ReportFilters,
    call_period,
    customer_conditions,
)
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import Call, CallReason, Customer, Reason, ReasonCategory

customers = Customer.__table__
calls = Call.__table__
call_reasons = CallReason.__table__
reasons = Reason.__table__
categories = ReasonCategory.__table__

if TYPE_CHECKING:
    from recovery_desk.services.reports.activity import CycleRow, OffersReport
    from recovery_desk.services.reports.expectations import ExpectationRow

FINISHED = "finished"


class Level(StrEnum):
    CATEGORY = "category"
    REASON = "reason"


class Measure(StrEnum):
    REVENUE = "revenue"
    COUNT = "count"


@dataclass(frozen=True)
class ReasonRow:
    """One line of the reasons report, in one currency; each currency's section ends with its
    "no known reason" line (codes ``None``), and shares are of that currency's total."""

    category: str | None  # category code
    reason: str | None  # reason code (None at category level)
    category_label: str
    reason_label: str
    customers: int
    monthly_revenue_cents: int
    share: float
    cumulative_share: float
    currency: str = "BRL"  # of ``monthly_revenue_cents`` (and of the section)


# (reason or category id or None, currency, customers, cents)
Grouped = tuple[object, str, int, int]


def _confirmed_reasons(filters: ReportFilters) -> Subquery:
    """Per customer, the primary verified reason of their latest finished call with one."""
    return confirmed_reasons_select(*call_period(filters)).subquery("confirmed")


def reasons_report(
    engine: Engine,
    filters: ReportFilters | None = None,
    *,
    source: ReasonSource = ReasonSource.ALL,
    level: Level = Level.REASON,
    measure: Measure = Measure.REVENUE,
    lang: str = "en",
) -> list[ReasonRow]:
    """Departed customers counted once under their primary reason, ranked (Pareto).

    A customer's primary reason is the one confirmed (primary and verified) in their
    latest finished call where there is one, otherwise the reason imported with them
    (``source`` narrows this to one of the two). Merged reasons count under their target;
    retired reasons still count. Customers with no known reason form the last row.
    Money is never added across currencies: with customers billed in several, the report
    has a section per currency (most customers first), each ranked on its own.

    Which path runs: with ``source`` "all" or "calls" and no period by call date, one
    ``GROUP BY`` over the denormalised ``customers.primary_reason_id`` (see
    ``services.primary_reason``; segment/region/departure/cycle/agent filters narrow the
    customers only, so they do not change anyone's primary reason). A period by call date
    (which narrows the calls a reason may come from) and ``source`` "imported" take the
    per-call path: a window over the finished calls (or the imported reason alone).

    Args:
        engine: the local database or the centre.
        filters: what to narrow the customers to.
        source: where primary reasons come from.
        level: group by reason or by category.
        measure: rank by lost monthly revenue or by number of customers.
        lang: language of the labels.

    Returns:
        Per currency, the rows, most revenue (or customers) first, "no known reason" last.
    """
    filters = filters or ReportFilters()
    if source is not ReasonSource.IMPORTED and not call_period(filters):
        return _denormalised_report(engine, filters, source, level, measure, lang)
    per_customer = _per_customer_reasons(filters, source)
    r = reasons.alias("r")
    target = reasons.alias("t")
    reason_id = func.coalesce(target.c.id, r.c.id)
    category_id = func.coalesce(target.c.category_id, r.c.category_id)
    key = category_id if level is Level.CATEGORY else reason_id
    stmt = (
        select(
            key.label("key"),
            per_customer.c.currency,
            func.count().label("customers"),
            func.coalesce(func.sum(per_customer.c.revenue), 0).label("revenue"),
        )
        .select_from(per_customer)
        .outerjoin(r, r.c.id == per_customer.c.reason_id)
        .outerjoin(target, target.c.id == r.c.merged_into_id)
        .group_by(key, per_customer.c.currency)
    )
    with engine.connect() as conn:
        grouped = [
            (row.key, row.currency or DEFAULT_CURRENCY, int(row.customers), int(row.revenue))
            for row in conn.execute(stmt)
        ]
        catalogue = _catalogue(conn, lang)
    return _per_currency(grouped, catalogue, level, measure)


def _denormalised_report(
    engine: Engine,
    filters: ReportFilters,
    source: ReasonSource,
    level: Level,
    measure: Measure,
    lang: str,
) -> list[ReasonRow]:
    """The reasons report from ``customers.primary_reason_id`` (one covering-index scan)."""
    c = customers.c
    stmt = (
        select(
            c.primary_reason_id,
            c.primary_reason_source,
            c.currency,
            func.count(),
            func.coalesce(func.sum(c.monthly_revenue_cents), 0),
        )
        .where(*customer_conditions(filters))
        .group_by(c.primary_reason_id, c.primary_reason_source, c.currency)
    )
    with engine.connect() as conn:
        counted = conn.execute(stmt).all()
        catalogue = _catalogue(conn, lang)
        chain = {
            str(row.id): (str(row.merged_into_id) if row.merged_into_id else None)
            for row in conn.execute(select(reasons.c.id, reasons.c.merged_into_id))
        }
    totals: dict[tuple[object, str], list[int]] = {}
    for reason_id, from_where, currency, count, cents in counted:
        key: str | None = None
        if reason_id is not None and (source is ReasonSource.ALL or from_where == "calls"):
            rid = str(reason_id)
            key = chain.get(rid) or rid  # merged reasons count under their target
            if level is Level.CATEGORY:
                key = catalogue[key].category if key in catalogue else None
        slot = totals.setdefault((key, currency or DEFAULT_CURRENCY), [0, 0])
        slot[0] += int(count)
        slot[1] += int(cents)
    grouped = [(key, cur, n, cents) for (key, cur), (n, cents) in totals.items()]
    return _per_currency(grouped, catalogue, level, measure)


def _per_customer_reasons(filters: ReportFilters, source: ReasonSource) -> Subquery:
    imported = customers.c.imported_reason_id
    if source is ReasonSource.IMPORTED:
        return (
            select(
                imported.label("reason_id"),
                customers.c.currency,
                func.coalesce(customers.c.monthly_revenue_cents, 0).label("revenue"),
            )
            .where(*customer_conditions(filters))
            .subquery("per_customer")
        )
    confirmed = _confirmed_reasons(filters)
    chosen: ColumnElement[uuid.UUID] = (
        confirmed.c.reason_id
        if source is ReasonSource.CALLS
        else func.coalesce(confirmed.c.reason_id, imported)
    )
    return (
        select(
            chosen.label("reason_id"),
            customers.c.currency,
            func.coalesce(customers.c.monthly_revenue_cents, 0).label("revenue"),
        )
        .select_from(customers)
        .outerjoin(confirmed, confirmed.c.customer_id == customers.c.id)
        .where(*customer_conditions(filters))
        .subquery("per_customer")
    )


@dataclass(frozen=True)
class _Entry:
    code: str
    label: str
    category: str | None = None


def _catalogue(conn: Connection, lang: str) -> dict[str, _Entry]:
    """Codes and labels of every reason and category, keyed by ``str(id)``."""
    found: dict[str, _Entry] = {}
    for table in (categories, reasons):
        cols = [table.c.id, table.c.code, table.c.label_pt_br, table.c.label_pt_pt]
        cols += [table.c.label_en]
        if table is reasons:
            cols.append(table.c.category_id)
        for row in conn.execute(select(*cols)):
            labels = {"pt_BR": row.label_pt_br, "pt_PT": row.label_pt_pt, "en": row.label_en}
            text = pick_label(labels, lang).text or row.code
            parent = str(row.category_id) if table is reasons else None
            found[str(row.id)] = _Entry(row.code, text, parent)
    return found


def _per_currency(
    grouped: list[Grouped],
    catalogue: dict[str, _Entry],
    level: Level,
    measure: Measure,
) -> list[ReasonRow]:
    """A ranked section per currency, the currency with most customers first: cents in
    different currencies cannot be added, so neither can their shares."""
    by_currency: dict[str, list[tuple[object, int, int]]] = {}
    for key, currency, count, cents in grouped:
        by_currency.setdefault(currency, []).append((key, count, cents))
    order = sorted(by_currency, key=lambda cur: (-sum(g[1] for g in by_currency[cur]), cur))
    rows: list[ReasonRow] = []
    for currency in order:
        rows += _rank(by_currency[currency], catalogue, level, measure, currency)
    return rows


def _rank(
    grouped: list[tuple[object, int, int]],
    catalogue: dict[str, _Entry],
    level: Level,
    measure: Measure,
    currency: str,
) -> list[ReasonRow]:
    """Pareto order of the grouped rows, with "no known reason" last."""
    by_revenue = measure is Measure.REVENUE
    known = [(str(key), count, cents) for key, count, cents in grouped if key is not None]
    unknown = [("", count, cents) for key, count, cents in grouped if key is None]

    def tie(item: tuple[str, int, int]) -> tuple[int, str]:
        other = item[1] if by_revenue else item[2]
        return (-other, catalogue[item[0]].code if item[0] in catalogue else item[0])

    ordered = [
        e.key for e in pareto([(i, i[2] if by_revenue else i[1]) for i in known], tie_key=tie)
    ]
    ordered += unknown
    shares = cumulative_shares([i[2] if by_revenue else i[1] for i in ordered])
    rows: list[ReasonRow] = []
    for (key, count, cents), (share, cumulative) in zip(ordered, shares, strict=True):
        cat: str | None = None
        reason: str | None = None
        cat_label = reason_label = ""
        if key:
            entry = catalogue.get(key, _Entry(key, key))
            if level is Level.CATEGORY:
                cat, cat_label = entry.code, entry.label
            else:
                parent = catalogue.get(entry.category or "", _Entry("", ""))
                cat, cat_label = parent.code or None, parent.label
                reason, reason_label = entry.code, entry.label
        rows.append(
            ReasonRow(
                category=cat,
                reason=reason,
                category_label=cat_label,
                reason_label=reason_label,
                customers=count,
                monthly_revenue_cents=cents,
                share=share,
                cumulative_share=cumulative,
                currency=currency,
            )
        )
    return rows


def central_engine(url: str | URL) -> Engine:
    """An engine on the centre's database (PostgreSQL, or an SQLite stand-in) for reading.

    The centre's own engine: ``postgresql://`` means psycopg 3, with its connect timeout.

    Raises:
        ValidationError: the URL is not a database URL SQLAlchemy understands (the URL is
            not echoed: it may hold a password).
    """
    try:
        return make_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ValidationError("not a usable database URL", field="central") from exc


@dataclass(frozen=True)
class ReportBundle:
    """Everything the reports page shows for one set of filters."""

    reasons: list[ReasonRow]
    cycles: list[CycleRow]
    activity: OffersReport
    expectations: list[ExpectationRow]
    currency: str  # of the first reasons section (most customers): the Pareto chart's


def report_bundle(
    engine: Engine,
    filters: ReportFilters,
    *,
    level: Level = Level.REASON,
    measure: Measure = Measure.REVENUE,
    lang: str = "en",
) -> ReportBundle:
    """All reports of the page at once (one background task)."""
    from recovery_desk.services.reports.activity import cycles_report, offers_report
    from recovery_desk.services.reports.expectations import expectations_report

    rows = reasons_report(engine, filters, level=level, measure=measure, lang=lang)
    return ReportBundle(
        reasons=rows,
        cycles=cycles_report(engine, filters),
        activity=offers_report(engine, filters, lang=lang),
        expectations=expectations_report(engine, filters),
        currency=rows[0].currency if rows else DEFAULT_CURRENCY,
    )
