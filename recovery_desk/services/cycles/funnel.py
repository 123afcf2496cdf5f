"""The cycle funnel previewed live from columns held in memory.

:func:`cycle_rules.preview` asks the database at each rule change: a third of a second for
a million customers on an office PC. Here the customers' selection fields are read once per
data change (:mod:`storage.selection_columns`) and each rule change is a handful of numpy
comparisons. The rules mean exactly what their SQL in :mod:`cycle_rules` means (a property
test holds the two equal); assignment still selects with SQL. Revenue is summed per currency
(a workspace that bills in one pays nothing for it).
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.services.cycles.rules import (
    RULE_LABELS,
    CycleRules,
    FunnelStep,
    Revenue,
    RulePreview,
)
from recovery_desk.storage.selection_columns import (
    NO_CODE,
    DataVersion,
    SelectionColumns,
    read_selection_columns,
)

Mask = NDArray[np.bool_]


def _in(codes: NDArray[np.int32], table: dict[str, int], chosen: tuple[str, ...]) -> Mask:
    wanted = [table[value] for value in chosen if value in table]
    return np.isin(codes, np.array(wanted, dtype=np.int32))


def _masks(cols: SelectionColumns, rules: CycleRules, today: date) -> dict[str, Mask | None]:
    """Each rule's condition as a mask (``None`` where the rule is off)."""
    masks: dict[str, Mask | None] = dict.fromkeys((key for key, _ in RULE_LABELS[1:]))
    if rules.departed_within_days is not None:
        since = (today - timedelta(days=rules.departed_within_days)).toordinal()
        masks["departed_within_days"] = cols.departed_day >= since
    if rules.has_band:
        # The band's currency only: cents of two currencies are not comparable.
        code = cols.currency_codes.get(rules.revenue_currency, NO_CODE)
        band = ~cols.revenue_missing & (cols.currency == code)
        if rules.min_revenue_cents is not None:
            band &= cols.revenue_cents >= rules.min_revenue_cents
        if rules.max_revenue_cents is not None:
            band &= cols.revenue_cents <= rules.max_revenue_cents
        masks["revenue"] = band
    if rules.segments:
        masks["segments"] = _in(cols.segment, cols.segment_codes, rules.segments)
    if rules.regions:
        masks["regions"] = _in(cols.region, cols.region_codes, rules.regions)
    if rules.reason_categories:
        masks["reason_categories"] = _with_reason(cols, rules.reason_categories)
    return masks | _status_masks(cols, rules, today)


def _with_reason(cols: SelectionColumns, categories: tuple[str, ...]) -> Mask:
    known = np.zeros(len(cols), dtype=np.bool_)
    for code in categories:
        positions = cols.by_category.get(code)
        if positions is not None:
            known[positions] = True
    return known


def _status_masks(cols: SelectionColumns, rules: CycleRules, today: date) -> dict[str, Mask]:
    masks: dict[str, Mask] = {}
    if rules.exclude_won_back:
        masks["exclude_won_back"] = cols.not_won_back
    if rules.exclude_do_not_call:
        masks["exclude_do_not_call"] = cols.not_do_not_call
    if rules.not_contacted_days is not None:
        cutoff = datetime.combine(today - timedelta(days=rules.not_contacted_days), time(), UTC)
        masks["not_contacted_days"] = cols.last_contact < int(cutoff.timestamp())
    return masks


def _figures(cols: SelectionColumns, kept: Mask | None) -> tuple[int, Revenue]:
    """How many customers ``kept`` holds (everyone for ``None``) and their revenue per
    currency, by currency code, leaving out currencies none of them is billed in."""
    revenue = cols.revenue_cents
    if len(cols.currency_codes) <= 1:
        count = len(cols) if kept is None else int(np.count_nonzero(kept))
        cents = int(revenue.sum() if kept is None else revenue[kept].sum())
        return count, tuple((cur, cents) for cur in cols.currency_codes if count)
    rows = revenue if kept is None else revenue[kept]
    codes = cols.currency if kept is None else cols.currency[kept]
    amounts = []
    for cur, code in sorted(cols.currency_codes.items()):
        billed = codes == code
        if billed.any():
            amounts.append((cur, int(rows[billed].sum())))
    return len(rows), tuple(amounts)


def funnel(cols: SelectionColumns, rules: CycleRules, today: date) -> RulePreview:
    """How many customers and how much revenue each rule keeps (cumulatively)."""
    labels = dict(RULE_LABELS)
    figures = _figures(cols, None)
    steps = [FunnelStep("all", labels["all"], *figures)]
    kept: Mask | None = None
    for key, mask in _masks(cols, rules, today).items():
        if mask is not None:
            kept = mask if kept is None else kept & mask
            figures = _figures(cols, kept)
        steps.append(FunnelStep(key, labels[key], *figures))
    return RulePreview(steps)


class LiveFunnel:
    """The funnel of one database, with its columns re-read only after a commit.

    Safe to call from worker threads; concurrent callers share one read.
    """

    def __init__(self, sessions: sessionmaker[Session]):
        bind = sessions.kw["bind"]
        assert isinstance(bind, Engine)
        self.sessions = sessions
        self._version = DataVersion(bind)
        self._lock = threading.Lock()
        self._columns: SelectionColumns | None = None
        self._seen: int | None = None
        self._closed = False

    def columns(self) -> SelectionColumns:
        """The columns as of the latest commit (read again if anything changed since)."""
        with self._lock:
            now = self._version.current()
            if self._columns is None or now != self._seen:
                # Counter first: a commit landing during the read only costs a re-read.
                self._columns = read_selection_columns(self._version.connection())
                self._seen = now
            columns = self._columns
            if self._closed:  # closed while this read ran: the last reader shuts the door
                self._release()
            return columns

    def preview(self, rules: CycleRules, today: date) -> RulePreview:
        return funnel(self.columns(), rules, today)

    def close(self) -> None:
        """Let go of the connection and the columns; never waits for a read in progress
        (called from the GUI thread when the form goes)."""
        self._closed = True
        if self._lock.acquire(blocking=False):
            try:
                self._release()
            finally:
                self._lock.release()

    def _release(self) -> None:
        self._version.close()
        self._columns = None
