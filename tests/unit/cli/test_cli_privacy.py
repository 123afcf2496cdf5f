"""``recovery-desk privacy erase|purge|export|retention`` from a terminal: one line each,
nobody named in the output, refused to agents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recovery_desk.cli.main import main
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace
from tests import privacy_data as P


def _run(capsys: pytest.CaptureFixture[str], ws: Workspace, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(ws.paths.data_dir)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_then_erase_then_erase_again(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    who = P.person(workspace.sessions, supervisor, tmp_path)
    out = tmp_path / "titular.json"
    code, stdout, _ = _run(capsys, workspace, "privacy", "export", P.CODE, "--out", str(out))
    assert code == 0 and stdout.endswith(f"records written to {out}\n")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["customer"]["name"] == P.NAME and len(document["calls"]) == 1

    code, stdout, err = _run(capsys, workspace, "privacy", "erase", P.CODE, "--request", "LGPD-9")
    pseudonym = f"Anon {who.customer_id.hex[:8]}"
    assert (code, err) == (0, "")
    assert stdout.startswith(f"erased: customer {who.customer_id} is now {pseudonym}")
    assert P.NAME not in stdout
    code, stdout, _ = _run(capsys, workspace, "privacy", "erase", P.CODE, "--request", "LGPD-9")
    assert code == 0 and stdout.startswith("already erased")

    code, _, err = _run(capsys, workspace, "privacy", "export", P.CODE, "--out", str(out))
    assert code == 1 and "no customer has this code" in err
    # Every command was logged, and no line names the person.
    logs = list(workspace.paths.log_dir.glob("recovery-desk.log*"))
    text = "".join(path.read_text(encoding="utf-8") for path in logs)
    assert "privacy" in text
    assert [s for s in (*P.SECRETS, P.CODE, P.EMAIL) if s in text] == []


def test_an_agent_is_refused_and_nothing_changes(
    workspace: Workspace, supervisor: UserDTO, agent: UserDTO, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    P.person(workspace.sessions, supervisor, tmp_path)
    users.set_current_user(workspace.sessions, agent.id)
    code, stdout, err = _run(capsys, workspace, "privacy", "erase", P.CODE, "--request", "R")
    assert code == 1 and stdout == "" and err.startswith("recovery-desk: ")
    users.set_current_user(workspace.sessions, supervisor.id)
    code, stdout, _ = _run(capsys, workspace, "privacy", "erase", P.CODE, "--request", "R")
    assert code == 0 and stdout.startswith("erased")


def test_purge_dry_run_prints_what_the_purge_then_removes(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    P.person(workspace.sessions, supervisor, tmp_path)
    # Retention short enough for today's data: call notes after 0 months is "never", so
    # customers after 1 month of a departure on 10/01/2026 (Z-1 never called).
    code, stdout, _ = _run(
        capsys, workspace, "privacy", "retention", "--customers-months", "1",
        "--call-notes-months", "0",
    )  # fmt: skip
    assert code == 0 and "departed customers not won back: 1 months" in stdout
    code, dry, _ = _run(capsys, workspace, "privacy", "purge", "--dry-run")
    assert code == 0
    listed = [line for line in dry.splitlines() if line.startswith("customer")]
    assert len(listed) == 1 and dry.endswith(
        "would erase 1 customers, 0 calls' notes, 0 backups (dry run)\n"
    )
    code, real, _ = _run(capsys, workspace, "privacy", "purge")
    assert code == 0
    assert [line for line in real.splitlines() if line.startswith("customer")] == listed
    assert real.endswith("erased 1 customers, 0 calls' notes, 0 backups\n")
    code, again, _ = _run(capsys, workspace, "privacy", "purge", "--dry-run")
    assert again == "would erase 0 customers, 0 calls' notes, 0 backups (dry run)\n"
