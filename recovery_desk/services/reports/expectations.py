"""How often conversations met the customer's four expectations, per agent.

Counts finished calls that reached the customer and were assessed
(``calls.expectations_met`` not NULL, see ``domain/expectations.py``). The bit tests are
plain integer ``&``, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, case, func, select
from sqlalchemy.sql import visitors

from recovery_desk.domain.expectations import EXPECTATIONS, Expectation, bit
from recovery_desk.domain.metrics import average
from recovery_desk.services.reports.filters import ReportFilters, call_conditions, finished
from recovery_desk.storage.tables import Call, Customer, User

calls = Call.__table__
customers = Customer.__table__
users = User.__table__


@dataclass(frozen=True)
class ExpectationRow:
    """One agent's assessed conversations (``agent`` None: everyone's, the first row)."""

    agent: str | None
    assessed: int
    met: dict[Expectation, int]

    def share(self, expectation: Expectation) -> float | None:
        return average(self.met[expectation], self.assessed)


def _uses(table: object, condition: object) -> bool:
    """Whether ``condition`` reads a column of ``table``."""
    return any(getattr(part, "table", None) is table for part in visitors.iterate(condition))  # type: ignore[arg-type]


def expectations_report(
    engine: Engine, filters: ReportFilters | None = None
) -> list[ExpectationRow]:
    """Everyone first, then each agent with assessed conversations, by name."""
    filters = filters or ReportFilters()
    mask = calls.c.expectations_met
    conditions = [finished(filters), mask.is_not(None), *call_conditions(filters)]
    stmt = select(
        calls.c.agent_id,
        func.count().label("assessed"),
        *(
            func.sum(case((mask.bitwise_and(bit(e)) != 0, 1), else_=0)).label(e.value)
            for e in EXPECTATIONS
        ),
    ).select_from(calls)
    # The customer is joined only for a customer filter (segment, region, departure
    # dates): joining a quarter of a million calls to their customers doubled the time.
    if any(_uses(customers, condition) for condition in conditions):
        stmt = stmt.join(customers, customers.c.id == calls.c.customer_id)
    stmt = stmt.where(*conditions).group_by(calls.c.agent_id)
    with engine.connect() as conn:
        counted = list(conn.execute(stmt))
        wanted = [row.agent_id for row in counted]
        names: dict[uuid.UUID, str] = {
            row.id: row.name
            for row in conn.execute(select(users.c.id, users.c.name).where(users.c.id.in_(wanted)))
        }
    agents = sorted(
        (
            ExpectationRow(
                agent=names.get(row.agent_id, "?"),
                assessed=int(row.assessed),
                met={e: int(row._mapping[e.value] or 0) for e in EXPECTATIONS},
            )
            for row in counted
        ),
        key=lambda r: (r.agent or "").casefold(),
    )
    everyone = ExpectationRow(
        agent=None,
        assessed=sum(r.assessed for r in agents),
        met={e: sum(r.met[e] for r in agents) for e in EXPECTATIONS},
    )
    return [everyone, *agents]
