"""Build a migrated database with N customers fast (raw sqlite3 executemany).

Used by ``bench_queue.py`` and handy by hand:
``python -m tests.benchmarks.queue_db DIR 1000000``.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from recovery_desk.domain.customer_search import search_terms
from recovery_desk.domain.enums import Role
from recovery_desk.domain.text import fold
from recovery_desk.paths import AppPaths
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace

FIRST = [
    "Ana",
    "João",
    "Maria",
    "José",
    "Antônio",
    "Francisca",
    "Carlos",
    "Paulo",
    "Lúcia",
    "Luís",
    "Inês",
    "Gonçalo",
    "Beatriz",
    "Tomás",
    "Mariana",
    "Rafael",
    "Letícia",
    "Bruno",
]
LAST = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
        "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Conceição",
        "Magalhães", "Gonçalves", "Simões", "Patrício"]  # fmt: skip
SEGMENTS = ["Residencial", "PME", "Corporativo", "Premium"]
COLUMNS = (
    "id, created_at, updated_at, version, external_id, name, name_folded, search_terms, phone, "
    "phone_valid, email, segment, currency, monthly_revenue_cents, departed_on, do_not_call, "
    "status, attempts"
)


def rows(count: int, seed: int = 7, first: int = 0) -> list[tuple[object, ...]]:
    """``count`` customer rows in the column order of :data:`COLUMNS`."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    today = date.today()
    out = []
    for n in range(first, first + count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"
        phone = f"+55{rng.randint(11, 99)}9{rng.randrange(10**7, 10**8)}"
        ext = f"C{n:07d}"
        email = f"cliente{n}@example.com"
        terms = search_terms(name, ext, phone, email)
        departed = today - timedelta(days=int(540 * rng.random() ** 1.6))
        out.append(
            (
                uuid.uuid4().hex,
                now,
                now,
                1,
                ext,
                name,
                fold(name),
                terms,
                phone,
                1,
                email,
                rng.choice(SEGMENTS),
                "BRL",
                rng.randint(50, 50000) * 100,
                departed.isoformat(),
                0,
                "departed",
                rng.randint(0, 4),
            )
        )
    return out


CHUNK = 50_000
INSERT = f"INSERT INTO customers ({COLUMNS}) VALUES ({', '.join('?' * len(COLUMNS.split(',')))})"


def build(folder: Path, count: int) -> tuple[Path, float, float]:
    """A migrated data dir with ``count`` customers and a current supervisor.

    Rows are generated and inserted in chunks (bounded memory), in one transaction.

    Returns:
        (database path, seconds to generate the rows, seconds to insert them).
    """
    paths = AppPaths(data_dir=folder, log_dir=folder / "logs")
    workspace = open_workspace(paths)
    users.create_user(workspace.sessions, "Bench Supervisor", Role.SUPERVISOR, make_current=True)
    workspace.close()
    generated = inserted = 0.0
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA cache_size = -262144")
    with conn:
        for start in range(0, count, CHUNK):
            began = time.perf_counter()
            data = rows(min(CHUNK, count - start), seed=start, first=start)
            generated += time.perf_counter() - began
            began = time.perf_counter()
            conn.executemany(INSERT, data)
            inserted += time.perf_counter() - began
    conn.close()
    return paths.database, generated, inserted


def bare_insert_rate(folder: Path, count: int = 200_000) -> float:
    """Rows/s of the same executemany into a table with no index and no trigger."""
    conn = sqlite3.connect(folder / "bare.sqlite3")
    conn.execute(f"CREATE TABLE customers ({COLUMNS})")
    data = rows(count, seed=99)
    began = time.perf_counter()
    with conn:
        conn.executemany(INSERT, data)
    elapsed = time.perf_counter() - began
    conn.close()
    return count / elapsed


if __name__ == "__main__":
    db, gen, ins = build(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{db}: generated in {gen:.1f} s, inserted (with FTS triggers) in {ins:.1f} s")
