"""Offer rules: who is eligible, how many times, what it costs, who may grant it, and fit.

The guided call (what is offered), finishing the call (what is saved) and the catalogue
editor all use these functions, so an ineligible or capped offer is never offered.

An offer is listed only for customers billed in its currency: amounts in two currencies
are never compared.

Fit: a percentage discount costs a share of *this* customer's bill (10% of R$ 10,000 for
three months is R$ 3,000, not the catalogue's estimate), and an offer is "in proportion"
when its cost is a sensible share of a year's revenue at stake; those come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from recovery_desk.domain.enums import ApprovalStatus, Role
from recovery_desk.domain.text import fold

# An offer "in proportion" costs between these shares of a year's revenue at stake.
PROPORTION_LOW = 0.01  # below: a token gesture for this customer
PROPORTION_HIGH = 0.30  # above: costs more than the relationship is likely worth
FIT_IN_PROPORTION, FIT_UNKNOWN, FIT_TOKEN, FIT_HEAVY = "proportion", "unknown", "token", "heavy"
_BAND_RANK = {FIT_IN_PROPORTION: 0, FIT_UNKNOWN: 1, FIT_TOKEN: 2, FIT_HEAVY: 3}


@dataclass(frozen=True)
class OfferRule:
    """The eligibility and approval data of one catalogue offer (cents throughout)."""

    code: str
    cost_cents: int
    eligible_segments: tuple[str, ...] = ()
    eligible_categories: tuple[str, ...] = ()  # reason category codes
    min_revenue_cents: int | None = None
    max_revenue_cents: int | None = None
    approval_limits: dict[Role, int | None] = field(default_factory=dict)  # None: unlimited
    max_per_customer: int | None = None
    period_days: int = 365
    active: bool = True
    value_percent_bp: int | None = None  # a percentage discount (basis points of the bill)
    duration_months: int = 1
    currency: str = "BRL"  # of every amount above; offered only to customers billed in it


@dataclass(frozen=True)
class OfferContext:
    """What is known about the customer when offers are chosen."""

    segment: str | None
    monthly_revenue_cents: int | None
    reason_categories: tuple[str, ...]  # codes of the reasons given (primary first)
    # When this customer already received each offer (code -> instants), for the caps.
    previous: dict[str, tuple[datetime, ...]] = field(default_factory=dict)
    currency: str = "BRL"  # the customer is billed in it


def ineligibility(rule: OfferRule, ctx: OfferContext, now: datetime) -> str | None:
    """Why ``rule`` may not be offered to this customer now, or ``None`` when it may."""
    if not rule.active:
        return "retired"
    # Its cost, revenue band and limits mean nothing against a bill in another currency
    # (and "R$ 50 credit" is no offer to a customer billed in euros).
    if rule.currency != ctx.currency:
        return "currency"
    if rule.eligible_segments and fold(ctx.segment) not in {
        fold(s) for s in rule.eligible_segments
    }:
        return "segment"
    revenue = ctx.monthly_revenue_cents
    if rule.min_revenue_cents is not None and (revenue is None or revenue < rule.min_revenue_cents):
        return "revenue_below"
    if rule.max_revenue_cents is not None and (revenue is None or revenue > rule.max_revenue_cents):
        return "revenue_above"
    if rule.eligible_categories and not set(rule.eligible_categories) & set(ctx.reason_categories):
        return "reason"
    if rule.max_per_customer is not None:
        since = now - timedelta(days=rule.period_days)
        used = sum(1 for at in ctx.previous.get(rule.code, ()) if at >= since)
        if used >= rule.max_per_customer:
            return "cap"
    return None


def offer_cost(rule: OfferRule, monthly_revenue_cents: int | None) -> int:
    """What the offer costs for this customer: a percentage of their bill for its months,
    else (or when the bill is unknown) the catalogue's cost."""
    if rule.value_percent_bp and monthly_revenue_cents:
        months = max(1, rule.duration_months)
        return monthly_revenue_cents * rule.value_percent_bp * months // 10_000
    return rule.cost_cents


@dataclass(frozen=True)
class OfferFit:
    """Why an offer fits this customer (shown as one line beside it)."""

    cost_cents: int
    targets_primary: bool  # made for the category of the customer's main reason
    segment: str | None  # the customer's segment when the offer is made for it
    share: float | None  # cost / a year's revenue; None when the revenue is unknown
    band: str  # FIT_*

    def sort_key(self) -> tuple[int, int, int, int]:
        return (
            _BAND_RANK[self.band],
            0 if self.targets_primary else 1,
            0 if self.segment else 1,
            self.cost_cents,
        )


def fit_of(rule: OfferRule, ctx: OfferContext) -> OfferFit:
    """How well ``rule`` fits the customer of ``ctx`` (reason, segment, revenue at stake)."""
    primary = ctx.reason_categories[0] if ctx.reason_categories else None
    cost = offer_cost(rule, ctx.monthly_revenue_cents)
    share = None
    band = FIT_UNKNOWN
    if ctx.monthly_revenue_cents:
        share = cost / (ctx.monthly_revenue_cents * 12)
        if share < PROPORTION_LOW:
            band = FIT_TOKEN
        elif share > PROPORTION_HIGH:
            band = FIT_HEAVY
        else:
            band = FIT_IN_PROPORTION
    return OfferFit(
        cost_cents=cost,
        targets_primary=bool(primary and primary in rule.eligible_categories),
        segment=ctx.segment if rule.eligible_segments and ctx.segment else None,
        share=share,
        band=band,
    )


def fit_score(rule: OfferRule, ctx: OfferContext) -> tuple[int, int, int, int]:
    """Sort key, best fit first: in proportion to the revenue at stake, then targets the
    primary reason, then made for the segment, then cheaper."""
    return fit_of(rule, ctx).sort_key()


def eligible_offers(rules: list[OfferRule], ctx: OfferContext, now: datetime) -> list[OfferRule]:
    """The offers this customer may receive now, best fit first."""
    allowed = [r for r in rules if ineligibility(r, ctx, now) is None]
    return sorted(allowed, key=lambda r: fit_score(r, ctx))


def approval_for(rule: OfferRule, role: Role, cost_cents: int | None = None) -> ApprovalStatus:
    """GRANTED when the cost (``cost_cents``, else the catalogue's) is within the role's
    limit, else AWAITING a supervisor."""
    cost = rule.cost_cents if cost_cents is None else cost_cents
    if may_approve(rule, role, cost):
        return ApprovalStatus.GRANTED
    return ApprovalStatus.AWAITING


def may_approve(rule: OfferRule, role: Role, cost_cents: int) -> bool:
    """Whether ``role`` may grant (or approve) an offer of ``rule`` costing ``cost_cents``."""
    limit = rule.approval_limits.get(role, 0)
    return limit is None or cost_cents <= limit
