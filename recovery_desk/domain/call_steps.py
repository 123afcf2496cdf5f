"""The guided call's step machine: order, jumps, time per step and the verify-back gate.

Steps run apologise → listen → diagnose → assist → offer → outcome. The agent may jump to any
step (Alt+1…6), but moving *forward* out of Diagnose with ``next`` needs the diagnosis
confirmed back by the customer, and finishing needs an outcome that satisfies
:func:`recovery_desk.domain.call_record.record_problems`. Time is measured by the caller's
monotonic clock in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from recovery_desk.domain.enums import STEP_ORDER, Step
from recovery_desk.domain.errors import ValidationError

WORK_START_HOUR = 9
WORK_END_HOUR = 18


@dataclass
class Diagnosis:
    """Reasons picked in order (the first is primary) and whether they were verified back."""

    reason_ids: list[str] = field(default_factory=list)
    confirmed: bool = False

    def pick(self, reason_id: str) -> bool:
        """Add a reason (primary when first). Returns False when it was already picked."""
        if reason_id in self.reason_ids:
            return False
        self.reason_ids.append(reason_id)
        self.confirmed = False
        return True

    def remove(self, reason_id: str) -> None:
        if reason_id in self.reason_ids:
            self.reason_ids.remove(reason_id)
            self.confirmed = False

    def confirm(self) -> None:
        if not self.reason_ids:
            raise ValidationError("pick a reason before confirming", field="reason")
        self.confirmed = True

    def correct(self) -> None:
        """The customer corrected the read-back: back to the picker, not confirmed."""
        self.confirmed = False


@dataclass
class CallFlow:
    """Where the call is and how long each step took (ms)."""

    current: Step = Step.APOLOGISE
    durations: dict[Step, int] = field(default_factory=lambda: {s: 0 for s in STEP_ORDER})
    diagnosis: Diagnosis = field(default_factory=Diagnosis)
    entered_ms: int | None = None

    def start(self, now_ms: int) -> None:
        """Start (or resume) the clock of the current step."""
        self.entered_ms = now_ms

    def elapsed(self, step: Step, now_ms: int) -> int:
        """Milliseconds spent in ``step`` so far, including the running part."""
        total = self.durations.get(step, 0)
        if step is self.current and self.entered_ms is not None:
            total += max(0, now_ms - self.entered_ms)
        return total

    def go(self, step: Step, now_ms: int) -> Step:
        """Jump to ``step``, booking the time spent in the current one."""
        if step is not self.current:
            self.durations[self.current] = self.elapsed(self.current, now_ms)
            self.current = step
        self.entered_ms = now_ms
        return step

    def next(self, now_ms: int) -> Step:
        """Move forward one step.

        Raises:
            ValidationError: leaving Diagnose before the read-back is confirmed.
        """
        index = STEP_ORDER.index(self.current)
        if self.current is Step.DIAGNOSE and not self.diagnosis.confirmed:
            raise ValidationError(
                "confirm the reason with the customer before moving on", field="diagnosis"
            )
        if index + 1 >= len(STEP_ORDER):
            return self.current
        return self.go(STEP_ORDER[index + 1], now_ms)

    def previous(self, now_ms: int) -> Step:
        index = STEP_ORDER.index(self.current)
        return self.go(STEP_ORDER[max(0, index - 1)], now_ms)


def next_working_time(now_local: datetime) -> datetime:
    """The suggested next attempt: the next working day (Mon–Fri) in working hours."""
    hour = min(max(now_local.hour, WORK_START_HOUR), WORK_END_HOUR - 1)
    candidate = (now_local + timedelta(days=1)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )
    while candidate.weekday() >= 5:
        candidate += timedelta(days=1)
    return candidate


def compose_readback(template: str, joiner: str, labels: list[str]) -> str:
    """The read-back sentence: ``{reasons}`` replaced by the labels as noun phrases.

    The template takes the reason as a noun phrase ("the main reason you left was:
    {reasons}"), never as a clause ("because {reasons}"), so any reason label reads right.
    The primary reason comes first; the others follow ``joiner`` ("; and also: "), joined
    by commas.
    """
    parts = [_lower_first(text) for text in labels if text]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else parts[0] + joiner + ", ".join(parts[1:])
    return template.replace("{reasons}", joined)


READBACK_CLAUSE_WORDS = ("because", "since", "porque", "pois", "visto que", "já que")


def readback_clause_problem(text: str, placeholder: str = "{reason}") -> bool:
    """Whether ``text`` uses the reason placeholder as a clause ("because {reason}").

    Reason labels are noun phrases ("Price increase above expectations"), so a script that
    puts one after "because"/"porque" reads ungrammatically aloud.
    """
    lowered = text.lower()
    start = lowered.find(placeholder)
    while start >= 0:
        before = lowered[:start].rstrip(" ,:")
        if any(before.endswith(word) for word in READBACK_CLAUSE_WORDS):
            return True
        start = lowered.find(placeholder, start + 1)
    return False


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym ("TV", "SMS") keeps its case
    return text[:1].lower() + text[1:]
