"""Roles, row-level security and the failures a user sees (issue 5)."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from recovery_desk.domain.enums import Role
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import CentralError
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import OutboxEntry
from tests.conftest import run_cli
from tests.integration import sync_support as S
from tests.pg_server import PgServer


@pytest.fixture(scope="module", autouse=True)
def _password_auth(pg_server: PgServer) -> None:
    S.require_passwords(pg_server)


@pytest.fixture
def centre(pg_url: str) -> str:
    central_admin.init_centre(pg_url)
    return pg_url


def _login_url(pg_server: PgServer, owner_url: str, login: str, password: str) -> str:
    return pg_server.url(owner_url.rsplit("/", 1)[1], user=login, password=password)


def test_agent_cannot_read_or_change_another_agents_calls(
    template_data_dir: Path, tmp_path: Path, centre: str, pg_server: PgServer
) -> None:
    tag = uuid.uuid4().hex[:6]
    central_admin.add_user(centre, f"ana_{tag}", "pw-a", "agent")
    central_admin.add_user(centre, f"bia_{tag}", "pw-b", "agent")
    url_a = _login_url(pg_server, centre, f"ana_{tag}", "pw-a")
    url_b = _login_url(pg_server, centre, f"bia_{tag}", "pw-b")
    boss = S.desktop(template_data_dir, tmp_path / "boss")
    S.run_sync(boss, centre)
    desk_a = S.desktop(template_data_dir, tmp_path / "a", Role.AGENT)
    S.run_sync(desk_a, url_a)  # the desk becomes Ana's
    call_a = S.add_call(desk_a, reasons=2)
    S.run_sync(desk_a, url_a)
    assert S.central_count(centre, "calls") == 1
    assert S.central_count(url_a, "calls") == 1  # A reads its own call
    assert S.central_count(url_b, "calls") == 0  # B sees none of A's
    assert S.central_count(url_b, "call_reasons") == 0
    engine = make_engine(url_b)
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO calls (id, customer_id, agent_id, is_executive, status, "
                "current_step, started_at, diagnosis_confirmed, draft_state, created_at, "
                "updated_at, version) SELECT id, customer_id, agent_id, is_executive, status, "
                "current_step, started_at, diagnosis_confirmed, draft_state, created_at, "
                "updated_at, 99 FROM (SELECT CAST(:id AS uuid) AS id, customer_id, agent_id, "
                "is_executive, status, current_step, started_at, diagnosis_confirmed, "
                "draft_state, created_at, updated_at FROM calls LIMIT 0) s "
                "UNION ALL SELECT CAST(:id AS uuid), gen_random_uuid(), gen_random_uuid(), "
                "false, 'draft', 'apologise', now(), false, '{}', now(), now(), 99 "
                "ON CONFLICT (id) DO UPDATE SET outcome = 'hijacked'"
            ),
            {"id": str(call_a)},
        )
    with engine.begin() as conn:  # a plain UPDATE finds nothing to change
        changed = conn.execute(text("UPDATE calls SET outcome = 'hijacked'")).rowcount
    engine.dispose()
    assert changed == 0
    assert S.central_rows(centre, "calls", "outcome") == [(None,)]


def test_wrong_password_keeps_outbox(
    template_data_dir: Path, tmp_path: Path, centre: str, pg_server: PgServer
) -> None:
    tag = uuid.uuid4().hex[:6]
    central_admin.add_user(centre, f"caio_{tag}", "right", "agent")
    ws = S.desktop(template_data_dir, tmp_path / "d", Role.AGENT)
    S.add_call(ws)
    waiting = S.local_count(ws, OutboxEntry)
    with pytest.raises(CentralError) as failure:
        S.run_sync(ws, _login_url(pg_server, centre, f"caio_{tag}", "wrong"))
    assert failure.value.kind == "auth"
    assert S.local_count(ws, OutboxEntry) == waiting
    done = run_cli(
        "sync",
        "--central",
        pg_server.url(centre.rsplit("/", 1)[1], user=f"caio_{tag}"),
        data_dir=ws.paths.data_dir,
        env={"RECOVERY_DESK_PASSWORD": "wrong"},
    )
    assert done.returncode == 2
    assert "refused the user name or password" in done.stderr
    assert "wrong" not in done.stderr  # the password is never echoed
    ws.close()
    stored = b"".join(p.read_bytes() for p in ws.paths.data_dir.rglob("*") if p.is_file())
    assert f"caio_{tag}:wrong".encode() not in stored  # a password in a URL is not stored


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://nobody:x@127.0.0.1:{_closed_port()}/rd",
        "postgresql://nobody:x@no-such-host.invalid:5432/rd",
    ],
)
def test_unknown_host_keeps_outbox(template_data_dir: Path, tmp_path: Path, url: str) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    waiting = S.local_count(ws, OutboxEntry)
    with pytest.raises(CentralError) as failure:
        S.run_sync(ws, url)
    assert failure.value.kind == "unreachable"
    bare = url.replace("nobody:x@", "nobody@")  # the CLI takes no password in a URL
    done = run_cli(
        "sync", "--central", bare, data_dir=ws.paths.data_dir, env={"RECOVERY_DESK_PASSWORD": "x"}
    )
    assert done.returncode == 2
    assert "cannot be reached" in done.stderr and "outbox" in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2  # progress line + one error line
    assert S.local_count(ws, OutboxEntry) == waiting
    ws.close()


@pytest.mark.parametrize("revision,kind", [("c0000", "schema_older"), ("c9999", "schema_newer")])
def test_schema_mismatch(
    template_data_dir: Path, tmp_path: Path, centre: str, revision: str, kind: str
) -> None:
    engine = make_engine(centre)
    with engine.begin() as conn:
        conn.execute(text("UPDATE rd_central_version SET version_num = :r"), {"r": revision})
    engine.dispose()
    ws = S.desktop(template_data_dir, tmp_path / "d")
    waiting = S.local_count(ws, OutboxEntry)
    with pytest.raises(CentralError) as failure:
        S.run_sync(ws, centre)
    assert failure.value.kind in (kind, "schema_newer")
    done = run_cli("sync", "--central", centre, data_dir=ws.paths.data_dir)
    assert done.returncode == 2 and "schema" in done.stderr
    assert S.local_count(ws, OutboxEntry) == waiting
    ws.close()


def test_cli_central_init_and_add_user(pg_url: str, pg_server: PgServer) -> None:
    done = run_cli("central", "init", "--url", pg_url)
    assert done.returncode == 0, done.stderr
    done = run_cli(
        "central",
        "add-user",
        "--url",
        pg_url,
        "--login",
        "dora",
        "--role",
        "supervisor",
        env={"RECOVERY_DESK_NEW_PASSWORD": "s3cret-pw"},
    )
    assert done.returncode == 0, done.stderr
    assert "s3cret-pw" not in done.stdout + done.stderr
    url = _login_url(pg_server, pg_url, "dora", "s3cret-pw")
    assert S.central_count(url, "rd_logins") == 1
