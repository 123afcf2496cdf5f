"""What a screen reader hears: every control named, every value label read with its value.

The walk reads Qt's accessibility tree (see ``tests/gui/a11y.py``) of the main window on
every page a supervisor sees, and of the call screen on every step, in each language.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabWidget

from recovery_desk.services.demo import generate as demo
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n
from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.wizard.wizard import CallWizardDialog
from tests.gui.a11y import cut_texts, problems
from tests.gui.call_helpers import ALT, close_all_calls, press, type_text
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")
SKIP: tuple[str, ...] = ()


@pytest.fixture
def demo_window(qtbot, workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    demo.generate(workspace.sessions, customers=120, seed=7)
    supervisor = next(u for u in users.list_users(workspace.sessions) if u.is_supervisor)
    users.set_current_user(workspace.sessions, supervisor.id)
    window = MainWindow(make_ctx(workspace, supervisor))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    show_active(qtbot, window)
    yield window
    close_all_calls()
    i18n.switch_language("en")


@pytest.mark.parametrize("lang", ["en", "pt_BR", "pt_PT"])
def test_every_page_reads_names_and_values(qtbot, demo_window: MainWindow, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.switch_language(lang)
    found = []
    for spec in demo_window._specs:
        demo_window.show_page(spec.page_id)
        qtbot.wait(20)
        found += [f"{spec.page_id}: {p}" for p in problems(demo_window, skip=SKIP)]
    assert found == []


def test_call_header_reads_its_values(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The phone, segment, timer… are heard with their caption, not as the caption only."""
    demo_window.show_page("queue")
    page = demo_window.page("queue")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # type: ignore[union-attr]
    page.table.setFocus()  # type: ignore[union-attr]
    page.table.selectRow(0)  # type: ignore[union-attr]
    press(Qt.Key.Key_Return)
    dialog = demo_window.findChild(CallWizardDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    header = dialog.header
    phone = header.facts["phone"][1]
    name = QAccessible.queryAccessibleInterface(phone).text(QAccessible.Text.Name)
    assert phone.text() in name and name.startswith("Phone")
    timer = QAccessible.queryAccessibleInterface(header.timer).text(QAccessible.Text.Name)
    assert timer.startswith("Call duration: ") and timer[-5:] == header.timer.text()[-5:]
    for number in range(1, 7):  # every step, as the agent reaches it
        press(getattr(Qt.Key, f"Key_{number}"), ALT)
        QApplication.processEvents()
        assert problems(dialog) == [], f"step {number}"
    press(Qt.Key.Key_1, ALT)
    type_text("nao e culpa nossa")  # a defensive phrase: the hint appears
    hint = dialog.findChild(type(header.timer), "defensiveHint")
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() in QAccessible.queryAccessibleInterface(hint).text(QAccessible.Text.Name)


@pytest.mark.parametrize("lang", ["en", "pt_BR", "pt_PT"])
def test_no_header_is_cut_at_1280_by_800(qtbot, demo_window: MainWindow, lang: str) -> None:  # type: ignore[no-untyped-def]
    i18n.switch_language(lang)
    found = []
    for spec in demo_window._specs:
        page = demo_window.show_page(spec.page_id)
        qtbot.wait(20)
        tabs = page.findChildren(QTabWidget) if page is not None else []
        for tab_widget in [None, *tabs]:
            for index in range(tab_widget.count() if tab_widget is not None else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                    qtbot.wait(10)
                found += [f"{spec.page_id}: {p}" for p in cut_texts(demo_window)]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def _open_first_call(qtbot, window: MainWindow) -> CallWizardDialog:  # type: ignore[no-untyped-def]
    window.show_page("queue")
    page = window.page("queue")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # type: ignore[union-attr]
    page.table.setFocus()  # type: ignore[union-attr]
    page.table.selectRow(0)  # type: ignore[union-attr]
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(CallWizardDialog) is not None)
    dialog = window.findChild(CallWizardDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_first_radio_of_assist_and_outcome_shows_its_focus_ring(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Jumping to a step puts the focus on its first choice as a Tab would: ring drawn."""
    from PySide6.QtWidgets import QRadioButton

    dialog = _open_first_call(qtbot, demo_window)
    for key in (Qt.Key.Key_4, Qt.Key.Key_6):
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
        press(key, ALT)
        assert isinstance(QApplication.focusWidget(), QRadioButton)
        # the style draws the focus frame only once the window knows the keyboard moved it
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


@pytest.mark.parametrize(
    ("lang", "keys"),
    [("en", "Alt+R, Alt+S, Alt+M, Alt+P"), ("pt_BR", "Alt+E, Alt+S, Alt+I, Alt+B")],
)
def test_f1_sheet_lists_the_expectation_keys_of_the_language(
    qtbot, demo_window: MainWindow, lang: str, keys: str
) -> None:  # type: ignore[no-untyped-def]
    from recovery_desk.ui.dialogs.shortcuts import ShortcutsDialog

    i18n.switch_language(lang)
    qtbot.keyClick(demo_window, Qt.Key.Key_F1)
    dialog = demo_window.findChild(ShortcutsDialog)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert keys in rows
    dialog.close()


def test_close_question_has_a_letter_for_every_choice(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    dialog = _open_first_call(qtbot, demo_window)
    type_text("x")
    dialog.close()
    box = dialog.close_guard.box
    Button = QMessageBox.StandardButton
    texts = [box.button(b).text() for b in (Button.Save, Button.Discard, Button.Cancel)]
    assert all("&" in text for text in texts), texts
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == 3
    box.button(Button.Cancel).click()


def test_queue_search_clear_button_is_named(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_page("queue")
    page.search.setFocus()  # type: ignore[union-attr]
    type_text("Silva")
    qtbot.wait(20)
    assert problems(page) == []  # the clear button shows now, with its name
    names = [
        QAccessible.queryAccessibleInterface(page.search).child(i).text(QAccessible.Text.Name)  # type: ignore[union-attr]
        for i in range(QAccessible.queryAccessibleInterface(page.search).childCount())  # type: ignore[union-attr]
    ]
    assert "Clear the search" in names
