"""Widths that follow their text, so a translated word never clips and no room is wasted."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def fit_list_to_items(view: QListWidget, min_chars: int = 12) -> None:
    """Fix ``view``'s width to its widest item (call again after retranslating)."""
    metrics = view.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(view.item(r).text()) for r in range(view.count())),
        default=0,
    )
    char = metrics.averageCharWidth()
    frame = 2 * view.frameWidth() + 6 * char  # item margins, and a scroll bar if it must
    view.setFixedWidth(max(widest + frame, min_chars * char))
