"""Coaching: feedback to front-line reps, from the calls whose reasons point at them.

Right: suggestions (calls with a front-line reason and no note yet); Ctrl+N starts a note
to the rep who served that customer, Ctrl+S saves it. Left: reps and their notes;
Ctrl+D marks the selected note delivered, Ctrl+Shift+A acknowledged.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from recovery_desk.domain.enums import CoachingStatus
from recovery_desk.domain.errors import DomainError
from recovery_desk.services.closed_loop import coaching
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.fit import keep_last_column_whole
from recovery_desk.ui.pages.actions import action_button, label_action, page_action
from recovery_desk.ui.pages.coaching.models import NotesModel, SuggestionsModel
from recovery_desk.ui.table_model import RowRole, TableModel

log = logging.getLogger("recovery_desk.ui.coaching")
AREA = "coaching"


def _table(name: str, model: TableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    keep_last_column_whole(view)
    return view


class CoachingPage(QWidget):
    """Per-rep coaching notes and the calls that call for one (supervisors only)."""

    PAGE_ID = "coaching"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coachingPage")
        self.reps_label, self.notes_label, self.suggestions_label = QLabel(), QLabel(), QLabel()
        self.reps = QListWidget()
        self.reps.setObjectName("coachingReps")
        self.reps.setWordWrap(True)  # the empty list's hint reads whole at any width
        self.notes_model = NotesModel(self)
        self.suggestions_model = SuggestionsModel(self)
        self.notes = _table("coachingNotes", self.notes_model)
        self.suggestions = _table("coachingSuggestions", self.suggestions_model)
        self.rep_edit = QLineEdit()
        self.rep_edit.setObjectName("coachingRep")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("coachingText")
        self.text_edit.setTabChangesFocus(True)
        self.rep_label, self.text_label = QLabel(), QLabel()
        self.rep_label.setBuddy(self.rep_edit)
        self.text_label.setBuddy(self.text_edit)
        self.reps_label.setBuddy(self.reps)
        self.notes_label.setBuddy(self.notes)
        self.suggestions_label.setBuddy(self.suggestions)
        self.status = ValueLabel(announced=True)
        self._suggestion: coaching.Suggestion | None = None

        self.new_action = page_action(self, "Ctrl+N", self._on_new_triggered)
        self.save_action = page_action(self, "Ctrl+S", self._on_save_triggered)
        self.delivered_action = page_action(self, "Ctrl+D", self._on_delivered_triggered)
        self.ack_action = page_action(self, "Ctrl+Shift+A", self._on_ack_triggered)
        self.actions_ = (self.new_action, self.save_action, self.delivered_action, self.ack_action)
        self.buttons = [action_button(a) for a in self.actions_]

        form = QFormLayout()
        form.addRow(self.rep_label, self.rep_edit)
        form.addRow(self.text_label, self.text_edit)
        note_bar = QHBoxLayout()
        note_bar.addWidget(self.buttons[2])
        note_bar.addWidget(self.buttons[3])
        note_bar.addStretch(1)
        new_bar = QHBoxLayout()
        new_bar.addWidget(self.buttons[0])
        new_bar.addWidget(self.buttons[1])
        new_bar.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.reps_label, 0, 0)
        grid.addWidget(self.reps, 1, 0)
        grid.addWidget(self.notes_label, 2, 0)
        grid.addWidget(self.notes, 3, 0)
        grid.addLayout(note_bar, 4, 0)
        grid.addWidget(self.suggestions_label, 0, 1)
        grid.addWidget(self.suggestions, 1, 1)
        grid.addLayout(form, 3, 1)
        grid.addLayout(new_bar, 4, 1)
        grid.addWidget(self.status, 5, 0, 1, 2)
        # The calls to write about (date, customer, rep, reason) need the wider half.
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        self.reps.currentItemChanged.connect(self._on_reps_current_item_changed)
        self.notes.selectionModel().currentRowChanged.connect(self._on_notes_current_changed)
        self.suggestions.activated.connect(self._on_suggestions_activated)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)
        self._update_actions()
        self.reload()

    def activated(self) -> None:
        self.suggestions.setFocus()

    def retranslate_ui(self) -> None:
        self.reps_label.setText(self.tr("&Reps"))
        self.notes_label.setText(self.tr("No&tes to the rep"))
        self.suggestions_label.setText(self.tr("Calls with front-line reasons, no note &yet"))
        self.rep_label.setText(self.tr("Note &for:"))
        self.text_label.setText(self.tr("Note &text:"))
        self.reps.setAccessibleName(self.tr("Reps with coaching notes"))
        self.notes.setAccessibleName(self.tr("Coaching notes of the selected rep"))
        self.suggestions.setAccessibleName(self.tr("Calls that call for a coaching note"))
        self.rep_edit.setAccessibleName(self.tr("Rep the note is for"))
        self.text_edit.setAccessibleName(self.tr("Coaching note text"))
        self.status.set_caption(self.tr("Status"))
        texts = (
            (self.tr("&New note"), self.tr("New note for the selected call")),
            (self.tr("&Save note"), self.tr("Save the coaching note")),
            (self.tr("Mark &delivered"), self.tr("Mark the note delivered to the rep")),
            (self.tr("Mark &acknowledged"), self.tr("Mark the note acknowledged by the rep")),
        )
        for action, button, (text, name) in zip(self.actions_, self.buttons, texts, strict=True):
            label_action(action, button, text, name)
        # Headers, dates and statuses in the new language.
        self.notes_model.retranslate()
        self.suggestions_model.retranslate()

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        self.ctx.runner.run(
            lambda _token: (
                coaching.reps(sessions, user),
                coaching.suggestions(sessions, user, lang=lang),
            ),
            on_done=self._on_loaded,
            on_error=self._show_error,
        )

    def _on_loaded(self, data: tuple[list[coaching.RepSummary], list[coaching.Suggestion]]) -> None:
        reps, suggestions = data
        current = self.current_rep()
        self.reps.blockSignals(True)
        self.reps.clear()
        for rep in reps:
            text = (
                self.tr("%1 — open %2, delivered %3, acknowledged %4")
                .replace("%1", rep.rep_name)
                .replace("%2", str(rep.open))
                .replace("%3", str(rep.delivered))
                .replace("%4", str(rep.acknowledged))
            )
            item = QListWidgetItem(text)
            item.setData(RowRole, rep.rep_name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.reps.addItem(item)
        self.reps.blockSignals(False)
        names = [r.rep_name for r in reps]
        if names:
            self.reps.setCurrentRow(names.index(current) if current in names else 0)
        else:
            self.notes_model.set_rows([])
            # An empty list says how it fills: a hint that cannot be selected.
            hint = QListWidgetItem(
                self.tr("No coaching notes yet. Pick a call on the right and press Ctrl+N.")
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.reps.addItem(hint)
        self.suggestions_model.set_rows(suggestions)
        if suggestions and not self.suggestions.currentIndex().isValid():
            self.suggestions.selectRow(0)
        self._update_actions()

    def current_rep(self) -> str | None:
        item = self.reps.currentItem()
        return None if item is None else item.data(RowRole)

    def _load_notes(self, rep: str) -> None:
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        self.ctx.runner.run(
            lambda _token: coaching.notes_for(sessions, user, rep, lang=lang),
            on_done=self._on_notes_loaded,
            on_error=self._show_error,
        )

    def _on_notes_loaded(self, notes: list[coaching.NoteDTO]) -> None:
        current = self.current_note()
        self.notes_model.set_rows(notes)
        ids = [n.id for n in notes]
        if notes:
            self.notes.selectRow(ids.index(current.id) if current and current.id in ids else 0)
        self._update_actions()

    def current_note(self) -> coaching.NoteDTO | None:
        note: coaching.NoteDTO | None = self.notes_model.row_at(self.notes.currentIndex())
        return note

    def current_suggestion(self) -> coaching.Suggestion | None:
        current = self.suggestions.currentIndex()
        suggestion: coaching.Suggestion | None = self.suggestions_model.row_at(current)
        return suggestion

    def _update_actions(self) -> None:
        note = self.current_note()
        status = note.status if note is not None else None
        self.delivered_action.setEnabled(status is CoachingStatus.OPEN)
        self.ack_action.setEnabled(status is CoachingStatus.DELIVERED)

    def _run(self, fn: Any, message: str) -> None:
        def finished(_result: object) -> None:
            self.status.setText(message)
            self.ctx.events.sig_data_changed.emit(AREA)

        self.ctx.runner.run(lambda _token: fn(), on_done=finished, on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        log.warning("coaching action failed: %s", exc)
        text = i18n.refusal_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.setText(self.tr("Could not do that: %1").replace("%1", text))

    # --- slots ------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_reps_current_item_changed(self, current: QListWidgetItem | None, _prev: Any) -> None:
        if current is not None:
            self._load_notes(current.data(RowRole))

    @Slot(QModelIndex, QModelIndex)
    def _on_notes_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    @Slot(QModelIndex)
    def _on_suggestions_activated(self, _index: QModelIndex) -> None:
        self._on_new_triggered()

    @Slot(str)
    def _on_events_data_changed(self, _area: str) -> None:
        self.reload()

    @Slot()
    def _on_new_triggered(self) -> None:
        self._suggestion = self.current_suggestion()
        self.rep_edit.setText(self._suggestion.served_by or "" if self._suggestion else "")
        self.text_edit.clear()
        (self.text_edit if self.rep_edit.text() else self.rep_edit).setFocus()

    @Slot()
    def _on_save_triggered(self) -> None:
        user, sessions = self.ctx.user, self.ctx.sessions
        text, rep = self.text_edit.toPlainText(), self.rep_edit.text()
        call_id: uuid.UUID | None = self._suggestion.call_id if self._suggestion else None

        def saved(_note_id: uuid.UUID) -> None:
            self._suggestion = None
            self.text_edit.clear()
            self.status.setText(self.tr("Note saved for %1.").replace("%1", rep))
            self.ctx.events.sig_data_changed.emit(AREA)

        self.ctx.runner.run(
            lambda _token: coaching.create_note(
                sessions, user, text, call_id=call_id, rep_name=rep
            ),
            on_done=saved,
            on_error=self._show_error,
        )

    @Slot()
    def _on_delivered_triggered(self) -> None:
        note = self.current_note()
        if note is not None:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run(
                lambda: coaching.advance(sessions, user, note.id, CoachingStatus.DELIVERED),
                self.tr("Note marked delivered."),
            )

    @Slot()
    def _on_ack_triggered(self) -> None:
        note = self.current_note()
        if note is not None:
            user, sessions = self.ctx.user, self.ctx.sessions
            self._run(
                lambda: coaching.advance(sessions, user, note.id, CoachingStatus.ACKNOWLEDGED),
                self.tr("Note marked acknowledged."),
            )
