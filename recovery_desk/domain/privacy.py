"""What erasure leaves in place of a person, and when retention makes data due.

Pure rules shared by the desk (``storage/privacy.py``) and documented for the centre
(``docs/privacy.md``), which derives the same pseudonyms in SQL: both must agree, so a
customer erased on two sides reads the same everywhere.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date

PSEUDONYM_PREFIX = "Anon "
CODE_PREFIX = "ANON-"


def pseudonym(customer_id: uuid.UUID) -> str:
    """The name an erased customer keeps: "Anon " and the first 8 hex digits of the id."""
    return PSEUDONYM_PREFIX + customer_id.hex[:8]


def pseudonym_code(customer_id: uuid.UUID) -> str:
    """The external code an erased customer keeps: "ANON-" and the whole id in hex (the
    code is unique; eight digits would collide among a million customers)."""
    return CODE_PREFIX + customer_id.hex


def code_hash(code: str) -> str:
    """sha256 (hex) of a customer's external code, as typed after trimming spaces: what an
    erasure record keeps instead of the code, so a second request finds it."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Retention:
    """How long each kind of personal data is kept (0 months/days: never purged)."""

    customers_months: int = 24
    """Personal data of departed customers not won back, after departure and last contact."""
    call_notes_months: int = 12
    """Free-text call notes (verbatims, read-back, step and outcome notes), after the call."""
    backups_days: int = 30
    """Pre-upgrade backups of the database file."""


def months_before(day: date, months: int) -> date:
    """``day`` moved back by ``months`` calendar months (the 31st becomes the month's end)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
