"""A real call screen in its own process, for the crash test (tests/gui/wizard/test_call_crash.py).

    python -m tests.call_crash_typist DATA_DIR type CUSTOMER_ID   # types until killed
    python -m tests.call_crash_typist DATA_DIR resume              # accepts the resume offer

Builds the real objects (workspace, UiContext with a TaskRunner, MainWindow with the call
launcher) and opens the call through ``RECOVERY_DESK_TEST_OPEN_CALL``. Progress goes to
stdout, one line per character: ``typed <count> <unix time>``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from recovery_desk.paths import AppPaths  # noqa: E402
from recovery_desk.services.users import access as users  # noqa: E402
from recovery_desk.services.workspace import open_workspace  # noqa: E402
from recovery_desk.ui.context import UiContext  # noqa: E402
from recovery_desk.ui.tasks import TaskRunner  # noqa: E402

TEXT = "o cliente reclamou da fatura e do atendimento na loja " * 8


def _wait(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        QTest.qWait(20)


def main() -> int:
    data_dir, mode = Path(sys.argv[1]), sys.argv[2]
    if mode == "type":
        os.environ["RECOVERY_DESK_TEST_OPEN_CALL"] = sys.argv[3]
    app = QApplication([])
    workspace = open_workspace(AppPaths(data_dir, data_dir / "logs"))
    user = users.current_user(workspace.sessions)
    assert user is not None
    from recovery_desk.ui.main_window import MainWindow

    window = MainWindow(UiContext(workspace=workspace, user=user, runner=TaskRunner()))
    window.show()
    launcher = window.call_launcher  # type: ignore[attr-defined]
    if mode == "resume":
        _wait(lambda: launcher.resume_box is not None and launcher.resume_box.isVisible())
        launcher.resume_box.button(QMessageBox.StandardButton.Yes).click()
    _wait(lambda: launcher.last_dialog is not None)
    dialog = launcher.last_dialog
    _wait(dialog.isVisible)
    dialog.activateWindow()
    if mode == "resume":
        page = dialog.factory.pages[dialog.call.flow.current]
        print(
            json.dumps({"step": dialog.call.flow.current.value, "notes": page.notes.toPlainText()})
        )
        sys.stdout.flush()
        return 0
    print("ready", flush=True)
    for count, char in enumerate(TEXT, 1):
        target = dialog.focusWidget() or dialog
        QTest.keyClicks(target, char)
        print(f"typed {count} {time.time():.3f}", flush=True)
        QTest.qWait(40)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
