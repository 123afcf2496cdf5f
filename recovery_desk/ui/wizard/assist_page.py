"""Step 4, Assist: what was done now, and every promise with an owner and a due date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QWidget,
)

from recovery_desk.domain.enums import AssistAction, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.formatting import DateEdit, format_date, from_qdate
from recovery_desk.ui.vocabulary import team_label
from recovery_desk.ui.wizard.step_page import StepPage

ACTIONS = (AssistAction.SOLVED, AssistAction.TICKET, AssistAction.ESCALATED, AssistAction.NONE)


class AssistPage(StepPage):
    STEP = Step.ASSIST

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.team = ""
        self.action_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[AssistAction, QRadioButton] = {}
        for number, action in enumerate(ACTIONS):
            radio = QRadioButton()
            radio.setObjectName(f"assist_{action.value}")
            self.action_group.addButton(radio, number)
            self.radios[action] = radio
            row.addWidget(radio)
        current = call.fields.get("assist_action")
        if current in {a.value for a in ACTIONS}:
            self.radios[AssistAction(current)].setChecked(True)
        self.ticket_label = QLabel()
        self.ticket = QLineEdit(call.fields.get("ticket_ref") or "")
        self.ticket.setObjectName("ticketRef")
        self.ticket_label.setBuddy(self.ticket)
        self.team_label = QLabel()
        self.team_label.setObjectName("escalationTeam")

        self.promise_what = QLineEdit(call.pending_promise)  # typed before a crash
        self.promise_what.setObjectName("promiseWhat")
        self.promise_owner = QLineEdit(call.user.name)
        self.promise_owner.setObjectName("promiseOwner")
        self.promise_due = DateEdit(date.today() + timedelta(days=7))
        self.promise_due.setObjectName("promiseDue")
        self.promise_due.setCalendarPopup(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPromise")
        self.add_button.setAutoDefault(False)
        self.promises = QListWidget()
        self.promises.setObjectName("promises")
        self.promise_error = QLabel()
        self.promise_error.setObjectName("promiseError")
        self.what_label, self.owner_label, self.due_label = QLabel(), QLabel(), QLabel()
        self.what_label.setBuddy(self.promise_what)
        self.owner_label.setBuddy(self.promise_owner)
        self.due_label.setBuddy(self.promise_due)
        grid = QGridLayout()
        grid.addWidget(self.ticket_label, 0, 0)
        grid.addWidget(self.ticket, 0, 1)
        grid.addWidget(self.team_label, 0, 2, 1, 2)
        for column, (label, edit) in enumerate(
            ((self.what_label, self.promise_what), (self.owner_label, self.promise_owner))
        ):
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(edit, 1, column * 2 + 1)
        grid.addWidget(self.due_label, 2, 0)
        grid.addWidget(self.promise_due, 2, 1)
        grid.addWidget(self.add_button, 2, 3)
        self.body.addLayout(row)
        self.body.addLayout(grid)
        self.body.addWidget(self.promise_error)
        self.promises_label = QLabel()
        self.body.addWidget(self.promises_label)
        self.body.addWidget(self.promises)
        self.action_group.idToggled.connect(self._on_actions_id_toggled)
        self.ticket.textChanged.connect(self._on_ticket_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.promise_what.textChanged.connect(self._on_promise_what_text_changed)
        watched: tuple[QWidget, ...] = (
            self.promise_what,
            self.promise_owner,
            self.promise_due,
            self.promises,
        )
        for widget in watched:
            widget.installEventFilter(self)
        i18n.register(self)
        self._update_enabled()

    def focus_first(self) -> None:
        checked = self.action_group.checkedButton()
        (checked or self.radios[AssistAction.SOLVED]).setFocus(Qt.FocusReason.TabFocusReason)
        # As after a Tab: the style draws the focus ring (not after a plain setFocus)
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

    def set_team(self, team: str | None) -> None:
        """The responsible team of the primary reason (shown when escalating)."""
        self.team = team or ""
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        texts = {
            AssistAction.SOLVED: self.tr("&Solved on the call"),
            AssistAction.TICKET: self.tr("&Ticket opened"),
            AssistAction.ESCALATED: self.tr("&Escalated to the team"),
            AssistAction.NONE: self.tr("Nothing &yet"),
        }
        for action, text in texts.items():
            self.radios[action].setText(text)
            self.radios[action].setAccessibleName(text.replace("&", ""))
        self.ticket_label.setText(self.tr("Ticket &reference"))
        self.ticket.setAccessibleName(self.tr("Ticket reference"))
        self.what_label.setText(self.tr("&Promise"))
        self.promise_what.setAccessibleName(self.tr("What was promised"))
        self.promise_what.setToolTip(self.tr("Enter adds the promise"))
        self.owner_label.setText(self.tr("O&wner"))
        self.promise_owner.setAccessibleName(self.tr("Promise owner"))
        self.due_label.setText(self.tr("D&ue"))
        self.promise_due.setAccessibleName(self.tr("Promise due date"))
        self.add_button.setText(self.tr("&Add promise"))
        self.add_button.setToolTip(self.tr("Add the promise (Alt+A, or Enter in its fields)"))
        self.add_button.setAccessibleName(self.tr("Add promise"))
        self.promises_label.setText(self.tr("Promises made (Delete removes)"))
        self.promises.setAccessibleName(self.tr("Promises made (Delete removes)"))
        self._show_promises()  # their due dates in the new language
        self._update_enabled()

    def _update_enabled(self) -> None:
        action = self._action()
        self.ticket.setEnabled(action is AssistAction.TICKET)
        escalated = action is AssistAction.ESCALATED
        team = team_label(self.team) or self.tr("pick a reason first")
        self.team_label.setText(self.tr("Team: %1").replace("%1", team) if escalated else "")

    def _action(self) -> AssistAction | None:
        for action, radio in self.radios.items():
            if radio.isChecked():
                return action
        return None

    def _show_promises(self) -> None:
        self.promises.clear()
        for promise in self.call.promises:
            due = format_date(promise.due_on)
            self.promises.addItem(f"{promise.what} — {promise.owner} — {due}")

    def settle_pending(self) -> bool:
        """Add the promise typed but not added (leaving Assist, finishing the call).

        Returns False, with the reason shown, when it cannot be added as typed.
        """
        if not self.promise_what.text().strip():
            return True
        return self._add_promise()

    def _add_promise(self) -> bool:
        try:
            self.call.add_promise(
                self.promise_what.text(),
                self.promise_owner.text(),
                from_qdate(self.promise_due.date()),
            )
        except ValidationError as exc:
            self.promise_error.setText(self._message(exc.field))
            return False
        self.promise_error.clear()
        self.promise_what.clear()
        self._show_promises()
        self.sig_changed.emit()
        self.promise_what.setFocus()
        return True

    def _message(self, field: str | None) -> str:
        if field == "owner":
            return self.tr("Every promise needs an owner.")
        if field == "due_on":
            return self.tr("The due date is in the past.")
        return self.tr("Say what was promised.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if watched is self.promises and event.key() == Qt.Key.Key_Delete:
                self.call.remove_promise(self.promises.currentRow())
                self._show_promises()
                self.sig_changed.emit()
                return True
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if plain and enter and watched is not self.promises:
                self._add_promise()
                return True
        return super().eventFilter(watched, event)

    @Slot(int, bool)
    def _on_actions_id_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.call.set_field("assist_action", ACTIONS[number].value)
            if ACTIONS[number] is AssistAction.ESCALATED:
                self.call.set_field("escalated_team", self.team or None)
            self._update_enabled()
            self.sig_changed.emit()

    @Slot(str)
    def _on_ticket_text_changed(self, text: str) -> None:
        self.call.set_field("ticket_ref", text.strip() or None)
        self.sig_changed.emit()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self._add_promise()

    @Slot(str)
    def _on_promise_what_text_changed(self, text: str) -> None:
        self.call.set_pending_promise(text)
        self.promise_error.clear()  # the old complaint was about what was typed before
        self.sig_changed.emit()
