"""Saving a chart (PNG, PDF) or a table (CSV) from the reports page.

:func:`ask_save_path` opens a non-modal file dialog and calls back with the chosen path;
tests patch it. Writing a small PNG/PDF/CSV is quick and stays on the GUI thread. A table
is written by the reason-log export's CSV writer, so it has the same dialect (pt-BR/pt-PT:
``;``, decimal comma, dd/mm/yyyy; UTF-8 with BOM) and the same neutralised formulas.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from recovery_desk.services.exports.formats import Cell, CsvRowWriter, Money
from recovery_desk.ui.table_model import TableModel


def ask_save_path(
    parent: QWidget, title: str, name_filters: Sequence[str], on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Ask where to save (non-modal); ``on_chosen`` runs only when a file was chosen."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(list(name_filters))
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def chart_filters() -> list[str]:
    return [
        QCoreApplication.translate("ReportSaving", "PNG image (*.png)"),
        QCoreApplication.translate("ReportSaving", "PDF document (*.pdf)"),
    ]


def table_filters() -> list[str]:
    return [QCoreApplication.translate("ReportSaving", "CSV file (*.csv)")]


def save_widget_image(widget: QWidget, path: Path) -> Path:
    """Save ``widget`` as PNG, or as PDF when ``path`` ends in ``.pdf`` (default PNG)."""
    if path.suffix.lower() == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(10, 10, 10, 10))
        pixmap = widget.grab()
        painter = QPainter(writer)
        target = painter.viewport()
        scaled = pixmap.size().scaled(target.size(), _keep_aspect())
        painter.drawPixmap(QRect(0, 0, scaled.width(), scaled.height()), pixmap)
        painter.end()
        return path
    if path.suffix.lower() != ".png":
        path = path.with_suffix(".png")
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _keep_aspect() -> Qt.AspectRatioMode:
    return Qt.AspectRatioMode.KeepAspectRatio


def table_cells(model: TableModel) -> tuple[list[str], list[list[Cell]]]:
    """The headers, and every row with amounts and counts as numbers, other cells as shown."""
    head = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(model.columns))]
    rows: list[list[Cell]] = []
    for row in model.rows:
        cells: list[Cell] = []
        for column, spec in enumerate(model.columns):
            if spec.cents is not None:
                cents = spec.cents(row)
                cells.append(None if cents is None else Money(cents, model.row_currency(row)))
                continue
            key = model.sort_value(row, column)
            whole = isinstance(key, int) and not isinstance(key, bool)
            cells.append(key if spec.numeric and whole else model.display(row, column))
        rows.append(cells)
    return head, rows


def save_table_csv(model: TableModel, path: Path, lang: str | None) -> Path:
    """Write ``model`` as CSV in ``lang``'s spreadsheet conventions, via a temporary file."""
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    head, rows = table_cells(model)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = CsvRowWriter(handle, lang)  # writes the BOM itself
            writer.header(head)
            for cells in rows:
                writer.row(cells)
            writer.close()
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
