"""Queue benchmarks on 1,000,000 customers: start-up, open, search as you type, memory.

    python -m tests.benchmarks.run queue

``RECOVERY_DESK_BENCH_CUSTOMERS`` changes the size (default 1,000,000; building it takes
about two minutes here, most of it the FTS index filled by the triggers).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from recovery_desk.services.queue import listing as queue
from recovery_desk.services.queue.listing import QueueQuery, SortKey
from recovery_desk.storage.db import open_database
from tests.benchmarks import queue_db
from tests.benchmarks.common import Result, p95

CUSTOMERS = int(os.environ.get("RECOVERY_DESK_BENCH_CUSTOMERS", "1000000"))
REPO = Path(__file__).resolve().parents[2]
# What an agent types, one key at a time: a surname, a full name, a phone, an id.
TYPED = ("silva", "maria souza", "conceicao", "11 987", "C00042")
QT_ALONE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1200, 760); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "RECOVERY_DESK_NO_DIALOGS": "1",
    }


def _wall(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, check=True)
    return time.perf_counter() - began, done.stderr


def _startup(data: Path) -> list[Result]:
    env = {**_env(), "RECOVERY_DESK_QUIT_AFTER_SHOW": "1"}
    app_cmd = [sys.executable, "-m", "recovery_desk", "--data-dir", str(data)]
    shown, walls, qt_walls = [], [], []
    for _ in range(5):
        wall, stderr = _wall(app_cmd, env)
        found = re.search(r"startup_ms=(\d+)", stderr)
        assert found, stderr
        shown.append(float(found.group(1)))
        walls.append(wall * 1000)
        qt_walls.append(_wall([sys.executable, "-c", QT_ALONE], _env())[0] * 1000)
    qt_alone = statistics.median(qt_walls)
    return [
        Result(
            "start-up: process start to main window shown (median of 5)",
            statistics.median(shown),
            "ms",
            1000,
            "issue target",
            target="<= 1.0 s with 1M customers",
        ),
        Result(
            "start-up: whole process, app vs Qt alone (median)",
            statistics.median(walls),
            "ms",
            None,
            f"Qt alone (QApplication + QMainWindow shown): {qt_alone:.0f} ms, same run",
        ),
    ]


def _timed_ms(fn) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    fn()
    return (time.perf_counter() - began) * 1000


def _queries(data: Path) -> list[Result]:
    database = open_database(data / "recovery-desk.sqlite3")
    sessions = database.sessions
    everyone = QueueQuery()
    first_page = [_timed_ms(lambda: queue.fetch_page(sessions, everyone, 0)) for _ in range(5)]
    counts = [_timed_ms(lambda: queue.count(sessions, everyone)) for _ in range(3)]
    typed: list[float] = []
    for text in TYPED:
        for end in range(1, len(text) + 1):
            query = QueueQuery(search=text[:end])
            typed.append(_timed_ms(lambda q=query: queue.fetch_page(sessions, q, 0)))
    by_name = []
    for text in TYPED:
        query = QueueQuery(search=text, sort=SortKey.NAME, descending=False)
        by_name.append(_timed_ms(lambda q=query: queue.fetch_page(sessions, q, 0)))
    database.dispose()
    return [
        Result(
            "queue open: first page of 200 (median)",
            statistics.median(first_page),
            "ms",
            100,
            "issue target for a page",
        ),
        Result(
            "queue open: count of all departed (median, off the GUI thread)",
            statistics.median(counts),
            "ms",
            None,
            "info",
        ),
        Result(
            f"queue search as you type: first page, p95 of {len(typed)} keystrokes",
            p95(typed),
            "ms",
            100,
            "issue target",
            target="<= 100 ms",
        ),
        Result("queue search as you type: slowest keystroke", max(typed), "ms", None, "info"),
        Result("queue search sorted by name: p95", p95(by_name), "ms", 100, "issue target"),
    ]


def _memory(data: Path) -> list[Result]:
    command = [sys.executable, "-m", "tests.benchmarks.queue_memory_probe", str(data)]
    done = subprocess.run(command, env=_env(), cwd=REPO, capture_output=True, text=True)
    found = re.search(r"peak_rss_mb=(\d+)", done.stdout)
    assert found, done.stderr
    return [
        Result(
            "peak memory: app with 1M customers, queue scrolled end to end",
            float(found.group(1)),
            "MB",
            400,
            "issue target",
        )
    ]


def bench_queue(scratch: Path) -> list[Result]:
    data = scratch / "data"
    _db, generated, inserted = queue_db.build(data, CUSTOMERS)
    bare = queue_db.bare_insert_rate(scratch)
    results = [
        Result(
            f"build: insert {CUSTOMERS:,} customers (indexes + FTS triggers)",
            CUSTOMERS / inserted,
            "rows/s",
            None,
            f"info; bare-table executemany {bare:,.0f} rows/s; rows made in {generated:.0f} s",
            higher_is_better=True,
        )
    ]
    results += _queries(data)
    results += _startup(data)
    results += _memory(data)
    return results


BENCHMARKS = [bench_queue]
