"""Widths that follow their text, so a translated word never clips and no room is wasted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QListWidget, QTableView


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


class _LastColumnKeeper(QObject):
    """Keeps a table's stretched last column from being squeezed below its header."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._busy = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        header = self.view.horizontalHeader()
        if self._busy or header.count() == 0:
            return
        self._busy = True
        try:
            last = header.logicalIndex(header.count() - 1)
            others = header.length() - header.sectionSize(last)
            need = header.sectionSizeHint(last)
            room = self.view.viewport().width() - others >= need
            # Stretch while there is room; else the header's own width (the table scrolls).
            header.setStretchLastSection(room)
            if not room:
                header.resizeSection(last, need)
        finally:
            self._busy = False


def keep_last_column_whole(view: QTableView) -> None:
    """The last column stretches into free room but never below its header's width."""
    _LastColumnKeeper(view).fit()
