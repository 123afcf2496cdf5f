"""First start: the first supervisor, picking who you are, cancelling."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.users import access as users
from recovery_desk.ui.dialogs import first_start
from recovery_desk.ui.dialogs.first_start import (
    FirstUserDialog,
    UserPickDialog,
    ensure_current_user,
)
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_first_user_must_be_a_supervisor(workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        users.create_user(workspace.sessions, "Ana", Role.AGENT)
    assert caught.value.field == "role"
    assert not users.has_users(workspace.sessions)


def test_brand_new_installation_makes_the_supervisor(workspace, monkeypatch) -> None:
    monkeypatch.setattr(FirstUserDialog, "ask", classmethod(lambda cls: "  Rita Lopes "))
    user = ensure_current_user(workspace)
    assert user is not None and user.name == "Rita Lopes" and user.role is Role.SUPERVISOR
    assert users.current_user(workspace.sessions) == user
    assert ensure_current_user(workspace) == user  # asked once


def test_cancel_at_first_start_writes_nothing(workspace, monkeypatch) -> None:
    monkeypatch.setattr(FirstUserDialog, "ask", classmethod(lambda cls: None))
    assert ensure_current_user(workspace) is None
    assert not users.has_users(workspace.sessions)


def test_a_single_user_from_the_centre_picks_who_they_are(workspace, monkeypatch):
    sofia = users.create_user(workspace.sessions, "Sofia", Role.SUPERVISOR)
    with workspace.sessions.begin() as session:
        from recovery_desk.storage.queries import set_setting

        set_setting(session, users.CURRENT_USER_KEY, None)
    offered: list[list] = []

    def pick(cls, people):
        offered.append(people)
        return people[0]

    monkeypatch.setattr(UserPickDialog, "ask", classmethod(pick))
    assert ensure_current_user(workspace) == sofia
    assert [p.name for p in offered[0]] == ["Sofia"]
    assert users.current_user(workspace.sessions) == sofia


def test_a_desk_with_several_users_signs_in_at_start(workspace, supervisor, agent, monkeypatch):
    from recovery_desk.ui.dialogs.sign_in import SignInDialog

    asked: list[object] = []

    def sign_in(cls, sessions, current) -> None:  # Quit
        asked.append(current)

    monkeypatch.setattr(SignInDialog, "ask", classmethod(sign_in))
    assert ensure_current_user(workspace) is None  # no one signed in: the app ends
    assert asked == [supervisor]  # the last user is offered first


def test_first_user_dialog_by_keyboard(qtbot) -> None:
    dialog = FirstUserDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "Supervisor" in dialog.role.text()
    assert "agents and executives" in dialog.role_help.text()
    qtbot.keyClicks(dialog.name, "Rita")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.sig_name_chosen) as blocker:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert blocker.args == ["Rita"]


def test_pick_dialog_lists_name_and_role(qtbot, supervisor, agent) -> None:
    dialog = UserPickDialog([agent, supervisor], current=supervisor)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts == [f"{agent.name} — Agent", f"{supervisor.name} — Supervisor"]
    assert dialog.chosen() == supervisor
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.sig_user_chosen) as blocker:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert blocker.args == [agent]
    assert first_start.UserPickDialog is UserPickDialog
