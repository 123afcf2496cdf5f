"""The Cycles page driven by keyboard: create with a rule change (the funnel follows the
service's preview), assign, reassign two rows, unassign one, close with frozen figures."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk.domain.enums import CycleStatus, Role
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.choices import count_assignments, cycle_assignments
from recovery_desk.services.cycles.rules import CycleRules, preview
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n, navigation
from recovery_desk.ui.pages.cycles.page import CyclesPage
from recovery_desk.ui.pages.cycles.rules_form import CycleFormWidget
from tests.gui.conftest import make_ctx
from tests.unit.services.cycles.test_manage import add_customers

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
NO_MODS = Qt.KeyboardModifier.NoModifier
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, supervisor_ctx: Any, sessions: Any) -> CyclesPage:
    for name, role in (("Ana", Role.AGENT), ("Bruno", Role.AGENT), ("Clara", Role.EXECUTIVE)):
        users.create_user(sessions, name, role, handful_size=2)
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 1000 * (i + 1), "segment": seg, "days": days}
            for i, (seg, days) in enumerate(
                [("PME", 5), ("PME", 20), ("Premium", 8), ("PME", 60), ("Premium", 25)] * 2
            )
        ],
        today=date.today(),  # the page's rules count days back from today
    )
    widget = CyclesPage(supervisor_ctx)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _funnel(page: CyclesPage, rule: str) -> str:
    return page.form.funnel[rule][1].text()


def test_cycle_from_rules_to_frozen_figures(qtbot: Any, page: CyclesPage, sessions: Any) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    assert page.current is None
    qtbot.keyClicks(page.form.name_edit, "Novembro")

    # a rule change: departed within 30 days instead of 90
    page.form.within_spin.setFocus()
    page.form.within_spin.selectAll()
    qtbot.keyClicks(page.form.within_spin, "30")
    assert page.form.rules().departed_within_days == 30
    expected = preview(sessions, page.form.rules(), date.today())
    with qtbot.waitSignal(page.form.sig_preview_shown, timeout=3000):
        pass
    for step in expected.steps:
        assert _funnel(page, step.rule) == str(step.customers), step.rule
    assert _funnel(page, "departed_within_days") == "8"

    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    assert page.current is not None and page.current.name == "Novembro"
    assert page.cycles_model.rowCount() == 1
    kept = expected.kept.customers

    qtbot.keyClick(page, Qt.Key.Key_A, CTRL_SHIFT)
    assert page.assignments_model.rowCount() == kept
    cycle_id = page.current.id
    assert count_assignments(sessions, cycle_id) == kept

    # select the first two rows and give them to Bruno
    table = page.assignments_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.selected_assignment_ids()) == 2
    chosen = set(page.selected_assignment_ids())
    page.assignee_combo.setFocus()
    qtbot.keyClicks(page.assignee_combo, "Bruno")
    qtbot.keyClick(page, Qt.Key.Key_R, CTRL)
    rows = {r.id: r for r in cycle_assignments(sessions, cycle_id, 0, 100)}
    assert {rows[i].assignee_name for i in chosen} == {"Bruno"}
    assert not any(rows[i].is_executive for i in chosen)

    # unassign one
    table.setFocus()
    table.selectRow(0)
    unassigned = page.selected_assignment_ids()[0]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    rows = {r.id: r for r in cycle_assignments(sessions, cycle_id, 0, 100)}
    assert rows[unassigned].assignee_id is None
    assert sum(1 for r in rows.values() if r.assignee_id is None) == 1

    # close, answering the confirmation
    qtbot.keyClick(page, Qt.Key.Key_W, CTRL_SHIFT)
    box = page.close_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Yes).click()
    closed = cycles.find_cycle(sessions, "Novembro")
    assert closed.status is CycleStatus.CLOSED and closed.frozen_figures is not None
    assert page.current is not None and page.current.status is CycleStatus.CLOSED
    assert page.figures_label.text().startswith("Frozen figures")
    assert f"Assigned {kept} " in page.figures_label.text()
    assert not page.actions_by_name["assign"].isEnabled()
    assert not page.form.isEnabled()
    assert page.cycles_model.index(0, 4).data() == "0.0%"


def test_a_stale_preview_never_overwrites_a_newer_one(page: CyclesPage, sessions: Any) -> None:
    form = page.form
    shown: list[Any] = []
    form.sig_preview_shown.connect(shown.append)
    results: list[Any] = []

    class Deferred:
        def run(self, fn: Any, *, on_done: Any = None, **_kw: Any) -> None:
            results.append((fn, on_done))

    form.ctx = type(form.ctx)(form.ctx.workspace, form.ctx.user, Deferred(), form.ctx.events)  # type: ignore[arg-type]
    form._on_preview_timer_timeout()
    form.within_spin.setValue(10)
    form._on_preview_timer_timeout()
    (old_fn, old_done), (new_fn, new_done) = results
    new_done(new_fn(None))
    old_done(old_fn(None))
    assert len(shown) == 1
    assert form.last_preview == preview(sessions, form.rules(), date.today())


def test_edit_rules_of_an_open_cycle(qtbot: Any, page: CyclesPage, sessions: Any) -> None:
    qtbot.keyClicks(page.form.name_edit, "Dezembro")
    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    page.form.recency_weight.setFocus()
    page.form.recency_weight.selectAll()
    qtbot.keyClicks(page.form.recency_weight, "55")
    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    assert cycles.find_cycle(sessions, "Dezembro").weights.recency == 55
    assert page.status_label.text() == "Rules saved."


def test_only_supervisors_see_cycles(supervisor: Any, agent: Any, executive: Any) -> None:
    spec = navigation.page_spec("cycles")
    assert spec.allowed(supervisor)
    assert not spec.allowed(agent) and not spec.allowed(executive)
    assert spec.load() is CyclesPage


def test_funnel_follows_a_segment_choice_with_a_real_thread_pool(
    qtbot: Any, workspace: Any, supervisor: Any, sessions: Any
) -> None:
    add_customers(
        sessions,
        [
            {"monthly_revenue_cents": 5_000, "segment": "PME", "days": 5},
            {"monthly_revenue_cents": 7_000, "segment": "Premium", "days": 6},
            {"monthly_revenue_cents": 9_000, "segment": "Premium", "days": 7},
        ],
        today=date.today(),
    )
    ctx = make_ctx(workspace, supervisor, threaded=True)
    form = CycleFormWidget(ctx)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.segments_list.count() == 2 and form.last_preview is not None)
    assert form.preview_timer.objectName() == "cyclePreviewTimer"
    form.segments_list.setFocus()
    form.segments_list.setCurrentRow(1)  # Premium
    with qtbot.waitSignal(form.sig_preview_shown, timeout=5000) as shown:
        qtbot.keyClick(form.segments_list, Qt.Key.Key_Space)
    assert form.rules().segments == ("Premium",)
    expected = preview(sessions, form.rules(), date.today())
    assert shown.args == [expected]
    assert form.funnel["segments"][1].text() == "2"
    assert form.funnel["segments"][2].text() == "R$ 160.00"
    ctx.runner.wait()


def test_drag_rows_onto_a_person(qtbot: Any, page: CyclesPage, sessions: Any) -> None:
    supervisor = page.ctx.user
    cycle = cycles.create_cycle(
        sessions,
        supervisor,
        name="Arrastar",
        period_start=date.today(),
        period_end=date.today(),
        rules=CycleRules(not_contacted_days=None),
    )
    cycles.assign(sessions, supervisor, cycle.id, date.today())
    page.reload(cycle.id)
    assert page.assignments_model.rowCount() == 10
    # Names and amounts whole on one line; the days fit in a narrow column.
    table, model = page.assignments_table, page.assignments_model
    metrics = table.fontMetrics()
    for column in (model.COL_CUSTOMER, model.COL_REVENUE, model.COL_DEPARTED):
        widest = max(
            metrics.horizontalAdvance(str(model.index(r, column).data())) for r in range(10)
        )
        assert table.columnWidth(column) >= widest
    assert table.columnWidth(model.COL_DAYS) < table.columnWidth(model.COL_CUSTOMER) / 2
    assert not table.wordWrap()
    page.assignments_table.selectRow(2)
    page.assignments_table.selectionModel().select(
        page.assignments_model.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    ids = page.selected_assignment_ids()
    data = page.assignments_model.mimeData(page.assignments_table.selectedIndexes())
    people = page.people_list
    names = [people.item(i).text() for i in range(people.count())]
    assert names[0] == "Unassigned" and "Clara (Executive)" in names
    clara = names.index("Clara (Executive)")
    target = people.visualItemRect(people.item(clara)).center()
    drop = QDropEvent(
        QPointF(target), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, NO_MODS
    )
    QApplication.sendEvent(
        people.viewport(),
        QDragEnterEvent(target, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, NO_MODS),
    )
    QApplication.sendEvent(people.viewport(), drop)
    rows = {r.id: r for r in cycle_assignments(sessions, cycle.id, 0, 100)}
    assert {rows[i].assignee_name for i in ids} == {"Clara"}
    assert all(rows[i].is_executive for i in ids)

    people.dropMimeData(
        0,
        page.assignments_model.mimeData([page.assignments_model.index(0, 0)]),
        Qt.DropAction.MoveAction,
    )
    first = cycle_assignments(sessions, cycle.id, 0, 1)[0]
    assert first.assignee_id is None


def test_a_cycle_without_a_name_is_refused_with_a_message(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    assert page.status_label.text() == "a cycle needs a name"
    assert page.current is None and cycles.list_cycles(sessions) == []
    assert not page.busy.isVisible()
    assert page.form.name_edit.hasFocus()


def test_a_refusal_reads_in_portuguese_with_its_values(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    cycles.create_cycle(
        sessions,
        page.ctx.user,
        name="Dezembro",
        period_start=date.today(),
        period_end=date.today(),
        rules=CycleRules(),
    )
    i18n.install("pt_BR")
    try:
        qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
        qtbot.keyClicks(page.form.name_edit, "Dezembro")
        qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
        assert page.status_label.text() == "já existe um ciclo chamado 'Dezembro'"
        assert page.form.name_edit.hasFocus()
    finally:
        i18n.switch_language("en")


def test_funnel_counts_customers_that_arrive_while_the_page_is_open(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    """A sync or an import adds customers: the funnel shows them without a rule change."""
    form = page.form
    qtbot.waitUntil(lambda: form.segments_list.count() == 2 and form.last_preview is not None)
    assert _funnel(page, "all") == "10"
    form.segments_list.setFocus()
    form.segments_list.setCurrentRow(0)  # PME, ticked but not saved
    with qtbot.waitSignal(form.sig_preview_shown, timeout=5000):
        qtbot.keyClick(form.segments_list, Qt.Key.Key_Space)
    assert _funnel(page, "segments") == "6"
    add_customers(
        sessions,
        [{"monthly_revenue_cents": 4_000, "segment": "PME", "days": 2}] * 3,
        today=date.today(),
    )
    with qtbot.waitSignal(form.sig_preview_shown, timeout=5000):
        page.ctx.events.sig_data_changed.emit("customers")
    assert (_funnel(page, "all"), _funnel(page, "segments")) == ("13", "9")
    assert form.rules().segments == ("PME",)
    assert form.last_preview == preview(sessions, form.rules(), date.today())


def test_the_cycles_list_shows_whether_each_cycle_is_open(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    cycle = cycles.create_cycle(
        sessions,
        page.ctx.user,
        name="Dezembro",
        period_start=date.today(),
        period_end=date.today(),
        rules=CycleRules(),
    )
    page.reload(cycle.id)
    page.resize(1170, 760)  # the page in a 1280-pixel main window
    table = page.cycles_table
    status = 2  # name, period, status
    assert table.model().headerData(status, Qt.Orientation.Horizontal) == "Status"
    qtbot.waitUntil(
        lambda: (
            table.columnViewportPosition(status) + table.columnWidth(status)
            <= table.viewport().width()
        )
    )
