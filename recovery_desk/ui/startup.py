"""The GUI start sequence: QApplication, translator, workspace, first user, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk import resources
from recovery_desk.paths import AppPaths
from recovery_desk.services.errors import StorageUnavailable
from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.workspace import open_workspace
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.tasks import TaskErrorReporter, TaskRunner

log = logging.getLogger("recovery_desk.app")
NO_DIALOGS_VAR = "RECOVERY_DESK_NO_DIALOGS"  # fatal errors go to stderr only (tests)
QUIT_AFTER_SHOW_VAR = "RECOVERY_DESK_QUIT_AFTER_SHOW"  # benchmarks and smoke tests
_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc; else since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED) * 1000


def _fatal(title: str, text: str) -> int:
    print(f"recovery-desk: {text}", file=sys.stderr)
    if os.environ.get(NO_DIALOGS_VAR):
        return 3
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setObjectName("fatalError")
    box.exec()  # before any event loop: the only modal run in the app
    return 3


def install_excepthook() -> None:
    """Bugs go to a dialog on the GUI thread and to the log, never vanish."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception\n%s", text)
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            sys.__excepthook__(kind, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("startup", "Unexpected error"),
            QCoreApplication.translate(
                "startup", "Something went wrong. Your data is safe; details are in the log."
            ),
        )
        box.setDetailedText(text)
        box.setObjectName("crashDialog")
        box.open()

    sys.excepthook = hook


def run_gui(
    paths: AppPaths,
    *,
    lang: str | None,
    demo: bool,
    verbose: bool,
    setup_logging: Callable[..., None],
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Recovery Desk")
    app.setOrganizationName("RecoveryDesk")
    app.setWindowIcon(QIcon(str(resources.path("icons", "recovery-desk.svg"))))
    i18n.install(lang)
    title = QCoreApplication.translate("startup", "Recovery Desk")
    try:
        app_paths_ok(paths)
        setup_logging(paths.log_file, verbose=verbose)
        workspace = open_workspace(paths)
    except StorageUnavailable as exc:
        log.warning("database unusable: %s", exc)
        return _fatal(title, i18n.storage_error_text(exc))
    except OSError as exc:
        text = (
            QCoreApplication.translate("startup", "The data folder %1 cannot be written: %2")
            .replace("%1", str(paths.data_dir))
            .replace("%2", exc.strerror or str(exc))
        )
        return _fatal(title, text)
    install_excepthook()
    if lang is None:  # --lang wins for this run; otherwise View → Language's choice
        saved = preferences.language(workspace.sessions)
        if saved is not None and saved != i18n.current_language():
            i18n.install(saved)
    log.info("interface language %s", i18n.current_language())
    if demo:
        from recovery_desk.ui.demo_setup import ensure_demo_data

        ensure_demo_data(workspace)
    from recovery_desk.ui.dialogs.first_start import ensure_current_user

    user = ensure_current_user(workspace)
    if user is None:  # "Quit" at first start: nothing was written
        workspace.close()
        return 0
    from recovery_desk.ui.main_window import MainWindow

    runner = TaskRunner()
    ctx = UiContext(workspace=workspace, user=user, runner=runner)
    window = MainWindow(ctx)
    runner.on_unhandled = TaskErrorReporter(  # a task failing without on_error is seen
        window,
        log_file=paths.log_file,
        texts={StorageUnavailable: i18n.storage_error_text},
        dialogs=not os.environ.get(NO_DIALOGS_VAR),
    )
    window.show()
    log.info("main window shown")
    if os.environ.get(QUIT_AFTER_SHOW_VAR):
        QTimer.singleShot(0, lambda: _quit_after_show(app))
    else:
        QTimer.singleShot(0, lambda: _after_show(window))
    code = app.exec()
    runner.wait()
    workspace.close()
    return code


def _quit_after_show(app: QApplication) -> None:
    print(f"startup_ms={process_age_ms():.0f}", file=sys.stderr)
    app.quit()


def _after_show(window: object) -> None:
    """Hook for work that must not delay the first paint (reminders, sync start)."""
    # --- follow-ups reminder (issue 6) ---
    from recovery_desk.ui.main_window import MainWindow
    from recovery_desk.ui.pages.followups.reminder import show_start_reminder

    if isinstance(window, MainWindow):
        show_start_reminder(window)
    # --- end follow-ups reminder ---


def app_paths_ok(paths: AppPaths) -> None:
    from recovery_desk import paths as app_paths

    app_paths.ensure(paths)
