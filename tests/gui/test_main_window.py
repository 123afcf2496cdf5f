"""Main window: title with user and role, shortcuts sheet, About, language, switch user."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n, main_window, navigation
from recovery_desk.ui.dialogs.about import AboutDialog
from recovery_desk.ui.dialogs.shortcuts import ShortcutsDialog
from recovery_desk.ui.main_window import MainWindow
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")


@pytest.fixture
def window(qtbot, workspace, supervisor):
    win = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(win)
    show_active(qtbot, win)
    yield win
    i18n.switch_language("en")


def test_title_names_user_and_role(window, supervisor) -> None:
    assert window.windowTitle() == f"Recovery Desk — {supervisor.name} (Supervisor)"


def test_shortcuts_sheet_lists_actions_and_registry(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Ctrl+Shift+U"] == "Switch user"
    assert rows["Ctrl+1"] == "Queue"
    assert rows["Ctrl+F"] == "Queue: search customers"
    assert "F1" in rows
    assert rows["Ctrl+Return"].startswith("Call: next step")
    assert rows["Ctrl+Shift+N"].startswith("Call:")


def test_about_shows_versions_and_data_folder(qtbot, window, workspace) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_F1,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.body.text()
    for name in ("Recovery Desk", "Python", "Qt", "PySide6", "SQLAlchemy", "Alembic", "SQLite"):
        assert name in text
    assert str(workspace.paths.data_dir) in text


def test_language_switches_live_and_persists(window, workspace) -> None:
    window.language_actions["pt_BR"].trigger()
    assert i18n.current_language() == "pt_BR"
    assert preferences.language(workspace.sessions) == "pt_BR"
    assert window.file_menu.title() == "&Arquivo"
    window.language_actions[None].trigger()
    assert preferences.language(workspace.sessions) is None


def test_switch_user_rebuilds_the_window(qtbot, workspace, supervisor, agent) -> None:
    window = MainWindow(make_ctx(workspace, supervisor))  # deleted on switch: not qtbot's
    show_active(qtbot, window)
    assert window.switch_user(supervisor) is None  # already them
    new = window.switch_user(agent)
    assert new is not None
    qtbot.addWidget(new)
    assert users.current_user(workspace.sessions) == agent
    assert "(Agent)" in new.windowTitle()
    assert new.isVisible()
    new.close_guards.append(lambda: False)
    assert new.switch_user(users.list_users(workspace.sessions)[-1]) is None
    new.close_guards.clear()
    QApplication.processEvents()
    assert main_window._open_windows == [new]
    new.close()


def test_geometry_is_remembered(qtbot, workspace, supervisor) -> None:
    first = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(0, 0, 780, 520)
    size = (first.width(), first.height())
    assert size != (1200, 760)
    first.close()
    assert preferences.window_geometry(workspace.sessions)
    second = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size


def test_navigation_is_as_wide_as_its_longest_title(window) -> None:
    def titles_fit() -> bool:
        metrics = window.nav.fontMetrics()
        return all(
            window.nav.visualItemRect(window.nav.item(r)).width()
            >= metrics.horizontalAdvance(window.nav.item(r).text())
            for r in range(window.nav.count())
        )

    assert titles_fit()
    english = window.nav.width()
    assert english < window.width() // 6  # the pages get the room, not a wide empty list
    window.language_actions["pt_BR"].trigger()
    assert window.nav.item(window.nav.count() - 1).text() == "Auditoria"
    assert titles_fit()


@pytest.mark.parametrize(
    ("who", "titles"),
    [
        ("agent", ["Queue", "Follow-ups"]),
        ("executive", ["Queue", "Follow-ups", "Approvals", "Departed", "Reports", "Insights"]),
        (
            "supervisor",
            [
                "Queue",
                "Follow-ups",
                "Approvals",
                "Departed",
                "Cycles",
                "Reports",
                "Insights",
                "Coaching",
                "Catalogue",
                "Audit",
            ],
        ),
    ],
)
def test_each_role_sees_exactly_the_pages_navigation_allows(
    qtbot, workspace, request, who, titles
) -> None:
    user = request.getfixturevalue(who)
    window = MainWindow(make_ctx(workspace, user))
    qtbot.addWidget(window)
    allowed = [spec for spec in navigation.PAGES if spec.allowed(user)]
    shown = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert shown == [spec.translated_title() for spec in allowed] == titles
    assert [a.text() for a in window.page_actions] == titles  # the Go menu, Ctrl+1…
    for spec in navigation.PAGES:
        page = window.page(spec.page_id)
        assert (page is not None) == (spec in allowed), spec.page_id
        assert page is None or isinstance(page, spec.load())
