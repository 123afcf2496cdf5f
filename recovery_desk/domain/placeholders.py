"""Script placeholders such as ``{first_name}``: filling and validation.

An unknown placeholder is flagged before a script is saved and is never shown raw to an
agent (``fill`` leaves it out rather than printing braces).
"""

from __future__ import annotations

import re

PLACEHOLDERS: tuple[str, ...] = (
    "first_name",
    "agent_name",
    "company",
    "months_as_customer",
    "days_since_departure",
    "segment",
    "reason",
)
_FIELD = re.compile(r"\{([^{}]*)\}")


def unknown_placeholders(text: str) -> list[str]:
    """Names in braces that are not known placeholders, in order, without repeats."""
    seen: list[str] = []
    for name in _FIELD.findall(text):
        if name not in PLACEHOLDERS and name not in seen:
            seen.append(name)
    return seen


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known placeholders by ``values`` (missing ones become empty)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return values.get(name, "") if name in PLACEHOLDERS else ""

    return _FIELD.sub(replace, text)
