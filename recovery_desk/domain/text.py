"""Text folding for accent- and case-insensitive matching ("preco" finds "Preço")."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased with diacritics removed and spaces collapsed."""
    if not text:
        return ""
    if text.isascii():  # fast path (imports fold millions of names): nothing to strip
        return " ".join(text.lower().split())
    return " ".join(text.translate(_FOLDED).split())


def fold_slowly(text: str) -> str:
    """:func:`fold` by its definition, a string at a time (the table is built from it)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


class _FoldTable(dict[int, str]):
    """Each character's folded form, computed the first time it is met: a name then folds
    in one ``str.translate`` instead of a decomposition and a Python loop per character."""

    def __missing__(self, code: int) -> str:
        folded = fold_slowly(chr(code))
        self[code] = folded
        return folded


_FOLDED = _FoldTable()


def digits(text: str | None) -> str:
    """Return only the digits of ``text`` (phones, ids)."""
    return "".join(ch for ch in (text or "") if ch.isdigit())
