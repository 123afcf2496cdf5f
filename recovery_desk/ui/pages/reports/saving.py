"""Saving a chart (PNG, PDF) or a table (CSV) from the reports page.

:func:`ask_save_path` opens a non-modal file dialog and calls back with the chosen path;
tests patch it. Writing a small PNG/PDF/CSV is quick and stays on the GUI thread.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget


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


def save_table_csv(rows: Sequence[Sequence[str]], path: Path) -> Path:
    """Write display texts as CSV (UTF-8 with BOM), via a temporary file then rename."""
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
