"""Closed-loop coaching: feedback to the front-line rep who served a departed customer.

When a call's reason falls in a front-line category (``reason_categories.front_line``),
the supervisor writes a note to the rep named in ``customers.served_by``. A note moves
forward only: open → delivered → acknowledged, each step timestamped and audited.
Only supervisors read and write coaching notes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, select

from recovery_desk.domain.enums import CoachingStatus, Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import pick_label
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_role
from recovery_desk.storage.tables import (
    Call,
    CallReason,
    CoachingNote,
    Customer,
    Reason,
    ReasonCategory,
)
from recovery_desk.storage.types import utcnow

NEXT_STATUS = {
    CoachingStatus.OPEN: CoachingStatus.DELIVERED,
    CoachingStatus.DELIVERED: CoachingStatus.ACKNOWLEDGED,
}
MAX_SUGGESTIONS = 500


@dataclass(frozen=True)
class Suggestion:
    """A call whose reason points at the front line, with no coaching note yet."""

    call_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    served_by: str | None
    reason_id: uuid.UUID
    reason_label: str
    verbatim: str
    call_at: datetime


@dataclass(frozen=True)
class NoteDTO:
    id: uuid.UUID
    rep_name: str
    text: str
    status: CoachingStatus
    created_at: datetime
    delivered_at: datetime | None
    acknowledged_at: datetime | None
    customer_name: str | None
    reason_label: str | None


@dataclass(frozen=True)
class RepSummary:
    rep_name: str
    open: int
    delivered: int
    acknowledged: int


def _label(reason: Reason, lang: str) -> str:
    labels = {"pt_BR": reason.label_pt_br, "pt_PT": reason.label_pt_pt, "en": reason.label_en}
    return pick_label(labels, lang).text or reason.code


def suggestions(sessions: Sessions, user: UserDTO, *, lang: str = "en") -> list[Suggestion]:
    """Calls with a front-line reason and no coaching note, latest first."""
    require_role(user, Role.SUPERVISOR)
    noted = exists().where(CoachingNote.call_id == Call.id)
    query = (
        select(Call, CallReason, Reason, Customer)
        .join(CallReason, CallReason.call_id == Call.id)
        .join(Reason, Reason.id == CallReason.reason_id)
        .join(ReasonCategory, ReasonCategory.id == Reason.category_id)
        .join(Customer, Customer.id == Call.customer_id)
        .where(ReasonCategory.front_line.is_(True), ~noted)
        .order_by(Call.started_at.desc(), CallReason.position)
        .limit(MAX_SUGGESTIONS)
    )
    seen: set[uuid.UUID] = set()
    result = []
    with sessions() as session:
        for call, call_reason, reason, customer in session.execute(query):
            if call.id in seen:
                continue
            seen.add(call.id)
            result.append(
                Suggestion(
                    call_id=call.id,
                    customer_id=customer.id,
                    customer_name=customer.name,
                    served_by=customer.served_by,
                    reason_id=reason.id,
                    reason_label=_label(reason, lang),
                    verbatim=(call_reason.verbatim or call.verbatim or "").strip(),
                    call_at=call.started_at,
                )
            )
    return result


def create_note(
    sessions: Sessions,
    user: UserDTO,
    text: str,
    *,
    call_id: uuid.UUID | None = None,
    rep_name: str | None = None,
) -> uuid.UUID:
    """Write a coaching note; with ``call_id``, the rep defaults to who served the customer.

    Raises:
        PermissionDenied: the user is not a supervisor.
        ValidationError: empty text, or no rep to address the note to.
    """
    require_role(user, Role.SUPERVISOR)
    text = text.strip()
    if not text:
        raise ValidationError("the note is empty", field="text")
    with sessions.begin() as session:
        customer_id = reason_id = None
        if call_id is not None:
            call = session.get(Call, call_id)
            if call is None:
                raise ValidationError("unknown call", field="call")
            customer = session.get(Customer, call.customer_id)
            customer_id = call.customer_id
            reason_id = session.scalar(
                select(CallReason.reason_id)
                .join(Reason, Reason.id == CallReason.reason_id)
                .join(ReasonCategory, ReasonCategory.id == Reason.category_id)
                .where(CallReason.call_id == call_id)
                .order_by(ReasonCategory.front_line.desc(), CallReason.position)
                .limit(1)
            )
            rep_name = (rep_name or "").strip() or (customer.served_by if customer else None)
        rep_name = (rep_name or "").strip()
        if not rep_name:
            raise ValidationError("say which rep the note is for", field="rep")
        note = CoachingNote(
            rep_name=rep_name,
            call_id=call_id,
            customer_id=customer_id,
            reason_id=reason_id,
            author_id=user.id,
            text=text,
            status=CoachingStatus.OPEN.value,
        )
        session.add(note)
        session.flush()
        audit(
            session,
            user,
            "coaching_note_created",
            "coaching_notes",
            note.id,
            after={"rep_name": rep_name, "call_id": str(call_id) if call_id else None},
        )
        return note.id


def advance(sessions: Sessions, user: UserDTO, note_id: uuid.UUID, to: CoachingStatus) -> None:
    """Move a note to ``to`` (delivered, then acknowledged), timestamped and audited."""
    require_role(user, Role.SUPERVISOR)
    with sessions.begin() as session:
        note = session.get(CoachingNote, note_id)
        if note is None:
            raise ValidationError("unknown coaching note", field="note")
        current = CoachingStatus(note.status)
        if NEXT_STATUS.get(current) is not to:
            raise ValidationError(
                f"a {current.value} note cannot become {to.value}", field="status"
            )
        now = utcnow()
        if to is CoachingStatus.DELIVERED:
            note.delivered_at = now
        else:
            note.acknowledged_at = now
        note.status = to.value
        audit(
            session,
            user,
            "coaching_note_" + to.value,
            "coaching_notes",
            note.id,
            before={"status": current.value},
            after={"status": to.value},
        )


def reps(sessions: Sessions, user: UserDTO) -> list[RepSummary]:
    """Every rep with notes, and how many notes are in each status."""
    require_role(user, Role.SUPERVISOR)
    counts: dict[str, dict[str, int]] = {}
    with sessions() as session:
        query = select(CoachingNote.rep_name, CoachingNote.status, func.count()).group_by(
            CoachingNote.rep_name, CoachingNote.status
        )
        for rep, status, n in session.execute(query):
            counts.setdefault(rep, {})[status] = n
    return [
        RepSummary(
            rep_name=rep,
            open=by.get(CoachingStatus.OPEN, 0),
            delivered=by.get(CoachingStatus.DELIVERED, 0),
            acknowledged=by.get(CoachingStatus.ACKNOWLEDGED, 0),
        )
        for rep, by in sorted(counts.items(), key=lambda kv: kv[0].casefold())
    ]


def notes_for(
    sessions: Sessions, user: UserDTO, rep_name: str, *, lang: str = "en"
) -> list[NoteDTO]:
    """One rep's notes, newest first."""
    require_role(user, Role.SUPERVISOR)
    query = (
        select(CoachingNote, Customer.name, Reason)
        .outerjoin(Customer, Customer.id == CoachingNote.customer_id)
        .outerjoin(Reason, Reason.id == CoachingNote.reason_id)
        .where(CoachingNote.rep_name == rep_name)
        .order_by(CoachingNote.created_at.desc())
    )
    with sessions() as session:
        return [
            NoteDTO(
                id=note.id,
                rep_name=note.rep_name,
                text=note.text,
                status=CoachingStatus(note.status),
                created_at=note.created_at,
                delivered_at=note.delivered_at,
                acknowledged_at=note.acknowledged_at,
                customer_name=customer_name,
                reason_label=_label(reason, lang) if reason is not None else None,
            )
            for note, customer_name, reason in session.execute(query)
        ]
