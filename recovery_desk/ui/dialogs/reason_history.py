"""The audit history of one reason, in a non-modal dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue.reasons import HistoryEntry
from recovery_desk.ui.formatting import format_datetime
from recovery_desk.ui.table_model import Column, TableModel

ACTIONS = {
    "reason.add": QT_TRANSLATE_NOOP("catalogue", "Added"),
    "reason.edit": QT_TRANSLATE_NOOP("catalogue", "Edited"),
    "reason.move": QT_TRANSLATE_NOOP("catalogue", "Moved"),
    "reason.reorder": QT_TRANSLATE_NOOP("catalogue", "Reordered"),
    "reason.retire": QT_TRANSLATE_NOOP("catalogue", "Retired"),
    "reason.restore": QT_TRANSLATE_NOOP("catalogue", "Restored"),
    "reason.merge": QT_TRANSLATE_NOOP("catalogue", "Merged into another reason"),
    "reason.merged_from": QT_TRANSLATE_NOOP("catalogue", "Another reason merged into this one"),
    "reason.import": QT_TRANSLATE_NOOP("catalogue", "Changed by a catalogue import"),
}


def describe_change(entry: HistoryEntry) -> str:
    """The fields that changed, ``field: before → after``; merge details for merges."""
    if entry.details and "target_code" in entry.details:
        return QCoreApplication.translate(
            "catalogue", "{source} → {target}: {calls} call reasons, {customers} customers moved"
        ).format(
            source=entry.details.get("source_code"),
            target=entry.details.get("target_code"),
            calls=entry.details.get("calls_moved"),
            customers=entry.details.get("customers_moved"),
        )
    before: dict[str, Any] = entry.before or {}
    after: dict[str, Any] = entry.after or {}
    parts = []
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            parts.append(f"{key}: {_short(before.get(key))} → {_short(after.get(key))}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v)
    return "—" if value is None else str(value)


class ReasonHistoryDialog(QDialog):
    """Who changed a reason, when, and what changed."""

    def __init__(
        self,
        title: str,
        entries: list[HistoryEntry],
        names: dict[Any, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(820, 360)
        self.model = TableModel(
            self,
            context="catalogue",
            columns=[
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "When"),
                    lambda e: format_datetime(e.at),
                ),
                Column(QT_TRANSLATE_NOOP("catalogue", "Who"), lambda e: names.get(e.user_id, "")),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "What"),
                    lambda e: QCoreApplication.translate(
                        "catalogue", ACTIONS.get(e.action, e.action)
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("catalogue", "Change"), describe_change),
            ],
        )
        self.model.set_rows(entries)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
