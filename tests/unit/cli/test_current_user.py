"""One current-user check for every command group: the same line and exit code whether a
supervisor-only command is an import, a cycle, the catalogue, an export or care."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_desk.cli.main import main
from recovery_desk.paths import AppPaths
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace


def _supervisor_only(folder: Path) -> list[list[str]]:
    """One supervisor-only command of each group, with the files they need."""
    customers = folder / "clientes.csv"
    customers.write_text("Nome\nAna\n", encoding="utf-8")
    catalogue = folder / "catalogue.json"
    catalogue.write_text("{}", encoding="utf-8")
    health = folder / "health.csv"
    health.write_text("customer;date;kind\nC-1;01/02/2025;service_call\n", encoding="utf-8")
    return [
        ["import", str(customers)],
        ["cycle", "create", "--name", "Dez", "--from", "01/12/2026", "--to", "31/12/2026"],
        ["cycle", "close", "Dez"],
        ["catalogue", "import", str(catalogue)],
        ["catalogue", "export", "--out", str(folder / "out.json")],
        ["export", "reasons", "--out", str(folder / "reasons.csv")],
        ["care", "import-health", str(health)],
        ["care", "interval", "--months", "4"],
    ]


def _run(argv: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main([*argv, "--data-dir", str(data_dir)])
    out = capsys.readouterr()
    assert out.out == ""  # refused: nothing was done, nothing to report
    return code, out.err


def test_no_user_yet_reads_the_same_everywhere(
    data_paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = [*_supervisor_only(tmp_path), ["followups"]]
    results = {tuple(argv[:2]): _run(argv, data_paths.data_dir, capsys) for argv in commands}
    assert set(results.values()) == {
        (
            1,
            "recovery-desk: no user works at this desk yet: add the first supervisor with "
            "recovery-desk user add NAME --role supervisor (or start the app once)\n",
        )
    }, results
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "reasons.csv").exists()


def test_an_agent_is_refused_the_same_way_everywhere(
    workspace: Workspace, agent: UserDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    users.set_current_user(workspace.sessions, agent.id)
    data_dir = workspace.paths.data_dir
    results = {tuple(a[:2]): _run(a, data_dir, capsys) for a in _supervisor_only(tmp_path)}
    assert set(results.values()) == {
        (
            1,
            "recovery-desk: only a supervisor may do this; André Agente is signed in here "
            "as agent\n",
        )
    }, results
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "reasons.csv").exists()


def test_an_agent_may_list_their_follow_ups_and_read_the_care_interval(
    workspace: Workspace, agent: UserDTO, capsys: pytest.CaptureFixture[str]
) -> None:
    users.set_current_user(workspace.sessions, agent.id)
    data_dir = str(workspace.paths.data_dir)
    assert main(["followups", "--data-dir", data_dir]) == 0
    assert main(["care", "interval", "--data-dir", data_dir]) == 0
    printed = capsys.readouterr().out
    assert "nothing due" in printed and "care reviews every" in printed
