"""Table model over the user's follow-ups (``services.followups.FollowUp`` rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.calls.approvals import APPROVED_KIND, REJECTED_KIND
from recovery_desk.services.care.reviews import CARE_CALLBACK_KIND
from recovery_desk.services.followups.lists import (
    APPROVAL,
    CALLBACK,
    CARE_REVIEW,
    LOOP,
    PROMISE,
    FollowUp,
)
from recovery_desk.ui.formatting import format_date, format_datetime, money
from recovery_desk.ui.table_model import Column, TableModel

HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Kind"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Customer"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "What"),
)
KINDS = {
    CALLBACK: QT_TRANSLATE_NOOP("FollowUpsModel", "Callback"),
    PROMISE: QT_TRANSLATE_NOOP("FollowUpsModel", "Promise"),
    LOOP: QT_TRANSLATE_NOOP("FollowUpsModel", "Close the loop"),
    CARE_REVIEW: QT_TRANSLATE_NOOP("FollowUpsModel", "Care review"),
    APPROVAL: QT_TRANSLATE_NOOP("FollowUpsModel", "Offer to approve"),
}
CARE_CALL = QT_TRANSLATE_NOOP("FollowUpsModel", "Care call")
# The answer to an offer that waited for approval: call the customer back with it.
APPROVAL_ANSWERS = {
    APPROVED_KIND: QT_TRANSLATE_NOOP("FollowUpsModel", "Offer approved"),
    REJECTED_KIND: QT_TRANSLATE_NOOP("FollowUpsModel", "Offer rejected"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpsModel", text)


class FollowUpsModel(TableModel):
    """One row per follow-up; overdue rows say so in text, in bold and in colour."""

    CONTEXT = "FollowUpsModel"
    COLUMNS = tuple(Column(header) for header in HEADERS)
    COL_DUE, COL_KIND, COL_CUSTOMER, COL_WHAT = range(4)

    def display(self, row: FollowUp, column: int) -> str:
        if column == self.COL_DUE:
            if row.kind == APPROVAL:  # no deadline: how long the agent and customer wait
                return self.tr("Waiting since %1").replace("%1", format_datetime(row.due_at))
            due = format_date(row.due_on) if row.due_on else format_datetime(row.due_at)
            return self.tr("Overdue: %1").replace("%1", due) if row.overdue else due
        if column == self.COL_KIND:
            if row.kind == CALLBACK and row.callback_kind == CARE_CALLBACK_KIND:
                return _tr(CARE_CALL)
            if row.kind == CALLBACK and row.callback_kind in APPROVAL_ANSWERS:
                return _tr(APPROVAL_ANSWERS[row.callback_kind])
            return _tr(KINDS.get(row.kind, row.kind))
        if column == self.COL_CUSTOMER:
            return row.customer_name
        if row.kind == APPROVAL:
            return (
                self.tr("%1, cost %2, made by %3")
                .replace("%1", row.what)
                .replace("%2", money(row.cost_cents, row.currency or ""))
                .replace("%3", row.agent_name or "")
            )
        if row.kind == CALLBACK and row.callback_kind in APPROVAL_ANSWERS:
            return self.tr("Call the customer back with the answer. %1").replace("%1", row.what)
        if row.kind == LOOP:
            return self.tr("Kept: %1. Tell the customer and thank them.").replace("%1", row.what)
        if row.kind == CARE_REVIEW and row.health is not None:
            return (
                self.tr(
                    "Since %1: %2 service calls, %3 purchases, %4 support contacts (won back %5)"
                )
                .replace("%1", format_date(row.since))
                .replace("%2", str(row.health.service_calls))
                .replace("%3", str(row.health.purchases))
                .replace("%4", str(row.health.support_contacts))
                .replace("%5", row.what)
            )
        return row.what

    def cell_data(self, row: FollowUp, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(QColor("#a40000"))
        return None
