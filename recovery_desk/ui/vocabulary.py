"""The UI's names for the stored vocabularies: roles, call outcomes, call steps, cycle and
coaching-note statuses, care-review outcomes and the default catalogue's teams.

Every page shows these words through this module, so a role or an outcome reads the same
everywhere. Translation context ``"vocabulary"`` (teams: ``"teams"``); a value the app does
not know is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.enums import (
    STEP_ORDER,
    CareOutcome,
    CoachingStatus,
    CycleStatus,
    Outcome,
    Role,
    Step,
)


def role_label(role: str) -> str:
    """``"agent"`` -> "Agent" in the UI language."""
    names: dict[str, str] = {
        Role.AGENT: QCoreApplication.translate("vocabulary", "Agent"),
        Role.EXECUTIVE: QCoreApplication.translate("vocabulary", "Executive"),
        Role.SUPERVISOR: QCoreApplication.translate("vocabulary", "Supervisor"),
    }
    return names.get(role, role)


def role_help(role: str) -> str:
    """One sentence saying what the role does in the app."""
    helps: dict[str, str] = {
        Role.AGENT: QCoreApplication.translate(
            "vocabulary", "Works a queue of departed customers and runs the guided call."
        ),
        Role.EXECUTIVE: QCoreApplication.translate(
            "vocabulary",
            "Personally calls a handful of high-value departed customers each cycle.",
        ),
        Role.SUPERVISOR: QCoreApplication.translate(
            "vocabulary",
            "Opens rescue cycles, imports and assigns customers, edits the catalogues, reads "
            "the reports, and can add agents and executives later.",
        ),
    }
    return helps.get(role, "")


def outcome_label(outcome: str | None) -> str:
    """A call's outcome: ``"won_back"`` -> "Won back" (empty for none)."""
    names: dict[str, str] = {
        Outcome.WON_BACK: QCoreApplication.translate("vocabulary", "Won back"),
        Outcome.THINKING: QCoreApplication.translate("vocabulary", "Thinking it over"),
        Outcome.DECLINED: QCoreApplication.translate("vocabulary", "Declined"),
        Outcome.NOT_REACHED: QCoreApplication.translate("vocabulary", "Not reached"),
        Outcome.DO_NOT_CALL: QCoreApplication.translate("vocabulary", "Do not call again"),
    }
    return names.get(outcome or "", outcome or "")


def step_label(step: str, *, numbered: bool = False) -> str:
    """A call step: ``"diagnose"`` -> "Diagnose and verify"; ``numbered`` puts the step's
    number first ("3 Diagnose and verify"), as the call's step rail does (not on Outcome)."""
    names: dict[str, str] = {
        Step.APOLOGISE: QCoreApplication.translate("vocabulary", "Apologise"),
        Step.LISTEN: QCoreApplication.translate("vocabulary", "Listen"),
        Step.DIAGNOSE: QCoreApplication.translate("vocabulary", "Diagnose and verify"),
        Step.ASSIST: QCoreApplication.translate("vocabulary", "Assist"),
        Step.OFFER: QCoreApplication.translate("vocabulary", "Offer"),
        Step.OUTCOME: QCoreApplication.translate("vocabulary", "Outcome"),
    }
    name = names.get(step, step)
    if numbered and step in STEP_ORDER and step != Step.OUTCOME:
        return f"{STEP_ORDER.index(Step(step)) + 1} {name}"
    return name


def cycle_status_label(status: str) -> str:
    """A rescue cycle's status: open or closed."""
    names: dict[str, str] = {
        CycleStatus.OPEN: QCoreApplication.translate("vocabulary", "Open", "cycle status"),
        CycleStatus.CLOSED: QCoreApplication.translate("vocabulary", "Closed", "cycle status"),
    }
    return names.get(status, status)


def coaching_status_label(status: str) -> str:
    """A coaching note's status: open, delivered to the rep, acknowledged by the rep."""
    names: dict[str, str] = {
        CoachingStatus.OPEN: QCoreApplication.translate(
            "vocabulary", "Open", "coaching note status"
        ),
        CoachingStatus.DELIVERED: QCoreApplication.translate(
            "vocabulary", "Delivered", "coaching note status"
        ),
        CoachingStatus.ACKNOWLEDGED: QCoreApplication.translate(
            "vocabulary", "Acknowledged", "coaching note status"
        ),
    }
    return names.get(status, status)


def care_outcome_label(outcome: str) -> str:
    """What a care review found about a won-back customer."""
    names: dict[str, str] = {
        CareOutcome.HEALTHY: QCoreApplication.translate("vocabulary", "Healthy"),
        CareOutcome.AT_RISK: QCoreApplication.translate("vocabulary", "At risk: schedule a call"),
        CareOutcome.LEFT_AGAIN: QCoreApplication.translate("vocabulary", "Left again"),
    }
    return names.get(outcome, outcome)


def team_label(team: str | None) -> str:
    """A responsible team's name in the UI language when it is one of the default
    catalogue's teams ("Pricing" -> "Precificação"); a team the supervisor named is shown
    as typed. Only the display changes: the catalogue and the calls keep the stored name."""
    if not team:
        return ""
    return _default_teams().get(team, team)


def team_from_label(text: str) -> str:
    """The stored name for what the user typed: a default team's name in the UI language
    (any case) is stored as that team ("precificação" -> "Pricing"); anything else as typed."""
    typed = text.strip()
    for stored, label in _default_teams().items():
        if typed.casefold() in (label.casefold(), stored.casefold()):
            return stored
    return typed


def default_team_labels() -> list[str]:
    """The default catalogue's teams in the UI language (for completion)."""
    return sorted(_default_teams().values(), key=str.casefold)


def _default_teams() -> dict[str, str]:
    return {
        "Pricing": QCoreApplication.translate("teams", "Pricing"),
        "Sales": QCoreApplication.translate("teams", "Sales"),
        "Operations": QCoreApplication.translate("teams", "Operations"),
        "Customer Service": QCoreApplication.translate("teams", "Customer Service"),
        "Billing": QCoreApplication.translate("teams", "Billing"),
        "Product": QCoreApplication.translate("teams", "Product"),
        "Legal & Contracts": QCoreApplication.translate("teams", "Legal & Contracts"),
        "Logistics": QCoreApplication.translate("teams", "Logistics"),
        "Digital": QCoreApplication.translate("teams", "Digital"),
        "Supervisors": QCoreApplication.translate("teams", "Supervisors"),
    }
