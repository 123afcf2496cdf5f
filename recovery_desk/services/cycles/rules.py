"""The selection rules of a rescue cycle, as SQL conditions, and their live preview.

The preview is a funnel: how many customers and how much monthly revenue remain after
each rule, in the order the supervisor reads them. One scan with conditional sums.

Money is never added across currencies: each step's revenue is one amount per currency of
the customers it keeps, and the revenue band is in one currency (``revenue_currency``): it
keeps the customers billed in that currency within the band.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, not_, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import DEFAULT_CURRENCY
from recovery_desk.storage.tables import Call, CallReason, Customer, Reason, ReasonCategory

_TRUE = true()


@dataclass(frozen=True)
class CycleRules:
    """Which departed customers a cycle contacts. ``None``/empty means "any"."""

    departed_within_days: int | None = 90
    min_revenue_cents: int | None = None
    max_revenue_cents: int | None = None
    segments: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    reason_categories: tuple[str, ...] = ()  # category codes (imported or confirmed reason)
    exclude_won_back: bool = True
    exclude_do_not_call: bool = True
    not_contacted_days: int | None = 14
    revenue_currency: str = DEFAULT_CURRENCY  # of the band: it keeps customers billed in it

    @property
    def has_band(self) -> bool:
        return self.min_revenue_cents is not None or self.max_revenue_cents is not None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("segments", "regions", "reason_categories"):
            data[key] = list(data[key])
        return data

    @classmethod
    def from_json(
        cls, data: dict[str, Any], default_currency: str = DEFAULT_CURRENCY
    ) -> CycleRules:
        """Rules as saved; a band saved before bands had a currency is in
        ``default_currency`` (the workspace's main one: what the band was shown in)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("segments", "regions", "reason_categories"):
            if key in known:
                known[key] = tuple(known[key] or ())
        known["revenue_currency"] = known.get("revenue_currency") or default_currency
        return cls(**known)


# Rule keys in funnel order, with the label the UI translates.
RULE_LABELS: tuple[tuple[str, str], ...] = (
    ("all", QT_TRANSLATE_NOOP("messages", "All departed customers")),
    ("departed_within_days", QT_TRANSLATE_NOOP("messages", "Departed recently enough")),
    ("revenue", QT_TRANSLATE_NOOP("messages", "In the revenue band")),
    ("segments", QT_TRANSLATE_NOOP("messages", "In the chosen segments")),
    ("regions", QT_TRANSLATE_NOOP("messages", "In the chosen regions")),
    (
        "reason_categories",
        QT_TRANSLATE_NOOP("messages", "With a known reason of the chosen categories"),
    ),
    ("exclude_won_back", QT_TRANSLATE_NOOP("messages", "Not already won back")),
    ("exclude_do_not_call", QT_TRANSLATE_NOOP("messages", "Not marked do-not-call")),
    ("not_contacted_days", QT_TRANSLATE_NOOP("messages", "Not contacted recently")),
)


Revenue = tuple[tuple[str, int], ...]  # (currency, cents) per currency, by currency code


@dataclass(frozen=True)
class FunnelStep:
    """What one rule keeps: customers (counts add up) and their monthly revenue, one amount
    per currency of the customers kept (never a sum over currencies)."""

    rule: str
    label: str  # English source text; the UI translates it (context "messages")
    customers: int
    revenue: Revenue

    @property
    def revenue_per_currency(self) -> dict[str, int]:
        return dict(self.revenue)


@dataclass(frozen=True)
class RulePreview:
    steps: list[FunnelStep] = field(default_factory=list)

    @property
    def kept(self) -> FunnelStep:
        return self.steps[-1]


def _category_reason_ids(session: Session, codes: tuple[str, ...]) -> list[Any]:
    query = (
        select(Reason.id)
        .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
        .where(ReasonCategory.code.in_(codes))
    )
    return list(session.scalars(query))


def conditions(
    session: Session, rules: CycleRules, today: date
) -> list[tuple[str, ColumnElement[bool]]]:
    """One SQL condition per rule key (``_TRUE`` where the rule is off)."""
    c = Customer
    result: list[tuple[str, ColumnElement[bool]]] = [("all", _TRUE)]
    if rules.departed_within_days is not None:
        since = today - timedelta(days=rules.departed_within_days)
        result.append(("departed_within_days", c.departed_on >= since))
    else:
        result.append(("departed_within_days", _TRUE))
    band: list[ColumnElement[bool]] = []
    if rules.has_band:
        band.append(c.currency == rules.revenue_currency)
    if rules.min_revenue_cents is not None:
        band.append(c.monthly_revenue_cents >= rules.min_revenue_cents)
    if rules.max_revenue_cents is not None:
        band.append(c.monthly_revenue_cents <= rules.max_revenue_cents)
    result.append(("revenue", and_(*band) if band else _TRUE))
    result.append(("segments", c.segment.in_(rules.segments) if rules.segments else _TRUE))
    result.append(("regions", c.region.in_(rules.regions) if rules.regions else _TRUE))
    if rules.reason_categories:
        ids = _category_reason_ids(session, rules.reason_categories)
        from_calls = (
            select(Call.customer_id)
            .join(CallReason, CallReason.call_id == Call.id)
            .where(CallReason.reason_id.in_(ids), CallReason.verified.is_(True))
        )
        result.append(
            ("reason_categories", or_(c.imported_reason_id.in_(ids), c.id.in_(from_calls)))
        )
    else:
        result.append(("reason_categories", _TRUE))
    result.append(("exclude_won_back", c.status != "won_back" if rules.exclude_won_back else _TRUE))
    result.append(
        ("exclude_do_not_call", c.do_not_call.is_(False) if rules.exclude_do_not_call else _TRUE)
    )
    if rules.not_contacted_days is not None:
        cutoff = datetime.combine(today - timedelta(days=rules.not_contacted_days), time(), UTC)
        result.append(
            ("not_contacted_days", or_(c.last_contact_at.is_(None), c.last_contact_at < cutoff))
        )
    else:
        result.append(("not_contacted_days", _TRUE))
    return result


def selection_condition(session: Session, rules: CycleRules, today: date) -> ColumnElement[bool]:
    """All rules together: the customers a cycle keeps."""
    return and_(*(cond for _key, cond in conditions(session, rules, today)))


_REVENUE = func.coalesce(Customer.monthly_revenue_cents, 0)


def _money(currencies: list[str]) -> list[ColumnElement[Any]]:
    """Customers and revenue, a pair of columns per currency. Conditional sums, not a GROUP
    BY currency: that sorted every row (a million: a third of a second more per query)."""
    if len(currencies) <= 1:
        return [func.count(), func.sum(_REVENUE)]
    columns: list[ColumnElement[Any]] = []
    for currency in currencies:
        billed = Customer.currency == currency
        columns += [func.sum(case((billed, 1), else_=0)), func.sum(case((billed, _REVENUE)))]
    return columns


def _in_currencies(values: Sequence[Any], currencies: list[str]) -> list[tuple[str, int, int]]:
    """The pairs of :func:`_money` as (currency, customers, cents)."""
    pairs = zip(values[::2], values[1::2], strict=True)
    return [
        (cur, int(n or 0), int(cents or 0))
        for cur, (n, cents) in zip(currencies, pairs, strict=True)
    ]


def _per_currency(rows: Iterable[tuple[str, int, int]]) -> Revenue:
    """(currency, customers, cents) rows as one amount per currency that has customers."""
    totals: dict[str, int] = {}
    for currency, customers, cents in rows:
        if customers:
            totals[currency] = totals.get(currency, 0) + cents
    return tuple(sorted(totals.items()))


def preview(sessions: sessionmaker[Session], rules: CycleRules, today: date) -> RulePreview:
    """How many customers and how much revenue each rule keeps (cumulatively), asking the
    database (the CLI; the form previews from memory, :mod:`cycle_funnel`).

    Each customer falls out at the first rule it fails (its *stage*); what rule k keeps is
    everyone whose stage is past k. One short-circuiting CASE per row and a GROUP BY of at
    most ten groups, with the revenue summed per currency; the first rule (recent
    departures) is a range on the covering index ``ix_customers_selection`` (a third of a
    second for a million customers), which holds the currency too.
    """
    labels = dict(RULE_LABELS)
    with sessions() as session:
        currencies = sorted(session.scalars(select(Customer.currency).distinct())) or [
            DEFAULT_CURRENCY
        ]
        money = _money(currencies)
        population = _in_currencies(session.execute(select(*money)).one(), currencies)
        conds = conditions(session, rules, today)
        first_key, first = conds[1]
        staged = conds[2:]
        whens = [
            (not_(func.coalesce(cond, false())), index)
            for index, (_key, cond) in enumerate(staged, start=2)
            if cond is not _TRUE
        ]
        stage = case(*whens, else_=len(conds)) if whens else literal(len(conds))
        query = select(stage.label("stage"), *money).group_by("stage")
        if first is not _TRUE:
            query = query.where(first)
        by_stage = [
            (int(row[0]), *found)
            for row in session.execute(query)
            for found in _in_currencies(row[1:], currencies)
        ]

    def kept(after: int) -> tuple[int, Revenue]:
        rows = [(cur, n, cents) for stage_, cur, n, cents in by_stage if stage_ > after]
        return sum(n for _cur, n, _cents in rows), _per_currency(rows)

    everyone = sum(n for _cur, n, _cents in population)
    steps = [
        FunnelStep("all", labels["all"], everyone, _per_currency(population)),
        FunnelStep(first_key, labels[first_key], *kept(1)),
    ]
    for index, (key, _cond) in enumerate(staged, start=2):
        steps.append(FunnelStep(key, labels[key], *kept(index)))
    return RulePreview(steps)
