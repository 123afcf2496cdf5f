"""No password on a command line, in a message or in the data folder (issue 15, finding 8).

Every command that takes a centre's URL refuses one holding a password, before it opens or
reads anything, in one line that never repeats the password; the password comes from
``--password-stdin``, ``RECOVERY_DESK_PASSWORD`` (or its older name) or the keyring.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from recovery_desk.cli.main import main
from recovery_desk.services.reports.reasons import central_engine
from recovery_desk.services.sync import settings as sync_settings
from recovery_desk.services.sync.settings import (
    KEYRING_SERVICE,
    PASSWORD_ENVS,
    scrub,
    target_from_url,
    url_has_password,
)
from recovery_desk.services.workspace import Workspace
from tests.conftest import REPO_ROOT

SECRET = "Segr3do-do-Caio"

# The forms a user may type; each holds SECRET (or its tail, after an unescaped '@').
WITH_PASSWORD = [
    f"postgresql://caio:{SECRET}@127.0.0.1:1/rd",
    "postgresql://caio:Segr3do@do-Caio@127.0.0.1:1/rd",  # '@' unescaped in the password
    "postgresql+psycopg://caio:Segr3do/do-Caio@127.0.0.1:1/rd",  # '/' unescaped
    f"postgresql://:{SECRET}@127.0.0.1:1/rd",  # no user, only a password
    f"postgresql://caio@127.0.0.1:1/rd?password={SECRET}",
]
SECRET_PARTS = ("Segr3do", "do-Caio")

COMMANDS = [
    ("sync", "--central"),
    ("report", "reasons", "--central"),
    ("report", "expectations", "--central"),
    ("central", "init", "--url"),
    ("central", "add-user", "--login", "dora", "--role", "agent", "--url"),
]


@pytest.fixture(autouse=True)
def _no_password_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*PASSWORD_ENVS, "RECOVERY_DESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def _folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.parametrize("url", WITH_PASSWORD)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_url_with_a_password_is_refused_without_echoing_it(
    workspace: Workspace,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    url: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("from-stdin\nnew-login-pw\n"))
    monkeypatch.setenv("RECOVERY_DESK_DATA_DIR", str(workspace.paths.data_dir))
    code = main([*command, url])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "password" in err and "--password-stdin" in err
    assert "RECOVERY_DESK_PASSWORD" in err and "keyring" in err
    for part in SECRET_PARTS:
        assert part not in err
    assert sys.stdin.read() == "from-stdin\nnew-login-pw\n"  # refused before reading stdin
    stored = _folder_bytes(workspace.paths.data_dir)  # settings, history, logs
    assert not any(part.encode() in stored for part in SECRET_PARTS)


def test_refused_in_a_real_process_with_nothing_stored(workspace: Workspace) -> None:
    """The form ``--help`` used to suggest, as a user would type it: exit 2, nothing kept."""
    data_dir = workspace.paths.data_dir
    for url in WITH_PASSWORD[:2]:
        done = _cli("sync", "--central", url, "--data-dir", str(data_dir))
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("recovery-desk: --central: a URL with a password")
        for part in SECRET_PARTS:
            assert part not in done.stdout + done.stderr
    workspace.close()
    for part in SECRET_PARTS:
        assert part.encode() not in _folder_bytes(data_dir)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://caio@127.0.0.1:5432/rd",
        "postgresql://127.0.0.1:5432/rd?sslmode=require",
        "postgresql+psycopg://caio@centre.example/rd",
        "sqlite:////tmp/a@b:c/centre.db",
        "sqlite:///centre.db",
    ],
)
def test_a_url_without_a_password_is_accepted(url: str) -> None:
    assert not url_has_password(url)
    assert target_from_url(url).url.password is None


def test_help_shows_urls_without_a_password_and_where_it_comes_from() -> None:
    for command in (["sync"], ["report", "reasons"], ["central", "init"], ["central", "add-user"]):
        done = _cli(*command, "--help")
        assert done.returncode == 0, done.stderr
        text = " ".join(done.stdout.split())
        assert "postgresql://" in text and "[:password]" not in text
        assert "--password-stdin" in text and "RECOVERY_DESK_PASSWORD" in text
        assert "keyring" in text


def test_password_sources_in_order(monkeypatch: pytest.MonkeyPatch, memory_keyring: Any) -> None:
    url = "postgresql://caio@centre.example:5433/rd"
    assert target_from_url(url).url.password is None  # nowhere: libpq decides (and fails)
    memory_keyring.set_password(KEYRING_SERVICE, "caio@centre.example:5433/rd", "from-keyring")
    assert target_from_url(url).url.password == "from-keyring"
    monkeypatch.setenv("RECOVERY_DESK_PASSWORD", "from-env")
    assert target_from_url(url).url.password == "from-env"
    monkeypatch.setenv("RECOVERY_DESK_CENTRAL_PASSWORD", "from-old-env")
    assert target_from_url(url).url.password == "from-old-env"
    assert target_from_url(url, "from-stdin").url.password == "from-stdin"


def test_password_stdin_reads_one_line_and_refuses_a_terminal(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    args = ["sync", "--central", "postgresql://caio@127.0.0.1:1/rd", "--password-stdin"]
    args += ["--data-dir", str(workspace.paths.data_dir)]
    monkeypatch.setattr(sys, "stdin", Terminal("typed\n"))
    assert main(args) == 2
    assert "not a terminal" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    assert main(args) == 1
    assert "gave no password" in capsys.readouterr().err


def test_not_a_centre_url_is_one_line_without_the_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["report", "reasons", "--central", "mysql://caio@h/Segr3do"])
    err = capsys.readouterr().err
    assert code == 2 and "not a centre's URL" in err and "Segr3do" not in err


def test_postgresql_means_psycopg_3_for_reports() -> None:
    engine = central_engine(target_from_url("postgresql://caio@127.0.0.1:1/rd").url)
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_a_centres_description_and_key_hold_no_password() -> None:
    target = target_from_url(f"postgresql://caio@h:5432/rd?sslmode=require&password={SECRET}")
    plain = target_from_url("postgresql://caio@h:5432/rd?sslmode=require", SECRET)
    for each in (target, plain):
        assert SECRET not in each.describe() and "***" not in each.describe()
        assert each.describe() == "postgresql+psycopg://caio@h:5432/rd?sslmode=require"
    assert (
        target.key
        == plain.key
        == target_from_url("postgresql://caio@h:5432/rd?sslmode=require").key
    )


@pytest.mark.parametrize(
    "text,kept",
    [
        (
            f"sync with postgresql+psycopg://caio:{SECRET}@h:5432/rd failed",
            "postgresql+psycopg://h:5432/rd",
        ),
        ("postgresql://caio:Segr3do@do-Caio@h/rd", "postgresql://h/rd"),
        ('could not translate host name "do-Caio@h" to address', 'host name "h" to'),
        (f"host=h user=caio password={SECRET} dbname=rd", "password=*** dbname=rd"),
        (f"PGPASSWORD='{SECRET} x' psql", "PGPASSWORD=*** psql"),
        (f"caio:{SECRET}@h:5432", "h:5432"),
        ("the centre cannot be reached (connection refused at 10:30)", "refused at 10:30"),
    ],
)
def test_scrub_takes_credentials_out_of_any_text(text: str, kept: str) -> None:
    clean = scrub(text)
    assert kept in clean
    for part in (*SECRET_PARTS, "caio:", "caio@"):
        assert part not in clean


def test_the_desktops_sync_child_gets_no_password_in_argv(
    workspace: Workspace, memory_keyring: Any
) -> None:
    from recovery_desk.services.sync import process

    settings = sync_settings.CentralSettings(host="h", database="rd", user="caio")
    sync_settings.save_settings(workspace.sessions, settings)
    sync_settings.store_password(settings, SECRET)
    target = sync_settings.target_from_settings(settings, workspace.paths)
    assert target.url.password == SECRET  # read from the keyring by the parent...
    assert SECRET in process._request(workspace.paths, target)  # ...sent over stdin...
    assert not any(SECRET in arg for arg in process.child_command())  # ...never in argv


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in PASSWORD_ENVS}
    env["PYTHONPATH"] = str(REPO_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "recovery_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO_ROOT,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )
