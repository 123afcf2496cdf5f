"""The guided call's step machine: order, jumps, time per step and the verify-back gate.

Steps run apologise → listen → diagnose → assist → offer → outcome. The agent may jump to any
step (Alt+1…6), but moving *forward* out of Diagnose with ``next`` needs the diagnosis
confirmed back by the customer, and finishing needs an outcome that satisfies
:func:`outcome_problems`. Time is measured by the caller's monotonic clock in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from recovery_desk.domain.enums import STEP_ORDER, Outcome, Step
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


def outcome_problems(
    outcome: Outcome | None,
    *,
    diagnosis_confirmed: bool,
    callback_at: datetime | None,
    now: datetime,
) -> list[ValidationError]:
    """What stops the call from finishing with ``outcome`` (empty when it may finish)."""
    if outcome is None:
        return [ValidationError("choose an outcome to finish the call", field="outcome")]
    problems = []
    if outcome is Outcome.WON_BACK and not diagnosis_confirmed:
        problems.append(
            ValidationError("a won-back call needs a confirmed reason", field="diagnosis")
        )
    if outcome is Outcome.THINKING:
        if callback_at is None:
            problems.append(ValidationError("set the call-back date and time", field="callback"))
        elif callback_at <= now:
            problems.append(ValidationError("the call-back must be later", field="callback"))
    return problems


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
    """The read-back sentence: ``{reasons}`` replaced by the labels joined naturally."""
    parts = [_lower_first(text) for text in labels if text]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + joiner + parts[-1]
    return template.replace("{reasons}", joined)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym ("TV", "SMS") keeps its case
    return text[:1].lower() + text[1:]
