"""A team's desks through one real PostgreSQL centre: each finding of issue 15 as a user
met it (the passwords finding is in ``test_central_password.py``, the chaos scenario in
``test_chaos_desks.py``)."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from recovery_desk.domain.enums import Outcome
from recovery_desk.paths import AppPaths
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.sync.push_pull import conflicts, status
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.central import pull as central_pull
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import (
    Assignment,
    Call,
    Customer,
    Offer,
    Reason,
)
from tests.conftest import run_cli
from tests.integration import desks as D
from tests.integration import sync_support as S
from tests.pg_server import PgServer

NEW_REASON = "Atendimento demorado demais"


pytestmark = pytest.mark.usefixtures("password_auth")


# --- 1. pull drops rows ---------------------------------------------------------------------


def test_two_supervisors_import_the_same_new_reason_and_every_desk_keeps_every_row(
    team: Any, tmp_path: Path, centre: str
) -> None:
    """Each import made its own reason with one code; the pull dropped the other desk's
    reason and then all its customers, and moved its cursor past them for good."""
    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 60))
    D.import_customers(team.b, tmp_path / "b.csv", D.customers("B", 60))
    for desk in (team.a, team.b, team.a, team.b):
        assert desk.sync().held == 0
    for desk in (team.a, team.b):
        assert D.count(desk, Customer) == 120
        with desk.sessions() as session:
            codes = session.scalars(select(Reason.code)).all()
            assert len(codes) == len(set(codes))
            reasons = session.scalars(select(Reason.id).where(Reason.label_en == NEW_REASON)).all()
            assert len(reasons) == 1
            assert D.count(desk, Customer, Customer.imported_reason_id == reasons[0]) == 60
    assert len(S.central_rows(centre, "customers")) == 120
    codes = [row[0] for row in S.central_rows(centre, "reasons", "code")]
    assert len(codes) == len(set(codes))  # one reason per code at the centre too

    # The agent's desk receives exactly the customers a supervisor assigned to her.
    team.a.sync()  # her user, made at the centre after this desk joined
    D.open_cycle(team.a, "Dezembro", agents=[team.agent_name])
    team.a.sync()
    assert team.agent.sync().held == 0
    me = users.current_user(team.agent.sessions)
    assert me is not None and me.name == team.agent_name
    mine = D.count(team.a, Assignment, Assignment.assignee_id == me.id)
    assert mine == 120  # the only agent
    assert D.count(team.agent, Assignment) == mine
    assert D.count(team.agent, Customer) == mine


def test_a_row_that_cannot_be_applied_is_held_counted_and_the_cli_says_so(
    team: Any, template_data_dir: Path, tmp_path: Path, pg_server: PgServer, centre: str
) -> None:
    """A received row whose parent this desk cannot read is kept and reported, not dropped
    behind a cursor with exit 0."""
    with team.agent.sessions.begin() as session:  # a customer only this desk knows
        session.add(Customer(name="Só aqui", external_id="LOCAL1"))
    D.finish_call(team.agent, D.customer_id(team.agent, "LOCAL1"), Outcome.DECLINED)
    team.agent.sync()
    second = D.joined_desk(template_data_dir, tmp_path / "second", team.agent.url)
    assert second.sync().held > 0  # her call came, its customer cannot
    assert D.count(second, Call) == 0
    state = status(second.sessions)
    assert state.held > 0 and state.waiting == 0
    login = f"ag{team.tag}"
    done = run_cli(
        "sync",
        "--central",
        pg_server.url(centre.rsplit("/", 1)[1], user=login),
        data_dir=second.ws.paths.data_dir,
        env={"RECOVERY_DESK_PASSWORD": f"pw-{login}"},
    )
    assert done.returncode == 1, done.stderr
    assert "wait for a record this desk cannot read" in done.stderr
    shown = run_cli("sync", "status", data_dir=second.ws.paths.data_dir)
    assert f"received rows waiting for a parent: {state.held}" in shown.stdout
    second.ws.close()


# --- 2. concurrent edits --------------------------------------------------------------------


def test_an_edit_made_while_the_pull_runs_reaches_everyone(
    team: Any, tmp_path: Path, centre: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pull wrote the centre's older version over a newer local edit, and the outbox
    then pushed a version the centre already had: the edit was lost everywhere."""
    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 5))
    team.a.sync()
    team.b.sync()
    D.edit_customer(team.b, "A0001", phone="+5511999990000")
    team.b.sync()
    real = central_pull.changes

    def edit_meanwhile(conn, table, *args, **kwargs):  # type: ignore[no-untyped-def]
        rows = real(conn, table, *args, **kwargs)
        if table == "customers" and rows:
            D.edit_customer(team.a, "A0001", notes="Prefere ligação à tarde")
        return rows

    monkeypatch.setattr(central_pull, "changes", edit_meanwhile)
    team.a.sync()
    monkeypatch.undo()
    assert D.customer(team.a, "A0001").notes == "Prefere ligação à tarde"  # not overwritten
    team.a.sync()
    team.b.sync()
    for desk in (team.a, team.b):
        row = D.customer(desk, "A0001")
        assert (row.notes, row.phone) == ("Prefere ligação à tarde", "+5511999990000")
    engine = make_engine(centre)
    with engine.connect() as conn:
        central = conn.execute(
            text("SELECT notes, phone FROM customers WHERE external_id = 'A0001'")
        ).one()
    engine.dispose()
    assert tuple(central) == ("Prefere ligação à tarde", "+5511999990000")
    assert conflicts(team.a.sessions) == []  # two different fields: nothing overruled


