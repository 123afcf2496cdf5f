"""The tabs of the sync details dialog that show what a sync could not do.

- Not sent: local changes the centre will never take from this desk's login, per table,
  with the reason (kept aside, never retried).
- Waiting: rows received from the centre that wait for a record this desk cannot read,
  grouped by what they wait for (kept, tried again at every sync).
- Conflicts (supervisors): values the conflict rule overruled, one row per field, in a
  keyboard-navigable table.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import Sessions
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.ui import sync_texts
from recovery_desk.ui.formatting import format_count, format_datetime
from recovery_desk.ui.table_model import Column, TableModel

CONTEXT = "SyncProblems"


@dataclass(frozen=True)
class SyncDetails:
    """Everything the sync details dialog shows, read in one background task."""

    attempts: list[sync_service.SyncAttempt]
    status: sync_service.SyncStatus
    held: list[sync_service.HeldRows]
    conflicts: list[sync_service.Conflict]


def load_details(sessions: Sessions, with_conflicts: bool) -> SyncDetails:
    """Read the history, what waits and (for a supervisor) the overruled values."""
    return SyncDetails(
        sync_service.history(sessions),
        sync_service.status(sessions),
        sync_service.held(sessions),
        sync_service.conflicts(sessions) if with_conflicts else [],
    )


@dataclass(frozen=True)
class ConflictRow:
    """One overruled field of one record: a row of the conflicts table."""

    at: datetime
    entity: str
    entity_id: uuid.UUID
    won_by: str | None
    column: str
    overruled: object
    now: object


def conflict_rows(conflicts: list[sync_service.Conflict]) -> list[ConflictRow]:
    """One row per overruled field, newest first (a conflict whose values all agree by now
    lost nothing and is left out)."""
    return [
        ConflictRow(c.at, c.entity, c.entity_id, c.won_by, column, lost, now)
        for c in conflicts
        for column, (lost, now) in sorted(c.changes.items())
    ]


def value_text(value: object) -> str:
    """A field's value as the table shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        translate = QCoreApplication.translate
        return translate("SyncProblems", "yes") if value else translate("SyncProblems", "no")
    if isinstance(value, datetime):
        return format_datetime(value)
    return str(value)


class ConflictsModel(TableModel):
    """The overruled values: when, what, who won, which field, the value lost, the value now."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("SyncProblems", "When"),
            lambda r: format_datetime(r.at),
            sort=lambda r: r.at,
        ),
        Column(
            QT_TRANSLATE_NOOP("SyncProblems", "What"), lambda r: sync_texts.table_label(r.entity)
        ),
        Column(QT_TRANSLATE_NOOP("SyncProblems", "Won by"), lambda r: r.won_by or "—"),
        Column(QT_TRANSLATE_NOOP("SyncProblems", "Field"), lambda r: r.column),
        Column(
            QT_TRANSLATE_NOOP("SyncProblems", "Overruled value"), lambda r: value_text(r.overruled)
        ),
        Column(QT_TRANSLATE_NOOP("SyncProblems", "Value now"), lambda r: value_text(r.now)),
    )


def _page(summary: QLabel, view: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    summary.setWordWrap(True)
    layout.addWidget(summary)
    layout.addWidget(view, 1)
    return page


class SyncProblemsTabs(QObject):
    """The pages (summary line and list or table) of the three tabs, filled by :meth:`fill`.

    The summaries are plain labels: a screen reader hears their text, counts included.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.details: SyncDetails | None = None
        self.refused_summary = QLabel()
        self.refused_summary.setObjectName("refusedSummary")
        self.refused = QListWidget()
        self.refused.setObjectName("refusedList")
        self.refused_page = _page(self.refused_summary, self.refused)
        self.held_summary = QLabel()
        self.held_summary.setObjectName("heldSummary")
        self.held = QListWidget()
        self.held.setObjectName("heldList")
        self.held_page = _page(self.held_summary, self.held)
        self.conflicts_summary = QLabel()
        self.conflicts_summary.setObjectName("conflictsSummary")
        self.conflicts_model = ConflictsModel(self)
        self.conflicts = QTableView()
        self.conflicts.setObjectName("conflictsTable")
        self.conflicts.setModel(self.conflicts_model)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts_page = _page(self.conflicts_summary, self.conflicts)

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self.refused.setAccessibleName(translate("SyncProblems", "Changes not sent"))
        self.held.setAccessibleName(translate("SyncProblems", "Received rows waiting"))
        self.conflicts.setAccessibleName(translate("SyncProblems", "Overruled values"))
        self.conflicts_model.retranslate()
        if self.details is not None:
            self.fill(self.details)

    def titles(self) -> tuple[str, str, str]:
        """The tab titles, with the counts once known: not sent, waiting, conflicts."""
        translate = QCoreApplication.translate
        details = self.details
        if details is None:
            return (
                translate("SyncProblems", "&Not sent"),
                translate("SyncProblems", "&Waiting"),
                translate("SyncProblems", "&Conflicts"),
            )
        counts = (
            details.status.refused_total,
            details.status.held,
            self.conflicts_model.rowCount(),
        )
        texts = (
            translate("SyncProblems", "&Not sent (%1)"),
            translate("SyncProblems", "&Waiting (%1)"),
            translate("SyncProblems", "&Conflicts (%1)"),
        )
        return tuple(  # type: ignore[return-value]
            t.replace("%1", format_count(n)) for t, n in zip(texts, counts, strict=True)
        )

    def fill(self, details: SyncDetails) -> None:
        """Show ``details`` (again after a language switch)."""
        translate = QCoreApplication.translate
        self.details = details
        status = details.status
        self.refused.clear()
        for table, (count, why) in sorted(status.refused.items()):
            self.refused.addItem(sync_texts.refused_line(table, count, why))
        if status.refused_total:
            self.refused_summary.setText(sync_texts.refused_sentence(status.refused_total))
        else:
            self.refused_summary.setText(
                translate("SyncProblems", "Every change made here is sent or waits to be sent.")
            )
        self.held.clear()
        for rows in details.held:
            self.held.addItem(sync_texts.held_line(rows))
        if status.held:
            self.held_summary.setText(sync_texts.held_sentence(status.held))
        else:
            self.held_summary.setText(translate("SyncProblems", "No received row waits."))
        self.conflicts_model.set_rows(conflict_rows(details.conflicts))
        if self.conflicts_model.rowCount():
            self.conflicts_summary.setText(
                translate(
                    "SyncProblems",
                    "Values that another change overruled (the change that reached the centre "
                    "later wins), newest first.",
                )
            )
            self.conflicts.resizeColumnsToContents()
        else:
            self.conflicts_summary.setText(translate("SyncProblems", "No overruled values."))
        for view in (self.refused, self.held):
            view.setCurrentRow(0)
        if self.conflicts_model.rowCount():
            self.conflicts.selectRow(0)
