"""Sync benchmarks (issue 5): push rate versus COPY, call latency, GUI stalls."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync.push_pull import sync
from recovery_desk.services.sync.settings import target_from_url
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import outbox
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import Base, CallReason
from tests.benchmarks.common import Result
from tests.integration import sync_support as S
from tests.pg_server import PgServer

ROWS = 100_000
FRAME_MS = 1000 / 60


def _desktop(scratch: Path, name: str) -> Workspace:
    where = scratch / name
    ws = open_workspace(AppPaths(data_dir=where, log_dir=where / "logs"))
    users.create_user(ws.sessions, "Bench", Role.SUPERVISOR, make_current=True)
    return ws


def _reason_rows(ws: Workspace, count: int) -> None:
    call = S.add_call(ws)
    with ws.database.engine.begin() as conn:
        reason = conn.execute(select(CallReason.reason_id)).scalars().first()
        outbox.bulk_insert(
            conn,
            CallReason,
            [{"call_id": call, "reason_id": reason, "position": i} for i in range(count)],
        )


def _copy_rate(server: PgServer, ws: Workspace) -> float:
    """Rows/s of a plain COPY of the same call_reasons rows into an empty table."""
    import psycopg

    local = Base.metadata.tables["call_reasons"]
    with ws.sessions() as session:
        rows = [dict(r._mapping) for r in session.execute(select(local))]
    columns = list(rows[0])
    url = server.create_database()
    with psycopg.connect(server.dsn(url.rsplit("/", 1)[1])) as conn:
        conn.execute(
            "CREATE TABLE call_reasons (call_id uuid, reason_id uuid, is_primary bool, "
            "verbatim text, verified bool, position int, id uuid primary key, "
            "created_at timestamptz, updated_at timestamptz, version int)"
        )
        conn.commit()
        start = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY call_reasons ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row([row[c] for c in columns])
        conn.commit()
        return len(rows) / (time.perf_counter() - start)


def bench_push(scratch: Path) -> list[Result]:
    with PgServer() as server:
        url = server.create_database()
        S.init_centre(url)
        ws = _desktop(scratch, "push")
        run_to_end(sync(ws.sessions, target_from_url(url)))  # catalogue and users first
        _reason_rows(ws, ROWS)
        start = time.perf_counter()
        run_to_end(sync(ws.sessions, target_from_url(url)))
        push_rate = ROWS / (time.perf_counter() - start)
        copy_rate = _copy_rate(server, ws)

        latency = scratch / "latency"
        del latency
        S.add_call(ws, reasons=2, outcome="won_back")
        start = time.perf_counter()
        run_to_end(sync(ws.sessions, target_from_url(url)))
        engine = make_engine(url)
        with engine.connect() as conn:
            seen = conn.exec_driver_sql("SELECT count(*) FROM calls WHERE outcome='won_back'")
            assert seen.scalar() == 1
        engine.dispose()
        visible = time.perf_counter() - start
        ws.close()
    return [
        Result(
            "sync push 100k call_reasons",
            push_rate,
            "rows/s",
            copy_rate * 0.25,
            "25% of COPY, same run",
            higher_is_better=True,
            target=">= 25% of COPY",
        ),
        Result(
            "finished call visible at centre",
            visible,
            "s",
            2.0,
            "issue target",
            target="<= 2 s",
        ),
    ]


def bench_gui_stall(scratch: Path) -> list[Result]:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from recovery_desk.ui.context import UiContext
    from recovery_desk.ui.sync_worker import SyncWorker
    from recovery_desk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ws = _desktop(scratch, "gui")
    ctx = UiContext(workspace=ws, user=users.current_user(ws.sessions), runner=TaskRunner())  # type: ignore[arg-type]
    worker = SyncWorker(ctx)
    worker.sync_now()  # the start-up sync: modules loaded, centre file created
    while worker.running:
        app.processEvents()
        time.sleep(0.001)
    _reason_rows(ws, 20_000)
    stalls: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setObjectName("stallProbe")
    probe.setInterval(1)
    probe.timeout.connect(tick)
    probe.start()
    worker.sync_now()
    while worker.running:
        app.processEvents()
        time.sleep(0.0005)
    probe.stop()
    long = [round(x * 1000) for x in stalls if x > FRAME_MS / 1000]
    print("stalls over a frame (ms):", long[:20], "of", len(stalls))
    worker.stop()
    ctx.runner.wait()
    QCoreApplication.processEvents()
    ws.close()
    return [
        Result(
            "GUI max stall during sync of 20k rows",
            max(stalls) * 1000,
            "ms",
            FRAME_MS,
            "one frame at 60 Hz",
            target="<= 1 frame",
        )
    ]


BENCHMARKS = [bench_push, bench_gui_stall]