def test_two_supervisors_edit_one_reason_the_later_wins_and_the_other_is_kept(
    team: Any, centre: str
) -> None:
    """The second edit was discarded while the CLI said "1 sent"."""
    with team.a.sessions() as session:
        reason_id = session.scalar(select(Reason.id).order_by(Reason.code).limit(1))
    for desk, label in ((team.a, "Preço alto (A)"), (team.b, "Preço alto (B)")):
        with desk.sessions.begin() as session:
            reason = session.get(Reason, reason_id)
            assert reason is not None
            reason.label_pt_br = label
    assert team.a.sync().pushed >= 1
    assert team.b.sync().pushed >= 1  # reaches the centre later: wins
    team.a.sync()
    for desk in (team.a, team.b):
        with desk.sessions() as session:
            reason = session.get(Reason, reason_id)
            assert reason is not None and reason.label_pt_br == "Preço alto (B)"
    overruled = [c for c in conflicts(team.a.sessions) if c.entity_id == reason_id]
    assert overruled and overruled[0].lost["label_pt_br"] == "Preço alto (A)"
    assert overruled[0].won_by == f"sb{team.tag}".title()
    shown = run_cli("sync", "conflicts", data_dir=team.a.ws.paths.data_dir)
    print(shown.stdout)
    assert "Preço alto (A)" in shown.stdout and "reasons" in shown.stdout


def test_a_new_desk_keeps_the_centres_edited_catalogue_and_sends_its_own_edits(
    team: Any, tmp_path: Path, centre: str, pg_server: PgServer, template_data_dir: Path
) -> None:
    """A new desk's shipped defaults overwrote the catalogue the team had edited: a cost
    changed on desk A went back to the shipped one when a new supervisor's desk synced."""
    with team.a.sessions.begin() as session:
        offer = session.scalar(select(Offer).where(Offer.code == "DISC_10_3M"))
        assert offer is not None
        offer_id, shipped = offer.id, offer.cost_cents
        offer.cost_cents = shipped + 1234
    team.a.sync()
    # Desk C joins and syncs; desk D edits the same offer's label before its first sync.
    c = D.joined_desk(
        template_data_dir, tmp_path / "c", D.login(pg_server, centre, f"sc{team.tag}", "supervisor")
    )
    shutil.copytree(template_data_dir, tmp_path / "d")
    d = D.Desk(
        open_workspace(AppPaths(data_dir=tmp_path / "d", log_dir=tmp_path / "d" / "logs")),
        D.login(pg_server, centre, f"sd{team.tag}", "supervisor"),
    )
    with d.sessions.begin() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        offer.label_pt_br = "10% por 3 meses (D)"
    try:
        d.sync()
        for desk in (team.a, team.b, c, d, team.a):
            desk.sync()
        for desk in (team.a, team.b, c, d):
            with desk.sessions() as session:
                offer = session.get(Offer, offer_id)
                assert offer is not None
                assert (offer.cost_cents, offer.label_pt_br) == (
                    shipped + 1234,
                    "10% por 3 meses (D)",
                )
        central = S.central_rows(centre, "offers", "id", "cost_cents", "label_pt_br")
        assert {r[0]: (r[1], r[2]) for r in central}[offer_id] == (
            shipped + 1234,
            "10% por 3 meses (D)",
        )
        # Nothing was overruled: the defaults only joined the centre's rows.
        assert not [x for x in conflicts(team.a.sessions) if x.entity == "offers"]
    finally:
        c.ws.close()
        d.ws.close()


