"""The guided call as a service: start or resume, save the draft, finish.

:class:`CallSession` wraps the domain step machine (:class:`CallFlow`) and the call's
draft. The UI changes values with the ``set_*`` methods (they only mark what changed) and
calls :meth:`CallSession.save_draft` (debounced): one small UPDATE of the call row and of the
changed step rows. Reasons, promises and the offer live in the draft until
:meth:`CallSession.finish` builds the saved call from the model in one transaction
(see ``finish.py``).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.call_steps import CallFlow, Diagnosis
from recovery_desk.domain.enums import STEP_ORDER, CallStatus, Outcome, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.calls.finish import FinishedCallDTO, PromiseDraft, finish_call
from recovery_desk.services.calls.header import CallHeaderDTO, load_header
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.storage.call_drafts import write_draft
from recovery_desk.storage.tables import Assignment, Call, CallStep, Cycle
from recovery_desk.storage.types import utcnow

Clock = Callable[[], int]

# Call columns the draft may change (besides current_step and draft_state).
CALL_FIELDS = (
    "verbatim",
    "readback_text",
    "diagnosis_confirmed",
    "assist_action",
    "ticket_ref",
    "escalated_team",
    "outcome_notes",
    "callback_at",
    "expectations_met",  # domain.expectations bit mask, ticked on the Outcome step
)


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)


@dataclass(frozen=True)
class DraftSummaryDTO:
    call_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    started_at: datetime
    current_step: str


class CallSession:
    """One call in progress: its header, step machine and draft values."""

    def __init__(
        self,
        sessions: Sessions,
        user: UserDTO,
        call: Call,
        steps: list[CallStep],
        header: CallHeaderDTO,
        *,
        clock: Clock = monotonic_ms,
    ):
        self.sessions = sessions
        self.user = user
        self.call_id = call.id
        self.customer_id = call.customer_id
        self.header = header
        self.started_at = call.started_at
        self.clock = clock
        self.notes = {Step(s.step): s.notes for s in steps}
        self.checklists = {Step(s.step): list(s.checklist_done) for s in steps}
        self.fields: dict[str, Any] = {name: getattr(call, name) for name in CALL_FIELDS}
        self.draft: dict[str, Any] = dict(call.draft_state or {})
        self.flow = CallFlow(
            current=Step(call.current_step),
            durations={Step(s.step): s.duration_ms for s in steps},
            diagnosis=Diagnosis(
                reason_ids=list(self.draft.get("reason_ids", [])),
                confirmed=bool(call.diagnosis_confirmed),
            ),
        )
        self.flow.start(clock())
        self._dirty_steps: set[Step] = set()
        self._dirty_fields: set[str] = set()
        self._draft_dirty = False
        self.finished = False

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        sessions: Sessions,
        user: UserDTO,
        customer_id: uuid.UUID,
        *,
        lang: str = "en",
        clock: Clock = monotonic_ms,
    ) -> CallSession:
        """Resume this user's draft with the customer, or start a new call."""
        with sessions.begin() as session:
            call = session.scalar(
                select(Call).where(
                    Call.customer_id == customer_id,
                    Call.agent_id == user.id,
                    Call.status == CallStatus.DRAFT.value,
                )
            )
            if call is None:
                header = load_header(session, customer_id, lang, date.today(), None)
                call = _new_call(session, user, customer_id)
            else:
                header = load_header(session, customer_id, lang, date.today(), call.id)
            steps = _steps(session, call.id)
            session.expunge_all()
        return cls(sessions, user, call, steps, header, clock=clock)

    @classmethod
    def resume(
        cls,
        sessions: Sessions,
        user: UserDTO,
        call_id: uuid.UUID,
        *,
        lang: str = "en",
        clock: Clock = monotonic_ms,
    ) -> CallSession:
        with sessions() as session:
            call = session.get(Call, call_id)
            if call is None or call.status != CallStatus.DRAFT.value:
                raise ValidationError("this call is no longer a draft", field="call")
            header = load_header(session, call.customer_id, lang, date.today(), call.id)
            steps = _steps(session, call.id)
            session.expunge_all()
        return cls(sessions, user, call, steps, header, clock=clock)

    # --- values -----------------------------------------------------------------------

    def set_notes(self, step: Step, text: str) -> None:
        if self.notes.get(step) != text:
            self.notes[step] = text
            self._dirty_steps.add(step)

    def set_checklist(self, step: Step, done: list[int]) -> None:
        if self.checklists.get(step) != done:
            self.checklists[step] = list(done)
            self._dirty_steps.add(step)

    def set_field(self, name: str, value: Any) -> None:
        if name not in CALL_FIELDS:
            raise ValueError(f"not a call field: {name}")
        if self.fields.get(name) != value:
            self.fields[name] = value
            self._dirty_fields.add(name)

    def set_draft(self, key: str, value: Any) -> None:
        """UI state kept with the draft (picker text, chosen outcome, offer, promises)."""
        if self.draft.get(key) != value:
            self.draft[key] = value
            self._draft_dirty = True

    @property
    def promises(self) -> list[PromiseDraft]:
        return [
            PromiseDraft(p["what"], p["owner"], date.fromisoformat(p["due_on"]))
            for p in self.draft.get("promises", [])
        ]

    def add_promise(self, what: str, owner: str, due_on: date) -> PromiseDraft:
        """Add a promise: it needs what, an owner and a due date not in the past."""
        if not what.strip():
            raise ValidationError("say what was promised", field="what")
        if not owner.strip():
            raise ValidationError("every promise needs an owner", field="owner")
        if due_on < date.today():
            raise ValidationError("the due date is in the past", field="due_on")
        item = {"what": what.strip(), "owner": owner.strip(), "due_on": due_on.isoformat()}
        self.set_draft("promises", [*self.draft.get("promises", []), item])
        self.set_pending_promise("")
        return PromiseDraft(item["what"], item["owner"], due_on)

    @property
    def pending_promise(self) -> str:
        """What is typed in the promise field but not added yet (kept with the draft)."""
        return str(self.draft.get("promise_typing") or "")

    def set_pending_promise(self, text: str) -> None:
        """Remember the promise being typed: finishing refuses while it is not added."""
        self.set_draft("promise_typing", text)

    def remove_promise(self, index: int) -> None:
        items = list(self.draft.get("promises", []))
        if 0 <= index < len(items):
            del items[index]
            self.set_draft("promises", items)

    # --- steps and diagnosis ------------------------------------------------------------

    def go(self, step: Step) -> Step:
        return self._moved(self.flow.current, self.flow.go(step, self.clock()))

    def next(self) -> Step:
        return self._moved(self.flow.current, self.flow.next(self.clock()))

    def previous(self) -> Step:
        return self._moved(self.flow.current, self.flow.previous(self.clock()))

    def _moved(self, before: Step, after: Step) -> Step:
        if before is not after:
            self._dirty_steps.update((before, after))
        return after

    def pick_reason(self, reason_id: str) -> bool:
        added = self.flow.diagnosis.pick(reason_id)
        self._diagnosis_changed()
        return added

    def remove_reason(self, reason_id: str) -> None:
        self.flow.diagnosis.remove(reason_id)
        self._diagnosis_changed()

    def confirm_diagnosis(self, readback: str) -> None:
        self.flow.diagnosis.confirm()
        self.set_field("readback_text", readback)
        self._diagnosis_changed()

    def correct_diagnosis(self) -> None:
        self.flow.diagnosis.correct()
        self._diagnosis_changed()

    def _diagnosis_changed(self) -> None:
        self.set_draft("reason_ids", list(self.flow.diagnosis.reason_ids))
        self.set_field("diagnosis_confirmed", self.flow.diagnosis.confirmed)

    def elapsed_seconds(self, now: datetime | None = None) -> int:
        """Seconds since the call started (continues across a resume)."""
        return max(0, int(((now or utcnow()) - self.started_at).total_seconds()))

    # --- saving -----------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return bool(self._dirty_steps or self._dirty_fields or self._draft_dirty)

    def save_draft(self) -> None:
        """Write what changed: the call row only when one of its values or the step
        changed, one small UPDATE per changed step (plus the running step's time)."""
        now_ms = self.clock()
        steps = self._dirty_steps | {self.flow.current}
        call_values: dict[str, Any] = {name: self.fields[name] for name in self._dirty_fields}
        if self._draft_dirty:
            call_values["draft_state"] = dict(self.draft)
        if call_values or len(steps) > 1:
            call_values["current_step"] = self.flow.current.value
        rows = [
            {
                "step": step.value,
                "notes": self.notes.get(step, ""),
                "checklist_done": self.checklists.get(step, []),
                "duration_ms": self.flow.elapsed(step, now_ms),
            }
            for step in steps
        ]
        write_draft(self.sessions.kw["bind"], self.call_id, call_values, rows, utcnow())
        self._dirty_steps.clear()
        self._dirty_fields.clear()
        self._draft_dirty = False

    def discard(self) -> None:
        """Forget this draft (the agent chose not to keep it)."""
        with self.sessions.begin() as session:
            call = session.get(Call, self.call_id)
            if call is not None and call.status == CallStatus.DRAFT.value:
                session.delete(call)
        self.finished = True

    def finish(self, outcome: Outcome | None, *, now: datetime | None = None) -> Any:
        """Save the call with ``outcome``; see :func:`finish.finish_call`."""
        self.save_draft()
        result = finish_call(self, outcome, now=now or utcnow())
        self.finished = True
        return result


