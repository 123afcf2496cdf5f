"""The follow-ups page by keyboard: open a call, mark a promise kept, close the loop."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.tables import AuditEntry, Callback, CareReview, Promise
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.pages.followups.page import FollowUpsPage
from recovery_desk.ui.pages.followups.reminder import show_start_reminder
from tests import care_data

# The offscreen platform warns when a top-level window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: UiContext) -> FollowUpsPage:
    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_keyboard_mark_kept_then_close_the_loop(
    qtbot: QtBot, agent_ctx: UiContext, agent: UserDTO
) -> None:
    sessions = agent_ctx.sessions
    ana = care_data.customer(sessions, "Ana")
    call = care_data.call(sessions, ana, agent.id)
    pid = care_data.promise(sessions, call, ana, "refund the fee", date.today() - timedelta(days=2))
    page = _page(qtbot, agent_ctx)
    assert page.model.rowCount() == 1
    assert "Overdue" in page.model.index(0, 0).data()  # said in words, not only colour
    # One line a follow-up, the due date and the customer's name whole.
    metrics = page.table.fontMetrics()
    for column in (0, 2):
        text = str(page.model.index(0, column).data())
        assert page.table.columnWidth(column) >= metrics.horizontalAdvance(text), text
    assert not page.table.wordWrap()
    assert page.kept_action.isEnabled() and not page.loop_action.isEnabled()

    with qtbot.waitSignal(agent_ctx.events.sig_open_customer) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [ana]

    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rows[0].kind == "loop"
    assert "thank" in page.hint.text()
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0
    with sessions() as session:
        promise = session.get(Promise, pid)
        assert promise is not None
        assert promise.kept_on == date.today() and promise.loop_closed_at is not None
        assert "loop_closed" in set(session.scalars(select(AuditEntry.action)))


def test_record_a_care_review_at_risk_from_the_keyboard(
    qtbot: QtBot, agent_ctx: UiContext, agent: UserDTO
) -> None:
    sessions = agent_ctx.sessions
    won = date.today() - timedelta(days=200)
    caio = care_data.customer(sessions, "Caio", status="won_back", won_back_on=won)
    care_data.call(sessions, caio, agent.id)
    page = _page(qtbot, agent_ctx)
    assert page.model.rows[0].kind == "care_review"
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.review_dialog
    qtbot.waitExposed(dialog)
    dialog.outcome.setCurrentIndex(1)  # at risk
    dialog.support_contacts.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with sessions() as session:
        review = session.scalars(select(CareReview)).one()
        assert (review.outcome, review.support_contacts) == ("at_risk", 3)
        assert session.scalars(select(Callback)).one().kind == "care"
    assert [r.kind for r in page.model.rows] == ["callback"]


def test_start_reminder_is_non_modal_and_opens_the_page(
    qtbot: QtBot, agent_ctx: UiContext, agent: UserDTO
) -> None:
    sessions = agent_ctx.sessions
    ana = care_data.customer(sessions, "Ana")
    call = care_data.call(sessions, ana, agent.id)
    care_data.promise(sessions, call, ana, "send the letter", date.today())
    window = MainWindow(agent_ctx)
    qtbot.addWidget(window)
    window.show()
    show_start_reminder(window)
    # After the "Unfinished call" check (none here): one notice at a time.
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "followUpsReminder") is not None)
    box = window.findChild(QMessageBox, "followUpsReminder")
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "1" in box.text()
    box.buttons()[0].click()
    assert isinstance(window.stack.currentWidget(), FollowUpsPage)


def test_model_is_valid_and_names_care_calls(qtmodeltester, agent_ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from recovery_desk.services.care.reviews import HealthSummary
    from recovery_desk.services.followups.lists import FollowUp
    from recovery_desk.ui.pages.followups.model import FollowUpsModel

    model = FollowUpsModel()
    now = datetime.now(UTC)
    rows = [
        FollowUp(
            "callback", agent_ctx.user.id, agent_ctx.user.id, "Ana", "", now, None, True, "care"
        ),
        FollowUp(
            "care_review",
            agent_ctx.user.id,
            agent_ctx.user.id,
            "Bia",
            "2025-01-01",
            now,
            date.today(),
            False,
            health=HealthSummary(service_calls=2, purchases=1),
            since=date(2025, 1, 1),
        ),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Care call"
    assert model.index(0, 0).data().startswith("Overdue")
    assert "2025-01-01" in model.index(1, 3).data()
    assert "2 service calls, 1 purchases" in model.index(1, 3).data()