# --- 3 and 4. agents' changes travel; supervisors see the calls -----------------------------


def test_agents_calls_reach_customers_cycles_and_supervisors_everywhere(
    team: Any, tmp_path: Path, centre: str
) -> None:
    """An agent's "do not call again" was dropped at push and the next cycle assigned the
    customer to her again; a supervisor's desk never received calls, so closing a cycle
    there froze "contacted 0"."""
    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 6))
    team.a.sync()
    first = D.open_cycle(team.a, "Novembro", agents=[team.agent_name])
    team.a.sync()
    team.agent.sync()
    stop = D.customer_id(team.agent, "A0001")
    won = D.customer_id(team.agent, "A0002")
    D.finish_call(team.agent, stop, Outcome.DO_NOT_CALL)
    D.finish_call(team.agent, won, Outcome.WON_BACK)
    team.agent.sync()
    rows = S.central_rows(centre, "customers", "external_id", "do_not_call", "status")
    assert ("A0001", True, "do_not_call") in rows
    assert ("A0002", False, "won_back") in rows

    team.b.sync()  # the other supervisor's desk closes the cycle
    assert D.count(team.b, Call) == 2
    assert D.customer(team.b, "A0001").do_not_call
    me = users.current_user(team.b.sessions)
    assert me is not None
    frozen = cycles.close_cycle(team.b.sessions, me, first)
    assert (frozen["contacted"], frozen["won_back"]) == (2, 1)
    team.b.sync()
    team.a.sync()
    with team.a.sessions() as session:
        cycle = session.get(cycles.Cycle, first)
        assert cycle is not None and cycle.frozen_figures == frozen

    second = D.open_cycle(team.a, "Dezembro", agents=[team.agent_name])
    with team.a.sessions() as session:
        assigned = set(
            session.scalars(select(Assignment.customer_id).where(Assignment.cycle_id == second))
        )
    assert stop not in assigned and won not in assigned and len(assigned) == 4
    team.a.sync()
    team.agent.sync()
    assert D.customer(team.agent, "A0001").do_not_call


# --- 5. no global stall ---------------------------------------------------------------------


