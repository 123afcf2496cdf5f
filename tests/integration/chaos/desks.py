"""One desk of the chaos scenario: its data folder, its login, and what a person does at it
with the app's own services (sync in-process or as a killable ``recovery-desk sync``
process, import a file, rename a reason, make a call through the wizard's call session)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from recovery_desk.domain.enums import Outcome, Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.catalogue import reasons as catalogue
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync.push_pull import SyncReport, sync
from recovery_desk.services.sync.settings import CentralTarget, target_from_url
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.tables import Assignment, Customer, Reason
from tests.conftest import REPO_ROOT

# Where a script gives the centre's password: the name the issue asks for, and today's.
PASSWORD_ENVS = ("RECOVERY_DESK_PASSWORD", "RECOVERY_DESK_CENTRAL_PASSWORD")
FALLBACK_REASON = "PRICE_TOO_HIGH"


class NoUser(Exception):
    """The desk has no current user: nobody can work at it."""


@dataclass
class Desk:
    """A desk: a data folder of its own, synced with ``login`` through the proxy."""

    login: str
    role: Role
    password: str
    central_id: uuid.UUID
    url: str  # postgresql://login@127.0.0.1:PROXYPORT/db: never a password in it
    ws: Workspace

    @classmethod
    def open(
        cls,
        template: Path,
        folder: Path,
        login: str,
        role: Role,
        password: str,
        *,
        central_id: uuid.UUID,
        url: str,
    ) -> Desk:
        """A fresh desk (migrated template copy, no user): it becomes ``login``'s desk."""
        shutil.copytree(template, folder)
        ws = open_workspace(AppPaths(data_dir=folder, log_dir=folder / "logs"))
        return cls(login, role, password, central_id, url, ws)

    @property
    def folder(self) -> Path:
        return self.ws.paths.data_dir

    @property
    def is_agent(self) -> bool:
        return self.role is not Role.SUPERVISOR

    def target(self) -> CentralTarget:
        base = target_from_url(self.url)
        return dataclasses.replace(base, url=base.url.set(password=self.password))

    def sync(self) -> SyncReport:
        """One in-process sync, as the desktop's worker runs it. Raises what it raises."""
        return run_to_end(sync(self.ws.sessions, self.target()))

    def me(self) -> UserDTO:
        user = users.current_user(self.ws.sessions)
        if user is None:
            raise NoUser(f"{self.login}: no current user")
        return user

    def close(self) -> None:
        self.ws.close()

    # -- a supervisor's work ---------------------------------------------------------------

    def import_file(self, path: Path) -> imports.ImportSummary:
        info = imports.inspect_file(path)
        return run_to_end(imports.run_import(self.ws.sessions, self.me(), info))

    def import_rows(self, path: Path, header: str, *rows: str) -> imports.ImportSummary:
        """Import a small file (``;``-separated): how a supervisor corrects customers."""
        path.write_text(header + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
        return self.import_file(path)

    def customer(self, external_id: str) -> Customer | None:
        with self.ws.sessions() as session:
            found = session.scalar(select(Customer).where(Customer.external_id == external_id))
            if found is not None:
                session.expunge(found)
            return found

    def reason_by_label(self, label: str) -> uuid.UUID | None:
        with self.ws.sessions() as session:
            return session.scalar(select(Reason.id).where(Reason.label_pt_br == label))

    def rename_reason(self, reason_id: uuid.UUID, label: str) -> None:
        labels = {"pt_BR": label, "pt_PT": label, "en": None}
        catalogue.edit_reason(self.ws.sessions, self.me(), reason_id, labels, team=None)

    # -- an agent's work -------------------------------------------------------------------

    def my_customers(self) -> list[uuid.UUID]:
        """The customers assigned to this desk's user, highest priority first."""
        me = self.me()
        with self.ws.sessions() as session:
            query = (
                select(Assignment.customer_id)
                .where(Assignment.assignee_id == me.id)
                .order_by(Assignment.priority.desc(), Assignment.customer_id)
            )
            return list(session.scalars(query))

    def call(self, customer_id: uuid.UUID, outcome: Outcome) -> uuid.UUID:
        """A call through the wizard's service: reason picked and confirmed when reached."""
        cs = CallSession.start(self.ws.sessions, self.me(), customer_id)
        if outcome is not Outcome.NOT_REACHED:
            cs.pick_reason(str(self._reason_for(customer_id)))
            cs.confirm_diagnosis("Então saiu por causa disso")
        return cs.finish(outcome).call_id

    def _reason_for(self, customer_id: uuid.UUID) -> uuid.UUID:
        """The customer's imported reason when this desk has it, else a default one."""
        with self.ws.sessions() as session:
            imported = session.scalar(
                select(Reason.id)
                .join(Customer, Customer.imported_reason_id == Reason.id)
                .where(Customer.id == customer_id)
            )
            fallback = session.scalar(select(Reason.id).where(Reason.code == FALLBACK_REASON))
        found = imported or fallback
        assert found is not None, "the default catalogue has no " + FALLBACK_REASON
        return found


def write_customers(path: Path, prefix: str, count: int, reasons: tuple[str, ...]) -> None:
    """A CSV of ``count`` departed customers ``<prefix>00001``… (pt-BR conventions)."""
    today = date.today()
    lines = ["Código;Nome;Telefone;Receita mensal;Data de saída;Motivo"]
    for n in range(1, count + 1):
        departed = (today - timedelta(days=1 + n % 60)).strftime("%d/%m/%Y")
        lines.append(
            f"{prefix}{n:05d};Cliente {prefix} {n};(11) 9{n % 10000:04d}-{n % 7:d}{n % 1000:03d};"
            f"{50 + n % 400},{n % 100:02d};{departed};{reasons[n % len(reasons)]}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Child:
    """``recovery-desk sync`` in a process of its own, killed (SIGKILL) at ``kill_after``
    seconds unless it ended before. The password goes in the environment only."""

    def __init__(self, desk: Desk, kill_after: float, logs: Path):
        self.desk = desk
        self.kill_at = time.monotonic() + kill_after
        logs.mkdir(parents=True, exist_ok=True)
        tag = uuid.uuid4().hex[:6]
        self.out_path = logs / f"{desk.login}-{tag}.out"
        self.err_path = logs / f"{desk.login}-{tag}.err"
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
        env.update({name: desk.password for name in PASSWORD_ENVS})
        with self.out_path.open("wb") as out, self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "recovery_desk", "sync", "--central", desk.url,
                 "--data-dir", str(desk.folder)],
                cwd=REPO_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )  # fmt: skip

    def finish(self, timeout: float = 120) -> str:
        """Wait for the kill moment; kill it if it still runs. ``killed`` or ``exit N``."""
        pause = self.kill_at - time.monotonic()
        if pause > 0:
            try:
                self.proc.wait(pause)
            except subprocess.TimeoutExpired:
                pass
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout)
            return "killed"
        return f"exit {self.proc.returncode}"

    def output(self) -> str:
        return self.out_path.read_text(errors="replace") + self.err_path.read_text(errors="replace")
