"""Step 1, Apologise: script, checklist and notes checked live for defensive phrases."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from recovery_desk.domain.enums import Step
from recovery_desk.domain.phrases import DefensivePhrase, find_defensive
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.wizard.step_page import StepPage


class ApologisePage(StepPage):
    STEP = Step.APOLOGISE

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        phrases: list[DefensivePhrase],
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.phrases = phrases
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("apologiseNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlainText(call.notes.get(self.STEP, ""))
        self.notes_label.setBuddy(self.notes)
        self.hint = ValueLabel(announced=True)
        self.hint.setObjectName("defensiveHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(link);")
        self.hint.hide()
        self.body.addWidget(self.notes_label)
        self.body.addWidget(self.notes, 1)
        self.body.addWidget(self.hint)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        i18n.register(self)
        self._check()

    def focus_first(self) -> None:
        self.notes.setFocus()

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.notes_label.setText(self.tr("&Notes"))
        self.notes.setAccessibleName(self.tr("Apology notes"))
        self.hint.set_caption(self.tr("Wording hint"))
        self._check()

    def _check(self) -> None:
        hits = find_defensive(self.notes.toPlainText(), self.phrases)
        if not hits:
            self.hint.hide()
            self.hint.clear()
            return
        first = hits[0]
        self.hint.setText(
            self.tr('"%1" sounds defensive. %2')
            .replace("%1", first.phrase)
            .replace("%2", first.hint or self.tr("Own the failure instead."))
        )
        self.hint.show()

    @Slot()
    def _on_notes_text_changed(self) -> None:
        self.call.set_notes(self.STEP, self.notes.toPlainText())
        self._check()
        self.sig_changed.emit()
