"""The one formatter: dates, instants and figures in the app's language, and dates read back
the way they are shown."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from recovery_desk.ui import i18n
from recovery_desk.ui.formatting import (
    DateEdit,
    DateTimeEdit,
    format_count,
    format_date,
    format_datetime,
    format_month,
    format_percent,
    money,
    parse_date,
)
from tests.gui.windows import show_active

LANGS = ("en", "pt_BR", "pt_PT")


@pytest.fixture
def sao_paulo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in São Paulo (UTC-3, no summer time since 2019)."""
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_date_typed_in_portuguese_is_day_then_month_and_shown_back_alike() -> None:
    for lang in ("pt_BR", "pt_PT"):
        typed = parse_date("10/12/2026", lang)
        assert typed == date(2026, 12, 10)  # 10 December, not 12 October
        assert format_date(typed, lang) == "10/12/2026"
        assert parse_date("1/2/2026", lang) == date(2026, 2, 1)  # single digits are fine
        assert parse_date(" 10/12/2026 ", lang) == date(2026, 12, 10)


def test_english_writes_the_month_as_a_word_and_refuses_the_ambiguous_form() -> None:
    assert format_date(date(2026, 12, 10), "en") == "10 Dec 2026"
    assert format_date(date(2026, 11, 5), "en") == "5 Nov 2026"
    assert parse_date("10 Dec 2026", "en") == date(2026, 12, 10)
    assert parse_date("10 December 2026", "en") == date(2026, 12, 10)
    assert parse_date("10/12/2026", "en") is None  # 10 December or 12 October? Neither.
    assert parse_date("31/02/2026", "pt_BR") is None
    assert parse_date("", "pt_BR") is None
    assert format_date(None) == ""


def test_every_day_of_a_leap_year_reads_back_as_it_is_written() -> None:
    for lang in LANGS:
        day = date(2028, 1, 1)
        while day.year == 2028:
            assert parse_date(format_date(day, lang), lang) == day, (lang, day)
            day += timedelta(days=1)


def test_an_instant_is_shown_in_local_time(sao_paulo: None) -> None:
    late = datetime(2026, 12, 10, 2, 30, tzinfo=UTC)  # still the 9th in São Paulo
    assert format_datetime(late, "pt_BR") == "09/12/2026 23:30"
    assert format_datetime(late, "en") == "9 Dec 2026 23:30"
    assert format_datetime(late, "pt_PT", seconds=True) == "09/12/2026 23:30:00"
    assert format_datetime(late.replace(tzinfo=None), "pt_BR") == "09/12/2026 23:30"  # naive: UTC
    assert format_datetime(None) == ""


def test_figures_follow_the_language() -> None:
    counts = [format_count(1234567, lang) for lang in LANGS]
    assert counts == ["1,234,567", "1.234.567", "1\u00a0234\u00a0567"]  # pt_PT: no-break spaces
    amounts = [money(123456, "BRL", lang) for lang in LANGS]
    assert amounts == ["R$ 1,234.56", "R$ 1.234,56", "R$ 1.234,56"]
    assert money(123456, "EUR", "pt_PT") == "1.234,56 €"
    assert [format_percent(0.125, 1, lang) for lang in LANGS] == ["12.5%", "12,5%", "12,5%"]
    assert format_percent(None) == ""
    assert [format_month(2026, 3, lang) for lang in LANGS] == ["Mar 2026", "03/2026", "03/2026"]


def test_without_a_language_the_apps_language_is_used() -> None:
    i18n.install("pt_BR")
    try:
        assert format_date(date(2026, 12, 10)) == "10/12/2026"
        assert parse_date("10/12/2026") == date(2026, 12, 10)
        assert format_count(1234) == "1.234"
    finally:
        i18n.switch_language("en")
    assert format_date(date(2026, 12, 10)) == "10 Dec 2026"
    assert parse_date("10/12/2026") is None


def test_a_date_edit_reads_what_is_typed_as_it_shows_it_and_follows_a_switch(
    qtbot: QtBot,
) -> None:
    i18n.install("pt_BR")
    try:
        edit = DateEdit(date(2020, 1, 1))
        qtbot.addWidget(edit)
        show_active(qtbot, edit)
        edit.setFocus()  # the day is selected
        for key in "10122026":  # each section fills, then the next one is typed
            qtbot.keyClicks(edit, key)
        assert edit.text() == "10/12/2026"
        assert edit.date().toPython() == date(2026, 12, 10)
        when = DateTimeEdit()
        qtbot.addWidget(when)
        when.setDateTime(when.dateTime().fromString("2026-12-10T15:05:00", Qt.DateFormat.ISODate))
        assert when.text() == "10/12/2026 15:05"
        i18n.switch_language("en")
        assert edit.text() == "10 Dec 2026"
        assert edit.date().toPython() == date(2026, 12, 10)
        assert when.text() == "10 Dec 2026 15:05"
    finally:
        i18n.switch_language("en")
