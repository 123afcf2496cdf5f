"""Offer rules: who is eligible, how many times, and who may grant it.

The guided call (what is offered) and the catalogue editor (what is saved) both use these
functions, so an ineligible or capped offer is never offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from recovery_desk.domain.enums import ApprovalStatus, Role


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


@dataclass(frozen=True)
class OfferContext:
    """What is known about the customer when offers are chosen."""

    segment: str | None
    monthly_revenue_cents: int | None
    reason_categories: tuple[str, ...]  # codes of the reasons given (primary first)
    # When this customer already received each offer (code -> instants), for the caps.
    previous: dict[str, tuple[datetime, ...]] = field(default_factory=dict)


def ineligibility(rule: OfferRule, ctx: OfferContext, now: datetime) -> str | None:
    """Why ``rule`` may not be offered to this customer now, or ``None`` when it may."""
    if not rule.active:
        return "retired"
    if rule.eligible_segments and (ctx.segment or "") not in rule.eligible_segments:
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


def fit_score(rule: OfferRule, ctx: OfferContext) -> tuple[int, int, int]:
    """Sort key, best fit first: targets the primary reason, then the segment, then cheaper."""
    primary = ctx.reason_categories[0] if ctx.reason_categories else None
    targets_primary = 0 if primary and primary in rule.eligible_categories else 1
    targets_segment = 0 if rule.eligible_segments else 1
    return (targets_primary, targets_segment, rule.cost_cents)


def eligible_offers(rules: list[OfferRule], ctx: OfferContext, now: datetime) -> list[OfferRule]:
    """The offers this customer may receive now, best fit first."""
    allowed = [r for r in rules if ineligibility(r, ctx, now) is None]
    return sorted(allowed, key=lambda r: fit_score(r, ctx))


def approval_for(rule: OfferRule, role: Role) -> ApprovalStatus:
    """GRANTED when the cost is within the role's limit, else AWAITING a supervisor."""
    limit = rule.approval_limits.get(role, 0)
    if limit is None or rule.cost_cents <= limit:
        return ApprovalStatus.GRANTED
    return ApprovalStatus.AWAITING
