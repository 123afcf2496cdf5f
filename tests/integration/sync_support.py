"""Helpers for the sync tests: desktops (separate local databases) and central counts."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from sqlalchemy import func, select, text

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync.push_pull import SyncReport, sync
from recovery_desk.services.sync.settings import CentralTarget, target_from_url
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.central.engine import make_engine, upgrade_schema
from recovery_desk.storage.tables import Call, CallReason, Customer, Reason
from tests.pg_server import PgServer


def desktop(template: Path, where: Path, role: Role = Role.SUPERVISOR) -> Workspace:
    """A desktop copied from the migrated template, with a current user of ``role``."""
    shutil.copytree(template, where)
    ws = open_workspace(AppPaths(data_dir=where, log_dir=where / "logs"))
    boss = users.create_user(ws.sessions, "Sofia", Role.SUPERVISOR, make_current=True)
    if role is not Role.SUPERVISOR:
        other = users.create_user(ws.sessions, f"Agent {where.name}", role)
        users.set_current_user(ws.sessions, other.id)
    del boss
    return ws


def init_centre(url: str) -> None:
    engine = make_engine(url)
    upgrade_schema(engine)
    engine.dispose()


def run_sync(ws: Workspace, url: str | CentralTarget) -> SyncReport:
    target = url if isinstance(url, CentralTarget) else target_from_url(url)
    return run_to_end(sync(ws.sessions, target))


def add_call(ws: Workspace, reasons: int = 1, outcome: str | None = None) -> uuid.UUID:
    """A call with ``reasons`` call reasons by the current user; returns the call id."""
    me = users.current_user(ws.sessions)
    assert me is not None
    with ws.sessions.begin() as session:
        customer = Customer(name=f"Cliente {uuid.uuid4().hex[:6]}")
        session.add(customer)
        session.flush()
        call = Call(customer_id=customer.id, agent_id=me.id, outcome=outcome)
        session.add(call)
        session.flush()
        reason_ids = list(session.scalars(select(Reason.id).order_by(Reason.code).limit(reasons)))
        for pos, rid in enumerate(reason_ids):
            session.add(CallReason(call_id=call.id, reason_id=rid, position=pos))
        return call.id


def edit_call(ws: Workspace, call_id: uuid.UUID, outcome: str) -> None:
    with ws.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        call.outcome = outcome


def central_rows(url: str, table: str, *columns: str) -> list[Any]:
    engine = make_engine(url)
    cols = ", ".join(columns or ("id", "version"))
    with engine.connect() as conn:
        rows = list(conn.execute(text(f"SELECT {cols} FROM {table} ORDER BY id")))
    engine.dispose()
    if not columns:  # SQLite hands UUIDs back as hex text
        rows = [(r[0] if isinstance(r[0], uuid.UUID) else uuid.UUID(r[0]), r[1]) for r in rows]
    return sorted(rows)


def central_count(url: str, table: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    engine.dispose()
    return int(count or 0)


def local_rows(ws: Workspace, model: Any) -> list[Any]:
    with ws.sessions() as session:
        return sorted(tuple(r) for r in session.execute(select(model.id, model.version)))


def local_count(ws: Workspace, model: Any) -> int:
    with ws.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


class MemoryKeyring(KeyringBackend):
    """A keyring of this process only (the ``memory_keyring`` fixture installs it)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def require_passwords(pg_server: PgServer) -> None:
    """The test server trusts everyone; make members of the app roles give a password."""
    import psycopg

    hba = pg_server.data / "pg_hba.conf"
    lines = hba.read_text()
    rule = "host all +rd_agent,+rd_supervisor 127.0.0.1/32 scram-sha-256\n"
    if rule not in lines:
        hba.write_text(rule + lines)
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")
