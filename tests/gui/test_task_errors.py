"""No silent failure of background work: a task that fails without its own ``on_error``
reaches the screen (a box naming the failure in general terms and the log file) and the
log (its traceback); pages with a better place for the news say it there."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.errors import StorageUnavailable
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.sync import SyncDetailsDialog, SyncSettingsDialog
from recovery_desk.ui.pages.cycles.models import AssignmentsModel
from recovery_desk.ui.pages.cycles.rules_form import CycleFormWidget
from recovery_desk.ui.pages.departed.page import DepartedPage
from recovery_desk.ui.tasks import InlineRunner, TaskErrorReporter, TaskRunner
from tests.gui.conftest import make_ctx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SECRET = "Maria Souza, 11 98765-4321"  # what an exception text may quote: never on screen
GENERAL = (
    "Recovery Desk could not finish loading or saving some data in the background. "
    "What you see may be incomplete or out of date."
)


def _fail(_token: Any) -> None:
    raise RuntimeError(f"cannot load {SECRET}")


def _boxes(window: QWidget) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "taskErrorBox") if b.isVisible()]


def _box_text(box: QMessageBox) -> str:
    return " ".join((box.text(), box.informativeText(), box.detailedText()))


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    widget = QWidget()
    widget.setAccessibleName("Main window")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_failed_task_without_on_error_reaches_the_screen_and_the_log(
    qtbot: Any, window: QWidget, caplog: Any, tmp_path: Path
) -> None:
    runner = TaskRunner()
    log_file = tmp_path / "logs" / "recovery-desk.log"
    runner.on_unhandled = TaskErrorReporter(window, log_file=log_file)
    done: list[Any] = []

    with caplog.at_level(logging.ERROR, logger="recovery_desk.ui"):
        runner.run(_fail, on_done=done.append)
        qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=5000)

    (box,) = _boxes(window)
    assert done == []
    assert box.text() == GENERAL
    assert box.informativeText() == f"The details are in the log file:\n{log_file}"
    assert SECRET not in _box_text(box) and "Traceback" not in _box_text(box)
    assert box.accessibleName() == "Error message"
    assert box.windowModality() is Qt.WindowModality.WindowModal  # open(), not exec()
    record = next(r for r in caplog.records if r.name == "recovery_desk.ui")
    assert record.exc_info is not None and SECRET in str(record.exc_info[1])
    assert "Traceback (most recent call last)" in caplog.text and "_fail" in caplog.text

    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _boxes(window) == []


def test_a_task_with_on_error_gets_no_default_box(qtbot: Any, window: QWidget, caplog: Any) -> None:
    runner = TaskRunner()
    runner.on_unhandled = TaskErrorReporter(window)
    errors: list[BaseException] = []

    with caplog.at_level(logging.ERROR, logger="recovery_desk.ui"):
        runner.run(_fail, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)

    assert isinstance(errors[0], RuntimeError)
    assert _boxes(window) == []
    assert "background task failed" not in caplog.text


def test_without_the_app_s_reporter_a_failure_still_reaches_the_log(caplog: Any) -> None:
    runner = InlineRunner()
    with caplog.at_level(logging.ERROR, logger="recovery_desk.ui"):
        handle = runner.run(_fail)
    assert not handle.running
    assert "background task failed" in caplog.text and "Traceback" in caplog.text


def test_many_failures_at_once_show_one_box(qtbot: Any, window: QWidget) -> None:
    runner = InlineRunner()
    runner.on_unhandled = TaskErrorReporter(window)
    for _ in range(3):
        runner.run(_fail)
    (box,) = _boxes(window)
    assert box.informativeText() == "The details are in the log."
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    runner.run(_fail)  # a later failure is told again
    assert len(_boxes(window)) == 1


def test_an_unusable_database_gets_its_own_sentence(qtbot: Any, window: QWidget) -> None:
    runner = InlineRunner()
    runner.on_unhandled = TaskErrorReporter(
        window, texts={StorageUnavailable: i18n.storage_error_text}
    )

    def locked(_token: Any) -> None:
        raise StorageUnavailable("locked", Path("/data/recovery-desk.db"), SECRET)

    runner.run(locked)
    (box,) = _boxes(window)
    assert box.text().startswith("/data/recovery-desk.db is locked by another program.")
    assert SECRET not in _box_text(box)


def test_the_box_speaks_the_user_s_language(qtbot: Any, window: QWidget) -> None:
    runner = InlineRunner()
    runner.on_unhandled = TaskErrorReporter(window, log_file=Path("/logs/recovery-desk.log"))
    i18n.install("pt_PT")
    try:
        runner.run(_fail)
    finally:
        i18n.switch_language("en")
    (box,) = _boxes(window)
    assert box.text().startswith("O Recovery Desk não conseguiu terminar")
    assert box.informativeText() == (
        "Os detalhes estão no ficheiro de registo:\n/logs/recovery-desk.log"
    )


def test_no_dialogs_switch_logs_only(window: QWidget, caplog: Any) -> None:
    runner = InlineRunner()
    runner.on_unhandled = TaskErrorReporter(window, dialogs=False)
    with caplog.at_level(logging.ERROR, logger="recovery_desk.ui"):
        runner.run(_fail)
    assert _boxes(window) == []
    assert "background task failed" in caplog.text


# --- real pages over the real database, one service made to fail -------------------------


def _reporting_ctx(workspace: Workspace, user: UserDTO, parent: QWidget) -> UiContext:
    ctx = make_ctx(workspace, user)
    ctx.runner.on_unhandled = TaskErrorReporter(parent)
    return ctx


def test_departed_figures_that_fail_to_load_say_so(
    qtbot: Any, workspace: Workspace, supervisor: UserDTO, window: QWidget, monkeypatch: Any
) -> None:
    page = DepartedPage(_reporting_ctx(workspace, supervisor, window))
    qtbot.addWidget(page)
    page.show()

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("recovery_desk.ui.pages.departed.page.departed_by_period", broken)
    page.by_combo.setFocus()
    qtbot.keyClick(page.by_combo, Qt.Key.Key_Down)  # group by quarter: figures again

    assert page.summary.text() == "The figures could not be loaded; the details are in the log."
    assert page.table.model().rowCount() == 0
    assert _boxes(window) == []  # the page said it; no second message


def test_departed_filter_choices_that_fail_reach_the_default_box(
    qtbot: Any, workspace: Workspace, supervisor: UserDTO, window: QWidget, monkeypatch: Any
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("recovery_desk.ui.pages.departed.page.segments_and_regions", broken)
    page = DepartedPage(_reporting_ctx(workspace, supervisor, window))
    qtbot.addWidget(page)
    (box,) = _boxes(window)
    assert box.text() == GENERAL and SECRET not in _box_text(box)


def test_a_funnel_preview_that_fails_says_it_could_not_be_computed(
    qtbot: Any, workspace: Workspace, supervisor: UserDTO, window: QWidget, monkeypatch: Any
) -> None:
    form = CycleFormWidget(_reporting_ctx(workspace, supervisor, window))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.last_preview is not None)
    assert form.funnel_box.title() == "Customers each rule keeps"

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("recovery_desk.services.cycles.funnel.LiveFunnel.preview", broken)
    form.within_spin.setFocus()
    form.within_spin.selectAll()
    qtbot.keyClicks(form.within_spin, "30")
    qtbot.waitUntil(lambda: "could not be computed" in form.funnel_box.title())

    assert form.funnel_box.title() == (
        "Customers each rule keeps: could not be computed (see the log)"
    )
    assert form.last_preview is None
    assert {cells[1].text() for cells in form.funnel.values()} == {"–"}
    assert _boxes(window) == []

    monkeypatch.undo()
    qtbot.keyClick(form.within_spin, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: form.last_preview is not None)
    assert form.funnel_box.title() == "Customers each rule keeps"


def test_assignments_that_fail_to_load_leave_an_empty_table_and_tell(
    qtbot: Any, window: QWidget
) -> None:
    runner = InlineRunner()
    runner.on_unhandled = TaskErrorReporter(window)
    model = AssignmentsModel(runner)

    def count() -> int:
        return 3

    def loader(_offset: int, _limit: int) -> list[Any]:
        raise RuntimeError(SECRET)

    model.set_source(loader, count)
    assert model.rowCount() == 0 and not model.canFetchMore()
    (box,) = _boxes(window)
    assert box.text() == GENERAL


def test_sync_dialogs_say_when_their_data_cannot_be_read(
    qtbot: Any, workspace: Workspace, supervisor: UserDTO, window: QWidget, monkeypatch: Any
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("recovery_desk.services.sync.settings.load_settings", broken)
    monkeypatch.setattr("recovery_desk.services.sync.push_pull.history", broken)
    ctx = _reporting_ctx(workspace, supervisor, window)
    settings = SyncSettingsDialog(ctx)
    details = SyncDetailsDialog(ctx)
    qtbot.addWidget(settings)
    qtbot.addWidget(details)

    assert settings.result_label.text() == (
        "The saved settings could not be read; the details are in the log."
    )
    assert details.attempts.item(0).text() == (
        "The sync history could not be read; the details are in the log."
    )
    assert _boxes(window) == []
