"""CallWizardDialog: header, running timer, step rail and one lazily built page per step.

Non-modal. Every change marks the draft dirty and restarts ``_save_timer`` (300 ms); the
save itself is a few small UPDATEs (≤5 ms), so it runs on the GUI thread. Closing before
the call is finished asks whether to keep it as a draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import STEP_ORDER, Outcome, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.calls import catalogue
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.fit import fit_list_to_items
from recovery_desk.ui.vocabulary import step_label
from recovery_desk.ui.wizard import shortcuts as keys
from recovery_desk.ui.wizard.close_guard import CloseGuard
from recovery_desk.ui.wizard.header import CallHeaderWidget
from recovery_desk.ui.wizard.page_factory import REASON_BLANK, PageFactory
from recovery_desk.ui.wizard.saved import saved_summary

log = logging.getLogger("recovery_desk.call")
SAVE_DELAY_MS = 300
SAVED_MESSAGE_MS = 20_000  # long enough to read after the call screen closes


class CallWizardDialog(QDialog):
    """The guided recovery call.

    Signals:
        sig_call_finished: the call was saved with an outcome (a ``FinishedCallDTO``).
        sig_draft_saved: the draft was written to the database.
    """

    sig_call_finished = Signal(object)
    """The call finished with an outcome."""
    sig_draft_saved = Signal()
    """The draft was saved."""

    def __init__(self, ctx: UiContext, call: CallSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.call = call
        self.saved_message = ""  # what finishing saved, as said in the status bar
        self.lang = i18n.current_language()
        self.setObjectName("CallWizardDialog")
        self.setModal(False)
        self.resize(980, 720)
        self.factory = PageFactory(ctx, call, self.lang, self._placeholders())
        self.header = CallHeaderWidget(call.header, self.lang)
        self.rail = QListWidget()
        self.rail.setObjectName("stepRail")
        self.rail.addItems([""] * len(STEP_ORDER))
        self.stack = QStackedWidget()
        for _step in STEP_ORDER:
            self.stack.addWidget(QWidget())
        self.error = ValueLabel(announced=True, assertive=True)
        self.error.setObjectName("callError")
        self.error.setWordWrap(True)
        self.prev_button = QPushButton()
        self.next_button = QPushButton()
        self.finish_button = QPushButton()
        self.not_reached_button = QPushButton()
        self.copy_button = QPushButton()
        buttons = QHBoxLayout()
        for name, button in (
            ("copyPhone", self.copy_button),
            ("notReached", self.not_reached_button),
            ("previousStep", self.prev_button),
            ("nextStep", self.next_button),
            ("finishCall", self.finish_button),
        ):
            button.setObjectName(name)
            button.setAutoDefault(False)
            buttons.addWidget(button)
            if name == "notReached":
                buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.rail)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._shortcuts()
        self.close_guard = CloseGuard(self, call, self.save_now)
        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("callDraftSaveTimer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)
        self._clock_timer = QTimer(self)
        self._clock_timer.setObjectName("callClockTimer")
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._clock_timer.start()
        self._on_clock_timer_timeout()
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.not_reached_button.clicked.connect(self._on_not_reached_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.rail.currentRowChanged.connect(self._on_rail_current_row_changed)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)
        self._show(call.flow.current)
        self._restore_focus()

    # --- building ---------------------------------------------------------------------

    def _placeholders(self) -> dict[str, str]:
        header = self.call.header
        months = header.months_as_customer(date.today())
        company = catalogue.company_name(self.ctx.sessions) or self.tr("our company")
        return {
            "first_name": header.first_name,
            "agent_name": self.ctx.user.name.split()[0] if self.ctx.user.name else "",
            "company": company,
            "months_as_customer": str(months) if months is not None else "",
            "days_since_departure": str(header.days_since_departure or ""),
            "segment": header.segment or "",
            "reason": REASON_BLANK,
        }

    def _shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        table: dict[str, Callable[[], None]] = {
            keys.NEXT: self._on_next_button_clicked,
            "Ctrl+Enter": self._on_next_button_clicked,
            keys.PREVIOUS: self._on_prev_button_clicked,
            "Ctrl+Shift+Enter": self._on_prev_button_clicked,
            keys.COPY_PHONE: self._on_copy_button_clicked,
            keys.NOT_REACHED: self._on_not_reached_button_clicked,
        }
        for number, key in enumerate(keys.JUMPS):
            table[key] = partial(self.go, STEP_ORDER[number])
        for key, slot in table.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut

    def page(self, step: Step) -> QWidget:
        """The page of ``step``, built the first time it is needed."""
        index = STEP_ORDER.index(step)
        page = self.factory.pages.get(step)
        if page is None:
            page = self.factory.build(step, self)
            page.sig_changed.connect(self._on_page_changed)
            old = self.stack.widget(index)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, page)
        return page

    # --- navigation -------------------------------------------------------------------

    def go(self, step: Step) -> None:
        self._add_typed_promise()
        self.call.go(step)
        self._show(step)

    def _add_typed_promise(self) -> bool:
        """Leaving Assist or finishing: a promise typed but not added is added now.

        Returns False when it cannot be added as typed (the reason is on the Assist page).
        """
        if not self.call.pending_promise.strip():
            return True
        page = self.page(Step.ASSIST)
        return bool(page.settle_pending())  # type: ignore[attr-defined]

    def _show(self, step: Step) -> None:
        page = self.page(step)
        self.stack.setCurrentIndex(STEP_ORDER.index(step))
        self.rail.blockSignals(True)
        self.rail.setCurrentRow(STEP_ORDER.index(step))
        self.rail.blockSignals(False)
        self.error.clear()
        self.prev_button.setEnabled(step is not STEP_ORDER[0])
        self.next_button.setEnabled(step is not Step.OUTCOME)
        self.factory.refresh(step)
        page.focus_first()  # type: ignore[attr-defined]
        self._schedule_save()

    def _remember_focus(self) -> None:
        """Keep the field being typed in and the cursor in it with the draft (resume)."""
        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget) or not widget.objectName():
            return
        cursor = None
        if isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor().position()
        elif isinstance(widget, QLineEdit):
            cursor = widget.cursorPosition()
        self.call.set_draft("focus", {"widget": widget.objectName(), "cursor": cursor})

    def _restore_focus(self) -> None:
        """Resuming: focus back in the field the agent was typing in, the cursor where it
        was (at the end of the text when nothing was remembered)."""
        page = self.factory.pages.get(self.call.flow.current)
        where = self.call.draft.get("focus")
        widget = None
        if page is not None and isinstance(where, dict) and where.get("widget"):
            widget = page.findChild(QWidget, str(where["widget"]))
        if widget is not None:
            widget.setFocus()
        else:
            widget = QApplication.focusWidget()
            where = {}
        cursor = where.get("cursor") if isinstance(where, dict) else None
        if isinstance(widget, QPlainTextEdit):
            text_cursor = widget.textCursor()
            length = len(widget.toPlainText())
            text_cursor.setPosition(min(cursor, length) if isinstance(cursor, int) else length)
            widget.setTextCursor(text_cursor)
        elif isinstance(widget, QLineEdit):
            widget.setCursorPosition(cursor if isinstance(cursor, int) else len(widget.text()))

    def _schedule_save(self) -> None:
        # Not restarted while running: steady typing still saves every SAVE_DELAY_MS.
        if not self.call.finished and not self._save_timer.isActive():
            self._save_timer.start()

    def save_now(self) -> None:
        """Write the draft at once (closing, finishing, tests)."""
        self._save_timer.stop()
        if self.call.finished:
            return
        self._remember_focus()
        if not self.call.dirty:
            return
        self.call.save_draft()
        self.sig_draft_saved.emit()

    def finish(self, outcome: Outcome | None) -> bool:
        """Finish the call with ``outcome``; show why not and return False if it cannot.

        What was saved is said in the main window's status bar as the call screen closes.
        """
        reached = outcome is not None and outcome is not Outcome.NOT_REACHED
        if reached and not self._add_typed_promise():
            self.go(Step.ASSIST)
            self._show_error("pending_promise")
            return False
        try:
            result = self.call.finish(outcome)
        except ValidationError as exc:
            self._show_error(exc.field)
            return False
        self._save_timer.stop()
        self._clock_timer.stop()
        self.saved_message = saved_summary(result)
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.saved_message, SAVED_MESSAGE_MS)
        self.ctx.events.sig_data_changed.emit("calls")
        self.ctx.events.sig_data_changed.emit("customers")
        self.ctx.events.sig_data_changed.emit("followups")
        self.sig_call_finished.emit(result)
        self.close()
        return True

    def _show_error(self, field: str | None) -> None:
        messages = {
            "diagnosis": self.tr(
                "A call that reached the customer needs its main reason read back and "
                "confirmed (step 3)."
            ),
            "pending_promise": self.tr(
                "A promise is typed but not added: complete it and press Enter, or clear it."
            ),
            "outcome": self.tr("Choose an outcome to finish the call."),
            "callback": self.tr("Set a call-back date and time later than now."),
        }
        self.error.setText(messages.get(field or "", self.tr("The call cannot finish yet.")))
        outcome_page = self.factory.pages.get(Step.OUTCOME)
        if outcome_page is not None and self.call.flow.current is Step.OUTCOME:
            outcome_page.error.setText(self.error.text())  # type: ignore[attr-defined]

    # --- texts ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Call — %1").replace("%1", self.call.header.name))
        for row, step in enumerate(STEP_ORDER):
            name = step_label(step, numbered=True)
            self.rail.item(row).setText(name)
            self.rail.item(row).setToolTip(f"Alt+{row + 1}")
        self.rail.setAccessibleName(self.tr("Call steps (Alt+1 to Alt+6)"))
        fit_list_to_items(self.rail)
        self.error.set_caption(self.tr("Call message"))
        texts = (
            (self.prev_button, self.tr("Previous"), keys.PREVIOUS),
            (self.next_button, self.tr("Next"), keys.NEXT),
            (self.finish_button, self.tr("Finish call"), keys.NEXT),
            (self.not_reached_button, self.tr("Not reached"), keys.NOT_REACHED),
            (self.copy_button, self.tr("Copy phone"), keys.COPY_PHONE),
        )
        for button, text, key in texts:
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(f"{text} ({shown})")

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def _on_page_changed(self) -> None:
        self.factory.refresh(self.call.flow.current)  # e.g. {reason} in the script
        self._clear_messages()  # a "cannot finish" message is stale once something changed
        self._schedule_save()

    def _clear_messages(self) -> None:
        self.error.clear()
        outcome_page = self.factory.pages.get(Step.OUTCOME)
        if outcome_page is not None:
            outcome_page.error.clear()  # type: ignore[attr-defined]

    @Slot()
    def _on_save_timer_timeout(self) -> None:
        self.save_now()

    @Slot()
    def _on_clock_timer_timeout(self) -> None:
        self.header.set_elapsed(self.call.elapsed_seconds())

    @Slot(int)
    def _on_rail_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(STEP_ORDER):
            self.go(STEP_ORDER[row])

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.call.flow.current is Step.OUTCOME:
            self._on_finish_button_clicked()
            return
        self._add_typed_promise()  # Ctrl+Return in the promise field: added, not lost
        try:
            step = self.call.next()
        except ValidationError as exc:
            self._show_error(exc.field)
            return
        self._show(step)

    @Slot()
    def _on_prev_button_clicked(self) -> None:
        self._show(self.call.previous())

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        page = self.factory.pages.get(Step.OUTCOME)
        outcome = page.outcome() if page is not None else None  # type: ignore[attr-defined]
        self.finish(outcome)

    @Slot()
    def _on_not_reached_button_clicked(self) -> None:
        self.finish(Outcome.NOT_REACHED)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.call.header.phone or "")
        self.error.setText(self.tr("Phone copied."))

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area == "catalogue":
            self.factory.reload_catalogue()

    # --- closing ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close()  # through the draft question, not a silent reject
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.close_guard.allow_close():
            self._save_timer.stop()
            self._clock_timer.stop()
            event.accept()
        else:
            event.ignore()
