"""The follow-ups list: callbacks, overdue promises, care reviews and loops to close."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups import lists as followups
from recovery_desk.storage.tables import AuditEntry, Promise
from tests import care_data

NOW = datetime(2026, 5, 10, 12, tzinfo=UTC)


def _world(sessions: Sessions, agent: UserDTO, other: UserDTO) -> dict[str, object]:
    ana = care_data.customer(sessions, "Ana")
    bia = care_data.customer(sessions, "Bia")
    caio = care_data.customer(sessions, "Caio", status="won_back", won_back_on=date(2025, 11, 8))
    call_ana = care_data.call(sessions, ana, agent.id)
    care_data.call(sessions, caio, agent.id)
    call_other = care_data.call(sessions, bia, other.id)
    return {
        "callback_late": care_data.callback(
            sessions, ana, agent.id, datetime(2026, 5, 10, 9, tzinfo=UTC), "call back after 9"
        ),
        "callback_later": care_data.callback(
            sessions, bia, agent.id, datetime(2026, 5, 11, 15, tzinfo=UTC), "tomorrow"
        ),
        "callback_far": care_data.callback(
            sessions, bia, agent.id, datetime(2026, 6, 30, 15, tzinfo=UTC), "far"
        ),
        "callback_other": care_data.callback(
            sessions, bia, other.id, datetime(2026, 5, 9, 15, tzinfo=UTC), "not mine"
        ),
        "promise_overdue": care_data.promise(
            sessions, call_ana, ana, "refund the fee", date(2026, 5, 1)
        ),
        "promise_kept": care_data.promise(
            sessions, call_ana, ana, "fix the invoice", date(2026, 5, 3), kept_on=date(2026, 5, 4)
        ),
        "promise_other": care_data.promise(
            sessions, call_other, bia, "someone else's", date(2026, 5, 1)
        ),
        "caio": caio,
    }


def test_list_is_sorted_by_due_time_with_every_kind(
    sessions: Sessions, agent: UserDTO, executive: UserDTO
) -> None:
    ids = _world(sessions, agent, executive)
    items = followups.list_followups(sessions, agent, now=NOW)
    assert [(f.kind, f.item_id, f.overdue) for f in items] == [
        ("promise", ids["promise_overdue"], True),  # 1 May
        ("loop", ids["promise_kept"], False),  # kept 4 May: tell and thank
        ("care_review", ids["caio"], True),  # 8 May (six months after 8 Nov)
        ("callback", ids["callback_late"], True),  # today 09:00, now is 12:00
        ("callback", ids["callback_later"], False),  # tomorrow
    ]
    assert items[0].customer_name == "Ana" and items[0].what == "refund the fee"
    summary = followups.due_at_start(sessions, agent, now=NOW)
    assert (summary.overdue, summary.due_today, summary.total) == (3, 1, 4)


def test_mark_kept_then_close_the_loop_is_recorded(
    sessions: Sessions, agent: UserDTO, executive: UserDTO
) -> None:
    ids = _world(sessions, agent, executive)
    pid = ids["promise_overdue"]
    assert isinstance(pid, type(agent.id))
    with pytest.raises(ValidationError, match="not kept"):
        followups.close_loop(sessions, agent, pid)
    followups.mark_promise_kept(sessions, agent, pid, kept_on=date(2026, 5, 10))
    kinds = {f.item_id: f.kind for f in followups.list_followups(sessions, agent, now=NOW)}
    assert kinds[pid] == "loop"
    closed_at = followups.close_loop(sessions, agent, pid)
    assert pid not in {f.item_id for f in followups.list_followups(sessions, agent, now=NOW)}
    with sessions() as session:
        promise = session.get(Promise, pid)
        assert promise is not None and promise.loop_closed_at == closed_at
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"promise_kept", "loop_closed"} <= actions


def test_dismiss_callback_and_permissions(
    sessions: Sessions, agent: UserDTO, executive: UserDTO
) -> None:
    ids = _world(sessions, agent, executive)
    with pytest.raises(PermissionDenied):
        followups.dismiss_callback(sessions, agent, ids["callback_other"])  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        followups.mark_promise_kept(sessions, agent, ids["promise_other"])  # type: ignore[arg-type]
    followups.dismiss_callback(sessions, agent, ids["callback_late"])  # type: ignore[arg-type]
    remaining = {f.item_id for f in followups.list_followups(sessions, agent, now=NOW)}
    assert ids["callback_late"] not in remaining


def test_followups_cli_json(
    sessions: Sessions,
    supervisor: UserDTO,
    data_paths,  # type: ignore[no-untyped-def]
) -> None:
    import json

    from tests.conftest import run_cli

    ana = care_data.customer(sessions, "Ana")
    care_data.callback(sessions, ana, supervisor.id, datetime(2020, 1, 1, tzinfo=UTC), "old")
    done = run_cli("followups", "--format", "json", data_dir=data_paths.data_dir)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["kind"], r["customer"], r["overdue"]) for r in rows] == [("callback", "Ana", True)]
    table = run_cli("followups", data_dir=data_paths.data_dir)
    assert "OVERDUE" in table.stdout and "Ana" in table.stdout
    interval = run_cli("care", "interval", "--months", "4", data_dir=data_paths.data_dir)
    assert interval.returncode == 0 and "every 4 months" in interval.stdout
