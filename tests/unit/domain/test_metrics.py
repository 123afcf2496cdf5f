"""Pareto shares, recovery rate and the reference band."""

from __future__ import annotations

from recovery_desk.domain.metrics import (
    BandPosition,
    acceptance_rate,
    band_position,
    cumulative_shares,
    pareto,
    recovery_rate,
)


def test_pareto_orders_and_accumulates() -> None:
    rows = pareto([("a", 100), ("b", 300), ("c", 100), ("d", 0)], tie_key=lambda k: k)
    assert [(r.key, r.value) for r in rows] == [("b", 300), ("a", 100), ("c", 100), ("d", 0)]
    assert [r.share for r in rows] == [0.6, 0.2, 0.2, 0.0]
    assert [r.cumulative_share for r in rows] == [0.6, 0.8, 1.0, 1.0]


def test_pareto_zero_total_and_empty() -> None:
    assert [r.share for r in pareto([("a", 0), ("b", 0)])] == [0.0, 0.0]
    assert pareto([]) == []
    assert cumulative_shares([1, 1, 1]) == [(0.3333, 0.3333), (0.3333, 0.6667), (0.3333, 1.0)]


def test_rates_and_band() -> None:
    assert recovery_rate(1, 0) is None
    assert recovery_rate(1, 4) == 0.25
    assert acceptance_rate(0, 0) is None
    assert band_position(None) is None
    assert band_position(0.05) is BandPosition.BELOW
    assert band_position(0.10) is BandPosition.WITHIN
    assert band_position(0.30) is BandPosition.WITHIN
    assert band_position(0.31) is BandPosition.ABOVE