def test_a_login_holding_the_old_lock_or_a_transaction_blocks_no_one(
    team: Any, tmp_path: Path, centre: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection stalled mid-COPY held the writers' advisory lock and every desk's sync
    waited on it; any agent could do the same on purpose."""
    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 3))
    monkeypatch.setenv("RECOVERY_DESK_SYNC_TIMEOUT_S", "3")
    engines = [make_engine(team.agent.url), make_engine(team.b.url)]
    holder = engines[0].connect()  # the agent's own login, with the app's timeouts
    holder.exec_driver_sql("SELECT pg_advisory_lock(72170005)")
    writer = engines[1].connect()  # a supervisor's transaction left open
    writer.begin()
    writer.execute(text("UPDATE reasons SET label_en = label_en"))
    started = time.monotonic()
    team.a.sync()
    team.b.ws.close()
    assert time.monotonic() - started < 15
    assert len(S.central_rows(centre, "customers")) == 3
    # The open transaction's server session is ended by the server within the timeout.
    deadline = time.monotonic() + 20
    with psycopg.connect(
        make_engine(centre).url.set(drivername="postgresql").render_as_string(False),
        autocommit=True,
    ) as owner:
        while time.monotonic() < deadline:
            left = owner.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s "
                "AND state = 'idle in transaction'",
                (f"sb{team.tag}",),
            ).fetchone()
            if left is not None and left[0] == 0:
                break
            time.sleep(0.5)
        assert left is not None and left[0] == 0
    with pytest.raises(DBAPIError):
        writer.commit()
    with pytest.raises(DBAPIError):  # the lock holder's session was ended as well
        holder.exec_driver_sql("SELECT 1")
    for conn in (holder, writer):
        conn.invalidate()  # its server session is gone: nothing to roll back
        conn.close()
    for engine in engines:
        engine.dispose()


def test_a_row_committed_late_is_never_skipped(team: Any, centre: str) -> None:
    """Without the lock, a pull reads only rows of transactions older than the oldest one
    in flight: a row committed after a pull read newer ones still arrives."""
    engine = make_engine(team.b.url)
    slow = engine.connect()
    slow.begin()
    slow.execute(
        text(
            "UPDATE reasons SET label_en = 'Slow edit' WHERE code = (SELECT max(code) FROM reasons)"
        )
    )
    with team.a.sessions.begin() as session:  # a later, faster change
        reason = session.scalar(select(Reason).order_by(Reason.code).limit(1))
        assert reason is not None
        reason.label_en = "Fast edit"
    team.a.sync()
    team.agent.sync()  # sees the fast change only once the slow one is final
    slow.commit()
    slow.close()
    engine.dispose()
    team.agent.sync()
    with team.agent.sessions() as session:
        labels = set(session.scalars(select(Reason.label_en)))
    assert {"Slow edit", "Fast edit"} <= labels


def test_a_desk_whose_network_stalls_mid_copy_ends_with_one_line_and_blocks_no_one(
    team: Any, tmp_path: Path, centre: str, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection stalled mid-COPY held every desk's sync for minutes; nothing timed out."""
    from recovery_desk.services.sync.push_pull import CentralError
    from tests.integration.chaos.proxy import ChaosProxy

    monkeypatch.setenv("RECOVERY_DESK_SYNC_TIMEOUT_S", "4")
    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 3000))
    proxy = ChaosProxy(
        (pg_server.host, pg_server.port),
        seed=1,
        rates={"none": 0, "delay": 0, "cut": 0, "drop": 0, "stall": 1.0},
        stall_s=(40.0, 40.0),
        cut_bytes=(60_000, 60_000),
    ).start()
    stalled_url = team.a.url.replace(f":{pg_server.port}/", f":{proxy.port}/")
    outcome: list[BaseException | None] = []

    def stalled_sync() -> None:
        try:
            S.run_sync(team.a.ws, stalled_url)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - asserted below
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=stalled_sync)
    thread.start()
    time.sleep(2)
    quick = time.monotonic()
    team.b.sync()  # another desk, meanwhile: not held up by the stalled one
    assert time.monotonic() - quick < 10
    thread.join(60)
    took = time.monotonic() - started
    proxy.stop()
    assert not thread.is_alive()
    assert isinstance(outcome[0], CentralError) and outcome[0].kind == "unreachable"
    assert took < 20  # the 4 s timeout and its margin, not the 40 s stall
    # The server ends the stalled session too (statement timeout), long before the stall.
    dsn = make_engine(centre).url.set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(dsn, autocommit=True) as owner:
        while True:
            busy = owner.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND state <> 'idle'",
                (f"sa{team.tag}",),
            ).fetchone()
            if busy is not None and busy[0] == 0:
                break
            assert time.monotonic() - started < 30, "the stalled session still holds on"
            time.sleep(0.5)
    freed = time.monotonic() - started
    print(f"stalled sync ended after {took:.1f} s, its server session after {freed:.1f} s")
    assert status(team.a.sessions).waiting > 0  # nothing lost: it waits for the next sync
    team.a.sync()
    assert len(S.central_rows(centre, "customers")) == 3000
