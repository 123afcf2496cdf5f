"""How the UI writes dates, instants and figures: in the app's language, never the system's.

The language is the one chosen with View → Language or ``--lang`` (:mod:`recovery_desk.ui.i18n`).
Portuguese writes ``dd/mm/yyyy``; English writes the month as a word (``5 Nov 2026``) so that
``10/12`` can never be read two ways. The date edits (:class:`DateEdit`, :class:`DateTimeEdit`)
show and read dates in that same form, as does :func:`parse_date`, and all of them follow a
language switch at run time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from recovery_desk.domain.money import format_money, format_money_per_currency
from recovery_desk.ui import i18n

_DATE_FORMATS = {"en": "d MMM yyyy"}  # anything else (Portuguese): dd/MM/yyyy
_LENIENT_DATE_FORMATS = {"en": ("d MMM yyyy", "d MMMM yyyy"), "": ("dd/MM/yyyy", "d/M/yyyy")}


def _lang(lang: str | None) -> str:
    return lang or i18n.current_language()


def locale(lang: str | None = None) -> QLocale:
    """The QLocale of ``lang`` (default: the app's language), for month names and digits."""
    return _locale(_lang(lang))


@lru_cache(maxsize=8)
def _locale(lang: str) -> QLocale:
    return QLocale(lang)


def date_format(lang: str | None = None) -> str:
    """The Qt format of a date: ``dd/MM/yyyy`` in Portuguese, ``d MMM yyyy`` in English."""
    return _DATE_FORMATS.get(_lang(lang), "dd/MM/yyyy")


def datetime_format(lang: str | None = None, *, seconds: bool = False) -> str:
    """A date as :func:`date_format` then a 24-hour time (``HH:mm``, or ``HH:mm:ss``)."""
    return f"{date_format(lang)} {'HH:mm:ss' if seconds else 'HH:mm'}"


def format_date(value: date | None, lang: str | None = None) -> str:
    """``10/12/2026`` in Portuguese, ``10 Dec 2026`` in English; empty for ``None``."""
    if value is None:
        return ""
    lang = _lang(lang)
    return locale(lang).toString(QDate(value.year, value.month, value.day), date_format(lang))


def format_month(year: int, month: int, lang: str | None = None) -> str:
    """A month as the dates write it: ``03/2026`` in Portuguese, ``Mar 2026`` in English."""
    lang = _lang(lang)
    month_format = "MMM yyyy" if lang == "en" else "MM/yyyy"
    return locale(lang).toString(QDate(year, month, 1), month_format)


def local_time(at: datetime) -> datetime:
    """A stored UTC instant in this computer's time zone (naive values are taken as UTC)."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()


def format_datetime(at: datetime | None, lang: str | None = None, *, seconds: bool = False) -> str:
    """A UTC instant in local time: ``10/12/2026 17:18`` / ``10 Dec 2026 17:18``; empty for None."""
    if at is None:
        return ""
    lang = _lang(lang)
    here = local_time(at)
    stamp = QDateTime(
        QDate(here.year, here.month, here.day), QTime(here.hour, here.minute, here.second)
    )
    return locale(lang).toString(stamp, datetime_format(lang, seconds=seconds))


def format_day_of(at: datetime | None, lang: str | None = None) -> str:
    """The local date of a UTC instant, as :func:`format_date` writes it; empty for None."""
    return "" if at is None else format_date(local_time(at).date(), lang)


def parse_date(text: str, lang: str | None = None) -> date | None:
    """Read a date typed the way :func:`format_date` shows it (``10/12/2026`` is 10 December
    in Portuguese; ``10 Dec 2026`` in English); single digits are fine. None if not a date."""
    lang = _lang(lang)
    typed = " ".join(text.split())
    for fmt in _LENIENT_DATE_FORMATS.get(lang, _LENIENT_DATE_FORMATS[""]):
        found = locale(lang).toDate(typed, fmt)
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    return None


def format_count(value: int, lang: str | None = None) -> str:
    """A whole number with the language's digit grouping (``1.234`` in Portuguese)."""
    return locale(lang).toString(value)


def format_decimal(value: float, digits: int, lang: str | None = None) -> str:
    """A figure with the language's decimal mark (``12,5`` in Portuguese)."""
    return locale(lang).toString(value, "f", digits)


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
    """Integer cents in ``currency`` with the language's marks (``R$ 1.234,56``)."""
    return format_money(cents, _lang(lang), currency)


def money_per_currency(amounts: Mapping[str, int], lang: str | None = None) -> str:
    """One amount per currency (``R$ 1.200,00 · € 300,00``), never their sum; empty for none.
    Build ``amounts`` with :func:`recovery_desk.domain.money.sum_per_currency`."""
    return format_money_per_currency(amounts, _lang(lang))


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


def to_qdate(value: date) -> QDate:
    """A Python date as the QDate a date edit holds."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A date edit's QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date edit that shows and reads dates as :func:`format_date` writes them, in the app's
    language, and changes with it."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if value is not None:
            self.setDate(to_qdate(value))
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.setLocale(locale())
        self.setDisplayFormat(date_format())


class DateTimeEdit(QDateTimeEdit):
    """A date-and-time edit in the form of :func:`format_datetime` (local time, no seconds)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.setLocale(locale())
        self.setDisplayFormat(datetime_format())
