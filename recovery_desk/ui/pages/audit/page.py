"""Audit: the log of sensitive actions, for supervisors — who did what, when, with which
parameters. Filter by who (Alt+W), action (Alt+A) and period (Alt+P); the table reads a page
at a time as it scrolls; the selected entry's full record is below it (Alt+D)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.services.audit_log import query
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.audit.model import AuditModel, action_label
from recovery_desk.ui.vocabulary import role_label

PERIODS = (None, 0, 7, 30, 365)  # days back from today (0: today); None: any time
SIGN_IN_ACTIONS = "sign_in."


class AuditPage(QWidget):
    """Filters above, entries in the middle, the selected entry's record below."""

    PAGE_ID = "audit"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditPage")
        self.model = AuditModel(ctx.sessions, ctx.user, self)
        self.who_combo = QComboBox()
        self.who_combo.setObjectName("auditWho")
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditAction")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("auditPeriod")
        for _days in PERIODS:
            self.period_combo.addItem("", _days)
        self.captions = {key: QLabel() for key in ("who", "action", "period", "record")}
        filters = QHBoxLayout()
        for key, combo in (
            ("who", self.who_combo),
            ("action", self.action_combo),
            ("period", self.period_combo),
        ):
            self.captions[key].setBuddy(combo)
            filters.addWidget(self.captions[key])
            filters.addWidget(combo, 1)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.record = QPlainTextEdit()
        self.record.setObjectName("auditRecord")
        self.record.setReadOnly(True)
        self.record.setMaximumHeight(160)
        self.captions["record"].setBuddy(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.captions["record"])
        layout.addWidget(self.record)
        self.error = QLabel()
        self.error.setObjectName("auditError")
        layout.addWidget(self.error)
        self._fill_choices()
        for combo in (self.who_combo, self.action_combo, self.period_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        i18n.register(self)
        self._on_filter_changed()

    def retranslate_ui(self) -> None:
        texts = {
            "who": self.tr("&Who:"),
            "action": self.tr("&Action:"),
            "period": self.tr("&Period:"),
            "record": self.tr("&Details of the selected entry:"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", "").rstrip(":"))
        periods = (
            self.tr("Any time"),
            self.tr("Today"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 12 months"),
        )
        for index, text in enumerate(periods):
            self.period_combo.setItemText(index, text)
        self.who_combo.setItemText(0, self.tr("Everyone"))
        self.action_combo.setItemText(0, self.tr("Every action"))
        self.action_combo.setItemText(1, self.tr("Every sign-in event"))
        for index in range(2, self.action_combo.count()):
            code = self.action_combo.itemData(index)
            label = action_label(code)
            self.action_combo.setItemText(index, label if label == code else f"{label} ({code})")
        for index in range(1, self.who_combo.count()):
            person = self.who_combo.itemData(index)
            self.who_combo.setItemText(index, f"{person.name} — {role_label(person.role)}")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.model.retranslate()

    def _fill_choices(self) -> None:
        self.who_combo.addItem("", None)
        for person in query.people(self.ctx.sessions, self.ctx.user):
            self.who_combo.addItem(person.name, person)
        self.action_combo.addItem("", None)
        self.action_combo.addItem("", SIGN_IN_ACTIONS)
        for code in query.actions(self.ctx.sessions, self.ctx.user):
            self.action_combo.addItem(code, code)

    def current_filter(self) -> query.AuditFilter:
        """The filter the three choices make."""
        person = self.who_combo.currentData()
        days = self.period_combo.currentData()
        since = None if days is None else date.today() - timedelta(days=days)
        return query.AuditFilter(
            user_id=person.id if person is not None else None,
            action=self.action_combo.currentData(),
            since=since,
        )

    @Slot()
    def _on_filter_changed(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as exc:
            self.error.setText(i18n.refusal_text(exc))
            return
        self.error.setText("")
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.record.setPlainText("")

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        if row is None:
            self.record.setPlainText("")
            return
        record = {
            "entity_id": row.entity_id,
            "details": row.details,
            "before": row.before,
            "after": row.after,
        }
        shown = {k: v for k, v in record.items() if v is not None}
        self.record.setPlainText(json.dumps(shown, ensure_ascii=False, indent=2, sort_keys=True))

    def activated(self) -> None:
        """Shown again: newer entries may have been written meanwhile."""
        self._on_filter_changed()
