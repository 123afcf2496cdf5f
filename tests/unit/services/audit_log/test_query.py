"""Reading the audit log: filters by who, action and period; keyset pages that neither skip
nor repeat an entry; supervisors only."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.audit_log.query import AuditFilter, actions, every, page
from recovery_desk.storage.tables import AuditEntry


def _log(sessions, rows) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        for at, user_id, action in rows:
            session.add(AuditEntry(at=at, user_id=user_id, action=action, entity="users"))


def test_filters_and_pages(sessions, supervisor, agent) -> None:
    base = datetime(2026, 11, 1, 12, tzinfo=UTC)
    same_instant = base + timedelta(days=3)
    rows = [(base + timedelta(days=d), agent.id, "sign_in") for d in range(3)]
    rows += [(same_instant, supervisor.id, "sign_in.failed") for _ in range(4)]  # one instant
    rows += [(base + timedelta(days=10), supervisor.id, "export.reason_log")]
    _log(sessions, rows)
    everything = AuditFilter()
    seen: list[uuid.UUID] = []
    after = None
    while True:  # pages of 3 through ties at one instant: none skipped, none repeated
        chunk = page(sessions, supervisor, everything, after=after, limit=3)
        seen += [r.id for r in chunk]
        if len(chunk) < 3:
            break
        after = chunk[-1].key
    assert len(seen) == len(set(seen)) == 8
    assert [r.id for r in every(sessions, supervisor, everything)] == seen
    newest = page(sessions, supervisor, everything)[0]
    assert (newest.action, newest.who) == ("export.reason_log", "Sofia Supervisora")

    by_agent = page(sessions, supervisor, AuditFilter(user_id=agent.id))
    assert {r.who for r in by_agent} == {"André Agente"} and len(by_agent) == 3
    failed = page(sessions, supervisor, AuditFilter(action="sign_in.failed"))
    assert len(failed) == 4
    all_sign_in = page(sessions, supervisor, AuditFilter(action="sign_in."))
    assert len(all_sign_in) == 7  # the group: sign_in and sign_in.*
    period = AuditFilter(since=date(2026, 11, 2), until=date(2026, 11, 4))
    assert len(page(sessions, supervisor, period)) == 2 + 4  # days 2, 3 and the tie on day 4
    assert actions(sessions, supervisor) == ["export.reason_log", "sign_in", "sign_in.failed"]


def test_only_supervisors_read_it_and_a_period_must_make_sense(sessions, supervisor, agent) -> None:
    with pytest.raises(PermissionDenied):
        page(sessions, agent, AuditFilter())
    with pytest.raises(ValidationError):
        page(sessions, supervisor, AuditFilter(since=date(2026, 2, 1), until=date(2026, 1, 1)))
