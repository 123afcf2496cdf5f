"""The dialog to record an intensive-care review: health indicators and the outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from recovery_desk.domain.enums import CareOutcome
from recovery_desk.services.care.reviews import DueReview
from recovery_desk.ui import i18n
from recovery_desk.ui.formatting import format_date
from recovery_desk.ui.vocabulary import care_outcome_label


@dataclass(frozen=True)
class ReviewInput:
    """What the reviewer entered."""

    outcome: CareOutcome
    service_calls: int
    purchases: int
    support_contacts: int
    notes: str


class CareReviewDialog(QDialog):
    """Health indicators pre-filled from the customer's health events since the last review.

    Signals:
        sig_review_entered: the user confirmed; carries a :class:`ReviewInput`.
    """

    sig_review_entered = Signal(object)
    """The reviewer confirmed the review (a ReviewInput)."""

    def __init__(self, review: DueReview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("careReviewDialog")
        self.review = review
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.service_calls = self._spin(review.health.service_calls)
        self.purchases = self._spin(review.health.purchases)
        self.support_contacts = self._spin(review.health.support_contacts)
        self.outcome = QComboBox()
        for _ in CareOutcome:
            self.outcome.addItem("")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.header)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.service_calls, self.purchases, self.support_contacts, self.outcome, self.notes),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.buttons)
        i18n.register(self)
        self.outcome.setFocus()

    @staticmethod
    def _spin(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100000)
        spin.setValue(value)
        return spin

    @classmethod
    def ask(
        cls, parent: QWidget | None, review: DueReview, on_entered: Callable[[ReviewInput], None]
    ) -> CareReviewDialog:
        """Open the dialog (non-modal to the app flow); ``on_entered`` gets the input."""
        dialog = cls(review, parent)
        dialog.sig_review_entered.connect(on_entered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def retranslate_ui(self) -> None:
        r = self.review
        self.setWindowTitle(self.tr("Care review: %1").replace("%1", r.customer_name))
        self.header.setText(
            self.tr("Review due %1. Health indicators since %2.")
            .replace("%1", format_date(r.due_on))
            .replace("%2", format_date(r.since))
        )
        texts = (
            (self.tr("&Service calls:"), self.tr("Service calls")),
            (self.tr("&Purchases:"), self.tr("Purchases")),
            (self.tr("Support &contacts:"), self.tr("Support contacts")),
            (self.tr("&Outcome:"), self.tr("Outcome")),
            (self.tr("&Notes:"), self.tr("Notes")),
        )
        fields = (
            self.service_calls,
            self.purchases,
            self.support_contacts,
            self.outcome,
            self.notes,
        )
        for label, field, (text, name) in zip(self.labels, fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(name)
        for row, outcome in enumerate(CareOutcome):
            self.outcome.setItemText(row, care_outcome_label(outcome))
        self.buttons.setAccessibleName(self.tr("Confirm or cancel"))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.sig_review_entered.emit(
            ReviewInput(
                outcome=list(CareOutcome)[self.outcome.currentIndex()],
                service_calls=self.service_calls.value(),
                purchases=self.purchases.value(),
                support_contacts=self.support_contacts.value(),
                notes=self.notes.toPlainText(),
            )
        )
        self.accept()
