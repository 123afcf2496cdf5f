"""The daily retention purge while the app runs (``services/privacy/retention``).

A minute after the window opens, and every hour after that, the purge is run through the
task runner (never on the GUI thread); the service itself runs it at most once a day and
only on a supervisor's desk (other desks receive the erasures through the sync). What it
removed is shown in the status bar; a failure is logged and tried again the next hour.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow

from recovery_desk.services.privacy.retention import PurgePlan, purge_if_due
from recovery_desk.ui.context import UiContext

log = logging.getLogger("recovery_desk.ui.privacy")
FIRST_DELAY_MS = 60_000
EVERY_MS = 3_600_000


class DailyPurge(QObject):
    """Runs the retention purge for ``window``'s user when it is due."""

    def __init__(
        self,
        ctx: UiContext,
        window: QMainWindow,
        *,
        first_delay_ms: int = FIRST_DELAY_MS,
        every_ms: int = EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyPurgeTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.every_ms = every_ms
        if ctx.user.is_supervisor:
            self.timer.start(first_delay_ms)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.timer.start(self.every_ms)
        if self.running:
            return
        self.running = True
        ctx = self.ctx
        ctx.runner.run(
            lambda _token: purge_if_due(ctx.sessions, ctx.user, ctx.workspace.paths.backup_dir),
            on_done=self._on_purge_done,
            on_error=self._on_purge_failed,
        )

    @Slot(object)
    def _on_purge_done(self, plan: PurgePlan | None) -> None:
        self.running = False
        if plan is None or plan.empty:
            return
        self.ctx.events.sig_data_changed.emit("customers")
        self.window.statusBar().showMessage(
            self.tr(
                "Retention: personal data of %1 customers and the notes of %2 calls erased; "
                "%3 old backups removed"
            )
            .replace("%1", str(len(plan.customers)))
            .replace("%2", str(len(plan.calls)))
            .replace("%3", str(len(plan.backups)))
        )

    @Slot(object)
    def _on_purge_failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("the retention purge failed (%s); trying again in an hour", type(exc).__name__)
