"""The cycle and departed-report sub-commands, end to end in a fresh process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.workspace import Workspace
from tests.conftest import run_cli
from tests.unit.services.cycles.test_manage import add_customers


def test_monthly_run_from_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("demo", "--customers", "400", "--seed", "3", data_dir=data).returncode == 0
    created = run_cli(
        "cycle",
        "create",
        "--name",
        "Dezembro",
        "--from",
        "01/12/2026",
        "--to",
        "31/12/2026",
        "--within-days",
        "400",
        "--min-revenue",
        "R$ 50,00",
        data_dir=data,
    )
    assert created.returncode == 0, created.stderr
    assert "cycle 'Dezembro' opened" in created.stdout
    assigned = run_cli("cycle", "assign", "Dezembro", data_dir=data)
    assert assigned.returncode == 0, assigned.stderr
    assert "to executives" in assigned.stdout
    closed = run_cli("cycle", "close", "Dezembro", data_dir=data)
    assert closed.returncode == 0 and "closed" in closed.stdout
    again = run_cli("cycle", "assign", "Dezembro", data_dir=data)
    assert again.returncode == 1 and "closed" in again.stderr
    listing = run_cli("cycle", "list", data_dir=data)
    assert "Dezembro\tclosed" in listing.stdout


def test_unknown_cycle_and_bad_date_are_clear(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_cli("demo", "--customers", "20", data_dir=data)
    missing = run_cli("cycle", "close", "Nope", data_dir=data)
    assert missing.returncode == 1 and "no cycle named 'Nope'" in missing.stderr
    bad = run_cli(
        "cycle",
        "create",
        "--name",
        "x",
        "--from",
        "31/02/2026",
        "--to",
        "01/03/2026",
        data_dir=data,
    )
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_report_departed_json(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_cli("demo", "--customers", "200", data_dir=data)
    done = run_cli("report", "departed", "--by", "quarter", "--format", "json", data_dir=data)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert sum(r["customers"] for r in rows) == 200
    assert all(
        set(r) == {"period", "customers", "lost_monthly_revenue", "currency", "unknown_revenue"}
        for r in rows
    )
    periods = [r["period"] for r in rows if r["period"] is not None]
    assert periods == sorted(periods) and all("-Q" in p for p in periods)


def test_cycle_money_is_per_currency(
    workspace: Workspace, supervisor: UserDTO, agent: UserDTO
) -> None:
    """A workspace billing in BRL and EUR: no amount printed is a sum of both, and the
    revenue band is in the currency asked for."""
    add_customers(
        workspace.sessions,
        [
            {"monthly_revenue_cents": 100_000, "currency": "BRL", "days": 5},
            {"monthly_revenue_cents": 30_000, "currency": "EUR", "days": 5},
            {"monthly_revenue_cents": 10_000, "currency": "EUR", "days": 5},
        ],
        today=date.today(),
    )
    data = workspace.paths.data_dir
    period = ("--from", "01/12/2026", "--to", "31/12/2026")
    created = run_cli("cycle", "create", "--name", "Mix", *period, data_dir=data)
    assert created.returncode == 0, created.stderr
    assert "keep 3 customers, 1000.00 BRL · 400.00 EUR of monthly revenue" in created.stdout
    banded = run_cli(
        "cycle",
        "create",
        "--name",
        "Euros",
        *period,
        "--min-revenue",
        "200,00",
        "--revenue-currency",
        "eur",
        data_dir=data,
    )
    assert banded.returncode == 0, banded.stderr
    assert "keep 1 customers, 300.00 EUR of monthly revenue (revenue band in EUR)" in (
        banded.stdout
    )
    assert run_cli("cycle", "assign", "Mix", data_dir=data).returncode == 0
    closed = run_cli("cycle", "close", "Mix", data_dir=data)
    # Most of its customers first: two are billed in EUR, one in BRL.
    assert "recovered 0.00 EUR · 0.00 BRL of monthly revenue" in closed.stdout
    wrong = run_cli(
        "cycle", "create", "--name", "x", *period, "--revenue-currency", "euro", data_dir=data
    )
    assert wrong.returncode == 2 and "not a currency code" in wrong.stderr
