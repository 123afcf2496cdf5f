"""Display formats that follow the interface language (dates, counts, money)."""

from __future__ import annotations

from datetime import date

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


def money(cents: int | None, currency: str, lang: str | None = None) -> str:
    """``format_money`` in the interface language."""
    return format_money(cents, lang or i18n.current_language(), currency)
