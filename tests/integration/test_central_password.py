"""Passwords for a centre named on the command line, against a real PostgreSQL that asks for
them (issue 15, finding 8): refused in the URL, taken from the environment, stdin or the
keyring, and never shown, stored or put in a process's argv."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from recovery_desk.cli.main import main
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.settings import KEYRING_SERVICE, PASSWORD_ENVS
from recovery_desk.services.workspace import Workspace
from tests.conftest import REPO_ROOT
from tests.integration import sync_support as S
from tests.pg_server import PgServer

PASSWORD = "pa@ss-Segr3do"  # an '@' in it: once printed and stored as part of the host
TAIL = "ss-Segr3do"


@pytest.fixture(scope="module", autouse=True)
def _password_auth(pg_server: PgServer) -> None:
    S.require_passwords(pg_server)


@pytest.fixture
def login_url(pg_url: str, pg_server: PgServer) -> str:
    """A supervisor's login on a set-up centre, as a URL without a password."""
    central_admin.init_centre(pg_url)
    login = f"sofia_{uuid.uuid4().hex[:6]}"
    central_admin.add_user(pg_url, login, PASSWORD, "supervisor")
    database = pg_url.rsplit("/", 1)[1]
    return f"postgresql://{login}@{pg_server.host}:{pg_server.port}/{database}"


@pytest.fixture
def desk(template_data_dir: Path, tmp_path: Path) -> Workspace:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    S.add_call(ws, reasons=2)
    return ws


def _cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """``recovery-desk ARGS`` in a fresh process, with only the password variables in ``env``."""
    command = [sys.executable, "-m", "recovery_desk", *args]
    full_env = {k: v for k, v in os.environ.items() if k not in PASSWORD_ENVS}
    full_env.update(PYTHONPATH=str(REPO_ROOT), **env)
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env=full_env,
        cwd=REPO_ROOT,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def _argv_clean(*outputs: subprocess.CompletedProcess[str]) -> None:
    """What ``ps`` shows of each process: its argv holds no password."""
    for done in outputs:
        assert not any(TAIL in arg for arg in done.args)


def _nothing_kept(ws: Workspace, *outputs: subprocess.CompletedProcess[str]) -> None:
    for done in outputs:
        assert TAIL not in done.stdout + done.stderr
    ws.close()
    stored = b"".join(p.read_bytes() for p in ws.paths.data_dir.rglob("*") if p.is_file())
    assert TAIL.encode() not in stored  # not in the settings (sync.history), nor the log


def test_a_password_in_the_url_is_refused_and_the_environment_gives_it(
    desk: Workspace, login_url: str, pg_url: str
) -> None:
    login, rest = login_url.removeprefix("postgresql://").split("@", 1)
    data_dir = str(desk.paths.data_dir)
    with_password = f"postgresql://{login}:{PASSWORD}@{rest}"  # the '@' left unescaped
    refused = _cli("sync", "--central", with_password, "--data-dir", data_dir)
    assert refused.returncode == 2
    assert "a URL with a password is refused" in refused.stderr
    assert S.central_count(pg_url, "calls") == 0  # nothing was sent

    no_password = _cli("sync", "--central", login_url, "--data-dir", data_dir)
    assert no_password.returncode == 2  # the server does ask for one
    assert "refused the user name or password" in no_password.stderr

    done = _cli(
        "sync", "--central", login_url, "--data-dir", data_dir, RECOVERY_DESK_PASSWORD=PASSWORD
    )
    assert done.returncode == 0, done.stderr
    assert f"synced with postgresql+psycopg://{login}@{rest}" in done.stdout
    assert S.central_count(pg_url, "calls") == 1
    older = _cli(
        "sync",
        "--central",
        login_url,
        "--data-dir",
        data_dir,
        RECOVERY_DESK_CENTRAL_PASSWORD=PASSWORD,
        RECOVERY_DESK_PASSWORD="not-this-one",
    )
    assert older.returncode == 0, older.stderr  # the older name is read first
    _argv_clean(no_password, done, older)
    _nothing_kept(desk, refused, no_password, done, older)


def test_password_from_stdin(desk: Workspace, login_url: str, pg_url: str) -> None:
    done = _cli(
        "sync",
        "--central",
        login_url,
        "--password-stdin",
        "--data-dir",
        str(desk.paths.data_dir),
        stdin=PASSWORD + "\n",
        RECOVERY_DESK_PASSWORD="not-this-one",
    )
    assert done.returncode == 0, done.stderr
    assert S.central_count(pg_url, "calls") == 1
    _argv_clean(done)
    _nothing_kept(desk, done)


def test_password_from_the_keyring(desk: Workspace, login_url: str, memory_keyring: Any) -> None:
    account = login_url.removeprefix("postgresql://")
    memory_keyring.set_password(KEYRING_SERVICE, account, PASSWORD)
    args = ["sync", "--central", login_url, "--data-dir", str(desk.paths.data_dir)]
    assert main(args) == 0
    _nothing_kept(desk)


def test_report_from_a_plain_postgresql_url(desk: Workspace, login_url: str) -> None:
    """``postgresql://`` means psycopg 3 (it used to ask for psycopg2 and crash)."""
    data_dir = str(desk.paths.data_dir)
    synced = _cli(
        "sync", "--central", login_url, "--data-dir", data_dir, RECOVERY_DESK_PASSWORD=PASSWORD
    )
    assert synced.returncode == 0, synced.stderr
    there = _cli(
        "report",
        "reasons",
        "--format",
        "json",
        "--central",
        login_url,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert there.returncode == 0, there.stderr
    here = _cli("report", "reasons", "--format", "json", "--data-dir", data_dir)
    assert json.loads(there.stdout) == json.loads(here.stdout)
    assert sum(row["customers"] for row in json.loads(there.stdout)) == 1
    _argv_clean(synced, there)
    _nothing_kept(desk, there)


def test_central_owner_commands_take_passwords_from_stdin(pg_url: str, pg_server: PgServer) -> None:
    owner = pg_url.replace("postgresql+psycopg://", "postgresql://")
    init = _cli("central", "init", "--url", owner, "--password-stdin", stdin="owner-pw\n")
    assert init.returncode == 0, init.stderr
    login = f"dora_{uuid.uuid4().hex[:6]}"
    new_password = "N0va@senha"
    add = _cli(
        "central",
        "add-user",
        "--url",
        owner,
        "--password-stdin",
        "--login",
        login,
        "--role",
        "supervisor",
        stdin=f"owner-pw\n{new_password}\n",  # the owner's line, then the new login's
    )
    assert add.returncode == 0, add.stderr
    assert "senha" not in add.stdout + add.stderr
    assert not any("senha" in arg for arg in add.args)
    database = pg_url.rsplit("/", 1)[1]
    url = pg_server.url(database, user=login, password=new_password)
    assert S.central_count(url, "rd_logins") == 1  # the new login signs in with it
