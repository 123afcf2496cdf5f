"""The multi-desk chaos harness (issue 15): the proxy itself, then the scenario.

Seeds: ``RD_CHAOS_SEEDS`` is either a count (``20``: seeds 1..20) or a comma-separated list
(``7,19``); the default, 3, fits CI. Each seed prints one line (run time, faults the proxy
dealt, syncs that failed, children killed, time per step), passed or not; a failure lists
every problem found, each naming the table, the desk and some row ids.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg
import pytest

from tests.integration.chaos.proxy import ChaosProxy
from tests.pg_server import PgServer

DEFAULT_SEEDS = 3


def chaos_seeds() -> list[int]:
    raw = os.environ.get("RD_CHAOS_SEEDS", "").strip() or str(DEFAULT_SEEDS)
    if "," in raw:
        return [int(s) for s in raw.split(",") if s.strip()]
    return list(range(1, int(raw) + 1))


def _query_through(proxy: ChaosProxy, pg_server: PgServer) -> int:
    dsn = f"host=127.0.0.1 port={proxy.port} user={pg_server.superuser} dbname=postgres"
    with psycopg.connect(dsn, connect_timeout=5) as conn:
        row = conn.execute("SELECT count(*) FROM generate_series(1, 50000)").fetchone()
    assert row is not None
    return int(row[0])


def test_proxy_without_faults_forwards(pg_server: PgServer) -> None:
    with ChaosProxy((pg_server.host, pg_server.port), seed=1) as proxy:
        proxy.faults = False
        assert _query_through(proxy, pg_server) == 50000
        dsn = f"host=127.0.0.1 port={proxy.port} user={pg_server.superuser} dbname=postgres"
        with psycopg.connect(dsn) as conn:  # a large result arrives whole
            rows = conn.execute("SELECT repeat('x', 100) FROM generate_series(1, 20000)")
            assert len(rows.fetchall()) == 20000
        assert proxy.stats["none"] == 2


def test_proxy_cut_mid_result_is_a_connection_error(pg_server: PgServer) -> None:
    cut = {"none": 0, "delay": 0, "cut": 1, "drop": 0, "stall": 0}
    with ChaosProxy(
        (pg_server.host, pg_server.port), 2, rates=cut, cut_bytes=(20_000, 30_000)
    ) as proxy:
        dsn = f"host=127.0.0.1 port={proxy.port} user={pg_server.superuser} dbname=postgres"
        with (
            psycopg.connect(dsn, connect_timeout=5) as conn,
            pytest.raises(psycopg.OperationalError),
        ):
            conn.execute("SELECT repeat('x', 100) FROM generate_series(1, 20000)").fetchall()
        assert proxy.stats["cut"] == 1


def test_proxy_drop_refuses_the_connection(pg_server: PgServer) -> None:
    drop = {"none": 0, "delay": 0, "cut": 0, "drop": 1, "stall": 0}
    with ChaosProxy((pg_server.host, pg_server.port), 3, rates=drop) as proxy:
        with pytest.raises(psycopg.OperationalError):
            _query_through(proxy, pg_server)
        proxy.faults = False  # the switch: the next connection is served
        assert _query_through(proxy, pg_server) == 50000


def test_proxy_stall_holds_then_closes(pg_server: PgServer) -> None:
    stall = {"none": 0, "delay": 0, "cut": 0, "drop": 0, "stall": 1}
    with ChaosProxy(
        (pg_server.host, pg_server.port),
        4,
        rates=stall,
        cut_bytes=(20_000, 30_000),
        stall_s=(1.0, 1.0),
    ) as proxy:
        dsn = f"host=127.0.0.1 port={proxy.port} user={pg_server.superuser} dbname=postgres"
        started = time.monotonic()
        with (
            psycopg.connect(dsn, connect_timeout=5) as conn,
            pytest.raises(psycopg.OperationalError),
        ):
            conn.execute("SELECT repeat('x', 100) FROM generate_series(1, 20000)").fetchall()
        assert time.monotonic() - started >= 0.9  # it held the line before letting go
        assert proxy.stats["stall"] == 1


@pytest.mark.parametrize("seed", chaos_seeds())
def test_chaos_cycle_converges(
    seed: int,
    pg_server: PgServer,
    pg_url: str,
    template_data_dir: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.integration.chaos.scenario import run_scenario

    started = time.monotonic()
    outcome = run_scenario(seed, pg_server, pg_url, template_data_dir, tmp_path)
    took = time.monotonic() - started
    line = f"chaos seed {seed}: {took:.1f} s; {outcome.summary()}"
    with capsys.disabled():  # the run time shows whether the seed passed or not
        print(f"\n{line}")
    request.node.add_report_section("call", "chaos", line)
    assert not outcome.problems, "\n".join([line, *outcome.problems])
