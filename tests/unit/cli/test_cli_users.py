"""``recovery-desk user``: a desk set up from a terminal, with no window ever opened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recovery_desk.cli.main import main
from tests.conftest import run_cli


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_fresh_desk_is_set_up_and_used_without_a_window(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    added = run_cli("user", "add", "Ana Lima", "--role", "supervisor", data_dir=data)
    assert added.returncode == 0, added.stderr
    assert added.stdout == "added Ana Lima (supervisor), the current user of this desk\n"
    customers = tmp_path / "clientes.csv"
    customers.write_text(
        "Nome;Código;Receita mensal;Data de saída;Motivo\n"
        "Carla Dias;C-1;R$ 120,00;03/11/2026;Preço alto\n"
        "Davi Reis;C-2;R$ 80,50;10/11/2026;Atendimento ruim\n",
        encoding="utf-8",
    )
    imported = run_cli("import", str(customers), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    assert "2 inserted" in imported.stdout
    cycle = run_cli(
        "cycle", "create", "--name", "Nov", "--from", "01/11/2026", "--to", "30/11/2026",
        "--within-days", "0", "--not-contacted-days", "0", data_dir=data,
    )  # fmt: skip
    assert cycle.returncode == 0, cycle.stderr
    report = run_cli("report", "reasons", "--format", "json", data_dir=data)
    assert report.returncode == 0, report.stderr
    assert sum(row["customers"] for row in json.loads(report.stdout)) == 2
    export = run_cli("export", "reasons", "--out", str(tmp_path / "motivos.csv"), data_dir=data)
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "motivos.csv").exists()


def test_the_first_user_must_be_a_supervisor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "desk")
    code, out, err = _run(capsys, "user", "add", "Bia", "--role", "agent", "--data-dir", data)
    assert (code, out) == (1, "")
    assert err == (
        "recovery-desk: the first user of a desk is its supervisor: add them with "
        "--role supervisor\n"
    )
    assert _run(capsys, "user", "list", "--format", "json", "--data-dir", data)[1] == "[]\n"


def test_users_added_listed_switched_and_deactivated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Switching between users of a desk with several takes a password (test_cli_sign_in):
    # Bruno's is set when he is added, Ana (the desk's owner) chooses hers on switching back.
    monkeypatch.setenv("RECOVERY_DESK_PASSWORD", "same-secret")
    d = ["--data-dir", str(tmp_path / "desk")]
    assert (
        _run(capsys, "user", "add", "Ana Lima", "--role", "supervisor", "--login", "ana", *d)[0]
        == 0
    )
    code, out, _ = _run(capsys, "user", "add", "Bruno", "--role", "agent", "--login", "bruno",
                        "--handful", "7", *d)  # fmt: skip
    assert (code, out) == (0, "added Bruno (agent, login bruno)\n")  # not the current user
    # The same person twice (a set-up script run again) is refused; so is a login in use.
    again = _run(capsys, "user", "add", "ana lima", "--role", "agent", *d)
    assert again[0] == 1 and "a user named 'ana lima' already exists" in again[2]
    taken = _run(capsys, "user", "add", "Caio", "--role", "agent", "--login", "ana", *d)
    assert taken[0] == 1 and "another user already has this login" in taken[2]

    listed = json.loads(_run(capsys, "user", "list", "--format", "json", *d)[1])
    assert [(u["login"], u["role"], u["handful"], u["current"]) for u in listed] == [
        ("ana", "supervisor", 5, True),
        ("bruno", "agent", 7, False),
    ]
    table = _run(capsys, "user", "list", *d)[1]
    assert "Ana Lima" in table and "* the current user of this desk" in table

    # An agent cannot deactivate anyone; the supervisor cannot deactivate themselves.
    assert _run(capsys, "user", "switch", "Bruno", *d)[1].startswith("Bruno (agent")
    refused = _run(capsys, "user", "deactivate", "ana", *d)
    assert refused[0] == 1 and "only a supervisor may do this; Bruno" in refused[2]
    assert _run(capsys, "user", "switch", "ANA", *d)[0] == 0
    itself = _run(capsys, "user", "deactivate", "ana", *d)
    assert itself[0] == 1 and "Ana Lima is the current user of this desk" in itself[2]

    assert _run(capsys, "user", "deactivate", "bruno", *d)[1] == (
        "deactivated Bruno (agent, login bruno)\n"
    )
    assert _run(capsys, "user", "deactivate", "bruno", *d)[1].endswith("already deactivated\n")
    gone = _run(capsys, "user", "switch", "bruno", *d)
    assert gone[0] == 1 and gone[2] == "recovery-desk: Bruno is deactivated\n"
    unknown = _run(capsys, "user", "switch", "zé", *d)
    assert unknown[0] == 1 and "no user has the login or name 'zé'" in unknown[2]
    listed = json.loads(_run(capsys, "user", "list", "--format", "json", *d)[1])
    assert [u["active"] for u in listed] == [True, False]


def test_a_desk_whose_current_user_is_gone_says_how_to_choose_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from recovery_desk.paths import AppPaths
    from recovery_desk.services.workspace import open_workspace
    from recovery_desk.storage.queries import set_setting

    data = tmp_path / "desk"
    assert (
        _run(capsys, "user", "add", "Ana", "--role", "supervisor", "--data-dir", str(data))[0] == 0
    )
    ws = open_workspace(AppPaths(data, data / "logs"))
    with ws.sessions.begin() as session:
        set_setting(session, "current_user_id", "")
    ws.close()
    code, _out, err = _run(capsys, "followups", "--data-dir", str(data))
    assert code == 1
    assert "no one is the current user of this desk: choose one with recovery-desk user " in err
    assert _run(capsys, "user", "switch", "Ana", "--data-dir", str(data))[0] == 0
    assert _run(capsys, "followups", "--data-dir", str(data))[0] == 0
