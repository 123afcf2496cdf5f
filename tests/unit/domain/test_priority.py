"""Priority order, executive handfuls and balanced assignment."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from recovery_desk.domain.priority import (
    Candidate,
    Weights,
    balance,
    executive_handfuls,
    rank,
    score,
    scores,
)

TODAY = date(2026, 11, 22)


def _c(key: str, revenue: int, days: int, ltv: int = 0) -> Candidate[str]:
    return Candidate(key, revenue, TODAY - timedelta(days=days), ltv)


def test_revenue_and_recency_both_count() -> None:
    rich_old, poor_recent, rich_recent = (
        _c("a", 100_000, 300),
        _c("b", 10_000, 1),
        _c("c", 100_000, 1),
    )
    order = [c.key for c, _ in rank([rich_old, poor_recent, rich_recent], Weights(), TODAY)]
    assert order[0] == "c"
    only_recency = [c.key for c, _ in rank([rich_old, poor_recent], Weights(0, 100), TODAY)]
    assert only_recency == ["b", "a"]
    only_revenue = [c.key for c, _ in rank([rich_old, poor_recent], Weights(100, 0), TODAY)]
    assert only_revenue == ["a", "b"]


def test_ties_broken_by_lifetime_value() -> None:
    low, high = _c("low", 5_000, 10, ltv=1), _c("high", 5_000, 10, ltv=9)
    assert [c.key for c, _ in rank([low, high], Weights(), TODAY)] == ["high", "low"]


def test_executives_get_their_handful_of_the_highest_value() -> None:
    people = [_c(str(i), i * 1000, 5) for i in range(1, 21)]
    chosen = executive_handfuls(people, [("exec-a", 3), ("exec-b", 2)])
    assert sorted(chosen, key=int) == ["16", "17", "18", "19", "20"]
    assert list(chosen.values()).count("exec-a") == 3
    assert list(chosen.values()).count("exec-b") == 2


def test_balance_by_count_and_revenue() -> None:
    people = [_c(str(i), (i % 17 + 1) * 1000, 5) for i in range(1000)]
    shares = balance(people, ["x", "y", "z"])
    counts = {a: list(shares.values()).count(a) for a in "xyz"}
    assert max(counts.values()) - min(counts.values()) <= 1
    revenue = {
        a: sum(c.monthly_revenue_cents or 0 for c in people if shares[c.key] == a) for a in "xyz"
    }
    assert max(revenue.values()) - min(revenue.values()) <= 17_000


def test_balance_accounts_for_existing_load() -> None:
    shares = balance(
        [_c("n1", 1000, 1), _c("n2", 1000, 1)],
        ["busy", "free"],
        current={"busy": (5, 50_000), "free": (0, 0)},
    )
    assert set(shares.values()) == {"free"}


@given(
    st.lists(
        st.tuples(
            st.none() | st.integers(0, 10**9),
            st.none() | st.integers(-30, 800),
        ),
        max_size=30,
    ),
    st.integers(0, 100),
    st.integers(0, 100),
)
def test_bulk_scores_equal_the_single_score(
    rows: list[tuple[int | None, int | None]], w_revenue: int, w_recency: int
) -> None:
    people = [
        Candidate(i, revenue, None if days is None else TODAY - timedelta(days=days))
        for i, (revenue, days) in enumerate(rows)
    ]
    weights = Weights(w_revenue, w_recency)
    top = max((c.monthly_revenue_cents or 0 for c in people), default=0)
    assert scores(people, weights, TODAY) == [score(c, weights, TODAY, top) for c in people]


def _one_at_a_time(
    candidates: list[Candidate[int]], agents: list[str], current: dict[str, tuple[int, int]]
) -> dict[int, str]:
    """The rule as stated: each next biggest account to the agent with the fewest
    customers, then the least revenue, then the first in the list."""
    loads = {a: list(current.get(a, (0, 0))) for a in agents}
    result = {}
    ordered = sorted(candidates, key=lambda c: c.monthly_revenue_cents or 0, reverse=True)
    for candidate in ordered:
        agent = min(agents, key=lambda a: (loads[a][0], loads[a][1], agents.index(a)))
        result[candidate.key] = agent
        loads[agent][0] += 1
        loads[agent][1] += candidate.monthly_revenue_cents or 0
    return result


@given(
    st.lists(st.none() | st.integers(0, 5_000), max_size=60),
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 20_000)), min_size=1, max_size=7),
)
def test_balance_places_each_account_as_the_rule_says(
    revenues: list[int | None], loads: list[tuple[int, int]]
) -> None:
    people = [Candidate(i, revenue, None) for i, revenue in enumerate(revenues)]
    agents = [f"agent-{i}" for i in range(len(loads))]
    current = dict(zip(agents, loads, strict=True))
    assert balance(people, agents, current) == _one_at_a_time(people, agents, current)


def test_revenue_counts_within_its_own_currency() -> None:
    """Cents in euros were compared with cents in reais: the largest Portuguese account
    (€ 900) ranked below a R$ 1,000 one and never reached an executive's handful."""
    day = TODAY - timedelta(days=10)
    people = [
        Candidate("br-top", 100_000, day, 0, "BRL"),
        Candidate("br-half", 50_000, day, 0, "BRL"),
        Candidate("pt-top", 90_000, day, 0, "EUR"),
        Candidate("pt-small", 9_000, day, 0, "EUR"),
    ]
    ranked = scores(people, Weights(100, 0), TODAY)
    by_revenue = dict(zip((c.key for c in people), ranked, strict=True))
    assert by_revenue == {"br-top": 1000, "br-half": 500, "pt-top": 1000, "pt-small": 100}
    handful = executive_handfuls(people, [("exec", 2)])
    assert set(handful) == {"br-top", "pt-top"}
    # One currency: the same scores as before.
    brazil = [c for c in people if c.currency == "BRL"]
    assert scores(brazil, Weights(), TODAY) == [score(c, Weights(), TODAY, 100_000) for c in brazil]
