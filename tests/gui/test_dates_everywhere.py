"""One date, every page that shows it, every language: the same text each time.

10 December is the date that shows the trouble: written 10/12 it is 12 October to an English
reader. Portuguese writes ``10/12/2025`` everywhere; English writes ``10 Dec 2025``
everywhere. A date typed in a date field is read the way it is shown, and a language switch
writes the loaded pages' dates again.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from recovery_desk.services.calls.header import load_header
from recovery_desk.services.care.reviews import DueReview, HealthSummary
from recovery_desk.services.catalogue.reasons import HistoryEntry
from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.tables import Assignment
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.care_review import CareReviewDialog
from recovery_desk.ui.dialogs.reason_history import ReasonHistoryDialog
from recovery_desk.ui.pages.coaching.page import CoachingPage
from recovery_desk.ui.pages.cycles.page import CyclesPage
from recovery_desk.ui.pages.departed.page import DepartedPage
from recovery_desk.ui.pages.followups.page import FollowUpsPage
from recovery_desk.ui.pages.insights.page import InsightsPage
from recovery_desk.ui.pages.queue.model import COL_DEPARTED, COL_NAME
from recovery_desk.ui.pages.queue.page import QueuePage
from recovery_desk.ui.pages.reports.page import ReportsPage
from recovery_desk.ui.wizard.header import CallHeaderWidget
from tests import care_data
from tests.gui.call_helpers import add_customer

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

KNOWN = date(2025, 12, 10)
NOON = datetime(2025, 12, 10, 12, tzinfo=UTC)  # 10 December in every zone within ±11 h
SHOWN = {"en": "10 Dec 2025", "pt_BR": "10/12/2025", "pt_PT": "10/12/2025"}
TYPED = {"en": "10Dec2025", "pt_BR": "10122025", "pt_PT": "10122025"}  # each section fills
# Anything a page could write a date as: 10/12/2025, 12/10/25, 10 Dec 2025, 2025-12-10.
DATE_LIKE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2} [A-Za-z]{3,9}\.? \d{4}\b")
NAME = "Ana Datas"


@dataclass
class Data:
    customer: uuid.UUID
    cycle: uuid.UUID


@pytest.fixture
def data(supervisor_ctx: UiContext, agent: UserDTO) -> Data:
    """One customer who left on the known day, in a one-day cycle, with a call, a
    front-line reason (coaching, insights) and a promise due that day (follow-ups)."""
    sessions = supervisor_ctx.sessions
    ana = add_customer(sessions, name=NAME, departed_on=KNOWN, customer_since=KNOWN)
    cycle = care_data.cycle(sessions, "Dezembro", KNOWN, KNOWN)
    with sessions.begin() as session:
        session.add(Assignment(cycle_id=cycle, customer_id=ana, assignee_id=agent.id, priority=1))
    call = care_data.call(
        sessions, ana, agent.id, reasons=[("STAFF_RUDE", "rude")], at=NOON, cycle_id=cycle
    )
    care_data.promise(sessions, call, ana, "refund the fee", KNOWN)
    return Data(ana, cycle)


@pytest.fixture(params=["en", "pt_BR", "pt_PT"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    try:
        yield request.param
    finally:
        i18n.switch_language("en")


def _dates(text: str) -> list[str]:
    return DATE_LIKE.findall(text)


def _add(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def _queue_text(qtbot: QtBot, ctx: UiContext) -> str:
    page = QueuePage(ctx)
    _add(qtbot, page)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rows = [r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == NAME]
    assert rows, "the customer is in the queue"
    return str(model.index(rows[0], COL_DEPARTED).data())


def _header_texts(qtbot: QtBot, ctx: UiContext, customer: uuid.UUID) -> list[str]:
    with ctx.sessions() as session:
        header = load_header(session, customer, i18n.current_language(), date.today(), None)
    widget = CallHeaderWidget(header, i18n.current_language())
    qtbot.addWidget(widget)
    return [widget.facts[key][1].text() for key in ("since", "departed", "earlier")]


def _followups_text(qtbot: QtBot, ctx: UiContext) -> str:
    page = FollowUpsPage(ctx)
    _add(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return str(page.model.index(0, 0).data())


def _coaching_text(qtbot: QtBot, ctx: UiContext) -> str:
    page = CoachingPage(ctx)
    _add(qtbot, page)
    qtbot.waitUntil(lambda: page.suggestions_model.rowCount() > 0)
    return str(page.suggestions_model.index(0, 0).data())


def _cycles_texts(qtbot: QtBot, ctx: UiContext) -> list[str]:
    page = CyclesPage(ctx)
    _add(qtbot, page)
    qtbot.waitUntil(lambda: page.cycles_model.rowCount() > 0)
    period = str(page.cycles_model.index(0, page.cycles_model.COL_PERIOD).data())
    page.cycles_table.setFocus()
    page.cycles_table.selectRow(0)
    qtbot.waitUntil(lambda: page.assignments_model.rowCount() > 0)
    departed = page.assignments_model.index(0, page.assignments_model.COL_DEPARTED).data()
    return [period, str(departed)]


def _insights_texts(qtbot: QtBot, ctx: UiContext) -> list[str]:
    page = InsightsPage(ctx)
    _add(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    verbatim = page.model.item(0, 0).child(0, 0).child(0, 0).text()
    return [page.cycle_picker.itemText(0), verbatim]


def _typed(qtbot: QtBot, edit: QDateEdit, lang: str) -> str:
    """Type the known date into an "any date" field as a user would; what it then shows."""
    edit.window().activateWindow()
    qtbot.waitUntil(edit.window().isActiveWindow)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # leaves "any" with the day selected
    for key in TYPED[lang]:
        qtbot.keyClicks(edit, key)
    return edit.text()


def test_every_page_writes_the_known_date_the_same_way(
    qtbot: QtBot, supervisor_ctx: UiContext, agent_ctx: UiContext, data: Data, lang: str
) -> None:
    shown: dict[str, str] = {"queue": _queue_text(qtbot, supervisor_ctx)}
    since, departed, earlier = _header_texts(qtbot, agent_ctx, data.customer)
    shown |= {"call header: since": since, "call header: left on": departed}
    shown["call header: earlier attempts"] = earlier
    shown["follow-ups"] = _followups_text(qtbot, agent_ctx)
    shown["coaching"] = _coaching_text(qtbot, supervisor_ctx)
    shown["cycles: period"], shown["cycles: departed on"] = _cycles_texts(qtbot, supervisor_ctx)
    shown["insights: cycle"], shown["insights: verbatim"] = _insights_texts(qtbot, supervisor_ctx)
    history = ReasonHistoryDialog("History", [HistoryEntry(NOON, None, "edit", {}, {}, {})], {})
    qtbot.addWidget(history)
    shown["catalogue history"] = str(history.model.index(0, 0).data())
    review = DueReview(data.customer, NAME, None, KNOWN, KNOWN, KNOWN, HealthSummary(), None)
    dialog = CareReviewDialog(review)
    qtbot.addWidget(dialog)
    shown["care review"] = dialog.header.text()

    reports = ReportsPage(supervisor_ctx)
    _add(qtbot, reports)
    shown["reports: from"] = _typed(qtbot, reports.filters.date_from, lang)
    assert reports.filters.value().date_from == KNOWN
    departed_page = DepartedPage(supervisor_ctx)
    _add(qtbot, departed_page)
    shown["departed: from"] = _typed(qtbot, departed_page.from_edit, lang)
    assert departed_page.filters().date_from == KNOWN

    found = {where: _dates(text) for where, text in shown.items()}
    assert all(found.values()), f"a page shows no date: {found}"
    written = {d for dates in found.values() for d in dates}
    assert written == {SHOWN[lang]}, found


def test_portuguese_writes_day_month_year(
    qtbot: QtBot, supervisor_ctx: UiContext, data: Data
) -> None:
    i18n.install("pt_BR")
    try:
        assert _queue_text(qtbot, supervisor_ctx) == "10/12/2025"
    finally:
        i18n.switch_language("en")


def test_a_language_switch_writes_the_shown_dates_again(
    qtbot: QtBot, supervisor_ctx: UiContext, data: Data
) -> None:
    coaching = CoachingPage(supervisor_ctx)
    _add(qtbot, coaching)
    insights = InsightsPage(supervisor_ctx)
    _add(qtbot, insights)
    reports = ReportsPage(supervisor_ctx)
    _add(qtbot, reports)
    assert _typed(qtbot, reports.filters.date_from, "en") == "10 Dec 2025"
    cycles = CyclesPage(supervisor_ctx)
    _add(qtbot, cycles)
    qtbot.waitUntil(lambda: cycles.cycles_model.rowCount() > 0)
    period = cycles.cycles_model.index(0, cycles.cycles_model.COL_PERIOD)
    assert period.data() == "10 Dec 2025 – 10 Dec 2025"
    try:
        i18n.switch_language("pt_BR")
        assert str(coaching.suggestions_model.index(0, 0).data()).startswith("10/12/2025 ")
        assert "(10/12/2025 – 10/12/2025)" in insights.cycle_picker.itemText(0)
        assert reports.filters.date_from.text() == "10/12/2025"
        assert reports.filters.value().date_from == KNOWN
        assert period.data() == "10/12/2025 – 10/12/2025"
    finally:
        i18n.switch_language("en")
    assert str(coaching.suggestions_model.index(0, 0).data()).startswith("10 Dec 2025 ")
