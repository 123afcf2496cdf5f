"""A type-ahead picker: type a few letters, arrows to choose, Enter to pick."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.text import fold

ValueRole = Qt.ItemDataRole.UserRole + 1
FoldedRole = Qt.ItemDataRole.UserRole + 2


class PickerDialog(QDialog):
    """Choose one of ``choices`` (``(value, text)`` pairs) by typing part of its text.

    Signals:
        sig_picked: the user confirmed a choice (its value).
    """

    sig_picked = Signal(object)
    """The user confirmed a choice; carries its value."""

    def __init__(
        self, title: str, prompt: str, choices: list[tuple[Any, str]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = QStandardItemModel(self)
        for value, text in choices:
            item = QStandardItem(text)
            item.setData(value, ValueRole)
            item.setData(fold(text), FoldedRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FoldedRole)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pickerFilter")
        self.filter_edit.setAccessibleName(prompt)
        self.filter_edit.setPlaceholderText(prompt)
        self.filter_edit.installEventFilter(self)
        self.list_view = QListView()
        self.list_view.setObjectName("pickerList")
        self.list_view.setAccessibleName(title)
        self.list_view.setModel(self.proxy)
        self.list_view.activated.connect(self._on_list_activated)
        caption = QLabel(prompt)
        caption.setBuddy(self.filter_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self._select_first()
        self.filter_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down in the filter move the selection; Enter picks."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.list_view.currentIndex().row()
                row += 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.proxy.rowCount() - 1, row))
                self.list_view.setCurrentIndex(self.proxy.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick()
                return True
        return super().eventFilter(watched, event)

    def current_value(self) -> Any:
        index = self.list_view.currentIndex()
        return index.data(ValueRole) if index.isValid() else None

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def _pick(self) -> None:
        value = self.current_value()
        if value is None:
            return
        self.accept()
        self.sig_picked.emit(value)

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text))
        self._select_first()

    @Slot()
    def _on_list_activated(self) -> None:
        self._pick()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self._pick()
