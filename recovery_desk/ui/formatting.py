"""Display formats that follow the interface language (dates, counts, money)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale

from recovery_desk.domain.money import format_money
from recovery_desk.ui import i18n


def format_date(value: date | None, lang: str | None = None) -> str:
    """``dd/mm/yyyy`` in Portuguese, ``d MMM yyyy`` in English; empty for ``None``."""
    if value is None:
        return ""
    lang = lang or i18n.current_language()
    qdate = QDate(value.year, value.month, value.day)
    if lang == "en":
        return QLocale(QLocale.Language.English).toString(qdate, "d MMM yyyy")
    return qdate.toString("dd/MM/yyyy")


def format_count(value: int, lang: str | None = None) -> str:
    """A whole number with the language's digit grouping (``1.234`` in Portuguese)."""
    return QLocale(lang or i18n.current_language()).toString(value)


def format_decimal(value: float, digits: int, lang: str | None = None) -> str:
    """A figure with the language's decimal mark (``12,5`` in Portuguese)."""
    return QLocale(lang or i18n.current_language()).toString(value, "f", digits)


def format_duration(seconds: float | None) -> str:
    """A call-centre clock: ``0:45``, ``2:07``, ``1:02:07``; empty for None.

    Rounded to the second; minutes over an hour roll into hours.
    """
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds + 0.5), 3600)  # half up, not to even
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_percent(share: float | None, digits: int = 1, lang: str | None = None) -> str:
    """A share (0.125) as a percentage in the language's style (``12,5%``); empty for None."""
    return "" if share is None else f"{format_decimal(share * 100, digits, lang)}%"


def money(cents: int | None, currency: str, lang: str | None = None) -> str:
    """``format_money`` in the interface language."""
    return format_money(cents, lang or i18n.current_language(), currency)


@lru_cache(maxsize=4096)
def format_phone(phone: str | None) -> str:
    """An E.164 number in international format (``+55 11 98765-4321``); else as stored."""
    if not phone or not phone.startswith("+"):
        return phone or ""
    import phonenumbers  # lazily: not needed before the first row is painted

    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
