"""Small demo-like customer sets for queue tests (Core inserts, real search terms)."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.customer_search import search_terms
from recovery_desk.domain.enums import CustomerStatus
from recovery_desk.domain.text import fold
from recovery_desk.storage import outbox
from recovery_desk.storage.tables import Assignment, Customer, Cycle

FIRST = ["Ana", "João", "Maria", "José", "Antônia", "Luís", "Inês", "Gonçalo", "Beatriz"]
LAST = ["Silva", "Santos", "Oliveira", "Souza", "Araújo", "Conceição", "Simões", "Lima"]
SEGMENTS = ["Residencial", "PME", "Corporativo"]
TODAY = date.today()


def customer_row(number: int, rng: random.Random, **overrides: Any) -> dict[str, Any]:
    name = overrides.pop("name", f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}")
    phone = overrides.pop("phone", f"+55119{number:08d}")
    external_id = overrides.pop("external_id", f"EXT-{number:05d}")
    email = overrides.pop("email", None)
    row = {
        "external_id": external_id,
        "name": name,
        "name_folded": fold(name),
        "search_terms": search_terms(name, external_id, phone, email),
        "phone": phone,
        "email": email,
        "segment": rng.choice(SEGMENTS),
        "currency": "BRL",
        "monthly_revenue_cents": rng.randint(50, 5000) * 100,
        "departed_on": TODAY - timedelta(days=rng.randint(0, 400)),
        "status": CustomerStatus.DEPARTED.value,
        "attempts": rng.randint(0, 3),
    }
    row.update(overrides)
    return row


def add_customers(
    sessions: sessionmaker[Session],
    count: int = 300,
    *,
    seed: int = 3,
    extra: list[dict[str, Any]] | None = None,
) -> list[uuid.UUID]:
    """Insert ``count`` customers (plus ``extra`` rows' overrides); returns their ids."""
    rng = random.Random(seed)
    rows = [customer_row(n, rng) for n in range(count)]
    for n, overrides in enumerate(extra or [], start=count):
        rows.append(customer_row(n, rng, **dict(overrides)))
    with sessions.begin() as session:
        return outbox.bulk_insert(session.connection(), Customer, rows)


def open_cycle(
    sessions: sessionmaker[Session], assignee_id: uuid.UUID, customer_ids: list[uuid.UUID]
) -> uuid.UUID:
    """An open cycle assigning ``customer_ids`` to ``assignee_id`` (first = highest priority)."""
    with sessions.begin() as session:
        cycle = Cycle(name="Ciclo", period_start=TODAY, period_end=TODAY + timedelta(days=30))
        session.add(cycle)
        session.flush()
        for rank, customer_id in enumerate(customer_ids):
            session.add(
                Assignment(
                    cycle_id=cycle.id,
                    customer_id=customer_id,
                    assignee_id=assignee_id,
                    priority=10_000 - rank,
                )
            )
        return cycle.id
