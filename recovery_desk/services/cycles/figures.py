"""A cycle's figures: assigned, contacted, reached, won back, recovery rate, and the monthly
revenue recovered and at stake, one amount per currency of its customers.

The counts add up over currencies; money never does. A closed cycle keeps these figures as
they were (``Cycle.frozen_figures``). Those frozen before revenue was per currency carry
``recovered_revenue_cents`` alone, an amount shown in the workspace's main currency:
:func:`recovered_per_currency` reads both kinds. New figures still carry the old keys when
the cycle's customers are billed in one currency (the amount in it, as they always meant),
so a desk running an older version shows them as before.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import Outcome
from recovery_desk.storage.tables import Assignment, Call, Customer

RECOVERED = "recovered_revenue_per_currency"  # {currency: cents}, most customers first
AT_STAKE = "revenue_at_stake_per_currency"
OLD_RECOVERED = "recovered_revenue_cents"  # one amount: figures frozen before currencies
OLD_AT_STAKE = "revenue_at_stake_cents"


def figures(session: Session, cycle_id: uuid.UUID) -> dict[str, Any]:
    """Assigned, contacted, reached, won back, recovery rate; recovered revenue and revenue
    at stake per currency (every currency of the cycle's customers, the commonest first)."""
    finished = Call.status == "finished"
    reached = finished & Call.outcome.is_not(None) & (Call.outcome != Outcome.NOT_REACHED.value)
    won_back = finished & (Call.outcome == Outcome.WON_BACK.value)
    # The cycle's calls are grouped by customer first (found by cycle alone: a condition on
    # the status would draw SQLite to the status index, every cycle's finished calls), then
    # met by the assignments. Joined per assignment instead, SQLite walked the finished calls
    # again for each one: with 100,000 of each the Cycles page never showed its figures.
    per_customer = (
        select(
            Call.customer_id.label("customer_id"),
            func.max(case((finished, 1), else_=0)).label("contacted"),
            func.max(case((reached, 1), else_=0)).label("reached"),
            func.max(case((won_back, 1), else_=0)).label("won"),
        )
        .where(Call.cycle_id == cycle_id)
        .group_by(Call.customer_id)
        .subquery()
    )
    revenue = func.coalesce(Customer.monthly_revenue_cents, 0)
    currency = Customer.currency
    won_here = func.coalesce(per_customer.c.won, 0)
    rows = session.execute(
        select(
            currency,
            func.count(),
            func.sum(per_customer.c.contacted),
            func.sum(per_customer.c.reached),
            func.sum(won_here),
            func.sum(case((won_here == 1, revenue), else_=0)),
            func.sum(revenue),
        )
        .select_from(Assignment)
        .join(Customer, Customer.id == Assignment.customer_id)
        .outerjoin(per_customer, per_customer.c.customer_id == Assignment.customer_id)
        .where(Assignment.cycle_id == cycle_id)
        .group_by(currency)
    ).all()
    # One row per currency, the commonest first: (currency, [assigned, contacted, reached,
    # won back, recovered cents, at-stake cents]).
    per_currency = sorted(
        ((str(row[0]), [int(v or 0) for v in row[1:]]) for row in rows),
        key=lambda r: (-r[1][0], r[0]),
    )
    assigned, contacted, reached_n, won = (sum(r[1][i] for r in per_currency) for i in range(4))
    rate = round(won / contacted, 4) if contacted else 0.0
    result: dict[str, Any] = {
        "assigned": assigned,
        "contacted": contacted,
        "reached": reached_n,
        "won_back": won,
        "recovery_rate": rate,
        RECOVERED: {cur: values[4] for cur, values in per_currency},
        AT_STAKE: {cur: values[5] for cur, values in per_currency},
    }
    if len(per_currency) <= 1:  # one currency: the old keys keep their meaning
        result[OLD_RECOVERED] = per_currency[0][1][4] if per_currency else 0
        result[OLD_AT_STAKE] = per_currency[0][1][5] if per_currency else 0
    return result


def _per_currency(figures: dict[str, Any], key: str, old_key: str, main: str) -> dict[str, int]:
    found = figures.get(key)
    if isinstance(found, dict):
        return {str(cur): int(cents) for cur, cents in found.items()}
    # Frozen before revenue was per currency: the one amount, in the currency it was shown in.
    return {main: int(figures.get(old_key) or 0)}


def recovered_per_currency(figures: dict[str, Any], main_currency: str) -> dict[str, int]:
    """The recovered monthly revenue of live or frozen ``figures``, per currency; figures
    frozen by an older version have one amount, taken to be in ``main_currency``."""
    return _per_currency(figures, RECOVERED, OLD_RECOVERED, main_currency)


def at_stake_per_currency(figures: dict[str, Any], main_currency: str) -> dict[str, int]:
    """The monthly revenue at stake (of every assigned customer) per currency, as
    :func:`recovered_per_currency` reads it."""
    return _per_currency(figures, AT_STAKE, OLD_AT_STAKE, main_currency)
