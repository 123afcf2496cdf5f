"""Translated names for the stored vocabularies (outcomes, roles, statuses, steps)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def outcome_label(outcome: str | None) -> str:
    """``"won_back"`` -> "Won back" in the UI language (empty for none)."""
    names = {
        "won_back": QCoreApplication.translate("labels", "Won back"),
        "thinking": QCoreApplication.translate("labels", "Thinking it over"),
        "declined": QCoreApplication.translate("labels", "Declined"),
        "not_reached": QCoreApplication.translate("labels", "Not reached"),
        "do_not_call": QCoreApplication.translate("labels", "Do not call again"),
    }
    return names.get(outcome or "", outcome or "")


def role_label(role: str) -> str:
    names = {
        "agent": QCoreApplication.translate("labels", "Agent"),
        "executive": QCoreApplication.translate("labels", "Executive"),
        "supervisor": QCoreApplication.translate("labels", "Supervisor"),
    }
    return names.get(role, role)


def customer_status_label(status: str) -> str:
    names = {
        "departed": QCoreApplication.translate("labels", "Departed"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "won_back": QCoreApplication.translate("labels", "Won back"),
        "lost": QCoreApplication.translate("labels", "Lost"),
        "do_not_call": QCoreApplication.translate("labels", "Do not call"),
    }
    return names.get(status, status)


def step_label(step: str) -> str:
    names = {
        "apologise": QCoreApplication.translate("labels", "Apologise"),
        "listen": QCoreApplication.translate("labels", "Listen"),
        "diagnose": QCoreApplication.translate("labels", "Diagnose and verify"),
        "assist": QCoreApplication.translate("labels", "Assist"),
        "offer": QCoreApplication.translate("labels", "Offer"),
        "outcome": QCoreApplication.translate("labels", "Outcome"),
    }
    return names.get(step, step)


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
