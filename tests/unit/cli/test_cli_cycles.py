"""The cycle and departed-report sub-commands, end to end in a fresh process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


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
