"""Translated names for the stored vocabularies (outcomes, roles, statuses, steps)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def outcome_label(outcome: str | None) -> str:
    """``"won_back"`` -> "Won back" in the UI language (empty for none)."""
    names = {
        "won_back": _t("Won back"),
        "thinking": _t("Thinking it over"),
        "declined": _t("Declined"),
        "not_reached": _t("Not reached"),
        "do_not_call": _t("Do not call again"),
    }
    return names.get(outcome or "", outcome or "")


def role_label(role: str) -> str:
    names = {"agent": _t("Agent"), "executive": _t("Executive"), "supervisor": _t("Supervisor")}
    return names.get(role, role)


def customer_status_label(status: str) -> str:
    names = {
        "departed": _t("Departed"),
        "in_progress": _t("In progress"),
        "won_back": _t("Won back"),
        "lost": _t("Lost"),
        "do_not_call": _t("Do not call"),
    }
    return names.get(status, status)


def step_label(step: str) -> str:
    names = {
        "apologise": _t("Apologise"),
        "listen": _t("Listen"),
        "diagnose": _t("Diagnose and verify"),
        "assist": _t("Assist"),
        "offer": _t("Offer"),
        "outcome": _t("Outcome"),
    }
    return names.get(step, step)
