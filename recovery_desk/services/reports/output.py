"""Reports as plain records (JSON contract) and as CSV or aligned text tables.

The JSON of ``report reasons`` is a list of objects with ``category``, ``reason``,
``customers``, ``monthly_revenue`` (decimal string in units of ``currency``), ``currency``,
``share`` and ``cumulative_share``, most revenue first; the "no known reason" row (nulls)
comes last. With customers billed in several currencies there is such a section per
currency (shares within it): money is never added across currencies, and every record with
money carries its ``currency``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from recovery_desk.domain.expectations import EXPECTATIONS
from recovery_desk.domain.money import cents_to_decimal
from recovery_desk.services.reports.activity import CycleRow, OffersReport
from recovery_desk.services.reports.expectations import ExpectationRow
from recovery_desk.services.reports.reasons import ReasonRow

Record = dict[str, Any]


def money(cents: int) -> str:
    return str(cents_to_decimal(cents))


def reason_records(rows: Sequence[ReasonRow]) -> list[Record]:
    return [
        {
            "category": r.category,
            "reason": r.reason,
            "customers": r.customers,
            "monthly_revenue": money(r.monthly_revenue_cents),
            "currency": r.currency,
            "share": r.share,
            "cumulative_share": r.cumulative_share,
        }
        for r in rows
    ]


def cycle_records(rows: Sequence[CycleRow]) -> list[Record]:
    return [
        {
            "cycle": r.cycle,
            "period_start": r.period_start.isoformat(),
            "period_end": r.period_end.isoformat(),
            "executive": r.executive,
            "contacted": r.contacted,
            "reached": r.reached,
            "won_back": r.won_back,
            "recovery_rate": None if r.recovery_rate is None else round(r.recovery_rate, 4),
            "recovered_monthly_revenue": money(r.recovered_cents),
            "currency": r.currency,
            "band_low": r.band_low,
            "band_high": r.band_high,
            "band_position": None if r.band_position is None else r.band_position.value,
        }
        for r in rows
    ]


def offers_records(report: OffersReport) -> dict[str, Any]:
    return {
        "offers": [
            {
                "offer": o.offer,
                "label": o.label,
                "made": o.made,
                "accepted": o.accepted,
                "acceptance_rate": None
                if o.acceptance_rate is None
                else round(o.acceptance_rate, 4),
                "cost": money(o.cost_cents),
                "currency": o.currency,
                "awaiting_approval": o.awaiting,
                "awaiting_cost": money(o.awaiting_cents),
                "rejected": o.rejected,
            }
            for o in report.offers
        ],
        "promises": {
            "kept_on_time": report.promises.kept_on_time,
            "kept_late": report.promises.kept_late,
            "open": report.promises.open,
            "overdue": report.promises.overdue,
        },
        "steps": [
            {
                "step": s.step,
                "calls": s.calls,
                "average_ms": None if s.average_ms is None else round(s.average_ms, 1),
            }
            for s in report.steps
        ],
    }


def expectation_records(rows: list[ExpectationRow]) -> list[dict[str, Any]]:
    """One record per agent (the first, ``agent`` None, is everyone): conversations
    assessed, and per expectation how many met it and the share."""
    out: list[dict[str, Any]] = []
    for row in rows:
        record: dict[str, Any] = {"agent": row.agent, "assessed_calls": row.assessed}
        for expectation in EXPECTATIONS:
            share = row.share(expectation)
            record[expectation.value] = row.met[expectation]
            record[f"{expectation.value}_share"] = None if share is None else round(share, 4)
        out.append(record)
    return out


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def to_csv(records: Sequence[Record]) -> str:
    if not records:
        return ""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(records[0]))
    for record in records:
        writer.writerow([_text(v) for v in record.values()])
    return buffer.getvalue()


def to_table(records: Sequence[Record], *, empty: str = "(no data)") -> str:
    """Aligned columns for a terminal; numbers right-aligned."""
    if not records:
        return empty + "\n"
    headers = list(records[0])
    cells = [[_text(r[h]) for h in headers] for r in records]
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    numeric = [all(isinstance(r[h], int | float) or r[h] is None for r in records) for h in headers]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out) + "\n"
