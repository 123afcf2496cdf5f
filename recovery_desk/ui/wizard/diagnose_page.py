"""Step 3, Diagnose and verify: type-ahead reason picker, read-back, confirmed/corrected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from recovery_desk.domain.call_steps import compose_readback
from recovery_desk.domain.enums import Step
from recovery_desk.domain.reason_index import ReasonIndex
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.wizard.step_page import StepPage

ID_ROLE = Qt.ItemDataRole.UserRole
PICKER_LIMIT = 25  # matches listed while typing; the rest are counted, not hidden silently


class DiagnosePage(StepPage):
    """Type to search, Enter picks (first pick is primary), then read back and confirm.

    Signals:
        sig_reasons_changed: the picked reasons changed (offers and scripts depend on them).
    """

    sig_reasons_changed = Signal()
    """The picked reasons changed."""

    STEP = Step.DIAGNOSE

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        index: ReasonIndex,
        readback: tuple[str, str],
        lang: str,
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.index = index
        self.readback_template, self.readback_joiner = readback
        self.lang = lang
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("reasonSearch")
        self.search.setText(str(call.draft.get("picker_text", "")))
        self.search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("reasonResults")
        self.results.setUniformItemSizes(True)
        self.picked_label = QLabel()
        self.picked = QListWidget()
        self.picked.setObjectName("pickedReasons")
        self.picked.setMaximumHeight(80)
        self.readback = ValueLabel()
        self.readback.setObjectName("readback")
        self.readback.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("diagnosisStatus")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmReadback")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correctReadback")
        for button in (self.confirm_button, self.correct_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.status, 1)
        for widget in (self.search_label, self.search, self.results, self.picked_label):
            self.body.addWidget(widget)
        self.body.addWidget(self.picked)
        self.body.addWidget(self.readback)
        self.body.addLayout(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.picked.installEventFilter(self)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        i18n.register(self)
        self._filter()

    def focus_first(self) -> None:
        if self.call.flow.diagnosis.reason_ids and not self.call.flow.diagnosis.confirmed:
            self.confirm_button.setFocus()
        else:
            self.search.setFocus()

    def set_index(self, index: ReasonIndex) -> None:
        """The catalogue changed: search the new index."""
        self.index = index
        self._filter()
        self._show_picked()

    def picked_labels(self) -> list[str]:
        labels = []
        for reason_id in self.call.flow.diagnosis.reason_ids:
            entry = self.index.get(reason_id)
            labels.append(entry.label(self.lang) if entry else "?")
        return labels

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.search_label.setText(self.tr("&Reason (type part of a word, Enter picks)"))
        self.search.setAccessibleName(self.tr("Search reasons"))
        self.search.setPlaceholderText(self.tr("e.g. price, service, invoice"))
        self.search.setToolTip(self.tr("Down arrow moves into the list; Enter picks"))
        self.results.setAccessibleName(self.tr("Matching reasons"))
        self.picked_label.setText(self.tr("Picked (first is the primary reason; Delete removes)"))
        self.picked.setAccessibleName(self.tr("Picked reasons"))
        self.readback.set_caption(self.tr("Read-back sentence"))
        self.confirm_button.setText(self.tr("&Confirmed"))
        self.confirm_button.setToolTip(self.tr("The customer confirmed the read-back (Alt+C)"))
        self.confirm_button.setAccessibleName(self.tr("Confirmed"))
        self.correct_button.setText(self.tr("C&orrected"))
        self.correct_button.setToolTip(
            self.tr("The customer corrected it: back to the picker (Alt+O)")
        )
        self.correct_button.setAccessibleName(self.tr("Corrected"))
        self._show_picked()

    # --- picker -----------------------------------------------------------------------

    def _filter(self) -> None:
        """Empty box: every reason, by category (browsable whole with the arrows); typed:
        the best ``PICKER_LIMIT`` matches and an honest line saying how many more matched."""
        self.results.clear()
        text = self.search.text()
        found = self.index.search(text, limit=max(1, len(self.index)))
        shown = found[:PICKER_LIMIT] if text.strip() else found
        for entry in shown:
            item = QListWidgetItem(f"{entry.category_label(self.lang)} → {entry.label(self.lang)}")
            item.setData(ID_ROLE, entry.id)
            self.results.addItem(item)
        hidden = len(found) - len(shown)
        if hidden:
            more = QListWidgetItem(self.tr("%1 more — type to narrow").replace("%1", str(hidden)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)  # a hint, never picked
            self.results.addItem(more)
        if shown:
            self.results.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(ID_ROLE) is None:
            return
        self.call.pick_reason(str(item.data(ID_ROLE)))
        self.search.clear()
        self._show_picked()
        self.sig_reasons_changed.emit()
        self.sig_changed.emit()
        self.confirm_button.setFocus()

    def _show_picked(self) -> None:
        self.picked.clear()
        labels = self.picked_labels()
        for position, label in enumerate(labels):
            prefix = self.tr("Primary") if position == 0 else self.tr("Secondary")
            self.picked.addItem(f"{prefix}: {label}")
        sentence = compose_readback(self.readback_template, self.readback_joiner, labels)
        self.readback.setText(sentence)
        has = bool(labels)
        self.confirm_button.setEnabled(has)
        self.correct_button.setEnabled(has)
        confirmed = self.call.flow.diagnosis.confirmed
        if not has:
            self.status.setText(self.tr("Pick the reason the customer gives."))
        elif confirmed:
            self.status.setText(self.tr("✔ Confirmed by the customer."))
        else:
            self.status.setText(self.tr("Read it back; the diagnosis is complete once confirmed."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                item = self.results.item(row)
                if item is not None and item.data(ID_ROLE) is not None:
                    self.results.setCurrentRow(row)
                return True
            if watched is self.picked and key == Qt.Key.Key_Delete:
                row = self.picked.currentRow()
                reasons = self.call.flow.diagnosis.reason_ids
                if 0 <= row < len(reasons):
                    self.call.remove_reason(reasons[row])
                    self._show_picked()
                    self.sig_reasons_changed.emit()
                    self.sig_changed.emit()
                return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.call.set_draft("picker_text", text)
        self._filter()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._pick(self.results.currentItem())

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self._pick(item)

    @Slot()
    def _on_confirm_button_clicked(self) -> None:
        self.call.confirm_diagnosis(self.readback.text())
        self._show_picked()
        self.sig_changed.emit()

    @Slot()
    def _on_correct_button_clicked(self) -> None:
        self.call.correct_diagnosis()
        self._show_picked()
        self.sig_changed.emit()
        self.search.setFocus()
