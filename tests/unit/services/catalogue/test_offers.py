"""Offers: field validation and the rules the guided call applies to edited offers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from recovery_desk.domain.enums import ApprovalStatus, Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.offers import OfferContext, approval_for, eligible_offers, ineligibility
from recovery_desk.services.catalogue import offers
from recovery_desk.services.catalogue.reasons import list_tree
from recovery_desk.storage.tables import Customer
from recovery_desk.storage.types import utcnow

BASE = offers.OfferDTO(
    code="gift_box",
    kind="gift",
    labels={"en": "Gift box"},
    cost_cents=2000,
    approval_limit_agent_cents=1000,
    approval_limit_executive_cents=5000,
)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "bribe"}, "kind"),
        ({"code": "no spaces"}, "code"),
        ({"labels": {"en": " "}}, "labels"),
        ({"cost_cents": -1}, "cost_cents"),
        ({"value_cents": 100, "value_percent_bp": 500}, "value_percent_bp"),
        ({"value_percent_bp": 20000}, "value_percent_bp"),
        ({"min_revenue_cents": 500, "max_revenue_cents": 100}, "min_revenue_cents"),
        ({"max_per_customer": 0}, "max_per_customer"),
        ({"period_days": 0}, "period_days"),
        ({"eligible_segments": ("",)}, "eligible_segments"),
        ({"currency": "euro"}, "currency"),
        ({"currency": "R$"}, "currency"),
    ],
)
def test_invalid_offer_names_the_field(sessions, supervisor, change, field):
    with pytest.raises(ValidationError) as info:
        offers.save_offer(sessions, supervisor, replace(BASE, **change))
    assert info.value.field == field


def test_unknown_category_code_refused(sessions, supervisor):
    with pytest.raises(ValidationError) as info:
        offers.save_offer(sessions, supervisor, replace(BASE, eligible_categories=("NOPE",)))
    assert info.value.field == "eligible_categories[0]"


def test_duplicate_code_refused(sessions, supervisor):
    offers.save_offer(sessions, supervisor, BASE)
    with pytest.raises(ValidationError) as info:
        offers.save_offer(sessions, supervisor, replace(BASE, labels={"en": "Other"}))
    assert info.value.field == "code"


def test_edited_offers_never_offered_when_ineligible_or_capped(sessions, supervisor):
    saved = offers.save_offer(
        sessions,
        supervisor,
        replace(
            BASE,
            eligible_segments=("gold",),
            min_revenue_cents=5000,
            max_per_customer=1,
            period_days=30,
        ),
    )
    now = utcnow()
    gold = OfferContext(segment="gold", monthly_revenue_cents=9000, reason_categories=())

    def codes(ctx: OfferContext) -> set[str]:
        return {r.code for r in eligible_offers(offers.offer_rules(sessions), ctx, now)}

    assert "gift_box" in codes(gold)
    assert "gift_box" not in codes(replace(gold, segment="silver"))
    assert "gift_box" not in codes(replace(gold, monthly_revenue_cents=100))
    capped = replace(gold, previous={"gift_box": (now - timedelta(days=3),)})
    assert "gift_box" not in codes(capped)
    rule = next(r for r in offers.offer_rules(sessions) if r.code == "gift_box")
    assert ineligibility(rule, capped, now) == "cap"
    old = replace(gold, previous={"gift_box": (now - timedelta(days=31),)})
    assert "gift_box" in codes(old)
    assert approval_for(rule, Role.AGENT) is ApprovalStatus.AWAITING
    assert approval_for(rule, Role.EXECUTIVE) is ApprovalStatus.GRANTED
    # Editing the offer changes what the call offers; retiring it removes it.
    offers.save_offer(sessions, supervisor, replace(saved, eligible_segments=("silver",)))
    assert "gift_box" not in codes(gold)
    assert "gift_box" in codes(replace(gold, segment="silver"))
    offers.set_offer_active(sessions, supervisor, saved.id, False)
    assert "gift_box" not in codes(replace(gold, segment="silver"))


def test_reason_category_eligibility(sessions, supervisor):
    price, other = [c.code for c in list_tree(sessions)[:2]]
    offers.save_offer(sessions, supervisor, replace(BASE, eligible_categories=(price,)))
    now = utcnow()
    rules = offers.offer_rules(sessions)
    ctx = OfferContext(segment=None, monthly_revenue_cents=None, reason_categories=(other,))
    assert "gift_box" not in {r.code for r in eligible_offers(rules, ctx, now)}
    ctx = replace(ctx, reason_categories=(price,))
    assert "gift_box" in {r.code for r in eligible_offers(rules, ctx, now)}


def test_the_currency_is_saved_as_an_iso_code_and_new_offers_start_in_the_customers(
    sessions, supervisor
):
    assert offers.default_currency(sessions) == "BRL"  # no customers yet
    saved = offers.save_offer(sessions, supervisor, replace(BASE, currency=" eur "))
    assert saved.currency == "EUR"
    assert offers.rule_of(saved).currency == "EUR"
    listed = {o.code: o.currency for o in offers.list_offers(sessions)}
    assert listed["gift_box"] == "EUR" and listed["DISC_10_3M"] == "BRL"  # shipped in reais
    with sessions.begin() as session:
        session.add_all(Customer(name=f"Cliente {n}", currency="EUR") for n in range(2))
        session.add(Customer(name="Cliente BR", currency="BRL"))
    assert offers.default_currency(sessions) == "EUR"
