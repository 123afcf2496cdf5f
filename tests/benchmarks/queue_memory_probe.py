"""Peak memory of the app with a big queue: open the window, count, scroll end to end.

``python -m tests.benchmarks.queue_memory_probe DATA_DIR`` prints ``peak_rss_mb=N``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from recovery_desk.paths import AppPaths  # noqa: E402
from recovery_desk.services.users import access as users  # noqa: E402
from recovery_desk.services.workspace import open_workspace  # noqa: E402
from recovery_desk.ui.context import UiContext  # noqa: E402
from recovery_desk.ui.main_window import MainWindow  # noqa: E402
from recovery_desk.ui.tasks import TaskRunner  # noqa: E402
from tests.benchmarks.common import peak_rss_mb  # noqa: E402


def _wait(app: QApplication, ready, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main(data_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    workspace = open_workspace(AppPaths(data_dir=data_dir, log_dir=data_dir / "logs"))
    user = users.current_user(workspace.sessions)
    assert user is not None
    runner = TaskRunner()
    window = MainWindow(UiContext(workspace=workspace, user=user, runner=runner))
    window.show()
    page = window.page("queue")
    model = page.model  # type: ignore[union-attr]
    _wait(app, lambda: model.exact and model.rowCount() > 0)
    total = model.rowCount()
    for step in range(21):  # jump through the whole queue, as a scrollbar drag would
        row = min(total - 1, step * total // 20)
        page.table.scrollTo(model.index(row, 0))  # type: ignore[union-attr]
        app.processEvents()
        _wait(app, lambda r=row: model.row_at(r) is not None)
    print(f"rows={total} peak_rss_mb={peak_rss_mb():.0f}")
    window.close()
    runner.wait()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
