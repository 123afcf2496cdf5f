"""Merging a reason carried by many customers, and the review list, against raw sqlite3."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.catalogue import merge as catalogue_merge
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.tables import Customer, Reason, ReasonCategory
from tests.benchmarks.common import Result

CUSTOMERS = int(os.environ.get("RD_BENCH_CATALOGUE_CUSTOMERS", "100000"))


def _prepare(folder: Path) -> tuple[Workspace, uuid.UUID, uuid.UUID]:
    ws = open_workspace(AppPaths(folder, folder / "logs"))
    with ws.sessions.begin() as session:
        unreviewed = session.scalar(select(ReasonCategory).where(ReasonCategory.is_unreviewed))
        assert unreviewed is not None
        source = Reason(
            code="imp_bench", category_id=unreviewed.id, label_pt_br="caro", needs_review=True
        )
        session.add(source)
        session.flush()
        target = session.scalar(
            select(Reason).where(
                Reason.active, Reason.id != source.id, Reason.category_id != unreviewed.id
            )
        )
        assert target is not None
        rows = [
            {
                "id": uuid.uuid4(),
                "name": f"Cliente {i}",
                "monthly_revenue_cents": 1000 + i,
                "imported_reason_id": source.id,
                "version": 1,
            }
            for i in range(CUSTOMERS)
        ]
        session.execute(insert(Customer), rows)
        return ws, source.id, target.id


def bench_merge(scratch: Path) -> list[Result]:
    ws, source, target = _prepare(scratch / "merge")
    boss = users.create_user(ws.sessions, "Chefe", Role.SUPERVISOR)
    start = time.perf_counter()
    rows = catalogue_merge.review_list(ws.sessions, boss, "pt_BR")
    review = time.perf_counter() - start
    assert rows[0].customers == CUSTOMERS
    start = time.perf_counter()
    result = catalogue_merge.merge_reasons(ws.sessions, boss, source, target)
    ours = time.perf_counter() - start
    assert result.customers_moved == CUSTOMERS
    ws.close()

    raw_dir = scratch / "raw"
    ws2, source2, target2 = _prepare(raw_dir)
    ws2.close()
    conn = sqlite3.connect(raw_dir / "recovery-desk.sqlite3")
    start = time.perf_counter()
    conn.execute(
        "SELECT imported_reason_id, count(*), sum(monthly_revenue_cents) FROM customers "
        "GROUP BY imported_reason_id"
    ).fetchall()
    raw_review = time.perf_counter() - start
    start = time.perf_counter()
    with conn:
        conn.execute(
            "UPDATE customers SET imported_reason_id = ?, version = version + 1 "
            "WHERE imported_reason_id = ?",
            (target2.hex, source2.hex),
        )
    raw = time.perf_counter() - start
    conn.close()
    shutil.rmtree(scratch / "merge", ignore_errors=True)
    return [
        Result(
            f"merge a reason of {CUSTOMERS:,} customers (with outbox)",
            ours * 1000,
            "ms",
            raw * 1000 * 4,
            "4x raw sqlite3 UPDATE (no outbox)",
            target="<= 4x raw",
        ),
        Result(
            f"review list over {CUSTOMERS:,} customers",
            review * 1000,
            "ms",
            max(raw_review * 1000 * 2, 50),
            "2x raw GROUP BY (min 50 ms)",
            target="<= 2x raw",
        ),
    ]


BENCHMARKS = [bench_merge]
