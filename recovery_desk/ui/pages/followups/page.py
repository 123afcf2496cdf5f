"""Follow-ups: everything due for the user, sorted by due time, worked from the keyboard.

Enter opens the customer's call; Ctrl+K marks a promise kept; Ctrl+L records that the
loop was closed (the customer was told and thanked); Ctrl+D marks a callback done;
Ctrl+R records a care review; F5 reloads.

Supervisors and executives also find here, in the same list, the offers waiting for their
approval ("Offer to approve", due since the offer was made): Enter opens it on the
Approvals page, selected. One list rather than a second table: one place to tab to, one
order (what has waited longest first) and the same keys for every row.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.services.calls import approval_followups
from recovery_desk.services.care import reviews as care
from recovery_desk.services.followups import lists as followups
from recovery_desk.services.followups.lists import (
    APPROVAL,
    CALLBACK,
    CARE_REVIEW,
    LOOP,
    PROMISE,
    FollowUp,
)
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.care_review import CareReviewDialog, ReviewInput
from recovery_desk.ui.pages.actions import action_button, label_action, page_action
from recovery_desk.ui.pages.followups.model import FollowUpsModel
from recovery_desk.ui.table_model import RowRole

log = logging.getLogger("recovery_desk.ui.followups")
AREA = "followups"


class FollowUpsPage(QWidget):
    """The user's follow-ups with keyboard actions (see the module docstring)."""

    PAGE_ID = "followups"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followUpsPage")
        self.heading = QLabel()
        self.heading.setObjectName("followUpsHeading")
        self.model = FollowUpsModel(self)
        self.table = QTableView()
        self.table.setObjectName("followUpsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            FollowUpsModel.COL_WHAT, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a follow-up: dates and names whole, see below
        self.table.activated.connect(self._on_table_activated)
        self.hint = ValueLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("followUpsHint")
        self.status = ValueLabel(announced=True)
        self.status.setObjectName("followUpsStatus")

        self.open_action = page_action(self, "Ctrl+O", self._open_current)
        self.kept_action = page_action(self, "Ctrl+K", self._on_kept_triggered)
        self.loop_action = page_action(self, "Ctrl+L", self._on_loop_triggered)
        self.done_action = page_action(self, "Ctrl+D", self._on_done_triggered)
        self.review_action = page_action(self, "Ctrl+R", self._on_review_triggered)
        self.refresh_action = page_action(self, "F5", self.reload)
        self.buttons = [
            action_button(a)
            for a in (
                self.open_action,
                self.kept_action,
                self.loop_action,
                self.done_action,
                self.review_action,
                self.refresh_action,
            )
        ]
        bar = QHBoxLayout()
        for button in self.buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)
        self._update_actions()
        self.reload()

    def activated(self) -> None:
        self.reload()
        self.table.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Follow-ups</h2>"))
        self.table.setAccessibleName(self.tr("Follow-ups, by due time"))
        self.hint.set_caption(self.tr("What to do"))
        self.status.set_caption(self.tr("Status"))
        texts = (
            (self.open_action, *self._open_texts()),
            (self.kept_action, self.tr("Promise &kept"), self.tr("Mark the promise kept")),
            (
                self.loop_action,
                self.tr("&Loop closed"),
                self.tr("Record that the customer was told and thanked"),
            ),
            (self.done_action, self.tr("Callback &done"), self.tr("Mark the callback done")),
            (self.review_action, self.tr("&Record review"), self.tr("Record the care review")),
            (self.refresh_action, self.tr("Re&fresh"), self.tr("Reload the follow-ups")),
        )
        for (action, text, name), button in zip(texts, self.buttons, strict=True):
            label_action(action, button, text, name)
        self.model.retranslate()
        self._update_actions()

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the follow-ups in the background; the current row is kept when it remains."""
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        self.ctx.runner.run(
            lambda _token: approval_followups.followups_and_approvals(sessions, user, lang),
            on_done=self._on_loaded,
            on_error=self._show_error,
        )

    def _on_loaded(self, rows: list[FollowUp]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        # A person's follow-ups are tens or hundreds: columns fit their text ("What" stretches).
        self.table.resizeColumnsToContents()
        target = 0
        if current is not None:
            keys = [(r.kind, r.item_id) for r in rows]
            if (current.kind, current.item_id) in keys:
                target = keys.index((current.kind, current.item_id))
        if rows:
            self.table.selectRow(min(target, len(rows) - 1))
        overdue = sum(1 for r in rows if r.overdue)
        waiting = sum(1 for r in rows if r.kind == APPROVAL)
        parts = []
        if len(rows) > waiting:
            parts.append(
                self.tr("%1 follow-ups, %2 overdue")
                .replace("%1", str(len(rows) - waiting))
                .replace("%2", str(overdue))
            )
        if waiting:
            parts.append(
                self.tr("Offers waiting for your approval: %1.").replace("%1", str(waiting))
            )
        self.status.setText(" ".join(parts) or self.tr("Nothing due. Well done."))
        self._update_actions()

    def current(self) -> FollowUp | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: FollowUp = self.model.data(index, RowRole)
        return row

    def _update_actions(self) -> None:
        row = self.current()
        kind = row.kind if row is not None else None
        self.open_action.setEnabled(row is not None)
        self.kept_action.setEnabled(kind == PROMISE)
        self.loop_action.setEnabled(kind == LOOP)
        self.done_action.setEnabled(kind == CALLBACK)
        self.review_action.setEnabled(kind == CARE_REVIEW)
        label_action(self.open_action, self.buttons[0], *self._open_texts())
        hints = {
            LOOP: self.tr(
                "The promise was kept. Call the customer, tell them it is done and thank "
                "them for their patience; then press Ctrl+L."
            ),
            PROMISE: self.tr("When the promise is kept, press Ctrl+K."),
            CARE_REVIEW: self.tr("Review the customer's health and record it with Ctrl+R."),
            CALLBACK: self.tr("Press Enter to call; Ctrl+D when done."),
            APPROVAL: self.tr(
                "An offer waits for your approval. Press Enter to open it on the Approvals "
                "page, read the call's notes and approve or reject it."
            ),
        }
        self.hint.setText(hints.get(kind or "", ""))

    def _open_texts(self) -> tuple[str, str]:
        """The open action's label and accessible name for the current row's kind."""
        row = self.current()
        if row is not None and row.kind == APPROVAL:
            return self.tr("&Open in Approvals"), self.tr("Open the offer on the Approvals page")
        return self.tr("&Open call"), self.tr("Open the customer's call")

    def _run_action(self, fn: Any, done_message: str) -> None:
        def finished(_result: object) -> None:
            self.status.setText(done_message)
            self.ctx.events.sig_data_changed.emit(AREA)

        self.ctx.runner.run(lambda _token: fn(), on_done=finished, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        log.warning("follow-up action failed: %s", exc)
        text = i18n.refusal_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.setText(self.tr("Could not do that: %1").replace("%1", text))

    # --- slots ------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._open_current()

    @Slot(str)
    def _on_events_data_changed(self, _area: str) -> None:
        self.reload()

    def _open_current(self) -> None:
        row = self.current()
        if row is not None and row.kind == APPROVAL:
            self.ctx.events.sig_page_requested.emit("approvals", row.item_id)
        elif row is not None:
            self.ctx.events.sig_open_customer.emit(row.customer_id)

    @Slot()
    def _on_kept_triggered(self) -> None:
        row = self.current()
        if row is not None and row.kind == PROMISE:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run_action(
                lambda: followups.mark_promise_kept(sessions, user, row.item_id),
                self.tr("Promise kept. Now tell the customer and thank them."),
            )

    @Slot()
    def _on_loop_triggered(self) -> None:
        row = self.current()
        if row is not None and row.kind == LOOP:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run_action(
                lambda: followups.close_loop(sessions, user, row.item_id),
                self.tr("Loop closed and recorded."),
            )

    @Slot()
    def _on_done_triggered(self) -> None:
        row = self.current()
        if row is not None and row.kind == CALLBACK:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run_action(
                lambda: followups.dismiss_callback(sessions, user, row.item_id),
                self.tr("Callback done."),
            )

    @Slot()
    def _on_review_triggered(self) -> None:
        row = self.current()
        if row is None or row.kind != CARE_REVIEW:
            return
        sessions = self.ctx.sessions
        self.ctx.runner.run(
            lambda _token: care.review_for(sessions, row.customer_id),
            on_done=self._open_review_dialog,
            on_error=self._show_error,
        )

    def _open_review_dialog(self, review: care.DueReview) -> None:
        def entered(values: ReviewInput) -> None:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run_action(
                lambda: care.record_review(
                    sessions,
                    user,
                    review.customer_id,
                    values.outcome,
                    service_calls=values.service_calls,
                    purchases=values.purchases,
                    support_contacts=values.support_contacts,
                    notes=values.notes,
                ),
                self.tr("Care review recorded."),
            )

        self.review_dialog = CareReviewDialog.ask(self, review, entered)
