"""The background sync worker: a timer, "Sync now" (F5), a sync right after a call ends,
exponential backoff while offline, and the status-bar text (with what waits and why, when a
sync could not do everything). All I/O runs in ``ctx.runner``,
and the sync itself in a child process (``services/sync/process.py``): the runner's thread
only waits for it, so the GUI thread never waits for the interpreter lock.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import shiboken6

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from recovery_desk.services import errors
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.progress import Cancelled, CancelToken, run_to_end
from recovery_desk.services.sync import process as sync_process
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n, sync_texts
from recovery_desk.ui.context import UiContext

log = logging.getLogger("recovery_desk.sync")

INTERVAL_MS = 60_000
MAX_BACKOFF_MS = 15 * 60_000


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows: the service status plus whether a sync is running."""

    status: sync_service.SyncStatus
    running: bool = False


@dataclass(frozen=True)
class _Done:
    """What a finished sync hands back: the status, and the desk's new user if the sync
    made the centre login's user this desk's (``identity_changed``)."""

    status: sync_service.SyncStatus
    new_user: UserDTO | None = None


def status_text(state: SyncState, now: datetime | None = None) -> str:
    """The one-line status: syncing, the error, "N waiting", or "Synced N min ago"; then
    what waits and why ("3 received rows wait", "12 changes not sent"), marked with ⚠."""
    if state.running:
        return QCoreApplication.translate("SyncWorker", "Syncing…")
    text = " · ".join([_base_text(state.status, now), *sync_texts.problem_parts(state.status)])
    # Not a plain "Synced": what waits is shown the way the CLI's exit status says it.
    return f"⚠ {text}" if sync_texts.has_problems(state.status) else text


def status_details(state: SyncState) -> str:
    """The full explanation of :func:`status_text` (tooltip and accessible description)."""
    lines = sync_texts.problem_details(state.status)
    lines.append(QCoreApplication.translate("SyncWorker", "Click for the sync details."))
    return "\n".join(lines)


