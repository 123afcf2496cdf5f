"""Folding text for accent- and case-insensitive search and sort."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recovery_desk.domain.text import digits, fold, fold_slowly


def test_fold_strips_accents_case_and_extra_spaces() -> None:
    assert fold("  Conceição   ARAÚJO ") == "conceicao araujo"
    assert fold("Straße") == "strasse"
    assert fold(None) == fold("") == ""


@given(st.text(max_size=40))
def test_the_fast_fold_is_the_definition(text: str) -> None:
    assert fold(text) == " ".join(fold_slowly(text).split())


def test_digits_keeps_only_digits() -> None:
    assert digits("+55 (11) 91234-5678") == "5511912345678"
    assert digits(None) == ""
