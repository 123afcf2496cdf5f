"""Money in reports is per currency: a centre with BRL and EUR customers never gets a sum
of both, and every JSON record with money says its currency (issue 18, finding 9)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from recovery_desk.services.reports import activity as report_activity
from recovery_desk.services.reports import output as report_output
from recovery_desk.services.reports import reasons as reports
from recovery_desk.services.reports.departed import departed_by_period
from recovery_desk.services.reports.filters import ReasonSource
from recovery_desk.services.reports.reasons import Level
from recovery_desk.storage.tables import Customer
from tests.unit.services.reports import data as report_data


@pytest.fixture
def mixed(workspace, agent, executive):  # type: ignore[no-untyped-def]
    """The hand-computed fixture with customers A and B (R$ 100 each before) billed in EUR."""
    fx = report_data.build(workspace.sessions, agent, executive)
    with workspace.sessions.begin() as session:
        session.execute(
            update(Customer)
            .where(Customer.external_id.in_(["EXT-A", "EXT-B"]))
            .values(currency="EUR")
        )
    return fx


def _by_currency(rows: Any) -> dict[str, list[tuple[Any, int, int]]]:
    out: dict[str, list[tuple[Any, int, int]]] = {}
    for r in rows:
        out.setdefault(r.currency, []).append((r.reason, r.customers, r.monthly_revenue_cents))
    return out


def test_reasons_have_a_section_per_currency(workspace, mixed) -> None:  # type: ignore[no-untyped-def]
    rows = reports.reasons_report(workspace.database.engine)
    assert [r.currency for r in rows] == ["BRL"] * 4 + ["EUR"] * 2  # most customers first
    sections = _by_currency(rows)
    assert sections["BRL"] == [
        ("svc_rude", 1, 5000),
        ("svc_slow", 1, 5000),
        ("price_high", 2, 2500),  # E and G only: A's € 100 is not added in
        (None, 2, 2500),
    ]
    assert sorted(sections["EUR"], key=str) == [
        ("price_competitor", 1, 10000),
        ("price_high", 1, 10000),
    ]
    for currency in ("BRL", "EUR"):  # shares are of each currency's own total
        section = [r for r in rows if r.currency == currency]
        assert section[-1].cumulative_share == pytest.approx(1.0)


@pytest.mark.parametrize("source", [ReasonSource.IMPORTED, ReasonSource.ALL])
def test_reasons_by_category_and_per_call_path_keep_currencies_apart(
    workspace, mixed, source: ReasonSource
) -> None:  # type: ignore[no-untyped-def]
    rows = reports.reasons_report(workspace.database.engine, source=source, level=Level.CATEGORY)
    eur = [(r.category, r.monthly_revenue_cents) for r in rows if r.currency == "EUR"]
    brl_total = sum(r.monthly_revenue_cents for r in rows if r.currency == "BRL")
    assert sum(cents for _, cents in eur) == 20000
    assert brl_total == 15000  # 5000 + 5000 + 2500 + 2500 + 0, never the € 200
    assert not any(r.monthly_revenue_cents > 20000 for r in rows)


def test_reasons_json_carries_the_currency(workspace, mixed) -> None:  # type: ignore[no-untyped-def]
    records = report_output.reason_records(reports.reasons_report(workspace.database.engine))
    assert {r["currency"] for r in records} == {"BRL", "EUR"}
    price_high = {
        r["currency"]: r["monthly_revenue"] for r in records if r["reason"] == "price_high"
    }
    assert price_high == {"BRL": "25.00", "EUR": "100.00"}


def test_cycles_recovered_revenue_per_currency(workspace, mixed) -> None:  # type: ignore[no-untyped-def]
    rows = report_activity.cycles_report(workspace.database.engine)
    figures = {
        (r.executive, r.currency): (r.contacted, r.won_back, r.recovered_cents) for r in rows
    }
    assert figures == {
        (False, "BRL"): (2, 0, 0),  # C and G
        (False, "EUR"): (1, 1, 10000),  # B won back: € 100, not R$ 100
        (True, "EUR"): (1, 1, 10000),  # A
    }
    records = report_output.cycle_records(rows)
    assert {(r["executive"], r["currency"], r["recovered_monthly_revenue"]) for r in records} == {
        (False, "BRL", "0.00"),
        (False, "EUR", "100.00"),
        (True, "EUR", "100.00"),
    }


def test_departed_lost_revenue_per_currency(workspace, mixed) -> None:  # type: ignore[no-untyped-def]
    rows = departed_by_period(workspace.database.engine, "month")
    assert [(r.period, r.currency, r.customers, r.lost_revenue_cents) for r in rows] == [
        ("2025-12", "BRL", 6, 15000),
        ("2025-12", "EUR", 2, 20000),
    ]


def test_bundle_chart_currency_is_the_commonest_section(workspace, mixed) -> None:  # type: ignore[no-untyped-def]
    bundle = reports.report_bundle(workspace.database.engine, reports.ReportFilters())
    assert bundle.currency == "BRL"
    assert {r.currency for r in bundle.reasons} == {"BRL", "EUR"}
