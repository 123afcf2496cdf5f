"""The import wizard: file → mapping and preview → run (progress, cancel) → summary."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import Cancelled, Progress
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.imports.steps import MappingWidget, SummaryWidget
from recovery_desk.ui.tasks import TaskHandle

log = logging.getLogger("recovery_desk.ui.import")

FILE_FILTER = "CSV / Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"


def ask_open_file(parent: QWidget | None) -> str | None:
    """Ask for the file to import (tests patch this)."""
    title = QCoreApplication.translate("ImportDialog", "Import customers")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", FILE_FILTER)
    return path or None


def ask_save_file(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the errors CSV (tests patch this)."""
    title = QCoreApplication.translate("ImportDialog", "Save errors CSV")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "CSV (*.csv)")
    return path or None


class ImportDialog(QDialog):
    """Supervisors import departed customers from CSV or XLSX.

    Signals:
        sig_imported: the import committed (the summary).
    """

    sig_imported = Signal(object)
    """An import committed; carries the ImportSummary."""

    PAGE_FILE, PAGE_MAP, PAGE_RUN, PAGE_DONE = range(4)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportDialog")
        self.resize(900, 620)
        self.info: imports.FileInfo | None = None
        self.summary: imports.ImportSummary | None = None
        self._task: TaskHandle | None = None
        self._inspections = 0

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        self.sheet_combo = QComboBox()
        self.region_combo = QComboBox()
        self.region_combo.addItem("BR", "BR")
        self.region_combo.addItem("PT", "PT")
        self.file_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet_combo)
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region_combo)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        file_layout.addWidget(self.file_label)
        file_layout.addLayout(row)
        for label, combo in (
            (self.sheet_label, self.sheet_combo),
            (self.region_label, self.region_combo),
        ):
            line = QHBoxLayout()
            line.addWidget(label)
            line.addWidget(combo, 1)
            file_layout.addLayout(line)
        file_layout.addStretch(1)

        self.mapping = MappingWidget()
        self.mapping.sig_mapping_changed.connect(self._on_mapping_mapping_changed)

        run_page = QWidget()
        run_layout = QVBoxLayout(run_page)
        self.run_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        run_layout.addWidget(self.run_label)
        run_layout.addWidget(self.progress)
        run_layout.addStretch(1)

        self.summary_page = SummaryWidget()
        self.summary_page.save_button.clicked.connect(self._on_save_clicked)

        self.pages = QStackedWidget()
        for page in (file_page, self.mapping, run_page, self.summary_page):
            self.pages.addWidget(page)
        self.message = ValueLabel(announced=True)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.cancel_button = QPushButton()
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        i18n.register(self)
        self._show_page(self.PAGE_FILE)

    @classmethod
    def action_text(cls) -> str:
        """The File menu entry that opens the wizard."""
        return QCoreApplication.translate("ImportDialog", "&Import customers…")

    @classmethod
    def action_tip(cls) -> str:
        return QCoreApplication.translate("ImportDialog", "Import departed customers (Ctrl+I)")

    # --- translations -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import departed customers"))
        self.file_label.setText(
            self.tr("Choose a CSV or XLSX file exported from your CRM or billing system.")
        )
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the file"))
        self.browse_button.setToolTip(self.tr("Choose the file (Alt+B)"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.sheet_combo.setAccessibleName(self.tr("Sheet of the workbook"))
        self.region_label.setText(self.tr("Phone &region:"))
        self.region_combo.setAccessibleName(self.tr("Country for national phone numbers"))
        self.region_combo.setItemText(0, self.tr("Brazil (+55, R$)"))
        self.region_combo.setItemText(1, self.tr("Portugal (+351, €)"))
        self.run_label.setText(self.tr("Importing… Cancel leaves the database as it was."))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.back_button.setText(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.cancel_button.setAccessibleName(self.tr("Cancel or close"))
        self.message.set_caption(self.tr("Message"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page == self.PAGE_MAP)
        self.next_button.setVisible(page in (self.PAGE_FILE, self.PAGE_MAP))
        self.next_button.setText(
            self.tr("&Import") if page == self.PAGE_MAP else self.tr("&Next >")
        )
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.cancel_button.setText(
            self.tr("&Close") if page == self.PAGE_DONE else self.tr("&Cancel")
        )

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        focus = {self.PAGE_FILE: self.path_edit, self.PAGE_MAP: self.mapping.first_combo()}
        widget = focus.get(index)
        if widget is not None:
            widget.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- step 1: file -----------------------------------------------------------------

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = ask_open_file(self)
        if path:
            self.path_edit.setText(path)
            self._load_sheets(Path(path))

    @Slot(str)
    def _on_path_edit_text_edited(self, _text: str) -> None:
        self.sheet_combo.clear()  # the sheets are read again for the new file

    def _load_sheets(self, path: Path) -> None:
        self.sheet_combo.clear()
        if not imports.is_workbook(path):
            self.sheet_combo.setEnabled(False)
            return
        try:
            sheets = imports.sheet_names(path)
        except DomainError as exc:
            self._say(self._problem_text(exc))
            return
        for name in sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(bool(sheets))

    def _inspect(self, overrides: dict[str, str | None] | None = None) -> None:
        path = Path(self.path_edit.text().strip())
        sheet = self.sheet_combo.currentData() if self.sheet_combo.count() else None
        region = self.region_combo.currentData()
        self._say("")
        self._inspections += 1
        ticket = self._inspections

        def work(_token: Any) -> tuple[imports.FileInfo, list[imports.PreviewRow]]:
            # Two columns of one name: the user picks one in the combos (by its letter).
            info = imports.inspect_file(
                path,
                sheet=sheet,
                overrides=overrides,
                require_identity=False,
                refuse_duplicates=False,
            )
            return info, imports.preview(info, region=region)

        def done(result: tuple[imports.FileInfo, list[imports.PreviewRow]]) -> None:
            if ticket == self._inspections:  # a later change supersedes this result
                self._on_inspected(result)

        self.ctx.runner.run(work, on_done=done, on_error=self._on_failed)

    def _on_inspected(self, result: tuple[imports.FileInfo, list[imports.PreviewRow]]) -> None:
        self.info, rows = result
        self.mapping.show_file(self.info, rows)
        if self.pages.currentIndex() != self.PAGE_MAP:
            self._show_page(self.PAGE_MAP)
        self._check_identity()

    def _check_identity(self) -> bool:
        ok = self.info is not None and any(f in self.info.mapping for f in ("external_id", "name"))
        self._say(
            "" if ok else self.tr("Map the customer code or the name: one of them is required.")
        )
        self.next_button.setEnabled(ok)
        return ok

    @Slot()
    def _on_mapping_mapping_changed(self) -> None:
        self._inspect(self.mapping.overrides())

    # --- step 3: run ------------------------------------------------------------------

    def _start(self) -> None:
        if self.info is None or not self._check_identity():
            return
        info, region, user = self.info, self.region_combo.currentData(), self.ctx.user
        self.progress.setValue(0)
        self._show_page(self.PAGE_RUN)
        self.cancel_button.setFocus()

        def work(token: Any) -> Any:
            return imports.run_import(
                self.ctx.sessions,
                user,
                info,
                region=region,
                token=token,
                translate=i18n.translate_message,
            )

        self._task = self.ctx.runner.run(
            work, on_done=self._on_imported, on_error=self._on_failed, on_progress=self._on_progress
        )

    def _on_progress(self, progress: Progress) -> None:
        if progress.fraction is not None:
            self.progress.setValue(int(progress.fraction * 1000))

    def _on_imported(self, summary: imports.ImportSummary) -> None:
        self._task = None
        self.summary = summary
        self.summary_page.show_summary(summary)
        self._show_page(self.PAGE_DONE)
        self.cancel_button.setFocus()
        self.ctx.events.sig_data_changed.emit("customers")
        self.sig_imported.emit(summary)

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        if isinstance(exc, Cancelled):
            self._say(self.tr("Import cancelled: nothing was imported."))
            self._show_page(self.PAGE_MAP if self.info else self.PAGE_FILE)
            return
        if not isinstance(exc, DomainError):
            log.error("import failed", exc_info=exc)
        self._say(self._problem_text(exc))
        if self.pages.currentIndex() == self.PAGE_RUN:
            self._show_page(self.PAGE_MAP)

    def _problem_text(self, exc: BaseException) -> str:
        template = getattr(exc, "message", None) or str(exc)
        text = i18n.translate_message(getattr(exc, "template", template))
        for number, arg in enumerate(getattr(exc, "args_text", ()), start=1):
            text = text.replace(f"%{number}", arg)
        if not isinstance(exc, DomainError):
            text = self.tr("The import failed and nothing was imported: %1").replace("%1", str(exc))
        return text

    # --- buttons ----------------------------------------------------------------------

    @Slot()
    def _on_next_clicked(self) -> None:
        if self.pages.currentIndex() == self.PAGE_FILE:
            if not self.path_edit.text().strip():
                self._say(self.tr("Choose a file first."))
                return
            if self.sheet_combo.count() == 0:
                self._load_sheets(Path(self.path_edit.text().strip()))
            self._inspect()
        else:
            self._start()

    @Slot()
    def _on_back_clicked(self) -> None:
        self._show_page(self.PAGE_FILE)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Esc or Cancel: while importing, cancel (the database stays as it was)."""
        if self._task is not None and self._task.running:
            self._task.cancel()
            return
        super().reject()

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.summary is None or self.summary.errors_file is None:
            return
        suggested = Path(self.summary.file_name).stem + "-erros.csv"
        target = ask_save_file(self, suggested)
        if not target:
            return
        try:
            imports.save_errors_csv(self.summary.errors_file, Path(target))
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._say(self.tr("Errors saved to %1").replace("%1", target))
