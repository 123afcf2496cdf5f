"""Who may write what at the centre: an agent cannot forge another agent's calls, a desk
joining with an agent's login sends nothing it may not, and a supervisor's approval of an
agent's offer reaches her (issue 15, findings 6 and 7)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from recovery_desk.domain.enums import Outcome
from recovery_desk.services.sync.push_pull import status
from recovery_desk.services.users import access as users
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.tables import (
    Customer,
    OutboxEntry,
    Reason,
    User,
)
from tests.integration import desks as D
from tests.integration import sync_support as S
from tests.pg_server import PgServer

NEW_REASON = "Atendimento demorado demais"


pytestmark = pytest.mark.usefixtures("password_auth")


# --- 6. forgery -----------------------------------------------------------------------------


def _agent_engine(team: Any) -> Any:
    return make_engine(team.agent.url)


def test_an_agent_cannot_write_another_agents_calls(
    team: Any, template_data_dir: Path, tmp_path: Path, pg_server: PgServer, centre: str
) -> None:
    other = D.joined_desk(
        template_data_dir, tmp_path / "other", D.login(pg_server, centre, f"bia{team.tag}", "agent")
    )
    with other.sessions.begin() as session:
        session.add(Customer(name="Cliente da Bia", external_id="BIA1"))
    theirs = D.finish_call(other, D.customer_id(other, "BIA1"), Outcome.DECLINED)
    other.sync()
    bia = users.current_user(other.sessions)
    assert bia is not None
    engine = _agent_engine(team)
    forged_call = (
        "INSERT INTO calls (id, customer_id, agent_id, is_executive, status, current_step, "
        "started_at, diagnosis_confirmed, draft_state, created_at, updated_at, version) "
        "VALUES (gen_random_uuid(), gen_random_uuid(), :agent, false, 'finished', 'outcome', "
        "now(), true, '{}', now(), now(), 1)"
    )
    forged_reason = (
        "INSERT INTO call_reasons (id, call_id, reason_id, is_primary, verified, position, "
        "created_at, updated_at, version) VALUES (gen_random_uuid(), :call, "
        "(SELECT id FROM reasons LIMIT 1), true, true, 0, now(), now(), 1)"
    )
    attempts = [
        (forged_call, {"agent": bia.id}),  # a call in her name
        (forged_reason, {"call": theirs}),  # a reason on her call
        (forged_reason, {"call": uuid.uuid4()}),  # a reason on no call at all
    ]
    for statement, params in attempts:
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(statement), params)
    with engine.begin() as conn:
        changed = conn.execute(text("UPDATE calls SET outcome = 'won_back'")).rowcount
    engine.dispose()
    assert changed == 0
    rows = S.central_rows(centre, "calls", "agent_id", "outcome")
    assert rows == [(bia.id, "declined")]
    other.ws.close()


# --- 7. a desk joining with an agent's login ------------------------------------------------


def test_a_desk_made_by_a_local_supervisor_joins_with_an_agents_login(
    template_data_dir: Path, tmp_path: Path, pg_server: PgServer, centre: str
) -> None:
    """Its first user was a local supervisor, so it pushed catalogue rows and every sync
    failed "permission denied for table offers", forever."""
    tag = uuid.uuid4().hex[:5]
    boss = D.joined_desk(
        template_data_dir, tmp_path / "boss", D.login(pg_server, centre, f"boss{tag}", "supervisor")
    )
    url = D.login(pg_server, centre, f"caio{tag}", "agent")
    ws = S.desktop(template_data_dir, tmp_path / "d")  # first start: a local supervisor
    with ws.sessions.begin() as session:  # and a local edit of the catalogue
        reason = session.scalar(select(Reason).order_by(Reason.code).limit(1))
        assert reason is not None
        reason.label_en = "Edited here"
    desk = D.Desk(ws, url)
    report = desk.sync()
    assert report.identity_changed
    me = users.current_user(ws.sessions)
    assert me is not None and me.name == f"caio{tag}".title() and me.role.value == "agent"
    state = status(ws.sessions)
    assert state.waiting == 0
    assert set(state.refused) == {"users", "reasons"}  # the seeded catalogue was the centre's
    assert "agent" in state.refused["reasons"][1] and "reasons" in state.refused["reasons"][1]
    with ws.sessions() as session:  # the centre's value is back here
        assert session.scalar(select(func.count()).where(Reason.label_en == "Edited here")) == 0
        attempts = session.scalars(select(OutboxEntry.attempts)).all()
    again = desk.sync()
    assert again.refused == 0 and again.pushed == 0
    with ws.sessions() as session:
        assert session.scalars(select(OutboxEntry.attempts)).all() == attempts  # no retries
        assert session.scalar(select(func.count()).select_from(User)) >= 3
    boss.ws.close()
    ws.close()


# --- approvals travel (issue 18 meets issue 15) ---------------------------------------------


def test_a_supervisors_approval_reaches_the_agent_who_made_the_offer(
    team: Any, tmp_path: Path, centre: str
) -> None:
    """An offer above the agent's limit waits for approval on her desk; the supervisor's
    decision must reach the centre and come back to her, with the call-back it creates."""
    from datetime import UTC, datetime

    from recovery_desk.services.calls.approvals import decide
    from recovery_desk.services.calls.offers import offers_for_call
    from recovery_desk.services.calls.session import CallSession
    from recovery_desk.storage.tables import Callback, OfferMade

    D.import_customers(team.a, tmp_path / "a.csv", D.customers("A", 2))
    D.edit_customer(team.a, "A0001", segment="Residencial", monthly_revenue_cents=30000)
    team.a.sync()
    D.open_cycle(team.a, "Dezembro", agents=[team.agent_name])
    team.a.sync()
    team.agent.sync()
    me = users.current_user(team.agent.sessions)
    assert me is not None
    with team.agent.sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    call = CallSession.start(team.agent.sessions, me, D.customer_id(team.agent, "A0001"))
    call.pick_reason(str(reason))
    call.confirm_diagnosis("x")
    offer = next(
        o.id for o in offers_for_call(call, "en", datetime.now(UTC)) if o.code == "DISC_20_6M"
    )
    call.set_draft("offer", {"offer_id": str(offer), "response": "accepted"})
    call.finish(Outcome.WON_BACK)
    team.agent.sync()
    team.b.sync()
    boss = users.current_user(team.b.sessions)
    assert boss is not None
    with team.b.sessions() as session:
        made = session.scalar(select(OfferMade.id).where(OfferMade.call_id == call.call_id))
    assert made is not None
    decide(team.b.sessions, boss, made, approve=True, note="Cliente antigo, vale a pena")
    assert team.b.sync().refused == 0
    team.agent.sync()
    with team.agent.sessions() as session:
        row = session.get(OfferMade, made)
        assert row is not None and row.approved_by_id == boss.id
        assert row.approval_status == "approved"
        assert session.scalar(
            select(func.count()).select_from(Callback).where(Callback.agent_id == me.id)
        )
        cost = row.cost_cents
    # `report offers` agrees on both desks and at the centre: approved, with its cost.
    from recovery_desk.services.reports.activity import offers_report

    centre_engine = make_engine(centre)
    engines = [team.agent.ws.database.engine, team.b.ws.database.engine, centre_engine]
    for engine in engines:
        [line] = [o for o in offers_report(engine).offers if o.offer == "DISC_20_6M"]
        assert (line.accepted, line.awaiting, line.cost_cents) == (1, 0, cost)
    centre_engine.dispose()
