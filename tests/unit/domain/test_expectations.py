"""The four expectations round-trip through their stored bit mask."""

from __future__ import annotations

from itertools import combinations

from recovery_desk.domain.expectations import EXPECTATIONS, Expectation, from_mask, to_mask


def test_every_set_of_expectations_round_trips() -> None:
    for size in range(len(EXPECTATIONS) + 1):
        for met in combinations(EXPECTATIONS, size):
            assert from_mask(to_mask(met)) == frozenset(met)


def test_stored_bits_keep_their_meaning() -> None:
    # Stored data: the bits must never move when the enum is edited.
    assert to_mask([Expectation.RESPECT]) == 1
    assert to_mask([Expectation.RESPONSIBILITY]) == 8
    assert from_mask(None) == frozenset() == from_mask(0)
