"""The Audit page by keyboard: who (Alt+W), action (Alt+A) and period (Alt+P) filter the
entries; the table reads more entries as it scrolls; only supervisors see the page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from PySide6.QtCore import Qt

from recovery_desk.services.users import sign_in
from recovery_desk.storage.tables import AuditEntry
from recovery_desk.ui import navigation
from recovery_desk.ui.pages.audit.page import AuditPage
from tests.gui.call_helpers import ALT, focused, press, type_text
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def audit_page(qtbot, supervisor_ctx, sessions, supervisor, agent):  # type: ignore[no-untyped-def]
    sign_in.set_password(sessions, supervisor, agent.id, "andre-secret")
    for _ in range(2):
        with pytest.raises(sign_in.SignInRefused):
            sign_in.sign_in(sessions, agent.id, "wrong-wrong")
    sign_in.sign_in(sessions, agent.id, "andre-secret")  # the agent signs in
    old = datetime.now(UTC) - timedelta(days=40)
    with sessions.begin() as session:  # an export by the supervisor, weeks ago
        session.add(
            AuditEntry(at=old, user_id=supervisor.id, action="export.reason_log",
                       entity="reason_log", details={"file": "motivos.csv", "rows": 12})
        )  # fmt: skip
    page = AuditPage(supervisor_ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _actions(page: AuditPage) -> list[str]:
    return [page.model.row_at(r).action for r in range(page.model.rowCount())]


def test_the_page_filters_by_who_action_and_period(qtbot, audit_page: AuditPage) -> None:  # type: ignore[no-untyped-def]
    page = audit_page
    assert _actions(page) == [
        "sign_in.switch", "sign_in.failed", "sign_in.failed", "user.password",
        "export.reason_log",
    ]  # fmt: skip
    shown = page.model.index(4, 4).data()
    assert shown == "file: motivos.csv, rows: 12"
    press(Qt.Key.Key_W, ALT)
    assert focused() is page.who_combo
    type_text("And")
    assert _actions(page) == ["sign_in.switch"]  # what the agent did herself
    press(Qt.Key.Key_Home)  # everyone again
    press(Qt.Key.Key_A, ALT)
    assert focused() is page.action_combo
    type_text("Failed")
    assert _actions(page) == ["sign_in.failed", "sign_in.failed"]
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_P, ALT)
    assert focused() is page.period_combo
    for _ in range(3):  # Any time, Today, Last 7 days, Last 30 days: the export of 40
        press(Qt.Key.Key_Down)  # days ago goes

    assert "export.reason_log" not in _actions(page) and len(_actions(page)) == 4
    assert page.record.toPlainText().startswith("{")  # the newest entry, in full


def test_the_table_reads_a_page_at_a_time(qtbot, audit_page: AuditPage, sessions) -> None:  # type: ignore[no-untyped-def]
    page = audit_page
    with sessions.begin() as session:
        for n in range(30):
            session.add(AuditEntry(action="cycle.assign", entity="cycles", details={"n": n}))
    page.model.page_size = 10
    page._on_filter_changed()
    assert page.model.rowCount() == 10 and page.model.canFetchMore()
    for _ in range(6):  # End: the last row read so far; the view reads the next page
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
    assert page.model.rowCount() == 35 and not page.model.canFetchMore()
    ids = [page.model.row_at(r).id for r in range(35)]
    assert len(set(ids)) == 35


def test_only_supervisors_see_the_audit_page(supervisor, agent, executive) -> None:  # type: ignore[no-untyped-def]
    seen = {
        u.role.value: [s.page_id for s in navigation.pages_for(u)]
        for u in (supervisor, agent, executive)
    }
    assert "audit" in seen["supervisor"]
    assert "audit" not in seen["agent"] and "audit" not in seen["executive"]
