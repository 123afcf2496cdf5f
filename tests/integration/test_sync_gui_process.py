"""The desktop's sync runs in a child process (issue 5: the GUI never blocks during sync).

Against the real PostgreSQL: the password from the app's keyring reaches the child (the
child has no keyring of its own here), killing the child mid-push leaves the outbox whole
and the status bar saying so, and the next sync completes.
"""

from __future__ import annotations

import os
import signal
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url

from recovery_desk.services.sync import settings as sync_settings
from recovery_desk.services.sync.settings import CentralSettings
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.tables import Call, OutboxEntry
from recovery_desk.ui.sync_worker import SyncWorker, status_text
from tests.gui.conftest import make_ctx
from tests.integration import sync_support as S
from tests.pg_server import PgServer

PASSWORD = "child-gets-this-over-stdin"


@pytest.fixture(scope="module", autouse=True)
def _password_auth(pg_server: PgServer) -> None:
    S.require_passwords(pg_server)


@pytest.fixture
def desk(
    template_data_dir: Path, tmp_path: Path, pg_url: str, memory_keyring: Any
) -> Iterator[tuple[Workspace, str, str]]:
    """A supervisor's desktop whose Settings name the centre with a login and a password
    kept in this process's keyring only. Yields the desktop, the owner's URL and the login."""
    from recovery_desk.services.sync import central_admin

    central_admin.init_centre(pg_url)
    login = f"sofia_{uuid.uuid4().hex[:6]}"
    central_admin.add_user(pg_url, login, PASSWORD, "supervisor")
    ws = S.desktop(template_data_dir, tmp_path / "d")
    url = make_url(pg_url)
    settings = CentralSettings(
        host=str(url.host), port=int(url.port or 5432), database=str(url.database), user=login
    )
    sync_settings.save_settings(ws.sessions, settings)
    sync_settings.store_password(settings, PASSWORD)
    yield ws, pg_url, login
    ws.close()


def _sync(qtbot: Any, worker: SyncWorker) -> str:
    """Sync now and wait for the end; the status bar's text."""
    with qtbot.waitSignal(
        worker.sig_state_changed, timeout=60000, check_params_cb=lambda s: not s.running
    ):
        worker.sync_now()
    return status_text(worker.state)


def _backends(owner: str, login: str, waiting_on_lock: bool = False) -> int:
    """How many central connections ``login`` has open (waiting on a lock, if asked)."""
    query = "SELECT count(*) FROM pg_stat_activity WHERE usename = %s"
    if waiting_on_lock:
        query += " AND wait_event_type = 'Lock'"
    with psycopg.connect(_owner_dsn(owner)) as conn:
        row = conn.execute(query, (login,)).fetchone()
    return int(row[0]) if row else 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_sync_process_keeps_the_outbox_and_the_app(
    qtbot: Any, desk: tuple[Workspace, str, str]
) -> None:
    ws, owner, login = desk
    user = users.current_user(ws.sessions)
    assert user is not None
    ctx = make_ctx(ws, user, threaded=True)
    worker = SyncWorker(ctx)
    try:
        assert _sync(qtbot, worker).startswith("Synced")  # the keyring's password worked
        first = worker.process.pid
        assert first is not None and first != os.getpid()
        for _ in range(5):
            S.add_call(ws, reasons=2)
        queued = S.local_count(ws, OutboxEntry)
        pushed_before = S.central_count(owner, "calls")

        # A long transaction of the centre's owner holds the calls table: the push waits
        # inside its central transaction.
        with psycopg.connect(_owner_dsn(owner)) as holder:
            holder.execute("LOCK TABLE calls IN EXCLUSIVE MODE")
            worker.sync_now()
            qtbot.waitUntil(
                lambda: _backends(owner, login, waiting_on_lock=True) == 1, timeout=30000
            )
            assert worker.running and worker.process.pid == first
            _no_password_outside_the_pipe(first)
            with qtbot.waitSignal(
                worker.sig_state_changed, timeout=30000, check_params_cb=lambda s: not s.running
            ):
                os.kill(first, signal.SIGKILL)
            holder.rollback()
        # The waiting connection was the killed process's: once the lock is free, its server
        # process finds the client gone and rolls back.
        qtbot.waitUntil(lambda: _backends(owner, login) == 0, timeout=30000)

        assert status_text(worker.state) == f"Sync failed · {queued} waiting"
        assert S.local_count(ws, OutboxEntry) == queued  # nothing lost, nothing half-done
        assert S.central_count(owner, "calls") == pushed_before  # the batch was rolled back

        assert _sync(qtbot, worker).startswith("Synced")  # a new process finishes the job
        assert worker.process.pid not in (None, first)
        assert S.central_rows(owner, "calls") == S.local_rows(ws, Call)
        assert S.local_count(ws, OutboxEntry) == 0
    finally:
        worker.stop()
        ctx.runner.wait()
    assert worker.process.pid is None  # stopping the worker ends its process


def test_wrong_password_reaches_the_status_bar(
    qtbot: Any, desk: tuple[Workspace, str, str]
) -> None:
    ws = desk[0]
    settings = sync_settings.load_settings(ws.sessions)
    sync_settings.store_password(settings, "not-the-password")
    S.add_call(ws)
    queued = S.local_count(ws, OutboxEntry)
    user = users.current_user(ws.sessions)
    assert user is not None
    ctx = make_ctx(ws, user)
    worker = SyncWorker(ctx)
    try:
        assert _sync(qtbot, worker) == f"Sync: wrong user name or password · {queued} waiting"
        assert worker.failures == 1
        assert S.local_count(ws, OutboxEntry) == queued
    finally:
        worker.stop()


def _owner_dsn(owner: str) -> str:
    url = make_url(owner)
    return f"host={url.host} port={url.port} user={url.username} dbname={url.database}"


def _no_password_outside_the_pipe(pid: int) -> None:
    """The child's command line and environment never hold the password."""
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return
    assert PASSWORD.encode() not in (proc / "cmdline").read_bytes()
    assert PASSWORD.encode() not in (proc / "environ").read_bytes()
