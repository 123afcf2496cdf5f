"""Approvals: offers an agent made above their limit, waiting for a supervisor's answer.

The list shows the customer, the offer, its cost for this customer, the agent and when; the
call's notes of the selected offer are below. Type a note (Alt+N) and approve
(Ctrl+Shift+A) or reject (Ctrl+Shift+J; a rejection needs the note). The agent's
follow-ups get the answer, to call the customer back. Executives see only the offers within
the executive's approval limit. The Follow-ups page lists the same offers and opens one
here, selected (:meth:`ApprovalsPage.select_item`).
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.calls import approvals
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_datetime, money
from recovery_desk.ui.pages.actions import action_button, label_action, page_action
from recovery_desk.ui.table_model import Column, TableModel

log = logging.getLogger("recovery_desk.ui.approvals")
AREA = "approvals"


class ApprovalsModel(TableModel):
    """Offers waiting for approval (``approvals.ApprovalDTO``), oldest first."""

    CONTEXT = "ApprovalsPage"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ApprovalsPage", "Made"),
            lambda a: format_datetime(a.made_at),
            lambda a: a.made_at,
        ),
        Column(QT_TRANSLATE_NOOP("ApprovalsPage", "Customer"), lambda a: a.customer_name),
        Column(QT_TRANSLATE_NOOP("ApprovalsPage", "Offer"), lambda a: a.offer_label),
        Column(
            QT_TRANSLATE_NOOP("ApprovalsPage", "Cost"),
            lambda a: money(a.cost_cents, a.currency),
            lambda a: (a.currency, a.cost_cents),
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ApprovalsPage", "Monthly revenue"),
            lambda a: money(a.monthly_revenue_cents, a.currency),
            lambda a: (a.currency, a.monthly_revenue_cents or 0),
            True,
        ),
        Column(QT_TRANSLATE_NOOP("ApprovalsPage", "Agent"), lambda a: a.agent_name),
    )


class ApprovalsPage(QWidget):
    """Approve or reject offers waiting for approval (supervisors and executives)."""

    PAGE_ID = "approvals"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._wanted: uuid.UUID | None = None  # asked for by Follow-ups, to select once listed
        self.setObjectName("approvalsPage")
        self.model = ApprovalsModel(self)
        self.table = QTableView()
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("approvalCallNotes")
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        self.note = QLineEdit()
        self.note.setObjectName("approvalNote")
        self.note.setMaxLength(approvals.NOTE_MAX)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.status = QLabel()
        self.status.setObjectName("approvalsStatus")
        self.status.setWordWrap(True)
        self.approve_action = page_action(self, "Ctrl+Shift+A", self._on_approve_triggered)
        self.reject_action = page_action(self, "Ctrl+Shift+J", self._on_reject_triggered)
        self.actions_ = (self.approve_action, self.reject_action)
        self.buttons = [action_button(a) for a in self.actions_]
        for button, name in zip(self.buttons, ("approveOffer", "rejectOffer"), strict=True):
            button.setObjectName(name)
        bar = QHBoxLayout()
        bar.addWidget(self.note_label)
        bar.addWidget(self.note, 1)
        for button in self.buttons:
            bar.addWidget(button)
        grid = QGridLayout(self)
        grid.addWidget(self.table_label, 0, 0)
        grid.addWidget(self.table, 1, 0)
        grid.addWidget(self.notes_label, 2, 0)
        grid.addWidget(self.notes, 3, 0)
        grid.addLayout(bar, 4, 0)
        grid.addWidget(self.status, 5, 0)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)
        self._update_actions()
        self.reload()

    def activated(self) -> None:
        self.table.setFocus()

    def retranslate_ui(self) -> None:
        self.table_label.setText(self.tr("&Offers waiting for approval"))
        self.table.setAccessibleName(self.tr("Offers waiting for approval"))
        self.notes_label.setText(self.tr("The call's n&otes"))
        self.notes.setAccessibleName(self.tr("Notes of the selected call"))
        self.note_label.setText(self.tr("&Note to the agent:"))
        self.note.setAccessibleName(self.tr("Note to the agent"))
        self.note.setToolTip(self.tr("Required to reject: the agent tells the customer why"))
        self.status.setAccessibleName(self.tr("Approvals status"))
        texts = (
            (self.tr("&Approve"), self.tr("Approve the selected offer")),
            (self.tr("Re&ject"), self.tr("Reject the selected offer")),
        )
        for action, button, (text, name) in zip(self.actions_, self.buttons, texts, strict=True):
            label_action(action, button, text, name)
        self.model.retranslate()

    def select_item(self, offer_made_id: object) -> None:
        """Select the offer made ``offer_made_id``; if it is not listed yet, reload first."""
        if not isinstance(offer_made_id, uuid.UUID):
            return
        self._wanted = offer_made_id
        ids = [a.id for a in self.model.rows]
        if offer_made_id in ids:
            self._wanted = None
            self.table.selectRow(ids.index(offer_made_id))
        else:
            self.reload()

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        self.ctx.runner.run(
            lambda _token: approvals.pending_approvals(sessions, user, lang),
            on_done=self._on_loaded,
            on_error=self._show_error,
        )

    def _on_loaded(self, items: list[approvals.ApprovalDTO]) -> None:
        current = self.current()
        self.model.set_rows(items)
        ids = [a.id for a in items]
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted not in ids:
            self.status.setText(self.tr("That offer no longer waits: it was approved or rejected."))
        if wanted in ids:
            self.table.selectRow(ids.index(wanted))
        elif items:
            self.table.selectRow(ids.index(current.id) if current and current.id in ids else 0)
        else:
            self.notes.setPlainText(self.tr("No offers wait for your approval."))
        self._update_actions()

    def current(self) -> approvals.ApprovalDTO | None:
        item: approvals.ApprovalDTO | None = self.model.row_at(self.table.currentIndex())
        return item

    def _update_actions(self) -> None:
        chosen = self.current()
        for action in self.actions_:
            action.setEnabled(chosen is not None)
        if chosen is not None:
            self.notes.setPlainText(chosen.notes or self.tr("(no notes on this call)"))

    def _decide(self, approve: bool) -> None:
        chosen = self.current()
        if chosen is None:
            return
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        note, offer_made_id = self.note.text(), chosen.id
        name, offer = chosen.customer_name, chosen.offer_label

        def done(_result: object) -> None:
            message = (
                self.tr("Approved: %1 for %2. The agent's follow-ups have the answer.")
                if approve
                else self.tr("Rejected: %1 for %2. The agent's follow-ups have the answer.")
            )
            self.status.setText(message.replace("%1", offer).replace("%2", name))
            self.note.clear()
            self.ctx.events.sig_data_changed.emit(AREA)
            self.ctx.events.sig_data_changed.emit("followups")
            self.table.setFocus()

        self.ctx.runner.run(
            lambda _token: approvals.decide(
                sessions, user, offer_made_id, approve=approve, note=note, lang=lang
            ),
            on_done=done,
            on_error=self._show_error,
        )

    def _show_error(self, exc: BaseException) -> None:
        log.warning("approval failed: %s", exc)
        text = i18n.refusal_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.setText(self.tr("Could not do that: %1").replace("%1", text))
        if isinstance(exc, DomainError) and getattr(exc, "field", None) == "note":
            self.note.setFocus()

    # --- slots ------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area in (AREA, "calls", "sync"):
            self.reload()

    @Slot()
    def _on_approve_triggered(self) -> None:
        self._decide(True)

    @Slot()
    def _on_reject_triggered(self) -> None:
        self._decide(False)
