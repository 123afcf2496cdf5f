"""The offers a customer may receive in this call, best fit first, with their cost for this
customer, why each fits, and whether it needs a supervisor's approval."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from recovery_desk.domain.enums import ApprovalStatus, Role
from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.offers import (
    OfferContext,
    OfferFit,
    approval_for,
    eligible_offers,
    fit_of,
)
from recovery_desk.services.calls.catalogue import labels_of, offer_rules, previous_offers
from recovery_desk.storage.tables import Customer, Offer, Reason, ReasonCategory

if TYPE_CHECKING:
    from recovery_desk.services.calls.session import CallSession


@dataclass(frozen=True)
class OfferChoiceDTO:
    id: uuid.UUID
    code: str
    label: str
    kind: str
    cost_cents: int  # for this customer (a percentage of their bill)
    value_cents: int | None
    value_percent_bp: int | None
    duration_months: int
    currency: str  # the offer's, which is the customer's (the eligibility rule)
    approval: ApprovalStatus
    fit: OfferFit

    @property
    def needs_approval(self) -> bool:
        return self.approval is ApprovalStatus.AWAITING


def offers_for_call(cs: CallSession, lang: str, now: datetime) -> list[OfferChoiceDTO]:
    """Eligible offers for the call's customer and reasons, best fit first."""
    reason_ids = [uuid.UUID(r) for r in cs.flow.diagnosis.reason_ids]
    with cs.sessions() as session:
        customer = session.get(Customer, cs.customer_id)
        assert customer is not None
        codes: dict[uuid.UUID, str] = {}
        if reason_ids:
            codes = {
                rid: code
                for rid, code in session.execute(
                    select(Reason.id, ReasonCategory.code)
                    .join(ReasonCategory, ReasonCategory.id == Reason.category_id)
                    .where(Reason.id.in_(reason_ids))
                )
            }
        ctx = OfferContext(
            segment=customer.segment,
            monthly_revenue_cents=customer.monthly_revenue_cents,
            reason_categories=tuple(codes[r] for r in reason_ids if r in codes),
            previous=previous_offers(session, customer.id, cs.call_id),
            currency=customer.currency,
        )
        rules = offer_rules(session)
        by_code = {rule.code: (rule, offer) for rule, offer in rules.values()}
        chosen = eligible_offers([rule for rule, _ in rules.values()], ctx, now)
        role = Role(cs.user.role)
        result = []
        for rule in chosen:
            _, offer = by_code[rule.code]
            fit = fit_of(rule, ctx)
            result.append(
                OfferChoiceDTO(
                    id=offer.id,
                    code=offer.code,
                    label=pick_label(labels_of(offer), lang).text,
                    kind=offer.kind,
                    cost_cents=fit.cost_cents,
                    value_cents=offer.value_cents,
                    value_percent_bp=offer.value_percent_bp,
                    duration_months=offer.duration_months,
                    currency=offer.currency,
                    approval=approval_for(rule, role, fit.cost_cents),
                    fit=fit,
                )
            )
        return result


def currency_without_offers(cs: CallSession) -> str | None:
    """The customer's currency when no active offer is in it (a catalogue still in the
    shipped reais for customers billed in euros), so the agent can be told why the list
    is empty; else None."""
    with cs.sessions() as session:
        currency = session.scalar(select(Customer.currency).where(Customer.id == cs.customer_id))
        if currency is None:
            return None
        found = session.scalar(
            select(Offer.id).where(Offer.active.is_(True), Offer.currency == currency).limit(1)
        )
    return None if found is not None else currency
