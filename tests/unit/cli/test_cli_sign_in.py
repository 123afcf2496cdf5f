"""``recovery-desk user add/switch/passwd`` with passwords, and ``recovery-desk audit``:
a password comes from standard input or RECOVERY_DESK_PASSWORD, never from the command
line; the audit log reads as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from recovery_desk.cli.main import main


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def desk(tmp_path: Path, capsys, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    d = ["--data-dir", str(tmp_path / "desk")]
    monkeypatch.delenv("RECOVERY_DESK_PASSWORD", raising=False)
    assert _run(capsys, monkeypatch, "user", "add", "Ana Lima", "--role", "supervisor",
                "--login", "ana", "--password-stdin", *d, stdin="ana-secret\n")[0] == 0  # fmt: skip
    monkeypatch.setenv("RECOVERY_DESK_PASSWORD", "bruno-secret")
    assert _run(capsys, monkeypatch, "user", "add", "Bruno", "--role", "agent",
                "--login", "bruno", *d)[0] == 0  # fmt: skip
    monkeypatch.delenv("RECOVERY_DESK_PASSWORD")
    return d


def test_a_password_on_the_command_line_is_refused_and_not_echoed(
    desk: list[str], capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for argv in (
        ["user", "add", "Caio", "--role", "agent", "--password", "hunter2-secret"],
        ["user", "switch", "bruno", "--password", "bruno-secret"],
        ["user", "passwd", "bruno", "--password=bruno-secret"],
    ):
        code, out, err = _run(capsys, monkeypatch, *argv, *desk)
        assert code == 2 and out == ""
        assert "a password on the command line is refused" in err
        assert "secret" not in err
    listed = json.loads(_run(capsys, monkeypatch, "user", "list", "--format", "json", *desk)[1])
    assert [u["login"] for u in listed] == ["ana", "bruno"]  # Caio was not added
    assert listed[0]["current"]  # and nobody switched


def test_switching_needs_the_password_from_stdin_or_the_environment(
    desk: list[str], capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    none = _run(capsys, monkeypatch, "user", "switch", "bruno", *desk)
    assert none[0] == 1 and "Bruno's password is needed" in none[2]
    wrong = _run(capsys, monkeypatch, "user", "switch", "bruno", "--password-stdin", *desk,
                 stdin="guess\n")  # fmt: skip
    assert wrong[0] == 1 and wrong[2] == "recovery-desk: wrong password for Bruno\n"
    right = _run(capsys, monkeypatch, "user", "switch", "bruno", "--password-stdin", *desk,
                 stdin="bruno-secret\n")  # fmt: skip
    assert right[0] == 0 and "Bruno (agent, login bruno) is now the current user" in right[1]
    # Supervisor-only commands act as the signed-in user: Bruno may not read the log.
    refused = _run(capsys, monkeypatch, "audit", *desk)
    assert refused[0] == 1 and "only a supervisor may do this; Bruno" in refused[2]
    # Nor reset Ana's password; his own, yes.
    monkeypatch.setenv("RECOVERY_DESK_PASSWORD", "bruno-chose")
    assert _run(capsys, monkeypatch, "user", "passwd", "ana", *desk)[0] == 1
    assert _run(capsys, monkeypatch, "user", "passwd", "bruno", *desk)[0] == 0
    monkeypatch.setenv("RECOVERY_DESK_PASSWORD", "ana-secret")
    back = _run(capsys, monkeypatch, "user", "switch", "ana", *desk)
    assert back[0] == 0, back[2]


def test_the_audit_log_as_table_csv_and_json(desk: list[str], capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _run(capsys, monkeypatch, "user", "switch", "bruno", "--password-stdin", *desk, stdin="x\n")
    table = _run(capsys, monkeypatch, "audit", *desk)
    assert table[0] == 0
    head, rule, *lines = table[1].splitlines()
    assert head.split() == ["at", "who", "action", "entity", "entity_id", "details"]
    assert "sign_in.failed" in lines[0] and "user.add" in table[1]

    code, out, _ = _run(capsys, monkeypatch, "audit", "--format", "csv", "--action", "sign_in.",
                        *desk)  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["action"] for r in rows] == ["sign_in.failed"]
    assert json.loads(rows[0]["details"]) == {"via": "cli", "failures": 1, "delay_seconds": 0}
    assert rows[0]["who"] == "Ana Lima"  # who sat at the desk; entity_id: whose password

    code, out, _ = _run(capsys, monkeypatch, "audit", "--format", "json", "--user", "ana",
                        "--action", "user.password", *desk)  # fmt: skip
    entries = json.loads(out)
    assert code == 0 and len(entries) == 2  # Ana's own first password, then Bruno's
    assert {e["details"]["first"] for e in entries} == {True}
    assert set(entries[0]) == {
        "at", "who", "user_id", "action", "entity", "entity_id", "details", "before", "after"
    }  # fmt: skip
    nothing = _run(capsys, monkeypatch, "audit", "--format", "json", "--from", "2001-01-01",
                   "--to", "2001-01-02", *desk)  # fmt: skip
    assert nothing[:2] == (0, "[]\n")


def test_a_desk_with_a_single_user_needs_no_password(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = ["--data-dir", str(tmp_path / "desk")]
    assert _run(capsys, monkeypatch, "user", "add", "Ana", "--role", "supervisor", *d)[0] == 0
    assert _run(capsys, monkeypatch, "user", "switch", "Ana", *d)[0] == 0
    assert _run(capsys, monkeypatch, "audit", "--format", "json", *d)[0] == 0
