"""What every step page shares: its script, a checkable checklist, change notification."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import Step
from recovery_desk.domain.placeholders import fill
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui.accessibility import ValueLabel


class StepPage(QWidget):
    """Base of the six step pages.

    Signals:
        sig_changed: the agent changed something on this page (the draft must be saved).
    """

    sig_changed = Signal()
    """Something on the page changed."""

    STEP: Step = Step.APOLOGISE

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.call = call
        self.script = script
        self.placeholders = placeholders
        self.script_title = QLabel()
        self.script_title.setObjectName("scriptTitle")
        font = self.script_title.font()
        font.setBold(True)
        self.script_title.setFont(font)
        self.script_label = ValueLabel()
        self.script_label.setObjectName("script")
        self.script_label.setWordWrap(True)
        self.script_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.script_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setMaximumHeight(110)
        done = set(call.checklists.get(self.STEP, []))
        for index, text in enumerate(script.checklist if script else ()):
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index in done else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.itemChanged.connect(self._on_checklist_item_changed)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.script_title)
        self.body.addWidget(self.script_label)
        self.body.addWidget(self.checklist)
        self.refresh_script()

    def refresh_script(self) -> None:
        """Fill the script's placeholders (they may change, e.g. the picked reason)."""
        if self.script is None:
            self.script_title.hide()
            self.script_label.hide()
            return
        self.script_title.setText(self.script.title)
        self.script_label.setText(fill(self.script.body, self.placeholders))

    def focus_first(self) -> None:
        """Put the focus where the agent types next on this step."""
        self.checklist.setFocus()

    def retranslate_base(self) -> None:
        self.script_label.set_caption(QCoreApplication.translate("StepPage", "Script"))
        self.checklist.setAccessibleName(
            QCoreApplication.translate("StepPage", "Checklist (Space ticks an item)")
        )

    @Slot(QListWidgetItem)
    def _on_checklist_item_changed(self, _item: QListWidgetItem) -> None:
        done = [
            row
            for row in range(self.checklist.count())
            if self.checklist.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.call.set_checklist(self.STEP, done)
        self.sig_changed.emit()
