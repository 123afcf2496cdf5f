"""What the desktop shows of a sync that could not do everything (issue 15): the status bar,
the sync details dialog's tabs (not sent, waiting, conflicts) and a desk whose identity a
sync changed. The desk syncs with its stand-in centre (``centre.sqlite``); the centre's
side of a conflict or of a row that waits is written into that file, as another desk would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from sqlalchemy import select, update

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.domain.enums import CallStatus
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync import push as sync_push
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.services.sync.settings import load_settings, target_from_settings
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.central import exchange
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.central.schema import CENTRAL
from recovery_desk.storage.tables import Call, CallReason, Reason
from recovery_desk.storage.types import utcnow
from recovery_desk.ui import i18n, main_window
from recovery_desk.ui.dialogs.sync import SyncDetailsDialog
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.sync_worker import status_text
from tests.gui.a11y import problems
from tests.gui.call_helpers import ALT, press
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active
from tests.integration import sync_support as S

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")

AGENT_MAY_NOT = sync_push.ROLE.format(role="agent", table="reasons")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    yield
    i18n.switch_language("en")


def _sync(ws: Workspace) -> sync_service.SyncReport:
    return run_to_end(
        sync_service.sync(ws.sessions, target_from_settings(load_settings(ws.sessions), ws.paths))
    )


def _centre(ws: Workspace) -> Any:
    return make_engine(target_from_settings(load_settings(ws.sessions), ws.paths).url)


def _rows_waiting_for_a_missing_call(ws: Workspace, count: int) -> uuid.UUID:
    """Call reasons at the centre whose call no desk can read (as a desk that lost it would
    leave them); returns the call's id."""
    call_id = uuid.uuid4()
    table = CENTRAL["call_reasons"]
    engine = _centre(ws)
    with engine.begin() as conn:
        model = dict(conn.execute(select(table).limit(1)).one()._mapping)
        for _ in range(count):
            row = {**model, "id": uuid.uuid4(), "call_id": call_id, "change_seq": 0}
            conn.execute(table.insert().values(row))
    engine.dispose()
    return call_id


def _refused_reason_edits(ws: Workspace, count: int) -> None:
    """``count`` local reason edits the centre would refuse from an agent's login."""
    with ws.sessions.begin() as session:
        reasons = session.scalars(select(Reason).order_by(Reason.code.desc()).limit(count)).all()
        for reason in reasons:
            reason.label_en = f"{reason.label_en} (edited)"
        ids = [r.id for r in reasons]
    with ws.sessions.begin() as session:
        exchange.refuse_ids(session, "reasons", ids, AGENT_MAY_NOT)


def _overruled_label(ws: Workspace) -> uuid.UUID:
    """A reason relabelled at the centre and, meanwhile, here: the later push wins and the
    centre's label is kept as overruled. Returns the reason's id."""
    with ws.sessions() as session:
        reason_id = session.scalar(select(CallReason.reason_id).limit(1))
    assert reason_id is not None
    reasons = CENTRAL["reasons"]
    engine = _centre(ws)
    with engine.begin() as conn:
        conn.execute(
            update(reasons)
            .where(reasons.c.id == reason_id)
            .values(label_en="Relabelled at the centre", version=reasons.c.version + 5)
        )
    engine.dispose()
    with ws.sessions.begin() as session:
        reason = session.get(Reason, reason_id)
        assert reason is not None
        reason.label_en = "Relabelled here"
    _sync(ws)
    _sync(ws)
    return reason_id


@pytest.fixture
def troubled_desk(workspace: Workspace, supervisor: UserDTO) -> Workspace:
    """A supervisor's desk after syncs that left 3 received rows waiting, 2 changes not sent
    and one overruled value."""
    call_id = S.add_call(workspace)
    with workspace.sessions.begin() as session:  # a finished call: no draft to resume
        call = session.get(Call, call_id)
        assert call is not None
        call.status = CallStatus.FINISHED.value
    _sync(workspace)
    _rows_waiting_for_a_missing_call(workspace, 3)
    _overruled_label(workspace)
    _refused_reason_edits(workspace, 2)
    return workspace


def test_status_bar_says_what_waits_and_why(qtbot, troubled_desk: Workspace, supervisor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(troubled_desk, supervisor))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    with qtbot.waitSignal(window.sync_ui.worker.sig_state_changed):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert status_text(window.sync_ui.worker.state) == (
        "⚠ Synced just now · 3 received rows wait · 2 changes not sent"
    )
    label = window.sync_label
    assert "3 received rows wait · 2 changes not sent" in label.text()
    assert label.accessibleName() == (
        "Sync status: ⚠ Synced just now · 3 received rows wait · 2 changes not sent"
    )
    details = label.toolTip()
    assert details == label.accessibleDescription()
    assert "3 rows received from the centre wait for a record this desk cannot read" in details
    assert "reasons: 2 changes: this desk's centre login (Agent) may not change reasons" in details
    assert problems(window.statusBar()) == []
    i18n.switch_language("pt_BR")
    assert label.accessibleName() == (
        "Estado da sincronização: ⚠ Sincronizado agora mesmo · 3 linhas recebidas aguardam · "
        "2 alterações não enviadas"
    )
    assert "o login da central deste computador (Agente) não pode alterar motivos" in (
        label.toolTip()
    )
    i18n.switch_language("pt_PT")
    assert "3 linhas recebidas em espera · 2 alterações não enviadas" in label.accessibleName()
    assert "o acesso à central deste computador (Agente) não pode alterar motivos" in (
        label.toolTip()
    )
    window.close()


