"""One demo customer: a believable name, phone, e-mail, segment, revenue and departure."""

from __future__ import annotations

import math
import random
import uuid
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from recovery_desk.domain.text import fold
from recovery_desk.services.demo import pools

HISTORY_DAYS = 548  # departures spread over 18 months


def weighted(rng: random.Random, items: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


@cache
def _folded(place: pools.Market) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(map(fold, place.first_names)), tuple(map(fold, place.surnames))


def customer_row(
    rng: random.Random,
    place: pools.Market,
    today: date,
    number: int,
    reasons: list[tuple[uuid.UUID, str]],
) -> dict[str, Any]:
    i, j, k = (
        rng.randrange(len(place.first_names)),
        rng.randrange(len(place.surnames)),
        rng.randrange(len(place.surnames)),
    )
    name = f"{place.first_names[i]} {place.surnames[j]} {place.surnames[k]}"
    folded = _folded(place)
    name_folded = f"{folded[0][i]} {folded[1][j]} {folded[1][k]}"
    segment, _w, median = rng.choices(pools.SEGMENTS, weights=[s[1] for s in pools.SEGMENTS])[0]
    revenue = int(median * math.exp(rng.gauss(0, 0.7)) / 10) * 10
    departed = today - timedelta(days=int(HISTORY_DAYS * rng.random() ** 1.6))
    months = rng.randint(3, 120)
    phone = place.phone(rng.choice(place.area_codes), rng.randrange(10**7, 10**8 - 1))
    email = (
        f"{folded[0][i]}.{number}@{rng.choice(place.email_domains)}" if rng.random() < 0.8 else None
    )
    external_id = f"CLI-{number + 1:07d}"
    reason = rng.choice(reasons) if reasons and rng.random() < 0.4 else None
    now = datetime.now(UTC)
    return {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "external_id": external_id,
        "name": name,
        "name_folded": name_folded,
        # Same terms as services.customer_search.search_terms, from pre-folded parts.
        "search_terms": " ".join(
            (
                name_folded,
                external_id.lower(),
                phone[1:],
                phone[1 + len(place.country_code) :],
                email or "",
            )
        ).rstrip(),
        "phone": phone,
        "phone_valid": True,
        "email": email,
        "segment": segment,
        "region": weighted(rng, place.regions),
        "currency": place.currency,
        "monthly_revenue_cents": revenue if rng.random() > 0.02 else None,
        "lifetime_value_cents": revenue * months * rng.randint(80, 100) // 100,
        "customer_since": departed - timedelta(days=months * 30),
        "departed_on": departed,
        "served_by": rng.choice(pools.FRONT_LINE_REPS),
        "imported_reason_id": reason[0] if reason else None,
    }
