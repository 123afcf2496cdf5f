"""With every string twice as long (RECOVERY_DESK_TRANS_SCALE=2, pt_BR), nothing is clipped."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from recovery_desk.ui import i18n
from recovery_desk.ui.main_window import MainWindow
from tests.gui.conftest import make_ctx
from tests.gui.windows import show_active

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_queue_page_fits_doubled_portuguese(qtbot, workspace, supervisor, monkeypatch) -> None:
    monkeypatch.setenv("RECOVERY_DESK_TRANS_SCALE", "2")
    i18n.install("pt_BR")
    try:
        window = MainWindow(make_ctx(workspace, supervisor))
        qtbot.addWidget(window)
        window.resize(1200, 760)
        show_active(qtbot, window)
        page = window.page("queue")
        assert page is not None
        assert page.scope.itemText(1).count("Minha fila") == 2  # really doubled
        widgets = [
            *page.findChildren(QLabel),
            *page.findChildren(QComboBox),
            *page.findChildren(QAbstractButton),
        ]
        clipped = [
            (w.objectName() or type(w).__name__, w.width(), w.sizeHint().width())
            for w in widgets
            if w.isVisible()
            and not (isinstance(w, QLabel) and w.wordWrap())
            and w.width() < w.sizeHint().width()
        ]
        assert clipped == []
    finally:
        monkeypatch.delenv("RECOVERY_DESK_TRANS_SCALE")
        i18n.switch_language("en")
