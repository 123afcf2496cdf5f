"""Table models of the Coaching page: a rep's notes, and the calls that call for one.

Their headers keep the page's translation context (``CoachingPage``).
"""

from __future__ import annotations

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.ui.formatting import format_datetime
from recovery_desk.ui.table_model import Column, TableModel
from recovery_desk.ui.vocabulary import coaching_status_label


class NotesModel(TableModel):
    """The coaching notes of one rep (``coaching.NoteDTO``), newest first."""

    CONTEXT = "CoachingPage"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CoachingPage", "Written"),
            lambda n: format_datetime(n.created_at),
            lambda n: n.created_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("CoachingPage", "Status"),
            lambda n: coaching_status_label(n.status),
        ),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Customer"), lambda n: n.customer_name or ""),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Reason"), lambda n: n.reason_label or ""),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Note"), lambda n: n.text),
    )
    COL_WRITTEN, COL_STATUS, COL_CUSTOMER, COL_REASON, COL_NOTE = range(5)


class SuggestionsModel(TableModel):
    """Calls with a front-line reason and no note yet (``coaching.Suggestion``)."""

    CONTEXT = "CoachingPage"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CoachingPage", "Call"),
            lambda s: format_datetime(s.call_at),
            lambda s: s.call_at,
        ),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Customer"), lambda s: s.customer_name),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Served by"), lambda s: s.served_by or ""),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Reason"), lambda s: s.reason_label),
        Column(QT_TRANSLATE_NOOP("CoachingPage", "Verbatim"), lambda s: s.verbatim),
    )
    COL_CALL, COL_CUSTOMER, COL_SERVED_BY, COL_REASON, COL_VERBATIM = range(5)
