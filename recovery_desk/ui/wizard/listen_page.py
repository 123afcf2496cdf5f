"""Step 2, Listen: free notes and the customer's own words (verbatim)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from recovery_desk.domain.enums import Step
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.wizard.step_page import StepPage


class ListenPage(StepPage):
    STEP = Step.LISTEN

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("listenNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlainText(call.notes.get(self.STEP, ""))
        self.notes_label.setBuddy(self.notes)
        self.verbatim_label = QLabel()
        self.verbatim = QPlainTextEdit()
        self.verbatim.setObjectName("verbatim")
        self.verbatim.setTabChangesFocus(True)
        self.verbatim.setPlainText(call.fields.get("verbatim") or "")
        self.verbatim.setMaximumHeight(90)
        self.verbatim_label.setBuddy(self.verbatim)
        for widget in (self.notes_label, self.notes, self.verbatim_label, self.verbatim):
            self.body.addWidget(widget)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        self.verbatim.textChanged.connect(self._on_verbatim_text_changed)
        i18n.register(self)

    def focus_first(self) -> None:
        self.notes.setFocus()

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.notes_label.setText(self.tr("&Notes (let the customer vent)"))
        self.notes.setAccessibleName(self.tr("Listening notes"))
        self.verbatim_label.setText(self.tr("In the customer's &words"))
        self.verbatim.setAccessibleName(self.tr("The customer's words, verbatim"))
        self.verbatim.setToolTip(self.tr("Tab from the notes; quote the customer exactly"))

    @Slot()
    def _on_notes_text_changed(self) -> None:
        self.call.set_notes(self.STEP, self.notes.toPlainText())
        self.sig_changed.emit()

    @Slot()
    def _on_verbatim_text_changed(self) -> None:
        self.call.set_field("verbatim", self.verbatim.toPlainText())
        self.sig_changed.emit()
