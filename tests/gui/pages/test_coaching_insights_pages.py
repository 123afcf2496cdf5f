"""The coaching page by keyboard, and the insights tree with its cycle picker."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.tables import CoachingNote
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.coaching.page import CoachingPage
from recovery_desk.ui.pages.insights.page import InsightsPage
from recovery_desk.ui.table_model import RowRole
from tests import care_data

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _show(qtbot: QtBot, page: CoachingPage | InsightsPage) -> None:
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_create_a_note_from_a_suggestion_and_mark_it_delivered(
    qtbot: QtBot, qtmodeltester: Any, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    sessions = supervisor_ctx.sessions
    ana = care_data.customer(sessions, "Ana", served_by="Rita Front")
    call = care_data.call(sessions, ana, agent.id, reasons=[("STAFF_RUDE", "she hung up")])
    page = CoachingPage(supervisor_ctx)
    _show(qtbot, page)
    assert page.suggestions_model.rowCount() == 1
    suggestion = page.current_suggestion()
    assert suggestion is not None and suggestion.customer_name == "Ana"
    qtmodeltester.check(page.suggestions_model)
    # No note yet: the reps' list says how to write one, and the hint is no rep.
    assert page.reps.count() == 1 and "Ctrl+N" in page.reps.item(0).text()
    assert not page.reps.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    page.resize(700, 500)  # a narrow window: the hint wraps instead of running off
    qtbot.waitUntil(lambda: page.reps.viewport().width() < 400)
    hint = page.reps.visualItemRect(page.reps.item(0))
    assert hint.right() <= page.reps.viewport().width()
    assert not page.reps.horizontalScrollBar().isVisible()
    assert page.current_rep() is None
    page.suggestions.setFocus()
    qtbot.keyClick(page.suggestions, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.rep_edit.text() == "Rita Front"
    assert page.text_edit.hasFocus()
    qtbot.keyClicks(page.text_edit, "Offer a callback instead of hanging up.")
    qtbot.keyClick(page.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.suggestions_model.rowCount() == 0
    assert page.reps.count() == 1 and page.notes_model.rowCount() == 1
    page.notes.setFocus()
    assert page.delivered_action.isEnabled() and not page.ack_action.isEnabled()
    qtbot.keyClick(page.notes, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.notes_model.index(0, 1).data() == "Delivered"
    assert page.notes_model.index(0, 0).data(RowRole).text.startswith("Offer a callback")
    qtmodeltester.check(page.notes_model)
    qtbot.keyClick(
        page.notes,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with sessions() as session:
        note = session.scalars(select(CoachingNote)).one()
        assert (note.rep_name, note.call_id, note.status) == ("Rita Front", call, "acknowledged")
        assert note.delivered_at is not None and note.acknowledged_at is not None


def test_insights_tree_expands_to_verbatims_and_follows_the_cycle_picker(
    qtbot: QtBot, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    sessions = supervisor_ctx.sessions
    may = care_data.cycle(sessions, "May", date(2026, 5, 1), date(2026, 5, 31))
    april = care_data.cycle(sessions, "April", date(2026, 4, 1), date(2026, 4, 30), "closed")
    ana = care_data.customer(sessions, "Ana", revenue=12345)
    care_data.call(sessions, ana, agent.id, cycle_id=may, reasons=[("PRICE_TOO_HIGH", "caro")],
                   at=datetime(2026, 5, 2, tzinfo=UTC))  # fmt: skip
    care_data.call(sessions, ana, agent.id, cycle_id=april, reasons=[("STAFF_RUDE", "rude")],
                   at=datetime(2026, 4, 2, tzinfo=UTC))  # fmt: skip
    page = InsightsPage(supervisor_ctx)
    _show(qtbot, page)
    assert page.cycle_picker.currentData() == may
    team = page.model.item(0, 0)
    assert team.text() == "Pricing"
    assert "123" in page.model.item(0, 2).text()
    reason = team.child(0, 0)
    assert reason.child(0, 0).text().startswith("“caro”")
    page.cycle_picker.setFocus()
    qtbot.keyClick(page.cycle_picker, Qt.Key.Key_Down)  # to April
    assert page.cycle_picker.currentData() == april
    assert page.model.item(0, 0).text() == "Customer Service"


def test_insights_show_revenue_per_currency(
    qtbot: QtBot, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    """Issue 18: a team with customers in reais and in euros reads both amounts, never
    their sum, and the page says how the tree is ranked."""
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    sessions = supervisor_ctx.sessions
    may = care_data.cycle(sessions, "May", date(2026, 5, 1), date(2026, 5, 31))
    for name, revenue, currency in (("Ana", 30000, "BRL"), ("Bia", 5000, "EUR")):
        cid = care_data.customer(sessions, name, revenue=revenue)
        with sessions.begin() as session:
            session.execute(update(Customer).where(Customer.id == cid).values(currency=currency))
        care_data.call(sessions, cid, agent.id, cycle_id=may, reasons=[("PRICE_TOO_HIGH", "x")],
                       at=datetime(2026, 5, 2, tzinfo=UTC))  # fmt: skip
    page = InsightsPage(supervisor_ctx)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.item(0, 2).text() == "R$ 300.00 · € 50.00"  # never R$ 350.00
    assert page.model.item(0, 0).child(0, 2).text() == "R$ 300.00 · € 50.00"
    assert page.ranking.isVisible() and "ranked by their revenue in BRL" in page.ranking.text()
    page.cycle_picker.setFocus()
    qtbot.keyClick(page.cycle_picker, Qt.Key.Key_Down)  # "All calls": the same two customers
    assert page.model.item(0, 2).text() == "R$ 300.00 · € 50.00"


def test_pages_appear_for_the_right_roles(
    qtbot: QtBot, supervisor_ctx: UiContext, agent_ctx: UiContext
) -> None:
    from recovery_desk.ui.main_window import MainWindow
    from recovery_desk.ui.pages.followups.page import FollowUpsPage

    boss = MainWindow(supervisor_ctx)
    qtbot.addWidget(boss)
    for page_id, cls in (
        ("followups", FollowUpsPage),
        ("insights", InsightsPage),
        ("coaching", CoachingPage),
    ):
        assert isinstance(boss.page(page_id), cls)
    agent_window = MainWindow(agent_ctx)
    qtbot.addWidget(agent_window)
    assert isinstance(agent_window.page("followups"), FollowUpsPage)
    assert agent_window.page("insights") is None and agent_window.page("coaching") is None


def test_default_team_names_read_in_the_users_language_and_own_names_as_typed(
    qtbot: QtBot, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    from sqlalchemy import update

    from recovery_desk.storage.tables import Reason
    from recovery_desk.ui import i18n

    sessions = supervisor_ctx.sessions
    may = care_data.cycle(sessions, "May", date(2026, 5, 1), date(2026, 5, 31))
    with sessions.begin() as session:  # a team the supervisor named in the catalogue
        session.execute(
            update(Reason).where(Reason.code == "STAFF_RUDE").values(team="Equipe Norte")
        )
    ana = care_data.customer(sessions, "Ana", revenue=90000)
    bia = care_data.customer(sessions, "Bia", revenue=100)
    care_data.call(sessions, ana, agent.id, cycle_id=may, reasons=[("PRICE_TOO_HIGH", "caro")],
                   at=datetime(2026, 5, 2, tzinfo=UTC))  # fmt: skip
    care_data.call(sessions, bia, agent.id, cycle_id=may, reasons=[("STAFF_RUDE", "rude")],
                   at=datetime(2026, 5, 3, tzinfo=UTC))  # fmt: skip
    i18n.install("pt_BR")
    try:
        page = InsightsPage(supervisor_ctx)
        _show(qtbot, page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        teams = [page.model.item(row, 0).text() for row in range(2)]
        assert teams == ["Precificação", "Equipe Norte"]
    finally:
        i18n.switch_language("en")
