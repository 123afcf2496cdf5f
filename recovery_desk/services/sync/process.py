"""The desktop's syncs in a child process, so the GUI process's interpreter lock stays free.

A sync spends its time in SQLAlchemy and psycopg code that holds the GIL; in a thread of
the GUI process it stalled the event loop for more than a frame. :class:`SyncProcess`
starts ``python -m recovery_desk --sync-child`` (a bundled app: ``<its executable>
--sync-child``; no fork, so the same on Windows, macOS and Linux) at the first sync and keeps
it for the next ones (a cold start costs a second of imports; a warm sync takes a tenth);
the caller's thread only waits for it, and blocking reads release the lock.

One JSON object per line on the pipes:

- parent → child, per sync: the data folder, the centre's URL *with* its password (read
  from the keyring by the parent: never in argv, the environment or a log) and the log
  level. The child exits when its stdin closes (the app closed, or died).
- child → parent: ``{"progress": [done, total, message]}``, ``{"log": [logger, level,
  text]}`` (logged again by the parent, so the sync still writes to the app's log), and
  last ``{"done": [pushed, pulled, dropped, refused, held, identity_changed]}`` or
  ``{"error": [kind, detail]}``. Any other
  line (the child's stderr shares the pipe) is logged as a warning.

The child runs :func:`recovery_desk.services.sync.push_pull.sync`, which records the attempt in the
local history and holds the data folder's sync lock, as the CLI's sync does.

Cancelling kills the child, which is safe at any point: each pushed batch is one central
transaction and its outbox entries are deleted only after the centre committed (a batch
committed but not yet forgotten is pushed again, which changes nothing); each pulled batch
and its cursor are one local transaction; SQLite and PostgreSQL roll back what a dead
process left open. A child that dies without a result (killed, crashed) is recorded as a
failed attempt, and the next sync starts a new one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Generator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import make_url
from sqlalchemy.orm import Session, sessionmaker

import recovery_desk
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import Cancelled, CancelToken, Progress
from recovery_desk.services.sync.push_pull import (
    CentralError,
    SyncAttempt,
    SyncReport,
    record_attempt,
    sync,
)
from recovery_desk.services.sync.settings import (
    CentralTarget,
    load_settings,
    target_from_settings,
)
from recovery_desk.storage.types import utcnow

log = logging.getLogger("recovery_desk.sync")

WATCH_S = 0.1  # how often the watcher looks at the cancel token
CLOSE_WAIT_S = 5.0  # how long an idle child may take to exit before it is killed


def child_command() -> list[str]:
    """The command line of the child (no secrets: those go over stdin)."""
    if getattr(sys, "frozen", False):  # a bundled app: its executable is the entry point
        return [sys.executable, recovery_desk.SYNC_CHILD_FLAG]
    return [sys.executable, "-m", "recovery_desk", recovery_desk.SYNC_CHILD_FLAG]


def _spawn() -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    root = Path(recovery_desk.__file__).resolve().parent.parent
    if not getattr(sys, "frozen", False) and root.name not in ("site-packages", "dist-packages"):
        # A source checkout on sys.path but not installed: the child imports the same copy.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
    flags = 0
    if sys.platform == "win32":  # no console window flashing up beside the app
        flags = subprocess.CREATE_NO_WINDOW
    return subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        encoding="utf-8",
        errors="replace",
        creationflags=flags,
    )


def _watch(child: subprocess.Popen[str], token: CancelToken, finished: threading.Event) -> None:
    while not finished.wait(WATCH_S):
        if token.cancelled:
            child.kill()
            return


class SyncProcess:
    """The child process that runs one desktop's syncs, one at a time."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[str] | None = None
        self._busy = threading.Lock()

    @property
    def pid(self) -> int | None:
        """The child's process id while it lives."""
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def sync(
        self, sessions: sessionmaker[Session], paths: AppPaths, token: CancelToken
    ) -> Generator[Progress, None, SyncReport]:
        """Sync with the centre of the Settings (or the stand-in file) in the child.

        Same contract as :func:`recovery_desk.services.sync.push_pull.sync`: yields progress,
        returns the report, raises :class:`CentralError` (``failed`` when the child died) or
        :class:`Cancelled` (the child was killed).
        """
        target = target_from_settings(load_settings(sessions), paths)  # reads the keyring
        with self._busy:
            outcome = yield from self._run(_request(paths, target), token)
        if outcome is None and token.cancelled:
            raise Cancelled()
        return _result(sessions, outcome)

    def _run(
        self, request: str, token: CancelToken
    ) -> Generator[Progress, None, dict[str, Any] | None]:
        """Send ``request``, relay the child's messages; its result, or None if it died."""
        if self._child is None or self._child.poll() is not None:
            try:
                self._child = _spawn()
            except OSError as exc:
                log.error("sync process cannot start: %s", exc)
                return None
        child = self._child
        assert child.stdin is not None and child.stdout is not None
        finished = threading.Event()
        threading.Thread(target=_watch, args=(child, token, finished), daemon=True).start()
        try:
            child.stdin.write(request)
            child.stdin.flush()
            for line in child.stdout:
                message = _parse(line)
                if message is None:
                    if line.strip():
                        log.warning("sync process: %s", line.rstrip())
                elif "progress" in message:
                    yield Progress(*message["progress"])
                elif "log" in message:
                    name, level, text = message["log"]
                    logging.getLogger(name).log(level, "%s", text)
                else:
                    return message  # the child waits for the next request
        except OSError:  # the child died before it read the request
            pass
        except BaseException:  # the caller stopped early (generator closed)
            self._reap(child)
            raise
        finally:
            finished.set()
        self._reap(child)  # the child died: killed on cancel, or crashed
        return None

    def _reap(self, child: subprocess.Popen[str]) -> None:
        if child.poll() is None:
            child.kill()
        code = child.wait()
        for stream in (child.stdin, child.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        if self._child is child:
            self._child = None
        log.info("sync process %d ended (exit code %d)", child.pid, code)

    def close(self) -> None:
        """Let the child exit (the app is closing); kill it if it does not, or if it syncs."""
        child = self._child
        if child is None:
            return
        if not self._busy.acquire(blocking=False):  # a sync runs: its thread reaps the child
            child.kill()
            return
        try:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(CLOSE_WAIT_S)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            self._reap(child)
            self._busy.release()


def _request(paths: AppPaths, target: CentralTarget) -> str:
    message = {
        "data_dir": str(paths.data_dir),
        "log_dir": str(paths.log_dir),
        "url": target.url.render_as_string(hide_password=False),
        "standin": target.standin,
        "log_level": logging.getLogger("recovery_desk").getEffectiveLevel(),
    }
    return json.dumps(message) + "\n"


def _parse(line: str) -> dict[str, Any] | None:
    if not line.startswith("{"):
        return None
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _result(sessions: sessionmaker[Session], outcome: dict[str, Any] | None) -> SyncReport:
    if outcome is not None and "done" in outcome:
        return SyncReport(*outcome["done"])
    if outcome is not None and "error" in outcome:
        kind, detail = outcome["error"]
        raise CentralError(kind, detail)
    detail = "the sync process stopped"
    log.error("sync: %s", detail)
    record_attempt(sessions, SyncAttempt(utcnow(), False, error_kind="failed", error=detail))
    raise CentralError("failed", detail)


# --- the child -------------------------------------------------------------------------------


def _send(out: IO[str], **message: Any) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


class _Forward(logging.Handler):
    """Sends the child's log records to the parent, which logs them in the app's log."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__()
        self.out = out

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _send(self.out, log=[record.name, record.levelno, self.format(record)])
        except Exception:  # logging never raises
            self.handleError(record)


def child_main() -> int:
    """The child's entry point (``recovery-desk --sync-child``): syncs until stdin closes.

    Anything but a :class:`CentralError` ends the child (its traceback goes to the parent's
    log): the parent records a failed attempt and starts a fresh child next time.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the app's terminal: the app decides
    out = sys.stdout
    root = logging.getLogger("recovery_desk")
    root.addHandler(_Forward(out))
    root.propagate = False
    for line in sys.stdin:
        try:
            request = json.loads(line)
            root.setLevel(int(request["log_level"]))
            _child_sync(out, request)
        except Exception:
            log.exception("sync process crashed")
            return 1
    return 0


def _child_sync(out: IO[str], request: dict[str, Any]) -> None:
    from recovery_desk.services.workspace import open_workspace

    paths = AppPaths(Path(request["data_dir"]), Path(request["log_dir"]))
    target = CentralTarget(make_url(request["url"]), bool(request["standin"]))
    workspace = open_workspace(paths)
    try:
        steps = sync(workspace.sessions, target)
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                report: SyncReport = stop.value
                break
            _send(out, progress=[step.done, step.total, step.message])
        _send(out, done=dataclasses.astuple(report))
    except CentralError as exc:
        _send(out, error=[exc.kind, exc.detail])
    finally:
        workspace.close()
