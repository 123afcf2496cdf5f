"""Desks of a team for the sync tests: logins at the centre, desks that join with them,
imports and calls through the app's own services."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from recovery_desk.domain.enums import Outcome
from recovery_desk.paths import AppPaths
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.rules import CycleRules
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import SyncReport
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.tables import Customer, Reason
from tests.integration import sync_support as S
from tests.pg_server import PgServer


def login(pg_server: PgServer, centre: str, name: str, role: str) -> str:
    """A login of ``role`` at the centre; returns its URL (password inside: in-process
    syncs only, never a command line)."""
    central_admin.add_user(centre, name, f"pw-{name}", role, name.title())
    return pg_server.url(centre.rsplit("/", 1)[1], user=name, password=f"pw-{name}")


NEW_REASON = "Atendimento demorado demais"


@dataclass
class Desk:
    """One person's desk and the centre login it syncs with."""

    ws: Workspace
    url: str

    @property
    def sessions(self):  # type: ignore[no-untyped-def]
        return self.ws.sessions

    def sync(self) -> SyncReport:
        return S.run_sync(self.ws, self.url)


def joined_desk(template: Path, where: Path, url: str) -> Desk:
    """A new desk (no local user) that syncs once with ``url``: it becomes that login's."""
    shutil.copytree(template, where)
    ws = open_workspace(AppPaths(data_dir=where, log_dir=where / "logs"))
    desk = Desk(ws, url)
    desk.sync()
    return desk


def import_customers(ws: Desk, where: Path, rows: list[tuple[str, str, int, str]]) -> None:
    """Import ``(code, name, monthly revenue in reais, reason)`` rows as a CSV file."""
    me = users.current_user(ws.sessions)
    assert me is not None
    lines = "".join(f"{c};{n};{r},00;{why}\n" for c, n, r, why in rows)
    where.write_text("Código;Nome;Receita mensal;Motivo\n" + lines, encoding="utf-8")
    run_to_end(imports.run_import(ws.sessions, me, imports.inspect_file(where)))


def customer_id(ws: Desk, code: str) -> uuid.UUID:
    with ws.sessions() as session:
        found = session.scalar(select(Customer.id).where(Customer.external_id == code))
        assert found is not None, code
        return found


def open_cycle(ws: Desk, name: str, agents: list[str]) -> uuid.UUID:
    """A cycle with every departed customer, assigned to the agents named."""
    me = users.current_user(ws.sessions)
    assert me is not None
    today = date.today()
    cycle = cycles.create_cycle(
        ws.sessions,
        me,
        name=name,
        period_start=today - timedelta(days=1),
        period_end=today + timedelta(days=30),
        rules=CycleRules(departed_within_days=None, not_contacted_days=None),
    )
    cycles.assign(ws.sessions, me, cycle.id, today, agents=agents)
    return cycle.id


def finish_call(ws: Desk, customer: uuid.UUID, outcome: Outcome) -> uuid.UUID:
    """A whole call by the desk's user, diagnosed and read back, ended with ``outcome``."""
    me = users.current_user(ws.sessions)
    assert me is not None
    with ws.sessions() as session:
        reason = session.scalar(
            select(Reason.id).where(Reason.active.is_(True)).order_by(Reason.code).limit(1)
        )
    call = CallSession.start(ws.sessions, me, customer)
    call.pick_reason(str(reason))
    call.confirm_diagnosis("the price went up")
    call.finish(outcome)
    return call.call_id


def count(desk: Desk, model: Any, *where: Any) -> int:
    with desk.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def customers(prefix: str, n: int) -> list[tuple[str, str, int, str]]:
    return [
        (f"{prefix}{i:04d}", f"Cliente {prefix}{i}", 100 + i, "Preço" if i % 2 else NEW_REASON)
        for i in range(n)
    ]


def customer(desk: Desk, code: str) -> Customer:
    with desk.sessions() as session:
        row = session.scalar(select(Customer).where(Customer.external_id == code))
        assert row is not None, code
        session.expunge(row)
        return row


def edit_customer(desk: Desk, code: str, **values: Any) -> None:
    with desk.sessions.begin() as session:
        row = session.scalar(select(Customer).where(Customer.external_id == code))
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
