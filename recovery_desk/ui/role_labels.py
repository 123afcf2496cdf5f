"""Translated names and explanations of the roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.enums import Role


def role_label(role: Role) -> str:
    return {
        Role.AGENT: QCoreApplication.translate("roles", "Agent"),
        Role.EXECUTIVE: QCoreApplication.translate("roles", "Executive"),
        Role.SUPERVISOR: QCoreApplication.translate("roles", "Supervisor"),
    }[role]


def role_help(role: Role) -> str:
    """One sentence saying what the role does in the app."""
    return {
        Role.AGENT: QCoreApplication.translate(
            "roles", "Works a queue of departed customers and runs the guided call."
        ),
        Role.EXECUTIVE: QCoreApplication.translate(
            "roles", "Personally calls a handful of high-value departed customers each cycle."
        ),
        Role.SUPERVISOR: QCoreApplication.translate(
            "roles",
            "Opens rescue cycles, imports and assigns customers, edits the catalogues, reads "
            "the reports, and can add agents and executives later.",
        ),
    }[role]
