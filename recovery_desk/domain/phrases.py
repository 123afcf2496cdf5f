"""The defensive-phrase check of the Apologise step (accent- and case-insensitive)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from recovery_desk.domain.text import fold


@dataclass(frozen=True)
class DefensivePhrase:
    phrase: str
    hint: str


@dataclass(frozen=True)
class PhraseHit:
    phrase: str
    hint: str
    start: int  # position in the folded text


def _pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(phrase).split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


def find_defensive(text: str, phrases: list[DefensivePhrase]) -> list[PhraseHit]:
    """Every defensive phrase found in ``text``, in order of appearance."""
    folded = fold(text)
    hits = []
    for item in phrases:
        if not item.phrase.strip():
            continue
        match = _pattern(item.phrase).search(folded)
        if match:
            hits.append(PhraseHit(item.phrase, item.hint, match.start()))
    return sorted(hits, key=lambda h: h.start)
