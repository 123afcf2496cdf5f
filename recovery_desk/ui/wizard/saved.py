"""The sentence said when a call ends: who, how it ended and the follow-ups it created."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.call_record import DROPPED_OFFER, DROPPED_PROMISES, DROPPED_REASONS
from recovery_desk.domain.enums import ApprovalStatus
from recovery_desk.services.calls.finish import FinishedCallDTO
from recovery_desk.ui.formatting import format_count, format_datetime
from recovery_desk.ui.vocabulary import outcome_label


def saved_summary(result: FinishedCallDTO) -> str:
    """One line for the status bar, e.g. "Call with Ana saved: Thinking it over. Call-back
    on 21/11/2026 10:00. Promises: 1."."""
    parts = [
        QCoreApplication.translate("CallSaved", "Call with %1 saved: %2.")
        .replace("%1", result.customer_name)
        .replace("%2", outcome_label(result.outcome))
    ]
    if result.callback_at is not None:
        parts.append(
            QCoreApplication.translate("CallSaved", "Call-back on %1.").replace(
                "%1", format_datetime(result.callback_at)
            )
        )
    if result.next_attempt_at is not None:
        parts.append(
            QCoreApplication.translate("CallSaved", "Next attempt on %1.").replace(
                "%1", format_datetime(result.next_attempt_at)
            )
        )
    if result.promises:
        parts.append(
            QCoreApplication.translate("CallSaved", "Promises: %1.").replace(
                "%1", format_count(result.promises)
            )
        )
    if result.offer_approval is ApprovalStatus.AWAITING:
        parts.append(
            QCoreApplication.translate(
                "CallSaved",
                "The offer awaits a supervisor's approval; the answer will reach your follow-ups.",
            )
        )
    if result.dropped:
        names = {
            DROPPED_OFFER: QCoreApplication.translate("CallSaved", "the offer answer"),
            DROPPED_PROMISES: QCoreApplication.translate("CallSaved", "the promises"),
            DROPPED_REASONS: QCoreApplication.translate("CallSaved", "the reasons"),
        }
        dropped = ", ".join(names[item] for item in result.dropped)
        parts.append(
            QCoreApplication.translate(
                "CallSaved", "Not kept, as the customer was not reached: %1."
            ).replace("%1", dropped)
        )
    return " ".join(parts)
