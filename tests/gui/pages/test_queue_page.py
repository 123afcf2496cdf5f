"""The main window opens on the queue; search as you type, sort by header, Enter opens."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.ui.main_window import MainWindow
from recovery_desk.ui.pages.queue.model import COL_NAME, COL_REVENUE
from recovery_desk.ui.pages.queue.page import MINE, QueuePage
from recovery_desk.ui.table_model import RowRole
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active
from tests.queue_data import add_customers, open_cycle

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot, ctx) -> tuple[MainWindow, QueuePage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.page("queue")
    assert isinstance(page, QueuePage)
    return window, page


def test_search_as_you_type_sort_and_enter(qtbot, workspace, supervisor) -> None:
    add_customers(workspace.sessions, 300, extra=[{"name": "Zélia Conceição"}])
    ctx = make_ctx(workspace, supervisor)
    window, page = _window(qtbot, ctx)
    model = page.model
    assert model.rowCount() == 301
    assert page.count_label.text() == "301 customers"

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "zeli")
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.data(model.index(0, COL_NAME)) == "Zélia Conceição"
    assert page.count_label.text() == "1 customer"

    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert model.rowCount() == 301

    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_REVENUE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    revenues = [model.data(model.index(r, 0), RowRole).monthly_revenue_cents for r in range(50)]
    assert revenues in (sorted(revenues), sorted(revenues, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    again = [model.data(model.index(r, 0), RowRole).monthly_revenue_cents for r in range(50)]
    assert again != revenues and again in (sorted(again), sorted(again, reverse=True))

    page.table.setFocus()
    page.table.selectRow(2)
    expected = model.data(model.index(2, 0), RowRole).id
    with qtbot.waitSignal(ctx.events.sig_open_customer) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_my_queue_is_the_default_when_assigned(qtbot, workspace, supervisor, agent) -> None:
    ids = add_customers(workspace.sessions, 30)
    open_cycle(workspace.sessions, agent.id, [ids[5], ids[1]])
    _window_, page = _window(qtbot, make_ctx(workspace, agent))
    assert page.scope.currentIndex() == MINE
    assert [page.model.data(page.model.index(r, 0), RowRole).id for r in range(2)] == [
        ids[5],
        ids[1],
    ]
    assert page.model.rowCount() == 2
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.model.rowCount() == 30


def test_data_changed_refreshes(qtbot, workspace, supervisor) -> None:
    ctx = make_ctx(workspace, supervisor)
    _w, page = _window(qtbot, ctx)
    assert page.model.rowCount() == 0
    add_customers(workspace.sessions, 5)
    ctx.events.sig_data_changed.emit("customers")
    assert page.model.rowCount() == 5


def test_threaded_runner_fills_in(qtbot, workspace, supervisor) -> None:
    add_customers(workspace.sessions, 250)
    ctx = make_ctx(workspace, supervisor, threaded=True)
    _w, page = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 250 and page.model.exact, timeout=5000)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: 1 in page.model._pages, timeout=5000)
    ctx.runner.wait()
    QApplication.processEvents()


def test_priority_order_is_explained_and_selection_stays_marked(
    qtbot, workspace, supervisor, agent
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    ids = add_customers(workspace.sessions, 5)
    open_cycle(workspace.sessions, agent.id, [ids[2], ids[0]])
    _window_, page = _window(qtbot, make_ctx(workspace, agent))
    assert "priority order" in page.legend.text()  # My queue says what its order means
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert "priority order" not in page.legend.text()  # all customers: by departure
    # The chosen row keeps its strong colour while the agent types in the search box.
    palette = page.table.palette()
    role = QPalette.ColorRole.Highlight
    assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(
        QPalette.ColorGroup.Active, role
    )
