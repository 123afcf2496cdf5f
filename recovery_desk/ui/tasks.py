"""Background work with main-thread callbacks (anki's QueryOp / picard's run_task).

``TaskRunner.run(fn, on_done=..., on_error=...)`` runs ``fn`` on a QThreadPool and
delivers its result or exception on the GUI thread. A generator ``fn`` (yielding
``services.progress.Progress``) reports progress through ``on_progress``, throttled by the
service. Tests inject :class:`InlineRunner`, which runs everything at once on the caller.

A task that fails without its own ``on_error`` goes to the runner's ``on_unhandled``: by
default :func:`log_failure`; the app sets a :class:`TaskErrorReporter`, which also tells
the user. No failure is silent.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import shiboken6

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desk.services.progress import CancelToken, Progress

log = logging.getLogger("recovery_desk.ui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
OnProgress = Callable[[Progress], None]


def log_failure(exc: BaseException) -> None:
    """Write a failed task's traceback to the log (the runner's fallback ``on_unhandled``)."""
    log.error("background task failed", exc_info=exc)


class TaskErrorReporter:
    """The app's ``on_unhandled``: logs the traceback and tells the user what failed.

    The message names the failure in general terms and points at the log file; it never
    shows the exception text, which may quote customer data. The box is opened with
    ``open()`` (never ``exec()``), one at a time: a lost database fails every task at once.

    Args:
        parent: the window the box belongs to.
        log_file: where the traceback goes, named in the message when known.
        texts: exception types with a sentence of their own (the first match wins).
        dialogs: False logs only (tests, ``RECOVERY_DESK_NO_DIALOGS``).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        log_file: Path | None = None,
        texts: Mapping[type[BaseException], Callable[[Any], str]] | None = None,
        dialogs: bool = True,
    ):
        self.parent = parent
        self.log_file = log_file
        self.texts = dict(texts or {})
        self.dialogs = dialogs
        self.box: QMessageBox | None = None

    def __call__(self, exc: BaseException) -> None:
        log_failure(exc)
        if not self.dialogs:
            return
        if self.box is not None and shiboken6.isValid(self.box) and self.box.isVisible():
            return  # the user already knows; the log has each traceback
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TaskErrorReporter", "Recovery Desk"),
            self.message(exc),
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setObjectName("taskErrorBox")
        box.setAccessibleName(QCoreApplication.translate("TaskErrorReporter", "Error message"))
        box.setInformativeText(self.where_details())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box

    def message(self, exc: BaseException) -> str:
        """The sentence for ``exc``: its own if its type has one, else the general one."""
        for kind, describe in self.texts.items():
            if isinstance(exc, kind):
                return describe(exc)
        return QCoreApplication.translate(
            "TaskErrorReporter",
            "Recovery Desk could not finish loading or saving some data in the background. "
            "What you see may be incomplete or out of date.",
        )

    def where_details(self) -> str:
        """Where to look for the traceback (the log file's path when the app knows it)."""
        if self.log_file is None:
            return QCoreApplication.translate("TaskErrorReporter", "The details are in the log.")
        return QCoreApplication.translate(
            "TaskErrorReporter", "The details are in the log file:\n%1"
        ).replace("%1", str(self.log_file))


class _Relay(QObject):
    """Carries results from the pool thread to the GUI thread (queued signals)."""

    sig_progressed = Signal(object)
    """A Progress report arrived."""
    sig_finished = Signal(object)
    """The task returned a value."""
    sig_failed = Signal(object)
    """The task raised an exception."""


def _drive(fn: Callable[[], Any], progress: Callable[[Progress], None]) -> Any:
    result = fn()
    if inspect.isgenerator(result):
        while True:
            try:
                report = next(result)
            except StopIteration as stop:
                return stop.value
            if isinstance(report, Progress):
                progress(report)
    return result


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            value = _drive(self.fn, self.relay.sig_progressed.emit)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_finished.emit(value)


class TaskHandle:
    """What a caller keeps of a running task: cancel it, or know whether it is running."""

    def __init__(self, token: CancelToken):
        self.token = token
        self.running = True

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    """Runs service calls off the GUI thread. Injected into widgets by ``app.py``."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()
        self.on_unhandled: Failed = log_failure
        """Gets every failure of a task run without ``on_error``."""

    def run(
        self,
        fn: Callable[[CancelToken], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: OnProgress | None = None,
    ) -> TaskHandle:
        """Run ``fn(token)`` in the pool; callbacks run on the GUI thread.

        Args:
            fn: the work; called with a CancelToken; may be a generator of Progress.
            on_done: gets the result.
            on_error: gets the exception; if None, ``on_unhandled`` does (never silent).
            on_progress: gets each Progress a generator yields.
        """
        token = CancelToken()
        handle = TaskHandle(token)
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def finished(value: Any) -> None:
            self._release(relay, handle)
            if on_done is not None:
                on_done(value)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._release(relay, handle)
            self._fail(exc, on_error)

        relay.sig_finished.connect(finished)
        relay.sig_failed.connect(failed)
        if on_progress is not None:
            relay.sig_progressed.connect(on_progress)
        self.pool.start(_Job(lambda: fn(token), relay))
        return handle

    def _release(self, relay: _Relay, handle: TaskHandle) -> None:
        handle.running = False
        self._relays.discard(relay)
        relay.deleteLater()

    def _fail(self, exc: BaseException, on_error: Failed | None) -> None:
        """The caller's ``on_error``; without one, ``on_unhandled`` (the app's default)."""
        handler = self.on_unhandled if on_error is None else on_error
        handler(exc)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self.pool.waitForDone(msecs)


class InlineRunner(TaskRunner):
    """Runs tasks synchronously on the calling thread (unit tests)."""

    def run(
        self,
        fn: Callable[[CancelToken], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: OnProgress | None = None,
    ) -> TaskHandle:
        token = CancelToken()
        handle = TaskHandle(token)
        try:
            value = _drive(lambda: fn(token), on_progress or (lambda _p: None))
        except Exception as exc:
            handle.running = False
            self._fail(exc, on_error)
        else:
            handle.running = False
            if on_done is not None:
                on_done(value)
        return handle
