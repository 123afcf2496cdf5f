"""Offers waiting for approval among an approver's follow-ups, by keyboard: Enter opens the
offer on the Approvals page, approving it takes the row away; executives see only what is
within their limit, agents nothing; the start reminder counts them; a sync refreshes."""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from recovery_desk.domain.enums import Outcome
from recovery_desk.services.calls.offers import offers_for_call
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.services.sync.push_pull import SyncAttempt, SyncReport
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.tables import OfferMade, Reason
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.pages.approvals.page import ApprovalsPage
from recovery_desk.ui.pages.followups.page import FollowUpsPage
from recovery_desk.ui.pages.followups.reminder import show_start_reminder
from recovery_desk.ui.sync_worker import SyncWorker
from tests.gui.call_helpers import CTRL, SHIFT, add_customer, focused, press
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

# The offscreen platform warns when a top-level window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

COL_DUE, COL_KIND, COL_CUSTOMER, COL_WHAT = range(4)


def _awaiting(ctx: UiContext, agent: UserDTO, name: str, *, big: bool = False) -> uuid.UUID:
    """An agent's call in which ``name`` accepted an offer above the agent's limit: R$ 360
    (within the executive's limit), or with ``big`` 30% of R$ 5,000 for 12 months (not)."""
    sessions = ctx.sessions
    customer = (
        add_customer(sessions, name=name, segment="Premium", monthly_revenue_cents=500_000)
        if big
        else add_customer(sessions, name=name)
    )
    call = CallSession.start(sessions, agent, customer)
    with sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    call.pick_reason(str(reason))
    call.confirm_diagnosis("x")
    code = "DISC_30_12M_PREMIUM" if big else "DISC_20_6M"
    offer = next(o for o in offers_for_call(call, "en", datetime.now(UTC)) if o.code == code)
    call.set_draft("offer", {"offer_id": str(offer.id), "response": "accepted"})
    call.finish(Outcome.WON_BACK)
    with sessions() as session:
        made = session.scalar(select(OfferMade.id).where(OfferMade.call_id == call.call_id))
    assert made is not None
    return made


def _page(qtbot: QtBot, ctx: UiContext) -> FollowUpsPage:
    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    return page


def _approval_rows(page: FollowUpsPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
        if model.index(r, COL_KIND).data() == "Offer to approve"
    ]


@pytest.fixture
def window(qtbot: QtBot, supervisor_ctx: UiContext) -> Iterator[MainWindow]:
    window = MainWindow(supervisor_ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    yield window
    window.sync_ui.worker.stop()


def test_enter_opens_the_offer_in_approvals_and_approving_removes_the_row(
    qtbot: QtBot, window: MainWindow, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    _awaiting(supervisor_ctx, agent, "Ana Lima")
    bruno = _awaiting(supervisor_ctx, agent, "Bruno Reis")
    page = window.show_page("followups")
    assert isinstance(page, FollowUpsPage)
    assert focused() is page.table
    rows = _approval_rows(page)
    assert [r[COL_CUSTOMER] for r in rows] == ["Ana Lima", "Bruno Reis"]  # longest waiting first
    due, _kind, _customer, what = rows[1]
    assert due.startswith("Waiting since ")
    assert what == f"20% off for 6 months, cost R$ 360.00, made by {agent.name}"
    assert "Offers waiting for your approval: 2." in page.status.text()

    press(Qt.Key.Key_Down)  # to Bruno's offer
    assert "approve or reject" in page.hint.text()
    assert page.buttons[0].text() == "&Open in Approvals"
    press(Qt.Key.Key_Return)
    approvals = window.stack.currentWidget()
    assert isinstance(approvals, ApprovalsPage)
    assert focused() is approvals.table
    chosen = approvals.current()
    assert chosen is not None and chosen.id == bruno  # the one asked for, not the first

    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert approvals.status.text().startswith("Approved: 20% off for 6 months for Bruno Reis.")
    press(Qt.Key.Key_2, CTRL)  # back to Follow-ups
    assert window.stack.currentWidget() is page
    assert [r[COL_CUSTOMER] for r in _approval_rows(page)] == ["Ana Lima"]
    assert page.status.text() == "Offers waiting for your approval: 1."  # nothing else due


def test_an_offer_decided_elsewhere_is_said_so(
    qtbot: QtBot, window: MainWindow, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    from recovery_desk.services.calls import approvals as approvals_service

    made = _awaiting(supervisor_ctx, agent, "Ana Lima")
    page = window.show_page("followups")
    assert isinstance(page, FollowUpsPage) and len(_approval_rows(page)) == 1
    # Another supervisor's desk decided it; the list here has not reloaded yet.
    approvals_service.decide(
        supervisor_ctx.sessions, supervisor_ctx.user, made, approve=True, note=""
    )
    press(Qt.Key.Key_Return)
    approvals = window.stack.currentWidget()
    assert isinstance(approvals, ApprovalsPage) and approvals.current() is None
    assert "no longer waits" in approvals.status.text()


def test_an_executive_sees_only_offers_within_the_executives_limit(
    qtbot: QtBot,
    workspace: Workspace,
    executive: UserDTO,
    supervisor_ctx: UiContext,
    agent: UserDTO,
) -> None:
    _awaiting(supervisor_ctx, agent, "Ana Lima")
    _awaiting(supervisor_ctx, agent, "Grande Empresa", big=True)
    everything = [r[COL_CUSTOMER] for r in _approval_rows(_page(qtbot, supervisor_ctx))]
    assert sorted(everything) == ["Ana Lima", "Grande Empresa"]
    executive_page = _page(qtbot, make_ctx(workspace, executive))
    assert [r[COL_CUSTOMER] for r in _approval_rows(executive_page)] == ["Ana Lima"]


def test_an_agent_sees_no_offers_to_approve(
    qtbot: QtBot, agent_ctx: UiContext, agent: UserDTO
) -> None:
    _awaiting(agent_ctx, agent, "Ana Lima")
    page = _page(qtbot, agent_ctx)
    assert _approval_rows(page) == []
    assert "approval" not in page.status.text()


def test_the_start_reminder_counts_offers_waiting(
    qtbot: QtBot, window: MainWindow, supervisor_ctx: UiContext, agent: UserDTO
) -> None:
    _awaiting(supervisor_ctx, agent, "Ana Lima")
    show_start_reminder(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "followUpsReminder") is not None)
    box = window.findChild(QMessageBox, "followUpsReminder")
    assert box is not None
    assert box.text() == "Offers waiting for your approval: 1."  # no follow-ups otherwise
    box.buttons()[0].click()
    assert isinstance(window.stack.currentWidget(), FollowUpsPage)


def test_a_sync_that_pulls_rows_refreshes_the_list(
    qtbot: QtBot, supervisor_ctx: UiContext, agent: UserDTO, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, supervisor_ctx)
    worker = SyncWorker(supervisor_ctx)
    assert _approval_rows(page) == []

    def pull(
        sessions: Sessions, _paths: object, _token: object
    ) -> Generator[None, None, SyncReport]:
        """What a sync does when another desk's call with an offer waiting arrives."""
        _awaiting(supervisor_ctx, agent, "Ana Lima")
        sync_service.record_attempt(sessions, SyncAttempt(datetime.now(UTC), True, 0, 3))
        return SyncReport(pushed=0, pulled=3, dropped=0)
        yield  # a progress generator, as the real one

    monkeypatch.setattr(worker.process, "sync", pull)
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed, check_params_cb="sync".__eq__):
        worker.sync_now()
    assert [r[COL_CUSTOMER] for r in _approval_rows(page)] == ["Ana Lima"]
    worker.stop()
