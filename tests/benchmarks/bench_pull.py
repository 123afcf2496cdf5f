"""Pull rate (issue 15): 50,000 customers from the centre into a desk that lacks them,
beside a raw ``COPY … TO STDOUT`` of the same rows out of the centre (what the issue asks
to report) and a raw sqlite3 insert of as many customers into a desk (the local floor the
pull is held to), all in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync.push_pull import sync
from recovery_desk.services.sync.settings import target_from_url
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage import outbox
from recovery_desk.storage.tables import Customer
from tests.benchmarks.common import Result
from tests.integration import sync_support as S
from tests.pg_server import PgServer

ROWS = 50_000


def _desk(scratch: Path, name: str) -> Workspace:
    where = scratch / name
    ws = open_workspace(AppPaths(data_dir=where, log_dir=where / "logs"))
    users.create_user(ws.sessions, "Bench", Role.SUPERVISOR, make_current=True)
    return ws


def _customers(ws: Workspace) -> None:
    rows = [
        {
            "external_id": f"C{i:06d}",
            "name": f"Cliente {i}",
            "phone": f"+55119{i:08d}",
            "email": f"cliente{i}@example.com",
            "segment": "Residencial",
            "monthly_revenue_cents": 10_000 + i,
            "name_folded": f"cliente {i}",
            "search_terms": f"cliente {i} c{i:06d}",
        }
        for i in range(ROWS)
    ]
    with ws.database.engine.begin() as conn:
        outbox.bulk_insert(conn, Customer, rows)


def _copy_out_rate(server: PgServer, url: str) -> float:
    """Rows/s of a raw COPY of the centre's customers to the client."""
    import psycopg

    with psycopg.connect(server.dsn(url.rsplit("/", 1)[1])) as conn, conn.cursor() as cur:
        start = time.perf_counter()
        count = 0
        with cur.copy("COPY (SELECT * FROM customers) TO STDOUT") as copy:
            for _row in copy.rows():
                count += 1
        return count / (time.perf_counter() - start)


def _local_floor(scratch: Path) -> float:
    """Rows/s of a raw sqlite3 executemany of 50k customers into a desk's own customers
    table (its indexes and search triggers): what writing them locally costs at least."""
    import sqlite3
    import uuid

    ws = _desk(scratch, "floor")
    path = ws.database.engine.url.database
    ws.close()
    rows = [
        (uuid.uuid4().hex, f"C{i:06d}", f"Cliente {i}", f"+55119{i:08d}", 10_000 + i)
        for i in range(ROWS)
    ]
    conn = sqlite3.connect(str(path))
    start = time.perf_counter()
    conn.executemany(
        "INSERT INTO customers (id, external_id, name, phone, monthly_revenue_cents, "
        "phone_valid, currency, do_not_call, status, attempts, name_folded, search_terms, "
        "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1, 'BRL', 0, 'departed', 0, "
        "'', '', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1)",
        rows,
    )
    conn.commit()
    rate = ROWS / (time.perf_counter() - start)
    conn.close()
    return rate


def bench_pull(scratch: Path) -> list[Result]:
    with PgServer() as server:
        url = server.create_database()
        S.init_centre(url)
        source = _desk(scratch, "source")
        _customers(source)
        run_to_end(sync(source.sessions, target_from_url(url)))
        source.close()
        desk = _desk(scratch, "desk")
        start = time.perf_counter()
        report = run_to_end(sync(desk.sessions, target_from_url(url)))
        took = time.perf_counter() - start
        assert report.held == 0 and S.local_count(desk, Customer) == ROWS
        desk.close()
        pull_rate = ROWS / took
        copy_rate = _copy_out_rate(server, url)
    floor = _local_floor(scratch)
    print(f"pull of {ROWS} customers: {took:.1f} s ({pull_rate:,.0f} rows/s)")
    return [
        Result(
            "raw COPY of 50k customers out of the centre",
            copy_rate,
            "rows/s",
            None,
            "baseline, same run",
            higher_is_better=True,
            context=True,
        ),
        Result(
            "raw sqlite3 insert of 50k customers into a desk",
            floor,
            "rows/s",
            None,
            "baseline, same run",
            higher_is_better=True,
            context=True,
        ),
        Result(
            "sync pull of 50k customers into a desk",
            pull_rate,
            "rows/s",
            floor * 0.25,
            "25% of the raw local insert, same run",
            higher_is_better=True,
            target=">= 25% of writing them locally",
        ),
    ]


BENCHMARKS = [bench_pull]
