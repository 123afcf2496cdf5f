"""The "Export reason log…" dialog: format, pseudonymise, file — with the page's filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from recovery_desk.ui.pages.reports.saving import ask_save_path


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    pseudonymise: bool
    keep_verbatims: bool = False


class ExportDialog(QDialog):
    """Choose format, pseudonymisation and file; opened with :meth:`ask` (non-modal)."""

    def __init__(self, filters_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export reason log"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), ".csv")
        self.format.setAccessibleName(self.tr("File format"))
        self.pseudonymise = QCheckBox(
            self.tr("&Pseudonymise (no names, no verbatims; customers and agents hashed)")
        )
        self.pseudonymise.setAccessibleName(self.tr("Pseudonymise"))
        # The customers' own words may name them: left out unless the supervisor keeps them.
        self.keep_verbatims = QCheckBox(self.tr("&Keep the customers' own words (verbatims)"))
        self.keep_verbatims.setObjectName("exportKeepVerbatims")
        self.keep_verbatims.setAccessibleName(self.tr("Keep the verbatims"))
        self.keep_verbatims.setEnabled(False)
        self.verbatims_warning = QLabel(
            self.tr(
                "Verbatims are free text and may identify people: the file is then not "
                "fully pseudonymised, and its column says so."
            )
        )
        self.verbatims_warning.setObjectName("exportVerbatimsWarning")
        self.verbatims_warning.setWordWrap(True)
        self.verbatims_warning.setAccessibleName(self.tr("Verbatims warning"))
        self.verbatims_warning.hide()
        self.path = QLineEdit(str(Path.home() / "reason-log.xlsx"))
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for the file"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        filters = QLabel(filters_text)
        filters.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.pseudonymise)
        form.addRow(self.keep_verbatims)
        form.addRow(self.verbatims_warning)
        form.addRow(self.tr("F&ile:"), row)
        form.addRow(self.tr("Filters:"), filters)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.pseudonymise.toggled.connect(self._on_pseudonymise_toggled)
        self.keep_verbatims.toggled.connect(self._on_keep_verbatims_toggled)

    @Slot(bool)
    def _on_pseudonymise_toggled(self, checked: bool) -> None:
        self.keep_verbatims.setEnabled(checked)
        if not checked:
            self.keep_verbatims.setChecked(False)

    @Slot(bool)
    def _on_keep_verbatims_toggled(self, checked: bool) -> None:
        self.verbatims_warning.setVisible(checked)

    @Slot()
    def _on_browse_clicked(self) -> None:
        ask_save_path(
            self,
            self.tr("Export reason log"),
            [f"*{self.format.currentData()}"],
            lambda p: self.path.setText(str(p)),
        )

    @Slot(int)
    def _on_format_changed(self, _index: int) -> None:
        self.path.setText(str(Path(self.path.text()).with_suffix(self.format.currentData())))

    def choice(self) -> ExportChoice:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(self.format.currentData())
        pseudonymise = self.pseudonymise.isChecked()
        return ExportChoice(path, pseudonymise, pseudonymise and self.keep_verbatims.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget, filters_text: str, on_chosen: Callable[[ExportChoice], None]
    ) -> ExportDialog:
        """Open the dialog (non-modal); ``on_chosen`` runs when the user confirms."""
        dialog = cls(filters_text, parent)
        dialog.accepted.connect(lambda: on_chosen(dialog.choice()))
        dialog.open()
        return dialog
