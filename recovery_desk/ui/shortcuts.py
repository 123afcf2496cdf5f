"""Keyboard shortcuts that are not menu actions, for the Help → Keyboard shortcuts sheet.

Menu actions with a shortcut are listed automatically; widgets add the keys they handle
themselves (Ctrl+F in a page, Esc in a search box...) with :func:`register`, giving a
callable that returns the translated description (so it follows language switches).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the sheet: the keys (portable text, ``"Ctrl+F"``) and what they do.

    ``keys_now``, when given, says the keys in the current language (mnemonics such as
    Alt+R in English are Alt+E in Portuguese); ``keys`` then only identifies the row.
    """

    keys: str
    describe: Callable[[], str]
    section: Callable[[], str] | None = None
    keys_now: Callable[[], str] | None = None


_rows: dict[tuple[str, str], ShortcutRow] = {}


def register(
    keys: str,
    describe: Callable[[], str],
    *,
    section: Callable[[], str] | None = None,
    owner: str = "",
    keys_now: Callable[[], str] | None = None,
) -> None:
    """Add (or replace, for the same ``owner`` and ``keys``) a row of the sheet."""
    _rows[(owner, keys)] = ShortcutRow(keys, describe, section, keys_now)


def rows() -> list[ShortcutRow]:
    """Every registered row, in registration order."""
    return list(_rows.values())
