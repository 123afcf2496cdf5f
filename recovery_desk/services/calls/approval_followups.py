"""Offers waiting for approval, as follow-ups of the supervisor or executive who may decide.

``followups`` sits below ``calls`` and cannot ask who may approve what; this module joins
the two: the user's follow-ups plus one ``approval`` row per offer :func:`approvals.
pending_approvals` gives them (the one rule: supervisors any cost, executives within
their limit, agents none).
"""

from __future__ import annotations

from datetime import datetime

from recovery_desk.domain.errors import PermissionDenied
from recovery_desk.services.calls import approvals
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.followups import lists as followups
from recovery_desk.services.followups.lists import APPROVAL, FollowUp, StartSummary


def waiting_approvals(sessions: Sessions, user: UserDTO, lang: str = "en") -> list[FollowUp]:
    """The offers waiting for ``user``'s approval as follow-ups, oldest first (none for an
    agent)."""
    try:
        pending = approvals.pending_approvals(sessions, user, lang)
    except PermissionDenied:  # an agent approves nothing
        return []
    return [
        FollowUp(
            kind=APPROVAL,
            item_id=item.id,
            customer_id=item.customer_id,
            customer_name=item.customer_name,
            what=item.offer_label,
            due_at=item.made_at,
            due_on=None,
            overdue=False,  # no deadline: the row says how long it has waited
            cost_cents=item.cost_cents,
            currency=item.currency,
            agent_name=item.agent_name,
        )
        for item in pending
    ]


def followups_and_approvals(
    sessions: Sessions, user: UserDTO, lang: str = "en", *, now: datetime | None = None
) -> list[FollowUp]:
    """The user's follow-ups and the offers waiting for their approval, in one list by due
    time (an approval is due since the offer was made: the longest waiting come first)."""
    items = followups.list_followups(sessions, user, now=now)
    items += waiting_approvals(sessions, user, lang)
    items.sort(key=lambda f: (f.due_at, f.customer_name, f.kind))
    return items


def start_summary(
    sessions: Sessions, user: UserDTO, *, now: datetime | None = None
) -> StartSummary:
    """What the reminder at start counts: follow-ups due today, overdue, and approvals."""
    due = followups.due_at_start(sessions, user, now=now)
    waiting = len(waiting_approvals(sessions, user))
    return StartSummary(due.due_today, due.overdue, approvals=waiting)
