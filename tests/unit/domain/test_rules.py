"""Domain rules: offers, defensive phrases, placeholders, text folding, money."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_desk.domain.enums import ApprovalStatus, Role
from recovery_desk.domain.money import format_money, format_money_per_currency, sum_per_currency
from recovery_desk.domain.offers import (
    OfferContext,
    OfferRule,
    approval_for,
    eligible_offers,
    ineligibility,
)
from recovery_desk.domain.phrases import DefensivePhrase, find_defensive
from recovery_desk.domain.placeholders import fill, unknown_placeholders
from recovery_desk.domain.text import fold

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_fold_removes_accents_and_case() -> None:
    assert fold("  Preço   ALTO ") == "preco alto"
    assert fold("João Conceição") == "joao conceicao"


def test_money_uses_locale_separators() -> None:
    assert format_money(123456, "pt_BR") == "R$ 1.234,56"
    assert format_money(123456, "pt_PT", "EUR") == "1.234,56 €"
    assert format_money(-5, "en") == "-R$ 0.05"


def test_money_in_several_currencies_is_never_added() -> None:
    totals = sum_per_currency([("BRL", 120000), ("EUR", 30000), ("BRL", 5)])
    assert totals == {"BRL": 120005, "EUR": 30000}
    assert format_money_per_currency(totals, "pt_BR") == "R$ 1.200,05 · 300,00 €"
    assert format_money_per_currency({}, "en") == ""


def test_segment_revenue_reason_and_cap_rules() -> None:
    rule = OfferRule(
        code="D",
        cost_cents=100,
        eligible_segments=("Premium",),
        eligible_categories=("PRICE",),
        min_revenue_cents=10_000,
        max_per_customer=1,
        period_days=30,
    )
    ok = OfferContext(segment="Premium", monthly_revenue_cents=20_000, reason_categories=("PRICE",))
    assert ineligibility(rule, ok, NOW) is None
    assert ineligibility(rule, OfferContext("PME", 20_000, ("PRICE",)), NOW) == "segment"
    assert ineligibility(rule, OfferContext("Premium", 5_000, ("PRICE",)), NOW) == "revenue_below"
    assert ineligibility(rule, OfferContext("Premium", 20_000, ("BILLING",)), NOW) == "reason"
    used = OfferContext("Premium", 20_000, ("PRICE",), {"D": (NOW - timedelta(days=3),)})
    assert ineligibility(rule, used, NOW) == "cap"
    old = OfferContext("Premium", 20_000, ("PRICE",), {"D": (NOW - timedelta(days=40),)})
    assert ineligibility(rule, old, NOW) is None


def test_an_offer_is_only_for_customers_billed_in_its_currency() -> None:
    reais = OfferRule(code="CREDIT_BRL", cost_cents=5_000, currency="BRL")
    euros = OfferRule(code="CREDIT_EUR", cost_cents=5_000, currency="EUR")
    # A bill in euros: the offer in reais fits every other rule, and is still not listed.
    in_euros = OfferContext("Premium", 20_000, ("PRICE",), currency="EUR")
    assert ineligibility(reais, in_euros, NOW) == "currency"
    assert ineligibility(euros, in_euros, NOW) is None
    assert [r.code for r in eligible_offers([reais, euros], in_euros, NOW)] == ["CREDIT_EUR"]
    in_reais = OfferContext("Premium", 20_000, ("PRICE",), currency="BRL")
    assert [r.code for r in eligible_offers([reais, euros], in_reais, NOW)] == ["CREDIT_BRL"]


def test_best_fit_first_and_retired_never_offered() -> None:
    generic = OfferRule(code="G", cost_cents=50)
    targeted = OfferRule(code="T", cost_cents=500, eligible_categories=("PRICE",))
    retired = OfferRule(code="R", cost_cents=1, active=False)
    ctx = OfferContext(segment=None, monthly_revenue_cents=None, reason_categories=("PRICE",))
    assert [r.code for r in eligible_offers([generic, retired, targeted], ctx, NOW)] == ["T", "G"]


def test_approval_limit_per_role() -> None:
    rule = OfferRule(
        code="X",
        cost_cents=30_000,
        approval_limits={Role.AGENT: 20_000, Role.EXECUTIVE: 200_000, Role.SUPERVISOR: None},
    )
    assert approval_for(rule, Role.AGENT) is ApprovalStatus.AWAITING
    assert approval_for(rule, Role.EXECUTIVE) is ApprovalStatus.GRANTED
    assert approval_for(rule, Role.SUPERVISOR) is ApprovalStatus.GRANTED


def test_defensive_phrases_found_without_accents() -> None:
    phrases = [
        DefensivePhrase("você tem que entender", "Assuma a falha."),
        DefensivePhrase("fora do nosso controle", "Diga o que vai fazer."),
    ]
    hits = find_defensive(
        "Olha, VOCE TEM QUE  entender que isso foi fora do nosso controle", phrases
    )
    assert [h.phrase for h in hits] == ["você tem que entender", "fora do nosso controle"]
    assert find_defensive("Peço desculpas, nós falhamos.", phrases) == []
    assert find_defensive("entendermos", [DefensivePhrase("entender", "")]) == []


def test_placeholders_flag_unknown_and_never_show_braces() -> None:
    text = "Olá {first_name}, sou {agent_name} da {empresa}."
    assert unknown_placeholders(text) == ["empresa"]
    assert fill(text, {"first_name": "Ana", "agent_name": "Rui"}) == "Olá Ana, sou Rui da ."
