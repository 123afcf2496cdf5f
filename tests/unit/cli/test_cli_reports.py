"""``recovery-desk report ...`` and ``export reasons`` end to end, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace
from tests.conftest import run_cli
from tests.unit.services.reports import data as report_data


@pytest.fixture
def data_dir(workspace: Workspace, agent: UserDTO, executive: UserDTO) -> Path:
    report_data.build(workspace.sessions, agent, executive)
    return workspace.paths.data_dir


def test_report_reasons_json_contract(data_dir: Path) -> None:
    done = run_cli("report", "reasons", "--format", "json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [list(r) for r in rows] == [
        [
            "category",
            "reason",
            "customers",
            "monthly_revenue",
            "currency",
            "share",
            "cumulative_share",
        ]
    ] * len(rows)
    assert rows[0] == {
        "category": "zz_price",
        "reason": "price_high",
        "customers": 3,
        "monthly_revenue": "125.00",
        "currency": "BRL",
        "share": 0.3571,
        "cumulative_share": 0.3571,
    }
    assert rows[-1] == {
        "category": None,
        "reason": None,
        "customers": 2,
        "monthly_revenue": "25.00",
        "currency": "BRL",
        "share": 0.0714,
        "cumulative_share": 1.0,
    }
    revenues = [float(r["monthly_revenue"]) for r in rows[:-1]]
    assert revenues == sorted(revenues, reverse=True)
    assert all(isinstance(r["customers"], int) for r in rows)


def test_report_filters_and_formats(data_dir: Path) -> None:
    done = run_cli(
        "report",
        "reasons",
        "--source",
        "imported",
        "--segment",
        "silver",
        "--format",
        "csv",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "category,reason,customers,monthly_revenue,currency,share,cumulative_share",
        "zz_service,svc_slow,1,50.00,BRL,0.5,0.5",
        ",,1,50.00,BRL,0.5,1.0",
    ]
    cycles = run_cli(
        "report", "cycles", "--cycle", "january", "--format", "json", data_dir=data_dir
    )
    assert cycles.returncode == 0, cycles.stderr
    figures = json.loads(cycles.stdout)
    assert [(c["executive"], c["won_back"], c["recovered_monthly_revenue"]) for c in figures] == [
        (False, 1, "100.00"),
        (True, 1, "100.00"),
    ]
    table = run_cli("report", "offers", data_dir=data_dir)
    assert table.returncode == 0, table.stderr
    assert "zz_offer_x" in table.stdout and "kept_on_time" in table.stdout
    judged = run_cli("report", "expectations", "--format", "json", data_dir=data_dir)
    assert judged.returncode == 0, judged.stderr
    everyone = json.loads(judged.stdout)[0]
    assert everyone["agent"] is None and everyone["assessed_calls"] == 0  # none assessed yet
    assert everyone["responsibility_share"] is None
    bad = run_cli("report", "cycles", "--cycle", "nope", data_dir=data_dir)
    assert bad.returncode == 1 and "no cycle is called 'nope'" in bad.stderr


def test_export_cli_and_agent_refused(
    data_dir: Path, workspace: Workspace, agent: UserDTO, tmp_path: Path
) -> None:
    out = tmp_path / "log.csv"
    done = run_cli(
        "export",
        "reasons",
        "--out",
        str(out),
        "--locale",
        "pt_BR",
        "--pseudonymise",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert "exported 10 pseudonymised reason rows" in done.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsource;date;")
    users.set_current_user(workspace.sessions, agent.id)
    refused = run_cli("export", "reasons", "--out", str(tmp_path / "no.xlsx"), data_dir=data_dir)
    assert refused.returncode == 1
    assert "only a supervisor may do this; André Agente is signed in here as agent" in (
        refused.stderr
    )
    assert not (tmp_path / "no.xlsx").exists()


def test_export_onto_a_folder_is_one_line_naming_the_file_asked_for(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "log.csv"
    target.mkdir()  # a folder where the file should go: the write fails
    done = run_cli("export", "reasons", "--out", str(target), data_dir=data_dir)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"recovery-desk: {target} is a folder: choose a file name"
    )
