"""Sync against a real PostgreSQL: every "Failure is normal" line of issue 5."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from recovery_desk.domain.enums import Role
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.services.sync.push_pull import CentralError
from recovery_desk.storage import outbox
from recovery_desk.storage.central import exchange, push
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import Call, CallReason, OutboxEntry
from tests.conftest import REPO_ROOT
from tests.integration import sync_support as S
from tests.pg_server import PgServer


@pytest.fixture
def centre(pg_url: str) -> str:
    central_admin.init_centre(pg_url)
    return pg_url


def _same(ws, url: str) -> None:  # type: ignore[no-untyped-def]
    assert S.central_rows(url, "calls") == S.local_rows(ws, Call)
    assert S.central_rows(url, "call_reasons") == S.local_rows(ws, CallReason)
    assert S.local_count(ws, OutboxEntry) == 0


def test_sync_twice_no_duplicates(template_data_dir: Path, tmp_path: Path, centre: str) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    call = S.add_call(ws, reasons=2)
    S.run_sync(ws, centre)
    S.edit_call(ws, call, "won_back")
    S.run_sync(ws, centre)
    S.run_sync(ws, centre)
    _same(ws, centre)
    assert S.central_rows(centre, "calls", "outcome", "version") == [("won_back", 2)]
    with ws.sessions() as session:  # values survive the text COPY unchanged
        local = session.get(Call, call)
        assert local is not None
        expected = (local.started_at, local.draft_state, local.diagnosis_confirmed)
    assert S.central_rows(centre, "calls", "started_at", "draft_state", "diagnosis_confirmed") == [
        expected
    ]
    ws.close()


def test_replay_of_committed_batch(
    template_data_dir: Path, tmp_path: Path, centre: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    S.add_call(ws, reasons=3)

    def crash(*_a: object) -> None:
        raise RuntimeError("killed after the centre committed")

    monkeypatch.setattr(exchange, "forget_entries", crash)
    with pytest.raises(RuntimeError):
        S.run_sync(ws, centre)
    assert S.local_count(ws, OutboxEntry) > 0  # the outbox kept everything
    monkeypatch.undo()
    S.run_sync(ws, centre)  # replays the committed batch
    _same(ws, centre)
    ws.close()


def test_connection_dropped_mid_batch(
    template_data_dir: Path, tmp_path: Path, centre: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    for _ in range(3):
        S.add_call(ws, reasons=2)
    real = push.apply_push
    dsn = make_engine(centre).url.set(drivername="postgresql").render_as_string(False)

    def drop(conn, table, rows, **kw):  # type: ignore[no-untyped-def]
        written = real(conn, table, rows, **kw)
        if table == "calls":
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with psycopg.connect(dsn, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return written

    monkeypatch.setattr(push, "apply_push", drop)
    with pytest.raises(CentralError) as failure:
        S.run_sync(ws, centre)
    assert failure.value.kind == "unreachable"
    assert S.central_rows(centre, "calls") == []  # the batch was rolled back
    monkeypatch.undo()
    S.run_sync(ws, centre)
    _same(ws, centre)
    ws.close()


def test_server_restarted_between_batches(
    template_data_dir: Path,
    tmp_path: Path,
    centre: str,
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    for _ in range(4):
        S.add_call(ws, reasons=2)
    monkeypatch.setattr(sync_service, "PUSH_BATCH", 40)
    real = exchange.forget_entries
    restarted = []

    def restart_after_first(session, seqs):  # type: ignore[no-untyped-def]
        real(session, seqs)
        if not restarted:
            restarted.append(True)
            pg_server.restart()

    monkeypatch.setattr(exchange, "forget_entries", restart_after_first)
    try:
        S.run_sync(ws, centre)
    except CentralError as exc:
        assert exc.kind == "unreachable"
    assert restarted
    monkeypatch.undo()
    S.run_sync(ws, centre)
    _same(ws, centre)
    ws.close()


def test_process_killed_mid_sync(template_data_dir: Path, tmp_path: Path, centre: str) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    call = S.add_call(ws, reasons=1)
    with ws.database.engine.begin() as conn:
        reason = conn.execute(select(CallReason.reason_id)).scalars().first()
        outbox.bulk_insert(
            conn,
            CallReason,
            # Three push batches (PUSH_BATCH is 20,000): the kill lands after the first.
            [{"call_id": call, "reason_id": reason, "position": i} for i in range(45_000)],
        )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "recovery_desk",
            "sync",
            "--central",
            centre,
            "--data-dir",
            str(ws.paths.data_dir),
        ],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not S.central_count(centre, "call_reasons"):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL  # killed mid-sync, not finished
    assert S.local_count(ws, OutboxEntry) > 0
    S.run_sync(ws, centre)
    _same(ws, centre)
    ws.close()


@pytest.mark.parametrize("count", [2, 20])
def test_many_desktops_same_cycle(
    template_data_dir: Path, tmp_path: Path, centre: str, count: int
) -> None:
    boss = S.desktop(template_data_dir, tmp_path / "boss")
    S.run_sync(boss, centre)  # the supervisor's desktop puts the catalogue at the centre
    boss.close()
    desks = [S.desktop(template_data_dir, tmp_path / f"d{i}", Role.AGENT) for i in range(count)]
    calls = [S.add_call(ws) for ws in desks]
    errors: list[BaseException] = []
    reports: dict[int, Any] = {}

    def work(number: int, ws) -> None:  # type: ignore[no-untyped-def]
        try:
            reports[number] = S.run_sync(ws, centre)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=pair) for pair in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    still = [n for n, t in enumerate(threads) if t.is_alive()]
    assert not errors and not still, (errors, still)
    ids = [row[0] for row in S.central_rows(centre, "calls")]
    # What each desktop said of its sync, should a call be missing (seen once in CI).
    waiting = [sync_service.waiting(ws.sessions) for ws in desks]
    assert sorted(ids) == sorted(calls), (reports, waiting)
    engine = make_engine(centre)
    with engine.begin() as conn:  # a catalogue edit at the centre
        conn.execute(
            text(
                "UPDATE reasons SET label_en = 'Edited', version = version + 1 "
                "WHERE code = (SELECT min(code) FROM reasons)"
            )
        )
    engine.dispose()
    for ws in desks:
        S.run_sync(ws, centre)
        with ws.database.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT count(*) FROM reasons WHERE label_en='Edited'")).scalar()
                == 1
            )
        ws.close()


def test_imported_customers_reach_the_centre(
    template_data_dir: Path, tmp_path: Path, centre: str
) -> None:
    """An import queues its customers in SQL (one statement per batch): every one of them,
    at its version, reaches the centre, and a re-import that changes one sends that one."""
    from recovery_desk.services.imports import importer as imports
    from recovery_desk.services.progress import run_to_end
    from recovery_desk.services.users import access as users
    from recovery_desk.storage.tables import Customer

    ws = S.desktop(template_data_dir, tmp_path / "d")
    boss = users.current_user(ws.sessions)
    assert boss is not None
    rows = "".join(f"{i:05d};Cliente {i};{i},50\n" for i in range(1, 2501))
    source = tmp_path / "clientes.csv"
    source.write_text("Código;Nome;Receita mensal\n" + rows, encoding="utf-8")
    info = imports.inspect_file(source)
    run_to_end(imports.run_import(ws.sessions, boss, info, defer_at=1))
    S.run_sync(ws, centre)
    assert len(S.central_rows(centre, "customers")) == 2500
    assert S.central_rows(centre, "customers") == S.local_rows(ws, Customer)

    source.write_text("Código;Nome;Receita mensal\n00007;Cliente 7;99,00\n", encoding="utf-8")
    run_to_end(imports.run_import(ws.sessions, boss, imports.inspect_file(source)))
    S.run_sync(ws, centre)
    assert S.central_rows(centre, "customers") == S.local_rows(ws, Customer)
    values = S.central_rows(centre, "customers", "external_id", "monthly_revenue_cents", "version")
    assert ("00007", 9900, 2) in values and ("00008", 850, 1) in values
    assert S.local_count(ws, OutboxEntry) == 0
    ws.close()
