"""Follow-ups and intensive care at a large centre's scale.

20,000 customers in intensive care, won back over the last six months (so about 4% have a
review due this week), one agent in twenty looks after a twentieth of them.

No target in the issue: the figures are checked against the app's own budget for a page
load off the GUI thread (≤ 1 s), and against the bare SQL the lists need (raw sqlite3
fetching the same rows), which shows the service's overhead.
"""

from __future__ import annotations

import os
import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.care import reviews as care
from recovery_desk.services.followups import lists as followups
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage import outbox
from recovery_desk.storage.tables import Call, Callback, Customer, HealthEvent, Promise
from tests.benchmarks.common import Result, p95, timed

WON_BACK = int(os.environ.get("RD_BENCH_CARE_CUSTOMERS", "20000"))
BUDGET_MS = 1000.0


def _fill(ws, agent_id: uuid.UUID, other_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(6)
    today = date(2026, 11, 1)
    customers, calls, events, promises, callbacks = [], [], [], [], []
    for n in range(WON_BACK):
        cid, call_id = uuid.uuid4(), uuid.uuid4()
        won = today - timedelta(days=rng.randint(1, 183))  # first review within 6 months
        customers.append(
            {
                "id": cid,
                "name": f"Cliente {n}",
                "status": "won_back",
                "won_back_on": won,
                "monthly_revenue_cents": 10000,
            }
        )
        calls.append(
            {
                "id": call_id,
                "customer_id": cid,
                "agent_id": agent_id if n % 20 == 0 else other_id,
                "started_at": datetime(2026, 1, 1, tzinfo=UTC),
                "status": "finished",
            }
        )
        for _ in range(2):
            events.append(
                {
                    "customer_id": cid,
                    "occurred_on": won + timedelta(days=rng.randint(1, 300)),
                    "kind": rng.choice(["purchase", "service_call", "support_contact"]),
                    "quantity": 1,
                }
            )
        if n % 4 == 0:
            promises.append(
                {
                    "call_id": call_id,
                    "customer_id": cid,
                    "what": "x",
                    "owner": "Billing",
                    "due_on": today - timedelta(days=rng.randint(-10, 30)),
                }
            )
            callbacks.append(
                {
                    "customer_id": cid,
                    "agent_id": agent_id if n % 20 == 0 else other_id,
                    "due_at": datetime(2026, 11, 1, 12, tzinfo=UTC),
                }
            )
    with ws.sessions.begin() as session:
        conn = session.connection()
        for model, rows in (
            (Customer, customers),
            (Call, calls),
            (HealthEvent, events),
            (Promise, promises),
            (Callback, callbacks),
        ):
            for start in range(0, len(rows), 5000):
                outbox.bulk_insert(conn, model, rows[start : start + 5000])


def bench_followups(scratch: Path) -> list[Result]:
    ws = open_workspace(AppPaths(scratch / "care", scratch / "care" / "logs"))
    boss = users.create_user(ws.sessions, "Sup", Role.SUPERVISOR, make_current=True)
    agent = users.create_user(ws.sessions, "Agent", Role.AGENT)
    other = users.create_user(ws.sessions, "Other agent", Role.AGENT)
    _fill(ws, agent.id, other.id)
    now = datetime(2026, 11, 1, 15, tzinfo=UTC)
    list_ms = p95(
        [
            timed(lambda: followups.list_followups(ws.sessions, agent, now=now)) * 1000
            for _ in range(5)
        ]
    )
    due_ms = p95(
        [
            timed(
                lambda: care.due_reviews(
                    ws.sessions, until=date(2026, 11, 8), today=date(2026, 11, 1)
                )
            )
            * 1000
            for _ in range(5)
        ]
    )
    count = len(followups.list_followups(ws.sessions, agent, now=now))
    ws.close()
    del boss

    raw = sqlite3.connect(scratch / "care" / "recovery-desk.sqlite3")

    def bare() -> None:
        raw.execute("SELECT * FROM customers WHERE status = 'won_back'").fetchall()
        raw.execute("SELECT customer_id, kind, occurred_on, quantity FROM health_events").fetchall()
        raw.execute("SELECT * FROM promises").fetchall()
        raw.execute("SELECT * FROM callbacks").fetchall()
        raw.execute(
            "SELECT customer_id, agent_id, max(started_at) FROM calls GROUP BY customer_id"
        ).fetchall()

    bare_ms = p95([timed(bare) * 1000 for _ in range(5)])
    raw.close()
    return [
        Result(
            f"follow-ups list, {WON_BACK} won back ({count} items) p95",
            list_ms,
            "ms",
            BUDGET_MS,
            "page-load budget",
            target="≤ 1 s off the GUI thread",
        ),
        Result(
            f"due care reviews, {WON_BACK} won back p95",
            due_ms,
            "ms",
            BUDGET_MS,
            "page-load budget",
            target="≤ 1 s",
        ),
        Result("bare SQL of the same rows (raw sqlite3) p95", bare_ms, "ms", None, "reference"),
    ]


BENCHMARKS = [bench_followups]
