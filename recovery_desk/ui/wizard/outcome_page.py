"""The Outcome: how the call ended, the call-back when thinking it over, final notes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from recovery_desk.domain.call_steps import next_working_time
from recovery_desk.domain.enums import Outcome, Step
from recovery_desk.domain.expectations import EXPECTATIONS, Expectation, from_mask, to_mask
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.formatting import DateTimeEdit
from recovery_desk.ui.wizard.step_page import StepPage

OUTCOMES = tuple(Outcome)


class OutcomePage(StepPage):
    STEP = Step.OUTCOME

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        self.radios: dict[Outcome, QRadioButton] = {}
        for number, outcome in enumerate(OUTCOMES):
            radio = QRadioButton()
            radio.setObjectName(f"outcome_{outcome.value}")
            self.group.addButton(radio, number)
            self.radios[outcome] = radio
            grid.addWidget(radio, number // 3, number % 3)
        chosen = call.draft.get("outcome")
        if chosen in {o.value for o in OUTCOMES}:
            self.radios[Outcome(chosen)].setChecked(True)
        self.callback_label = QLabel()
        self.callback = DateTimeEdit()
        self.callback.setObjectName("callbackAt")
        self.callback.setCalendarPopup(True)
        stored = call.fields.get("callback_at")
        if isinstance(stored, datetime):
            self.callback.setDateTime(QDateTime.fromSecsSinceEpoch(int(stored.timestamp())))
        else:
            suggested = next_working_time(datetime.now().astimezone())
            self.callback.setDateTime(QDateTime.fromSecsSinceEpoch(int(suggested.timestamp())))
        self.callback_label.setBuddy(self.callback)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(call.fields.get("outcome_notes") or "")
        self.notes.setObjectName("outcomeNotes")
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)
        self.expectations_box = QGroupBox()
        self.expectations_box.setObjectName("expectations")
        ticks = QHBoxLayout(self.expectations_box)
        self.expectations: dict[Expectation, QCheckBox] = {}
        met = from_mask(call.fields.get("expectations_met"))
        for expectation in EXPECTATIONS:
            box = QCheckBox()
            box.setObjectName(f"expectation_{expectation.value}")
            box.setChecked(expectation in met)
            box.toggled.connect(self._on_expectation_toggled)
            self.expectations[expectation] = box
            ticks.addWidget(box)
        ticks.addStretch(1)
        self.error = ValueLabel(announced=True, assertive=True)
        self.error.setObjectName("outcomeError")
        grid.addWidget(self.callback_label, 2, 0)
        grid.addWidget(self.callback, 2, 1)
        self.body.addLayout(grid)
        self.body.addWidget(self.expectations_box)
        self.body.addWidget(self.notes_label)
        self.body.addWidget(self.notes, 1)
        self.body.addWidget(self.error)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.callback.dateTimeChanged.connect(self._on_callback_date_time_changed)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        i18n.register(self)
        self._update_enabled()

    def outcome(self) -> Outcome | None:
        number = self.group.checkedId()
        return OUTCOMES[number] if number >= 0 else None

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.radios[Outcome.WON_BACK]).setFocus(Qt.FocusReason.TabFocusReason)
        # As after a Tab: the style draws the focus ring (not after a plain setFocus)
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        texts = {
            Outcome.WON_BACK: self.tr("&Won back"),
            Outcome.THINKING: self.tr("&Thinking it over"),
            Outcome.DECLINED: self.tr("&Declined"),
            Outcome.NOT_REACHED: self.tr("&Not reached"),
            Outcome.DO_NOT_CALL: self.tr("Do not call a&gain"),
        }
        for outcome, text in texts.items():
            self.radios[outcome].setText(text)
            self.radios[outcome].setAccessibleName(text.replace("&", ""))
        self.callback_label.setText(self.tr("&Call back on"))
        self.callback.setAccessibleName(self.tr("Call-back date and time"))
        self.notes_label.setText(self.tr("Notes on the &outcome"))
        self.notes.setAccessibleName(self.tr("Outcome notes"))
        self.error.set_caption(self.tr("Why the call cannot finish yet"))
        self.expectations_box.setTitle(self.tr("The customer's four expectations: this call met"))
        expectations: dict[Expectation, tuple[str, str]] = {
            Expectation.RESPECT: (
                self.tr("&Respect"),
                self.tr("Listened without interrupting, no defensive phrases"),
            ),
            Expectation.SOLUTIONS: (
                self.tr("&Solutions"),
                self.tr("The customer leaves with a concrete step toward fixing the problem"),
            ),
            Expectation.SIMPLICITY: (
                self.tr("Si&mplicity"),
                self.tr("Nothing for the customer to chase: no transfers, forms or retelling"),
            ),
            Expectation.RESPONSIBILITY: (
                self.tr("Res&ponsibility"),
                self.tr("Owned the failure; every promise has an owner and a deadline"),
            ),
        }
        for expectation, (label, meaning) in expectations.items():
            box = self.expectations[expectation]
            box.setText(label)
            box.setToolTip(meaning)
            box.setAccessibleName(label.replace("&", ""))
            box.setAccessibleDescription(meaning)

    def _update_enabled(self) -> None:
        thinking = self.outcome() is Outcome.THINKING
        self.callback.setEnabled(thinking)
        # Nobody answered: there was no conversation to judge.
        self.expectations_box.setEnabled(self.outcome() is not Outcome.NOT_REACHED)
        self.call.set_field("callback_at", self._callback_at() if thinking else None)

    def _callback_at(self) -> datetime:
        stamp = self.callback.dateTime()
        stamp.setTime(QTime(stamp.time().hour(), stamp.time().minute()))
        return datetime.fromtimestamp(stamp.toSecsSinceEpoch(), UTC)

    @Slot(int, bool)
    def _on_group_id_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.call.set_draft("outcome", OUTCOMES[number].value)
            self._update_enabled()
            self.error.clear()
            self.sig_changed.emit()

    @Slot(bool)
    def _on_expectation_toggled(self, _checked: bool) -> None:
        met = [e for e, box in self.expectations.items() if box.isChecked()]
        self.call.set_field("expectations_met", to_mask(met))
        self.sig_changed.emit()

    @Slot(QDateTime)
    def _on_callback_date_time_changed(self, _value: QDateTime) -> None:
        self._update_enabled()
        self.sig_changed.emit()

    @Slot()
    def _on_notes_text_changed(self) -> None:
        self.call.set_field("outcome_notes", self.notes.toPlainText())
        self.sig_changed.emit()
