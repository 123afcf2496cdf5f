"""Text folding for accent- and case-insensitive matching ("preco" finds "Preço")."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased with diacritics removed and spaces collapsed."""
    if not text:
        return ""
    if text.isascii():  # fast path (imports fold millions of names): nothing to strip
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def digits(text: str | None) -> str:
    """Return only the digits of ``text`` (phones, ids)."""
    return "".join(ch for ch in (text or "") if ch.isdigit())
