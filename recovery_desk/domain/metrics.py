"""Report arithmetic: Pareto shares, recovery rate and the practitioners' reference band.

Pure functions over integers (money in cents); no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

K = TypeVar("K")

REFERENCE_BAND: tuple[float, float] = (0.10, 0.30)
"""Share of contacted departed customers practitioners report winning back (10-30%)."""

SHARE_DIGITS = 4


class BandPosition(StrEnum):
    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"


@dataclass(frozen=True)
class ParetoEntry(Generic[K]):
    """One ranked item with its share of the total and the running (cumulative) share."""

    key: K
    value: int
    share: float
    cumulative_share: float


def pareto(
    items: Sequence[tuple[K, int]], *, tie_key: Callable[[K], object] | None = None
) -> list[ParetoEntry[K]]:
    """Rank ``items`` by value (largest first) and add share and cumulative share.

    Ties keep a stable order: by ``tie_key`` when given, otherwise as given. Shares are
    rounded to four decimals; when the total is zero every share is zero. The cumulative
    share is computed on exact integers, so the last entry is exactly 1.0 when total > 0.

    Args:
        items: ``(key, value)`` pairs; values are non-negative integers (cents, counts).
        tie_key: sort key for items with equal value.

    Returns:
        The entries in Pareto order.
    """
    indexed = list(enumerate(items))
    indexed.sort(
        key=lambda pair: (
            -pair[1][1],
            tie_key(pair[1][0]) if tie_key is not None else 0,
            pair[0],
        )
    )
    total = sum(value for _, (_, value) in indexed)
    running = 0
    out: list[ParetoEntry[K]] = []
    for _, (key, value) in indexed:
        running += value
        out.append(
            ParetoEntry(
                key=key,
                value=value,
                share=_ratio(value, total),
                cumulative_share=_ratio(running, total),
            )
        )
    return out


def cumulative_shares(values: Sequence[int]) -> list[tuple[float, float]]:
    """``(share, cumulative share)`` of each value, in the order given.

    Used when a row must stay last whatever its size (e.g. "no known reason").
    """
    total = sum(values)
    running = 0
    out: list[tuple[float, float]] = []
    for value in values:
        running += value
        out.append((_ratio(value, total), _ratio(running, total)))
    return out


def _ratio(part: int, whole: int) -> float:
    if whole <= 0:
        return 0.0
    return round(part / whole, SHARE_DIGITS)


def recovery_rate(won_back: int, contacted: int) -> float | None:
    """Won back over contacted, or ``None`` when nobody was contacted."""
    if contacted <= 0:
        return None
    return won_back / contacted


def acceptance_rate(accepted: int, made: int) -> float | None:
    """Offers accepted over offers made, or ``None`` when none was made."""
    if made <= 0:
        return None
    return accepted / made


def band_position(rate: float | None) -> BandPosition | None:
    """Where a recovery rate sits against :data:`REFERENCE_BAND`."""
    if rate is None:
        return None
    low, high = REFERENCE_BAND
    if rate < low:
        return BandPosition.BELOW
    if rate > high:
        return BandPosition.ABOVE
    return BandPosition.WITHIN


def average(total: int, count: int) -> float | None:
    """``total / count`` or ``None`` for an empty group."""
    return None if count <= 0 else total / count
