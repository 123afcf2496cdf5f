"""The Audit page's table: entries newest first, fetched a page at a time as the view
scrolls (keyset pages in SQL: ``services/audit_log/query.py``)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.audit_log.query import AuditFilter, AuditRow, page
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.ui.formatting import format_datetime
from recovery_desk.ui.table_model import Column, TableModel

CONTEXT = "AuditPage"

# Readable names of the actions a supervisor looks for most; others show their code.
ACTION_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditPage", "Signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("AuditPage", "Failed sign-in"),
    "sign_in.switch": QT_TRANSLATE_NOOP("AuditPage", "Switched user"),
    "sign_in.lock": QT_TRANSLATE_NOOP("AuditPage", "Locked (idle)"),
    "user.password": QT_TRANSLATE_NOOP("AuditPage", "Password set"),
    "user.password_recovered": QT_TRANSLATE_NOOP("AuditPage", "Password recovered"),
    "user.add": QT_TRANSLATE_NOOP("AuditPage", "User added"),
    "user.edit": QT_TRANSLATE_NOOP("AuditPage", "User changed"),
    "export.reason_log": QT_TRANSLATE_NOOP("AuditPage", "Reason log exported"),
    "customers.import": QT_TRANSLATE_NOOP("AuditPage", "Customers imported"),
    "reason.merge": QT_TRANSLATE_NOOP("AuditPage", "Reasons merged"),
    "catalogue.import": QT_TRANSLATE_NOOP("AuditPage", "Catalogue imported"),
    "cycle.create": QT_TRANSLATE_NOOP("AuditPage", "Cycle opened"),
    "cycle.assign": QT_TRANSLATE_NOOP("AuditPage", "Cycle assigned"),
    "cycle.reassign": QT_TRANSLATE_NOOP("AuditPage", "Customers reassigned"),
    "cycle.close": QT_TRANSLATE_NOOP("AuditPage", "Cycle closed"),
    "approve": QT_TRANSLATE_NOOP("AuditPage", "Offer approved"),
    "reject": QT_TRANSLATE_NOOP("AuditPage", "Offer rejected"),
}


def action_label(action: str) -> str:
    """The action in the interface language (its code when it has no name)."""
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate(CONTEXT, label) if label else action


def details_text(row: AuditRow) -> str:
    """The parameters on one line: ``file: motivos.csv, rows: 12``."""
    if not row.details:
        return ""
    parts = []
    for key, value in row.details.items():
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return ", ".join(parts)


class AuditModel(TableModel):
    """Rows of :class:`AuditRow`; :meth:`fetchMore` reads the next page after the last row."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AuditPage", "When"), lambda r: format_datetime(r.at, seconds=True)
        ),
        Column(
            QT_TRANSLATE_NOOP("AuditPage", "Who"),
            lambda r: r.who or QCoreApplication.translate("AuditPage", "the app"),
        ),
        Column(QT_TRANSLATE_NOOP("AuditPage", "Action"), lambda r: action_label(r.action)),
        Column(QT_TRANSLATE_NOOP("AuditPage", "Record"), lambda r: r.entity or ""),
        Column(QT_TRANSLATE_NOOP("AuditPage", "Details"), details_text),
    )

    def __init__(
        self,
        sessions: Sessions,
        actor: UserDTO,
        parent: QObject | None = None,
        page_size: int = 200,
    ):
        super().__init__(parent)
        self.sessions = sessions
        self.actor = actor
        self.page_size = page_size
        self.filter = AuditFilter()
        self._more = False

    def set_filter(self, flt: AuditFilter) -> None:
        """Show the first page of the entries ``flt`` keeps."""
        self.filter = flt
        rows = page(self.sessions, self.actor, flt, limit=self.page_size)
        self._more = len(rows) == self.page_size
        self.set_rows(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or not self.rows:
            return
        after = self.rows[-1].key
        rows = page(self.sessions, self.actor, self.filter, after=after, limit=self.page_size)
        self._more = len(rows) == self.page_size
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
