"""Background work with main-thread callbacks (anki's QueryOp / picard's run_task).

``TaskRunner.run(fn, on_done=..., on_error=...)`` runs ``fn`` on a QThreadPool and
delivers its result or exception on the GUI thread. A generator ``fn`` (yielding
``services.progress.Progress``) reports progress through ``on_progress``, throttled by the
service. Tests inject :class:`InlineRunner`, which runs everything at once on the caller.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from recovery_desk.services.progress import CancelToken, Progress

log = logging.getLogger("recovery_desk.ui.tasks")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
OnProgress = Callable[[Progress], None]


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
        self.on_unhandled: Failed | None = None

    def run(
        self,
        fn: Callable[[CancelToken], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        on_progress: OnProgress | None = None,
    ) -> TaskHandle:
        """Run ``fn(token)`` in the pool; callbacks run on the GUI thread."""
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
        if on_error is not None:
            on_error(exc)
        elif self.on_unhandled is not None:
            self.on_unhandled(exc)
        else:
            log.error("unhandled task error", exc_info=exc)

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
