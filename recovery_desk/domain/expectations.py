"""The four expectations a customer judges every contact by: respect, solutions,
simplicity, responsibility.

At the end of a conversation the agent marks which of them the call met; the set is
stored as a small bit mask (one integer column, counted with ``&`` in SQL on SQLite and
PostgreSQL alike). ``None`` means the call was not assessed (calls made before the
assessment existed, or the customer was not reached).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Expectation(StrEnum):
    RESPECT = "respect"
    SOLUTIONS = "solutions"
    SIMPLICITY = "simplicity"
    RESPONSIBILITY = "responsibility"


EXPECTATIONS: tuple[Expectation, ...] = tuple(Expectation)


def bit(expectation: Expectation) -> int:
    """The mask bit of ``expectation`` (the order above never changes: stored data)."""
    return 1 << EXPECTATIONS.index(expectation)


def to_mask(met: Iterable[Expectation]) -> int:
    mask = 0
    for expectation in met:
        mask |= bit(expectation)
    return mask


def from_mask(mask: int | None) -> frozenset[Expectation]:
    if not mask:
        return frozenset()
    return frozenset(e for e in EXPECTATIONS if mask & bit(e))
