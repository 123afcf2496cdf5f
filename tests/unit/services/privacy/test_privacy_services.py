"""Erasure on request, the retention purge and the personal-data export, as a supervisor
would use them: what goes, what stays for the reports, and who may."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.enums import Outcome
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.privacy import Retention, months_before
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.privacy import retention
from recovery_desk.services.privacy.erase import erase_customer, find_customer, preview
from recovery_desk.services.privacy.export import export_customer
from recovery_desk.services.reports.reasons import reasons_report
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.tables import AuditEntry, Call, Customer, Erasure
from tests import privacy_data as P


def _totals(ws: Workspace) -> list[tuple[str | None, int, int]]:
    rows = reasons_report(ws.database.engine)
    return [(r.reason, r.customers, r.monthly_revenue_cents) for r in rows]


def test_erasure_keeps_every_report_total_and_is_refused_to_an_agent(
    workspace: Workspace, supervisor: UserDTO, agent: UserDTO, tmp_path: Path
) -> None:
    who = P.person(workspace.sessions, supervisor, tmp_path)
    totals = _totals(workspace)
    with pytest.raises(PermissionDenied):
        erase_customer(workspace.sessions, agent, code=P.CODE, request_ref="R")
    with pytest.raises(ValidationError):
        erase_customer(workspace.sessions, supervisor, code="NOBODY", request_ref="R")
    shown = preview(workspace.sessions, supervisor, who.customer_id)
    assert (shown.name, shown.calls, shown.promises, shown.care_reviews) == (P.NAME, 1, 1, 1)
    # the call's own call-back ("thinking") and one with a note
    assert (shown.callbacks, shown.health_events, shown.coaching_notes) == (2, 1, 1)
    assert shown.has_phone and shown.has_email and shown.has_notes and not shown.already_erased
    erase_customer(workspace.sessions, supervisor, code=f" {P.CODE} ", request_ref="R")
    assert _totals(workspace) == totals
    assert preview(workspace.sessions, supervisor, who.customer_id).already_erased
    # The code no longer finds anyone: it is kept only as a hash.
    assert find_customer(workspace.sessions, P.CODE) is None
    again = erase_customer(workspace.sessions, supervisor, code=P.CODE, request_ref="R2")
    assert again.already
    with workspace.sessions() as session:
        assert len(session.scalars(select(Erasure)).all()) == 1


def test_export_holds_the_calls_promises_and_care_review(
    workspace: Workspace, supervisor: UserDTO, agent: UserDTO, tmp_path: Path
) -> None:
    who = P.person(workspace.sessions, supervisor, tmp_path)
    out = tmp_path / "dados.json"
    with pytest.raises(PermissionDenied):
        export_customer(workspace.sessions, agent, who.customer_id, out)
    assert not out.exists()
    done = export_customer(workspace.sessions, supervisor, who.customer_id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "recovery-desk/personal-data"
    assert document["customer"]["name"] == P.NAME
    assert document["customer"]["email"] == P.EMAIL
    assert document["customer"]["notes"] == P.TEXTS["notes"]
    assert "search_terms" not in document["customer"]
    (call,) = document["calls"]
    assert call["id"] == str(who.call_id)
    assert call["verbatim"].startswith(P.TEXTS["verbatim"])
    assert call["readback_text"].startswith(P.TEXTS["readback"])
    assert any(s["notes"].startswith(P.TEXTS["step"]) for s in call["steps"])
    assert call["reasons"][0]["reason"]
    assert "agent_id" not in call
    assert [p["what"] for p in document["promises"]] == [P.TEXTS["promise"]]
    assert [r["notes"] for r in document["care_reviews"]] == [P.TEXTS["care"]]
    assert P.TEXTS["callback"] in [c["note"] for c in document["callbacks"]]
    assert [h["note"] for h in document["health_events"]] == [P.TEXTS["health"]]
    assert [n["text"] for n in document["coaching_notes"]] == [P.TEXTS["coaching"]]
    assert done.records >= 8
    with workspace.sessions() as session:
        action = session.scalar(select(AuditEntry.action).where(AuditEntry.action.like("privacy%")))
    assert action == "privacy.export"


def test_purge_dry_run_lists_exactly_what_the_purge_removes(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path
) -> None:
    sessions = workspace.sessions
    who = P.person(sessions, supervisor, tmp_path)  # called this year: only notes age
    P.import_rows(
        sessions,
        supervisor,
        tmp_path / "mais.csv",
        ["Y-2;Yolanda Lost;;;R$ 70,00;10/01/2026;Preço alto;NOTAY"],
    )
    lost = find_customer(sessions, "Y-2")
    assert lost is not None
    lost_call = P.finished_call(sessions, supervisor, lost, Outcome.DECLINED, "Y")
    zeferino = find_customer(sessions, "Z-1")  # departed, never called
    # Two and a half years on: Z-1 left over 24 months ago and nobody called; Y-2 left as
    # long ago but was called this year; every call is over 12 months old.
    later = date.today().replace(day=1)
    later = later.replace(year=later.year + 2, month=6)
    totals = _totals(workspace)

    plan = retention.plan_purge(sessions, supervisor, today=later)
    assert [i.key for i in plan.customers] == [str(zeferino)]
    assert sorted(i.key for i in plan.calls) == sorted([str(who.call_id), str(lost_call)])
    with sessions() as session:
        assert session.scalars(select(Erasure)).all() == []  # a dry run changes nothing

    done = retention.purge(sessions, supervisor, today=later)
    assert list(done.items()) == list(plan.items())
    with sessions() as session:
        made = {(e.scope, str(e.customer_id if e.scope == "customer" else e.call_id), e.reason)
                for e in session.scalars(select(Erasure))}  # fmt: skip
        names = dict(session.execute(select(Customer.external_id, Customer.name)).tuples().all())
        notes = session.execute(select(Call.verbatim, Call.readback_text)).all()
    assert made == {(i.kind, i.key, "retention") for i in plan.items()}
    assert names[P.CODE] == P.NAME and names["Y-2"] == "Yolanda Lost"
    assert f"ANON-{zeferino.hex}" in names  # type: ignore[union-attr]
    assert notes == [(None, None), (None, None)]
    assert _totals(workspace) == totals
    assert retention.plan_purge(sessions, supervisor, today=later).empty

    # A year later, the last contacts of Q-77 and Y-2 are old enough too.
    even_later = later.replace(year=later.year + 1)
    due = retention.plan_purge(sessions, supervisor, today=even_later).customers
    assert {i.key for i in due} == {str(who.customer_id), str(lost)}


def test_retention_is_a_setting_and_the_daily_purge_runs_once_a_day(
    workspace: Workspace, supervisor: UserDTO, agent: UserDTO, tmp_path: Path
) -> None:
    sessions = workspace.sessions
    assert retention.get_retention(sessions) == Retention(24, 12, 30)
    with pytest.raises(PermissionDenied):
        retention.set_retention(sessions, agent, Retention(12, 6, 10))
    with pytest.raises(ValidationError):
        retention.set_retention(sessions, supervisor, Retention(-1, 6, 10))
    retention.set_retention(sessions, supervisor, Retention(12, 0, 10))
    assert retention.get_retention(sessions) == Retention(12, 0, 10)
    P.person(sessions, supervisor, tmp_path)
    later = months_before(date.today(), -30)
    assert retention.purge_if_due(sessions, agent, None, today=later) is None
    first = retention.purge_if_due(sessions, supervisor, None, today=later)
    # Both customers' last contact is over 12 months old then; call notes are kept (0).
    assert first is not None and [i.kind for i in first.items()] == ["customer", "customer"]
    assert retention.purge_if_due(sessions, supervisor, None, today=later) is None
