"""Offers waiting for approval among the approver's follow-ups, in due-time order, and
counted by the reminder at start; agents get none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_desk.services.calls import approval_followups
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups.lists import StartSummary
from tests import care_data
from tests.unit.services.calls.test_approvals import _awaiting_offer


def test_approvals_join_the_list_by_waiting_time(
    sessions: Sessions, agent: UserDTO, supervisor: UserDTO
) -> None:
    now = datetime.now(UTC)
    ana = care_data.customer(sessions, "Ana")
    earlier = care_data.callback(sessions, ana, supervisor.id, now - timedelta(hours=1))
    made = _awaiting_offer(sessions, agent)
    later = care_data.callback(sessions, ana, supervisor.id, now + timedelta(days=1))
    items = approval_followups.followups_and_approvals(sessions, supervisor)
    assert [(f.kind, f.item_id) for f in items] == [
        ("callback", earlier),
        ("approval", made),  # due since it was made, just now
        ("callback", later),
    ]
    offer = items[1]
    assert (offer.customer_name, offer.cost_cents, offer.currency) == ("Rita Sousa", 36000, "BRL")
    assert offer.agent_name == agent.name and not offer.overdue
    assert approval_followups.start_summary(sessions, supervisor) == StartSummary(
        due_today=0, overdue=1, approvals=1
    )


def test_an_agent_has_nothing_to_approve(sessions: Sessions, agent: UserDTO) -> None:
    _awaiting_offer(sessions, agent)
    assert approval_followups.waiting_approvals(sessions, agent) == []
    assert approval_followups.start_summary(sessions, agent).total == 0
