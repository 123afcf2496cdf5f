"""Who to call first in a rescue cycle, and how to share the customers out.

Priority mixes revenue and recency (there is a limited time to react), with weights the
supervisor sees and adjusts; ties are broken by lifetime value. Executives take a handful
of the highest-value customers each; agents share the rest, balanced by count and revenue.

Revenue counts as a share of the largest in the customer's own currency: cents in reais
and in euros are never compared as if they were one money.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

K = TypeVar("K")
A = TypeVar("A")

Load = tuple[int, dict[str, int]]  # customers held, and their revenue per currency

RECENCY_HORIZON_DAYS = 365  # a departure older than this adds nothing for recency


@dataclass(frozen=True)
class Weights:
    """Relative weights (any non-negative numbers; normalised when scoring)."""

    revenue: int = 70
    recency: int = 30

    def normalised(self) -> tuple[float, float]:
        total = self.revenue + self.recency
        if total <= 0:
            return 0.5, 0.5
        return self.revenue / total, self.recency / total


class Candidate(NamedTuple, Generic[K]):
    """A customer a cycle may assign (a tuple: a cycle ranks 100,000 of them at once)."""

    key: K
    monthly_revenue_cents: int | None
    departed_on: date | None
    lifetime_value_cents: int | None = None
    currency: str = "BRL"


def score(candidate: Candidate[K], weights: Weights, today: date, top_revenue: int) -> int:
    """Priority score 0..1000 (higher first)."""
    w_revenue, w_recency = weights.normalised()
    revenue = (candidate.monthly_revenue_cents or 0) / top_revenue if top_revenue > 0 else 0.0
    if candidate.departed_on is None:
        recency = 0.0
    else:
        days = max(0, (today - candidate.departed_on).days)
        recency = max(0.0, 1.0 - days / RECENCY_HORIZON_DAYS)
    return round(1000 * (w_revenue * min(revenue, 1.0) + w_recency * recency))


def scores(candidates: Sequence[Candidate[K]], weights: Weights, today: date) -> list[int]:
    """:func:`score` of every candidate, in order: the same formula and the same floats,
    arranged for 100,000 candidates at once. The recency term is worked out once per
    departure date (a cycle's customers share a few hundred), and ``min(revenue, 1.0)`` is
    left out: no candidate's revenue exceeds ``top``, the largest of them (in its
    currency)."""
    tops = top_revenues(candidates)
    if len(tops) > 1:
        return _scores_per_currency(candidates, tops, weights, today)
    top = next(iter(tops.values()), 0)
    w_revenue, w_recency = weights.normalised()
    today_ordinal = today.toordinal()
    recency_term: dict[date | None, float] = {None: w_recency * 0.0}
    for departed_on in {c.departed_on for c in candidates}:
        if departed_on is not None:
            days = max(0, today_ordinal - departed_on.toordinal())
            recency_term[departed_on] = w_recency * max(0.0, 1.0 - days / RECENCY_HORIZON_DAYS)
    if top <= 0:
        revenue_term = w_revenue * 0.0
        return [round(1000 * (revenue_term + recency_term[c.departed_on])) for c in candidates]
    return [
        round(1000 * (w_revenue * ((revenue_cents or 0) / top) + recency_term[departed_on]))
        for _key, revenue_cents, departed_on, _ltv, _currency in candidates
    ]


def top_revenues(candidates: Sequence[Candidate[K]]) -> dict[str, int]:
    """The largest monthly revenue in each currency among ``candidates``."""
    tops: dict[str, int] = {}
    for c in candidates:
        revenue = c.monthly_revenue_cents or 0
        if revenue > tops.get(c.currency, -1):
            tops[c.currency] = revenue
    return tops


def _scores_per_currency(
    candidates: Sequence[Candidate[K]], tops: dict[str, int], weights: Weights, today: date
) -> list[int]:
    return [score(c, weights, today, tops[c.currency]) for c in candidates]


def value_share(candidate: Candidate[K], tops: dict[str, int]) -> float:
    """Monthly revenue as a share of the largest in the candidate's currency (0..1)."""
    top = tops.get(candidate.currency, 0)
    return (candidate.monthly_revenue_cents or 0) / top if top > 0 else 0.0


def rank(
    candidates: Sequence[Candidate[K]], weights: Weights, today: date
) -> list[tuple[Candidate[K], int]]:
    """Candidates with their scores, highest first; ties by lifetime value, then revenue."""
    scored = list(zip(candidates, scores(candidates, weights, today), strict=True))
    scored.sort(
        key=lambda cs: (
            -cs[1],
            -(cs[0].lifetime_value_cents or 0),
            -(cs[0].monthly_revenue_cents or 0),
        )
    )
    return scored


def executive_handfuls(
    candidates: Sequence[Candidate[K]], handfuls: Sequence[tuple[A, int]]
) -> dict[K, A]:
    """Give each executive ``size`` (1-10) of the highest-value customers, in turn."""
    wanted = [(executive, max(1, min(10, size))) for executive, size in handfuls]
    tops = top_revenues(candidates)
    # The few that can be taken, as the head of a full sort would give them (ties in order).
    # Value is the share of the top revenue in the customer's currency (one currency: the
    # same order as the revenue itself).
    by_value = heapq.nsmallest(
        sum(size for _executive, size in wanted),
        candidates,
        key=lambda c: (-value_share(c, tops), -(c.lifetime_value_cents or 0)),
    )
    result: dict[K, A] = {}
    it = iter(by_value)
    for round_number in range(10):
        for executive, size in wanted:
            if round_number < size:
                candidate = next(it, None)
                if candidate is None:
                    return result
                result[candidate.key] = executive
    return result


def balance(
    candidates: Sequence[Candidate[K]],
    agents: Sequence[A],
    current: dict[A, tuple[int, int]] | None = None,
) -> dict[K, A]:
    """Share candidates among agents: equal counts (±1), revenue as even as possible.

    The biggest accounts are placed first, each with the agent holding the fewest customers
    and, among those, the least revenue. ``current`` gives existing (count, revenue) loads.
    """
    if not agents:
        return {}
    loads = current or {}
    heap = [(loads.get(a, (0, 0))[0], loads.get(a, (0, 0))[1], i) for i, a in enumerate(agents)]
    heapq.heapify(heap)
    result: dict[K, A] = {}
    by_revenue = sorted(
        ((c.monthly_revenue_cents or 0, c.key) for c in candidates), key=itemgetter(0), reverse=True
    )
    replace = heapq.heapreplace
    for revenue_cents, key in by_revenue:
        count, revenue, index = heap[0]
        result[key] = agents[index]
        replace(heap, (count + 1, revenue + revenue_cents, index))
    return result


def balance_per_currency(
    candidates: Sequence[Candidate[K]], agents: Sequence[A], held: dict[A, Load]
) -> dict[K, A]:
    """:func:`balance` one currency after another: counts stay even (±1) over all of them,
    and revenue is evened out within each currency (cents of two currencies are never
    added). ``held``: what each agent already holds."""
    groups: dict[str, list[Candidate[K]]] = {}
    for candidate in candidates:
        groups.setdefault(candidate.currency, []).append(candidate)
    counts = {agent: load[0] for agent, load in held.items()}
    result: dict[K, A] = {}
    for cur, group in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        current = {a: (counts.get(a, 0), held.get(a, (0, {}))[1].get(cur, 0)) for a in agents}
        shared = balance(group, agents, current)
        for agent, taken in Counter(shared.values()).items():
            counts[agent] = counts.get(agent, 0) + taken
        result.update(shared)
    return result
