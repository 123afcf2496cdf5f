"""Picking a catalogue label in the user's language, with a marked fallback."""

from __future__ import annotations

from dataclasses import dataclass

# Which language to try next when a label is missing in the wanted one.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "pt_BR": ("pt_BR", "pt_PT", "en"),
    "pt_PT": ("pt_PT", "pt_BR", "en"),
    "en": ("en", "pt_BR", "pt_PT"),
}


@dataclass(frozen=True)
class Label:
    text: str
    lang: str
    fallback: bool  # True when shown in another language than the one wanted


def pick_label(labels: dict[str, str | None], lang: str) -> Label:
    """Return the label in ``lang`` or the first available fallback."""
    order = FALLBACKS.get(lang, FALLBACKS["en"])
    for candidate in order:
        text = labels.get(candidate)
        if text:
            return Label(text=text, lang=candidate, fallback=candidate != lang)
    return Label(text="", lang=lang, fallback=True)