def test_details_list_what_was_not_sent_what_waits_and_the_overruled_values(  # type: ignore[no-untyped-def]
    qtbot, troubled_desk: Workspace, supervisor
) -> None:
    window = MainWindow(make_ctx(troubled_desk, supervisor))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.sync_ui.details_action.trigger()
    dialog = window.findChild(SyncDetailsDialog)
    assert dialog is not None
    show_active(qtbot, dialog)  # mnemonics (Alt+N…) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    tabs = dialog.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["&History", "&Not sent (2)", "&Waiting (3)", "&Conflicts (1)"]

    press(Qt.Key.Key_N, ALT)
    assert tabs.currentWidget() is dialog.problems.refused_page
    refused = dialog.problems.refused
    assert [refused.item(i).text() for i in range(refused.count())] == [
        "reasons: 2 changes: this desk's centre login (Agent) may not change reasons"
    ]
    assert "kept aside and not sent again (2)" in dialog.problems.refused_summary.text()

    press(Qt.Key.Key_W, ALT)
    assert tabs.currentWidget() is dialog.problems.held_page
    held = dialog.problems.held
    (line,) = [held.item(i).text() for i in range(held.count())]
    assert line.startswith("call reasons: 3 rows since ")
    assert "waits for calls " in line and "(field call_id)" in line

    press(Qt.Key.Key_C, ALT)
    assert tabs.currentWidget() is dialog.problems.conflicts_page
    table = dialog.problems.conflicts
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    cells = []
    for _ in range(6):  # the row read cell by cell, as the arrow keys move
        cells.append(table.currentIndex().data())
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert cells[1:] == [
        "reasons",
        "—",  # the stand-in centre knows no author; a PostgreSQL centre names the user
        "label_en",
        "Relabelled at the centre",
        "Relabelled here",
    ]
    assert cells[0]  # when, in the app's date format
    assert problems(dialog) == []
    dialog.close()
    window.close()


def test_an_agent_sees_no_conflicts_tab_and_the_status_link_opens_what_waits(  # type: ignore[no-untyped-def]
    qtbot, troubled_desk: Workspace, agent
) -> None:
    users.set_current_user(troubled_desk.sessions, agent.id)
    ctx = make_ctx(troubled_desk, agent)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync_ui.worker.sig_state_changed):
        window.sync_ui.sync_action.trigger()
    window.sync_label.linkActivated.emit("details")  # a click on the status bar's text
    dialog = window.findChild(SyncDetailsDialog)
    assert dialog is not None
    assert dialog.tabs.count() == 3  # conflicts are a supervisor's to review
    assert dialog.tabs.currentWidget() is dialog.problems.held_page
    assert dialog.problems.held.count() == 1
    dialog.close()
    window.close()


def test_a_sync_that_changes_the_desk_s_user_changes_the_window(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, supervisor, agent, monkeypatch
) -> None:
    """The first sync with an agent's centre login makes the desk hers (identity.adopt
    sets the current user): the window becomes hers, and says why in one line."""
    window = MainWindow(make_ctx(workspace, supervisor))  # deleted on switch: not qtbot's
    show_active(qtbot, window)
    assert window.page("cycles") is not None

    def adopting_sync(sessions, _paths, _token):  # type: ignore[no-untyped-def]
        users.set_current_user(sessions, agent.id)  # what identity.adopt does
        sync_service.record_attempt(sessions, sync_service.SyncAttempt(utcnow(), True))
        return sync_service.SyncReport(0, 0, 0, identity_changed=True)
        yield  # a generator, as the sync process's is

    monkeypatch.setattr(window.sync_ui.worker.process, "sync", adopting_sync)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: main_window._open_windows and main_window._open_windows[-1] is not window
    )
    new = main_window._open_windows[-1]
    qtbot.addWidget(new)
    assert new.ctx.user == agent and "(Agent)" in new.windowTitle()
    assert new.page("cycles") is None and new.page("queue") is not None  # her pages
    assert new.statusBar().currentMessage() == (
        f"This desk now works as {agent.name} (Agent), the user of its centre login"
    )
    QApplication.processEvents()
    assert not shiboken6.isValid(window) or not window.isVisible()  # the old one is gone
    new.close()


def test_a_sync_that_keeps_the_user_keeps_the_window(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, supervisor
) -> None:
    window = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync_ui.worker.sig_state_changed):
        window.sync_ui.sync_action.trigger()
    assert window.statusBar().currentMessage() == ""
    assert status_text(window.sync_ui.worker.state) == "Synced just now"
    window.close()
