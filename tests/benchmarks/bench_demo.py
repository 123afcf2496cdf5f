"""Demo generation rate against a raw sqlite3 executemany of the same rows."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

from recovery_desk.paths import AppPaths
from recovery_desk.services.demo import generate as demo
from recovery_desk.services.workspace import open_workspace
from tests.benchmarks.common import Result

CUSTOMERS = int(os.environ.get("RD_BENCH_DEMO_CUSTOMERS", "200000"))


def bench_demo_generation(scratch: Path) -> list[Result]:
    ws = open_workspace(AppPaths(scratch / "demo", scratch / "demo" / "logs"))
    start = time.perf_counter()
    demo.generate(ws.sessions, customers=CUSTOMERS, seed=7, today=date(2026, 11, 1))
    ours = CUSTOMERS / (time.perf_counter() - start)
    ws.close()

    # Baseline: the same rows, read back, inserted by raw sqlite3 into the same schema
    # (same indexes and search triggers) in a fresh copy of an empty migrated database.
    empty = open_workspace(AppPaths(scratch / "raw", scratch / "raw" / "logs"))
    empty.close()
    source = sqlite3.connect(scratch / "demo" / "recovery-desk.sqlite3")
    columns = [r[1] for r in source.execute("PRAGMA table_info(customers)")]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM customers").fetchall()
    source.close()
    target = sqlite3.connect(scratch / "raw" / "recovery-desk.sqlite3")
    target.execute("PRAGMA synchronous = NORMAL")
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO customers ({', '.join(columns)}) VALUES ({marks})"
    start = time.perf_counter()
    with target:
        for offset in range(0, len(rows), demo.BATCH):
            target.executemany(sql, rows[offset : offset + demo.BATCH])
    raw = len(rows) / (time.perf_counter() - start)
    target.close()
    return [
        Result(
            f"demo generation ({CUSTOMERS:,} customers)",
            ours,
            "rows/s",
            raw * 0.5,
            "50% of raw sqlite3 executemany",
            higher_is_better=True,
            target=">= 50% of raw",
        )
    ]


BENCHMARKS = [bench_demo_generation]
