"""Two supervisors and three agents run a rescue cycle through a faulty link.

The story (issue 15), every step with the app's own services, while a seeded choice of
desks keeps syncing under the proxy's faults and some syncs run as a ``recovery-desk sync``
process killed (SIGKILL) at a seeded moment:

1. a centre with logins sup1, sup2 (supervisors) and ag1..ag3 (agents); five fresh desks,
   each becoming its login's desk at its first sync;
2. sup1 and sup2 each import 500 departed customers whose reasons are "Preço" and one new
   to the catalogue; they sync A, B, A, B;
3. sup1 opens a cycle and assigns every customer to the agents;
4. the agents sync and call: won back, do-not-call, declined (with a reason), not reached;
5. concurrent edits: sup1 corrects a customer's notes while sup2 corrects its phone, both
   rename the new reason; sup1 edits a customer while its own sync runs;
6. sup2 syncs and closes the cycle;
7. faults off: every desk syncs until a whole round is quiet; then ``checks.py`` compares
   every desk with the centre row for row.

A failed sync under faults is expected. What the harness could not do (a desk that never
synced, a step a desk could not take) and every divergence at the end is a *problem*: the
test fails listing them all, each naming the table, the desk and the rows.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from recovery_desk.domain.enums import Outcome, Role
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.rules import CycleRules
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import SyncReport
from recovery_desk.services.users import access as users
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import Customer
from tests.integration.chaos import checks
from tests.integration.chaos.desks import Child, Desk, NoUser, write_customers
from tests.integration.chaos.proxy import ChaosProxy
from tests.pg_server import PgServer

PEOPLE = (
    ("sup1", Role.SUPERVISOR),
    ("sup2", Role.SUPERVISOR),
    ("ag1", Role.AGENT),
    ("ag2", Role.AGENT),
    ("ag3", Role.AGENT),
)
CUSTOMERS_PER_SUPERVISOR = 500
REASONS = ("Preço", "Atendimento demorado demais")
NEW_REASON = REASONS[1]
TRIES = 15
"""In-process syncs a step may take under faults before the harness gives up on it."""
KILL_SHARE = 0.6
"""Share of chaos rounds that also run one sync as a process killed at a seeded moment."""
CALLS = (
    Outcome.WON_BACK,
    Outcome.WON_BACK,
    Outcome.DO_NOT_CALL,
    Outcome.DO_NOT_CALL,
    Outcome.DECLINED,
    Outcome.NOT_REACHED,
)
"""The calls each agent makes (on customers of its own, picked by the seed)."""
QUIET_ROUNDS = 5


@dataclass
class SeedResult:
    """What one seed found: ``problems`` (empty: it passed) and counts of what happened."""

    seed: int
    problems: list[str] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)
    steps: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        faults = ", ".join(f"{k} {v}" for k, v in sorted(self.stats.items()))
        slow = ", ".join(f"{k} {v:.1f}s" for k, v in self.steps.items())
        return f"{len(self.problems)} problems; {faults}; steps: {slow}"


class Blocked(Exception):
    """A step could not be taken: the rest of the story is skipped, the checks still run."""


@dataclass
class Expected:
    """What the story did, for the checks."""

    customers: int = 0
    cycle_id: uuid.UUID | None = None
    calls: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    do_not_call: set[uuid.UUID] = field(default_factory=set)
    won_back: set[uuid.UUID] = field(default_factory=set)
    contacted: set[uuid.UUID] = field(default_factory=set)
    edits: dict[str, Any] = field(default_factory=dict)
    closed: bool = False


class Run:
    """One seed of the scenario."""

    def __init__(self, seed: int, pg_server: PgServer, owner_url: str, template: Path, root: Path):
        self.seed = seed
        self.rng = random.Random(seed)
        self.owner_url = owner_url
        self.template = template
        self.root = root
        self.outcome = SeedResult(seed)
        self.expected = Expected()
        self.proxy = ChaosProxy((pg_server.host, pg_server.port), seed).start()
        self.database = owner_url.rsplit("/", 1)[1]
        self.owner = make_engine(owner_url)  # the checks' view of the centre: no proxy
        self.desks: dict[str, Desk] = {}
        self.messages: list[str] = []  # every error a sync showed: checked for passwords

    # -- plumbing --------------------------------------------------------------------------

    def problem(self, text: str) -> None:
        self.outcome.problems.append(text)

    def step(self, name: str, started: float) -> None:
        self.outcome.steps[name] = time.monotonic() - started

    def try_sync(self, desk: Desk) -> SyncReport | None:
        try:
            report = desk.sync()
        except Exception as exc:  # noqa: BLE001 - any failure under faults is allowed
            kind = getattr(exc, "kind", type(exc).__name__)
            self.outcome.stats[f"sync failed ({kind})"] += 1
            self.messages.append(str(exc))
            return None
        self.outcome.stats["sync ok"] += 1
        return report

    def sync_until_ok(self, desk: Desk, why: str) -> SyncReport:
        for _ in range(TRIES):
            report = self.try_sync(desk)
            if report is not None:
                return report
        last = self.messages[-1] if self.messages else "?"
        raise Blocked(f"{why}: {desk.login}'s desk did not sync in {TRIES} tries ({last})")

    def chaos(self, syncs: int = 3) -> None:
        """Seeded syncs of seeded desks; maybe one of them a process killed mid-way."""
        child = None
        names = sorted(self.desks)
        if self.rng.random() < KILL_SHARE:
            victim = self.desks[self.rng.choice(names)]
            child = Child(victim, self.rng.uniform(0.5, 2.5), self.root / "children")
            names.remove(victim.login)
        for _ in range(syncs):
            self.try_sync(self.desks[self.rng.choice(names)])
        if child is not None:
            ended = child.finish()
            self.outcome.stats["child killed" if ended == "killed" else "child ended"] += 1
            output = child.output()
            self.messages.append(output)
            if "Traceback" in output:
                self.problem(f"{child.desk.login}: 'recovery-desk sync' printed a traceback")

    # -- the story -------------------------------------------------------------------------

    def centre(self) -> None:
        central_admin.init_centre(self.owner_url)
        for login, role in PEOPLE:
            password = f"pw-{login}-{self.seed}-{uuid.uuid4().hex[:8]}"
            user_id = central_admin.add_user(self.owner_url, login, password, role.value, login)
            url = f"postgresql://{login}@127.0.0.1:{self.proxy.port}/{self.database}"
            self.desks[login] = Desk.open(
                self.template, self.root / login, login, role, password,
                central_id=user_id, url=url,
            )  # fmt: skip

    def first_syncs(self) -> None:
        """Each fresh desk syncs with its login and must become that login's desk."""
        for desk in self.desks.values():
            self.sync_until_ok(desk, "first sync")
            me = users.current_user(desk.ws.sessions)
            if me is not None and me.id == desk.central_id:
                continue
            self.problem(
                f"desk identity: after its first sync {desk.login}'s desk has current user "
                f"{me.id if me else None}, not the centre's user {desk.central_id} of its "
                "login (the harness adopts that user to go on)"
            )
            try:
                users.set_current_user(desk.ws.sessions, desk.central_id)
            except Exception as exc:  # noqa: BLE001 - reported
                raise Blocked(f"{desk.login}: its login's user never came down: {exc}") from exc

    def imports(self) -> None:
        sup1, sup2 = self.desks["sup1"], self.desks["sup2"]
        for desk, prefix in ((sup1, "A"), (sup2, "B")):
            path = self.root / f"clientes-{prefix}.csv"
            write_customers(path, prefix, CUSTOMERS_PER_SUPERVISOR, REASONS)
            summary = desk.import_file(path)
            if summary.inserted != CUSTOMERS_PER_SUPERVISOR:
                raise Blocked(f"{desk.login}: import inserted {summary.inserted}")
            self.expected.customers += summary.inserted
        self.chaos()
        for desk in (sup1, sup2, sup1, sup2):
            self.sync_until_ok(desk, "supervisors' A, B, A, B")
        for desk in (sup1, sup2):
            with desk.ws.sessions() as session:
                held = len(list(session.scalars(select(Customer.id))))
            if held != self.expected.customers:
                self.problem(
                    f"customers: {desk.login}'s desk holds {held} of the "
                    f"{self.expected.customers} both supervisors imported after A, B, A, B"
                )

    def cycle(self) -> None:
        sup1 = self.desks["sup1"]
        today = date.today()
        rules = CycleRules(departed_within_days=None, not_contacted_days=None)
        made = cycles.create_cycle(
            sup1.ws.sessions, sup1.me(), name=f"Ciclo {self.seed}",
            period_start=today - timedelta(days=7), period_end=today + timedelta(days=30),
            rules=rules,
        )  # fmt: skip
        self.expected.cycle_id = made.id
        result = cycles.assign(sup1.ws.sessions, sup1.me(), made.id, today)
        self.outcome.stats["assigned"] = result.assigned
        self.sync_until_ok(sup1, "the cycle to the centre")
        self.chaos()

    def calls(self) -> None:
        for login in ("ag1", "ag2", "ag3"):
            agent = self.desks[login]
            self.sync_until_ok(agent, "the agent's queue")
            mine = agent.my_customers()
            owed = checks.central_assignments(self.owner, agent.central_id)
            if len(mine) != owed:
                self.problem(
                    f"assignments: {login}'s desk holds {len(mine)} of the {owed} the centre "
                    "assigned to it"
                )
            if len(mine) < len(CALLS):  # reported above; the others still call
                continue
            picked = self.rng.sample(mine, len(CALLS))
            made = []
            for customer_id, outcome in zip(picked, CALLS, strict=True):
                made.append(agent.call(customer_id, outcome))
                self.expected.contacted.add(customer_id)
                if outcome is Outcome.DO_NOT_CALL:
                    self.expected.do_not_call.add(customer_id)
                if outcome is Outcome.WON_BACK:
                    self.expected.won_back.add(customer_id)
            self.expected.calls[login] = made
            self.chaos(2)

    def concurrent_edits(self) -> None:
        """Two supervisors edit one customer and one reason; sup1 edits during its sync."""
        x, y = self._customers_to_edit()
        if x is None:
            self.problem("edits: no customer of sup1's is on sup2's desk: sup2's edit skipped")
        else:
            self._two_supervisors(x)
        self._edit_during_sync(y)
        self.chaos()

    def _two_supervisors(self, x: Customer) -> None:
        """sup1's notes and sup2's phone on customer x; both rename the new reason."""
        sup1, sup2 = self.desks["sup1"], self.desks["sup2"]
        path = self.root / "edit.csv"
        sup1.import_rows(path, "Código;Nome;Observações", f"{x.external_id};{x.name};Nota de sup1")
        sup2.import_rows(path, "Código;Nome;Telefone", f"{x.external_id};{x.name};(21) 98765-4321")
        edited = sup2.customer(str(x.external_id))
        assert edited is not None
        reason_1, reason_2 = sup1.reason_by_label(NEW_REASON), sup2.reason_by_label(NEW_REASON)
        if reason_1 is None or reason_2 is None:
            raise Blocked(f"the reason {NEW_REASON!r} is missing on a supervisor's desk")
        sup1.rename_reason(reason_1, "Espera longa (sup1)")
        sup2.rename_reason(reason_2, "Demora no atendimento (sup2)")
        self.expected.edits.update(
            x=x.id, x_notes_before=x.notes, x_notes_lost="Nota de sup1", x_phone=edited.phone,
            reason_code=checks.reason_code(sup2, reason_2), reason_id=reason_2,
            reason_label="Demora no atendimento (sup2)", reason_lost="Espera longa (sup1)",
        )  # fmt: skip
        self.sync_until_ok(sup1, "sup1's edits")  # the centre's order: sup1, then sup2
        self.sync_until_ok(sup2, "sup2's edits")

    def _customers_to_edit(self) -> tuple[Customer | None, Customer]:
        """Of sup1's customers no agent called: one sup2 holds too (None if none), and
        another one."""
        sup1, sup2 = self.desks["sup1"], self.desks["sup2"]
        shared: Customer | None = None
        other: Customer | None = None
        for n in self.rng.sample(range(1, CUSTOMERS_PER_SUPERVISOR + 1), 40):
            mine = sup1.customer(f"A{n:05d}")
            if mine is None or mine.id in self.expected.contacted:
                continue
            if shared is None and sup2.customer(f"A{n:05d}") is not None:
                shared = mine
            elif other is None:
                other = mine
            if shared is not None and other is not None:
                break
        if other is None:
            raise Blocked("sup1 holds none of its own customers to edit")
        return shared, other

    def _edit_during_sync(self, y: Customer) -> None:
        """sup1 edits y, syncs slowly, and edits y again once the push has landed."""
        sup1 = self.desks["sup1"]
        path = self.root / "edit-y.csv"
        header = "Código;Nome;Observações"
        sup1.import_rows(path, header, f"{y.external_id};{y.name};Antes do sync")
        before = checks.central_version(self.owner, "customers", y.id)
        self.proxy.latency = 0.002
        worker = threading.Thread(target=self.try_sync, args=(sup1,))
        worker.start()
        deadline = time.monotonic() + 30
        while worker.is_alive() and time.monotonic() < deadline:
            if checks.central_version(self.owner, "customers", y.id) != before:
                break
            time.sleep(0.01)
        during = worker.is_alive()
        sup1.import_rows(path, header, f"{y.external_id};{y.name};Durante o sync")
        worker.join(120)
        self.proxy.latency = 0.0
        self.outcome.stats["edit during sync" if during else "edit after sync"] += 1
        self.expected.edits.update(y=y.id, y_notes="Durante o sync")

    def close(self) -> None:
        for login in ("ag1", "ag2", "ag3"):
            self.sync_until_ok(self.desks[login], "the agents' calls")
        sup2 = self.desks["sup2"]
        self.sync_until_ok(sup2, "before closing")
        assert self.expected.cycle_id is not None
        frozen = cycles.close_cycle(sup2.ws.sessions, sup2.me(), self.expected.cycle_id)
        self.outcome.stats["closed: contacted"] = int(frozen.get("contacted", 0))
        self.expected.closed = True
        self.sync_until_ok(sup2, "the closed cycle")
        self.chaos()

    def settle(self) -> None:
        """Faults off: rounds of every desk in order until a round moves nothing."""
        self.proxy.faults = False
        for round_no in range(1, QUIET_ROUNDS + 1):
            moved = failed = 0
            for desk in self.desks.values():
                try:
                    report = desk.sync()
                except Exception as exc:  # noqa: BLE001 - reported
                    self.messages.append(str(exc))
                    self.problem(f"round {round_no}: fault-free sync of {desk.login} failed: {exc}")
                    failed += 1
                    continue
                moved += report.pushed + report.pulled
            self.outcome.stats["quiet after rounds"] = round_no
            if moved == 0 and not failed:
                return
        self.problem(f"the desks were not quiet after {QUIET_ROUNDS} fault-free rounds")

    # -- all of it -------------------------------------------------------------------------

    def run(self) -> SeedResult:
        try:
            for name, action in (
                ("centre", self.centre),
                ("first syncs", self.first_syncs),
                ("imports", self.imports),
                ("cycle", self.cycle),
                ("calls", self.calls),
                ("edits", self.concurrent_edits),
                ("close", self.close),
            ):
                started = time.monotonic()
                try:
                    action()
                finally:
                    self.step(name, started)
        except (Blocked, NoUser) as exc:
            self.problem(f"the story stopped: {exc}")
        started = time.monotonic()
        self.settle()
        self.step("settle", started)
        self.proxy.stop()
        started = time.monotonic()
        self.outcome.problems.extend(checks.check_all(self))
        self.step("checks", started)
        self.outcome.stats.update({f"proxy {k}": v for k, v in self.proxy.stats.items()})
        for desk in self.desks.values():
            desk.close()
        return self.outcome


def run_scenario(
    seed: int, pg_server: PgServer, owner_url: str, template: Path, root: Path
) -> SeedResult:
    """Run seed ``seed`` in folder ``root`` against the empty database ``owner_url``."""
    run = Run(seed, pg_server, owner_url, template, root)
    try:
        return run.run()
    finally:
        run.proxy.stop()
        run.owner.dispose()