def _new_call(session: Session, user: UserDTO, customer_id: uuid.UUID) -> Call:
    assignment = session.scalar(
        select(Assignment)
        .join(Cycle, Cycle.id == Assignment.cycle_id)
        .where(Assignment.customer_id == customer_id, Cycle.status == "open")
        .order_by(Cycle.period_start.desc())
        .limit(1)
    )
    call = Call(
        customer_id=customer_id,
        agent_id=user.id,
        cycle_id=assignment.cycle_id if assignment else None,
        assignment_id=assignment.id if assignment else None,
        is_executive=bool(assignment.is_executive) if assignment else user.role == "executive",
        status=CallStatus.DRAFT.value,
        current_step=Step.APOLOGISE.value,
        started_at=utcnow(),
        draft_state={},
    )
    session.add(call)
    session.flush()
    for step in STEP_ORDER:
        session.add(CallStep(call_id=call.id, step=step.value, notes="", checklist_done=[]))
    session.flush()
    return call


def _steps(session: Session, call_id: uuid.UUID) -> list[CallStep]:
    return list(session.scalars(select(CallStep).where(CallStep.call_id == call_id)))


def unfinished_drafts(sessions: Sessions, user: UserDTO) -> list[DraftSummaryDTO]:
    """This user's calls left as drafts, newest first (offered for resuming at start)."""
    from recovery_desk.storage.tables import Customer

    with sessions() as session:
        rows = session.execute(
            select(Call, Customer.name)
            .join(Customer, Customer.id == Call.customer_id)
            .where(Call.agent_id == user.id, Call.status == CallStatus.DRAFT.value)
            .order_by(Call.updated_at.desc())
        ).all()
        return [
            DraftSummaryDTO(c.id, c.customer_id, name, c.started_at, c.current_step)
            for c, name in rows
        ]


def record_not_reached(
    sessions: Sessions, user: UserDTO, customer_id: uuid.UUID, *, now: datetime
) -> FinishedCallDTO:
    """One keystroke from anywhere: the customer did not answer (attempt counted).

    Uses this user's draft with the customer when there is one, else a new call.
    """
    cs = CallSession.start(sessions, user, customer_id)
    result: FinishedCallDTO = cs.finish(Outcome.NOT_REACHED, now=now)
    return result
