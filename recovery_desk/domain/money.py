"""Money as integer cents; never float."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

DEFAULT_CURRENCY = "BRL"  # a workspace with no customers yet, and rules saved before currencies


def cents_to_decimal(cents: int | None) -> Decimal | None:
    """Return ``cents`` as a Decimal in currency units (``12345`` -> ``Decimal('123.45')``)."""
    if cents is None:
        return None
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def decimal_to_cents(value: Decimal) -> int:
    """Round a Decimal amount in currency units to whole cents (half up)."""
    return int((value * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def format_money(cents: int | None, lang: str = "pt_BR", currency: str = "BRL") -> str:
    """Format cents for display with the locale's separators: ``R$ 1.234,56``."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    grouped = f"{units:,}"
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    number = f"{grouped.replace(',', thousands)}{decimal}{rest:02d}"
    symbol = {"BRL": "R$", "EUR": "€"}.get(currency, currency)
    if currency == "EUR" and lang != "en":
        return f"{sign}{number} {symbol}"
    return f"{sign}{symbol} {number}"


def sum_per_currency(amounts: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Add ``(currency, cents)`` pairs currency by currency, never across currencies; the
    currencies in the order first seen."""
    totals: dict[str, int] = {}
    for currency, cents in amounts:
        totals[currency] = totals.get(currency, 0) + cents
    return totals


def format_money_per_currency(
    amounts: Mapping[str, int], lang: str = "pt_BR", separator: str = " · "
) -> str:
    """One amount per currency, in the mapping's order: ``R$ 1.200,00 · 300,00 €``; empty for
    no amounts. A figure over several currencies is shown so, never as one sum."""
    return separator.join(format_money(cents, lang, cur) for cur, cents in amounts.items())
