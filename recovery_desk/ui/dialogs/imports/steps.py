"""The mapping/preview step and the summary step of the import wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.imports import importer as imports
from recovery_desk.services.imports.mapping import FIELD_LABELS, FIELDS, column_choice
from recovery_desk.ui import i18n

ERROR_COLOUR = QColor("#f8c9c4")
WARNING_COLOUR = QColor("#fbeec1")
MAX_PREVIEW_COLUMN = 320
"""Pixels: a preview column never grows past this (a long note elides in the preview)."""


class MappingWidget(QWidget):
    """A combo per field (the file's headers; the guess preselected) and the preview.

    Signals:
        sig_mapping_changed: the user picked another column for a field.
    """

    sig_mapping_changed = Signal()
    """The user changed the column of a field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importMapping")
        self._filling = False
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            label = QLabel()
            label.setBuddy(combo)
            self.combos[field] = combo
            self.labels[field] = label
            form.addRow(label, combo)
        self.preview_label = QLabel()
        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        self.preview_label.setBuddy(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        columns = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(form)
        columns.addWidget(left)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.table, 1)
        columns.addLayout(right, 1)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        # No mnemonics on the 14 field labels (they would clash with the buttons' Alt keys):
        # the first combo gets the focus and Tab walks through them in order.
        for field in FIELDS:
            text = i18n.translate_message(FIELD_LABELS[field])
            self.labels[field].setText(f"{text}:")
            self.combos[field].setAccessibleName(self.tr("Column for %1").replace("%1", text))
            if self.combos[field].count():
                self.combos[field].setItemText(0, self.tr("(not imported)"))
        self.preview_label.setText(
            self.tr("&Preview: red rejects the row, yellow warns (point at a cell to read why):")
        )
        self.table.setAccessibleName(self.tr("Preview of the first rows"))

    def first_combo(self) -> QComboBox:
        return self.combos[FIELDS[0]]

    def show_file(self, info: imports.FileInfo, rows: list[imports.PreviewRow]) -> None:
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for column, header in enumerate(info.headers):
                combo.addItem(header, column_choice(info.headers, column))
            index = info.mapping.get(field)
            combo.setCurrentIndex(0 if index is None else index + 1)
        self._filling = False
        self._fill_table(info, rows)

    def _fill_table(self, info: imports.FileInfo, rows: list[imports.PreviewRow]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(info.headers))
        self.table.setHorizontalHeaderLabels(list(info.headers))
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([str(r.number) for r in rows])
        for r, row in enumerate(rows):
            for c in range(len(info.headers)):
                text = row.cells[c] if c < len(row.cells) else ""
                self.table.setItem(r, c, QTableWidgetItem(text))
            for column, problem in row.problems:
                item = self.table.item(r, column) if column >= 0 else None
                if item is None:
                    continue
                colour = ERROR_COLOUR if problem.severity == "error" else WARNING_COLOUR
                item.setBackground(QBrush(colour))
                tip = i18n.translate_message(problem.template)
                tip = tip.replace("%1", problem.value).replace("%2", problem.detail)
                old = item.toolTip()
                item.setToolTip(f"{old}\n{tip}" if old else tip)
                # Said in words too, not only in colour: screen readers read the problem.
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())
                item.setData(Qt.ItemDataRole.UserRole, problem.severity)
        # At most 50 rows: columns fit their text on one line, a long note capped.
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            if self.table.columnWidth(column) > MAX_PREVIEW_COLUMN:
                self.table.setColumnWidth(column, MAX_PREVIEW_COLUMN)

    def overrides(self) -> dict[str, str | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        if not self._filling:
            self.sig_mapping_changed.emit()


class SummaryWidget(QWidget):
    """Counts, rejected rows and "Save errors CSV…"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.rejected_label = QLabel()
        self.rejected = QListWidget()
        self.rejected.setObjectName("importRejected")
        self.rejected_label.setBuddy(self.rejected)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveErrors")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.save_button)
        self._summary: imports.ImportSummary | None = None
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.rejected_label.setText(self.tr("&Rejected rows:"))
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        self.save_button.setText(self.tr("&Save errors CSV…"))
        self.save_button.setAccessibleName(self.tr("Save errors CSV"))
        self.save_button.setToolTip(
            self.tr("Save the rejected rows to fix and import again (Alt+S)")
        )
        if self._summary is not None:
            self.show_summary(self._summary)

    def show_summary(self, summary: imports.ImportSummary) -> None:
        self._summary = summary
        text = self.tr(
            "%1: %2 inserted, %3 updated, %4 unchanged, %5 rejected.\n"
            "Warnings: %6 without revenue, %7 without departure date, %8 phones not "
            "recognised (kept as typed). New reasons to review: %9."
        )
        figures = (
            summary.file_name,
            summary.inserted,
            summary.updated,
            summary.unchanged,
            summary.rejected,
            summary.no_revenue,
            summary.no_departure,
            summary.invalid_phones,
            summary.new_reasons,
        )
        for number in range(len(figures), 0, -1):
            text = text.replace(f"%{number}", str(figures[number - 1]))
        self.counts.setText(text)
        self.rejected.clear()
        template = self.tr("Row %1, %2: %3")
        for rejection in summary.rejections:
            label = i18n.translate_message(FIELD_LABELS.get(rejection.field, rejection.field))
            self.rejected.addItem(
                template.replace("%1", str(rejection.row))
                .replace("%2", label)
                .replace("%3", rejection.text(i18n.translate_message))
            )
        self.save_button.setEnabled(summary.errors_file is not None)
