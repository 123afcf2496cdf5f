"""In-memory folded index of the reason catalogue for the type-ahead picker.

Built once per call screen from the catalogue (retired reasons left out) and searched on
every keystroke: every word of the query must occur in the folded labels of the reason or
its category, in any of the three languages ("preco" finds "Preço").
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.domain.labels import pick_label
from recovery_desk.domain.text import fold


@dataclass(frozen=True)
class ReasonEntry:
    """One pickable reason with its category."""

    id: str
    code: str
    category_code: str
    labels: dict[str, str | None]
    category_labels: dict[str, str | None]
    team: str | None
    sort_key: tuple[int, int]

    def label(self, lang: str) -> str:
        return pick_label(self.labels, lang).text

    def category_label(self, lang: str) -> str:
        return pick_label(self.category_labels, lang).text


class ReasonIndex:
    """Folded text per reason; :meth:`search` is a linear scan of short strings."""

    def __init__(self, entries: list[ReasonEntry]):
        self.entries = sorted(entries, key=lambda e: e.sort_key)
        self._by_id = {e.id: e for e in self.entries}
        self._folded = [
            (
                " | ".join(fold(t) for t in e.labels.values() if t),
                " | ".join(fold(t) for t in e.category_labels.values() if t),
            )
            for e in self.entries
        ]

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, reason_id: str) -> ReasonEntry | None:
        return self._by_id.get(reason_id)

    def search(self, query: str, limit: int = 50) -> list[ReasonEntry]:
        """Reasons matching every word of ``query``; label matches before category-only."""
        words = fold(query).split()
        if not words:
            return self.entries[:limit]
        strong: list[ReasonEntry] = []
        weak: list[ReasonEntry] = []
        for entry, (label_text, category_text) in zip(self.entries, self._folded, strict=True):
            if all(w in label_text for w in words):
                strong.append(entry)
            elif all(w in label_text or w in category_text for w in words):
                weak.append(entry)
            if len(strong) >= limit:
                break
        return (strong + weak)[:limit]