def _base_text(status: sync_service.SyncStatus, now: datetime | None) -> str:
    translate = QCoreApplication.translate
    waiting = translate("SyncWorker", "%1 waiting").replace("%1", str(status.waiting))
    if status.last is not None and not status.last.ok:
        text = i18n.sync_error_text(status.last.error_kind)
        return f"{text} · {waiting}" if status.waiting else text
    if status.waiting:
        return waiting
    if status.last_ok_at is None:
        return translate("SyncWorker", "Not synced yet")
    minutes = int(((now or datetime.now(UTC)) - status.last_ok_at).total_seconds() // 60)
    if minutes < 1:
        return translate("SyncWorker", "Synced just now")
    return translate("SyncWorker", "Synced %1 min ago").replace("%1", str(minutes))


class SyncWorker(QObject):
    """Runs syncs off the GUI thread, one at a time.

    Signals:
        sig_state_changed: a new :class:`SyncState` (also sent as
            ``ctx.events.sig_sync_state_changed``).
        sig_identity_changed: a sync made the centre login's user this desk's current
            user (a ``UserDTO``, not the window's user): the window follows.
    """

    sig_state_changed = Signal(object)
    """The sync state changed."""
    sig_identity_changed = Signal(object)
    """A sync changed the desk's current user to the centre login's (a ``UserDTO``)."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.failures = 0
        self.running = False
        self._again = False
        self._token: CancelToken | None = None
        self.process = sync_process.SyncProcess()
        self.state = SyncState(sync_service.SyncStatus(0, None, None))
        self.sync_timer = QTimer(self)
        self.sync_timer.setObjectName("syncTimer")
        self.sync_timer.setSingleShot(True)
        self.sync_timer.timeout.connect(self._on_sync_timer_timeout)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)

    def start(self, first_delay_ms: int = 2000) -> None:
        self.sync_timer.start(first_delay_ms)

    def stop(self) -> None:
        """Stop syncing: a running sync is cancelled, the sync process ends."""
        self.sync_timer.stop()
        if self._token is not None:
            self._token.cancel()
        self.process.close()

    def next_interval_ms(self) -> int:
        """60 s when online; doubling per failure while offline, up to 15 min."""
        if not self.failures:
            return INTERVAL_MS
        return int(min(INTERVAL_MS * 2 ** min(self.failures, 10), MAX_BACKOFF_MS))

    @Slot()
    def sync_now(self) -> None:
        """Start a sync now (or right after the running one)."""
        if self.running:
            self._again = True
            return
        self.running = True
        self.sync_timer.stop()
        self._publish(SyncState(self.state.status, running=True))
        sessions, paths, process = self.ctx.sessions, self.ctx.workspace.paths, self.process
        me = self.ctx.user.id

        def work(token: CancelToken) -> _Done:
            self._token = token
            new_user = None
            try:
                report = run_to_end(process.sync(sessions, paths, token))
            except errors.CentralError as exc:
                log.info("sync failed: %s", exc.kind)
            except Cancelled:  # stopped (the window closed): not a crash
                log.info("sync cancelled")
            else:
                if report.identity_changed:
                    current = users.current_user(sessions)
                    new_user = current if current is not None and current.id != me else None
            return _Done(sync_service.status(sessions), new_user)

        self.ctx.runner.run(work, on_done=self._on_sync_done, on_error=self._on_sync_error)

    def _on_sync_done(self, done: _Done) -> None:
        if not shiboken6.isValid(self):  # its window closed while the sync ran
            return
        self.running = False
        self._token = None
        status = done.status
        ok = status.last is not None and status.last.ok
        self.failures = 0 if ok else self.failures + 1
        self._publish(SyncState(status))
        if ok and status.last is not None and status.last.pulled:
            self.ctx.events.sig_data_changed.emit("sync")  # pages showing pulled rows reload
        if self._again:
            self._again = False
            self.sync_now()
        else:
            self.sync_timer.start(self.next_interval_ms())
        if done.new_user is not None:  # last: the window may be replaced for the new user
            self.sig_identity_changed.emit(done.new_user)

    def _on_sync_error(self, exc: BaseException) -> None:
        """A bug, not a refusal: say "Sync failed" (not "Syncing…" for ever), back off."""
        log.error("sync crashed", exc_info=exc)
        if not shiboken6.isValid(self):  # its window closed while the sync ran
            return
        self.running = False
        self._token = None
        self.failures += 1
        before = self.state.status
        failed = sync_service.SyncAttempt(datetime.now(UTC), False, error_kind="failed")
        after = sync_service.SyncStatus(
            before.waiting, before.last_ok_at, failed, before.refused, before.held
        )
        self._publish(SyncState(after))
        self.sync_timer.start(self.next_interval_ms())

    def _publish(self, state: SyncState) -> None:
        self.state = state
        self.sig_state_changed.emit(state)
        self.ctx.events.sig_sync_state_changed.emit(state)

    @Slot()
    def _on_sync_timer_timeout(self) -> None:
        self.sync_now()

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area == "calls":  # a call ended or changed: send it now
            self.sync_now()


class SyncUi(QObject):
    """Menu actions, shortcuts and the status label of the sync, for the main window."""

    def __init__(self, window: QMainWindow, ctx: UiContext, label: QLabel, file_menu: object):
        super().__init__(window)
        self.window = window
        self.label = label
        self.worker = SyncWorker(ctx, self)
        self.ctx = ctx
        self.settings_action = QAction(window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.sync_action = QAction(window)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.worker.sync_now)
        self.details_action = QAction(window)
        self.details_action.triggered.connect(self._on_details_action_triggered)
        first = file_menu.actions()[0] if file_menu.actions() else None  # type: ignore[attr-defined]
        for action in (self.settings_action, self.sync_action, self.details_action):
            file_menu.insertAction(first, action)  # type: ignore[attr-defined]
            window.addAction(action)
        file_menu.insertSeparator(first)  # type: ignore[attr-defined]
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self._on_label_link_activated)
        self.worker.sig_state_changed.connect(self._on_worker_state_changed)
        window.destroyed.connect(self.worker.stop)
        i18n.register(self)
        self.worker.start()

    def retranslate_ui(self) -> None:
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(self.tr("Central database settings (Ctrl+,)"))
        self.sync_action.setText(self.tr("Sync &now"))
        self.sync_action.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.details_action.setText(self.tr("Sync &details…"))
        self._show(self.worker.state)

    def _show(self, state: SyncState) -> None:
        text = status_text(state)
        self.label.setText(f'<a href="details">{html.escape(text)}</a>')
        # Heard as "Sync status: Synced 2 min ago · …", with the full explanation after it.
        caption = self.tr("Sync status")
        self.label.setAccessibleName(f"{caption}: {text}")
        details = status_details(state)
        self.label.setToolTip(details)
        self.label.setAccessibleDescription(details)

    @Slot(object)
    def _on_worker_state_changed(self, state: SyncState) -> None:
        self._show(state)

    @Slot(str)
    def _on_label_link_activated(self, _link: str) -> None:
        self.open_details(problems_first=True)  # the status bar says what waits: show it

    @Slot()
    def _on_details_action_triggered(self) -> None:
        self.open_details()

    def open_details(self, *, problems_first: bool = False) -> QDialog:
        """Open the sync details (on what waits first, if asked and anything does)."""
        from recovery_desk.ui.dialogs.sync import SyncDetailsDialog

        dialog = SyncDetailsDialog(self.ctx, self.window, problems_first=problems_first)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def _on_settings_action_triggered(self) -> None:
        from recovery_desk.ui.dialogs.sync import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.ctx, self.window)
        dialog.accepted.connect(self.worker.sync_now)
        dialog.show()
