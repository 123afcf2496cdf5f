"""Step 5, Offer: the eligible offers best fit first; one is presented and answered."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from recovery_desk.domain.enums import OfferResponse, Step
from recovery_desk.domain.offers import FIT_HEAVY, FIT_IN_PROPORTION, FIT_TOKEN
from recovery_desk.services.calls.catalogue import ScriptDTO
from recovery_desk.services.calls.offers import (
    OfferChoiceDTO,
    currency_without_offers,
    offers_for_call,
)
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.formatting import format_percent, money
from recovery_desk.ui.wizard.step_page import StepPage

ID_ROLE = Qt.ItemDataRole.UserRole
RESPONSES = (OfferResponse.ACCEPTED, OfferResponse.DECLINED, OfferResponse.THINKING)


class OfferPage(StepPage):
    STEP = Step.OFFER

    def __init__(
        self,
        call: CallSession,
        script: ScriptDTO | None,
        placeholders: dict[str, str],
        lang: str,
        parent: QWidget | None = None,
    ):
        super().__init__(call, script, placeholders, parent)
        self.lang = lang
        self.choices: list[OfferChoiceDTO] = []
        self.offers_label = QLabel()
        self.offers = QListWidget()
        self.offers.setObjectName("offers")
        self.offers_label.setBuddy(self.offers)
        self.response_label = QLabel()
        self.responses = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(self.response_label)
        self.radios: dict[OfferResponse, QRadioButton] = {}
        for number, response in enumerate(RESPONSES):
            radio = QRadioButton()
            radio.setObjectName(f"offer_{response.value}")
            self.responses.addButton(radio, number)
            self.radios[response] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.approval_note = QLabel()
        self.approval_note.setObjectName("offerApprovalNote")
        self.approval_note.setWordWrap(True)
        self.none_note = ValueLabel()  # why the list is empty, read with the list
        self.none_note.setObjectName("offersNoneNote")
        self.none_note.setWordWrap(True)
        self.none_currency: str | None = None
        self.body.addWidget(self.offers_label)
        self.body.addWidget(self.offers, 1)
        self.body.addWidget(self.none_note)
        self.body.addLayout(row)
        self.body.addWidget(self.approval_note)
        self.offers.currentRowChanged.connect(self._on_offers_current_row_changed)
        self.responses.idToggled.connect(self._on_responses_id_toggled)
        i18n.register(self)
        self.reload()

    def focus_first(self) -> None:
        self.offers.setFocus()

    def reload(self) -> None:
        """Eligibility depends on the picked reasons: list the offers again."""
        chosen = self.call.draft.get("offer") or {}
        self.choices = offers_for_call(self.call, self.lang, datetime.now(UTC))
        self.none_currency = None if self.choices else currency_without_offers(self.call)
        self.offers.blockSignals(True)
        self.offers.clear()
        for choice in self.choices:
            item = QListWidgetItem(self._describe(choice))
            item.setData(ID_ROLE, str(choice.id))
            self.offers.addItem(item)
        self.offers.blockSignals(False)
        ids = [str(c.id) for c in self.choices]
        if chosen.get("offer_id") in ids:
            self.offers.setCurrentRow(ids.index(chosen["offer_id"]))
        if chosen.get("response") in {r.value for r in RESPONSES}:
            self.radios[OfferResponse(chosen["response"])].setChecked(True)
        self._show_approval_note()
        self._show_none_note()

    def _show_none_note(self) -> None:
        """An empty list says why, so the agent does not wait for offers that never come."""
        if self.choices:
            self.none_note.clear()
        elif self.none_currency is not None:
            self.none_note.setText(
                self.tr(
                    "No offer in the catalogue is in %1, the currency this customer is billed "
                    "in: a supervisor sets each offer's currency in Catalogue → Offers."
                ).replace("%1", self.none_currency)
            )
        else:
            self.none_note.setText(
                self.tr("No offer in the catalogue fits this customer and these reasons.")
            )
        self.offers.setAccessibleDescription(self.none_note.text())

    def current_choice(self) -> OfferChoiceDTO | None:
        row = self.offers.currentRow()
        return self.choices[row] if 0 <= row < len(self.choices) else None

    def _show_approval_note(self) -> None:
        """Above the agent's limit the customer must hear that the answer comes later."""
        choice = self.current_choice()
        if choice is not None and choice.needs_approval:
            self.approval_note.setText(
                self.tr(
                    "This offer is above your limit: it waits for a supervisor's approval. "
                    "Tell the customer you will call back with the answer."
                )
            )
        else:
            self.approval_note.clear()

    def _describe(self, choice: OfferChoiceDTO) -> str:
        cost = money(choice.cost_cents, self.call.header.currency, self.lang)
        text = self.tr("%1 (cost %2)").replace("%1", choice.label).replace("%2", cost)
        if choice.needs_approval:
            text += " — " + self.tr("needs supervisor approval")
        return text + "\n    " + self._fit_line(choice)

    def _fit_line(self, choice: OfferChoiceDTO) -> str:
        """One line saying why the offer fits: reason, segment, share of the revenue."""
        fit = choice.fit
        reasons = []
        if fit.targets_primary:
            reasons.append(self.tr("answers the main reason"))
        if fit.segment:
            reasons.append(self.tr("made for %1").replace("%1", fit.segment))
        if fit.share is not None:
            share = format_percent(fit.share, 1, self.lang)
            bands = {
                FIT_IN_PROPORTION: self.tr("%1 of a year's revenue, in proportion"),
                FIT_TOKEN: self.tr("%1 of a year's revenue, small for this customer"),
                FIT_HEAVY: self.tr("%1 of a year's revenue, large for this customer"),
            }
            reasons.append(bands.get(fit.band, "%1").replace("%1", share))
        else:
            reasons.append(self.tr("revenue unknown"))
        return self.tr("Fit: %1").replace("%1", "; ".join(reasons))

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.offers_label.setText(self.tr("&Offers this customer may receive (best fit first)"))
        self.offers.setAccessibleName(self.tr("Eligible offers"))
        self.offers.setToolTip(
            self.tr("Present one offer; above your limit it awaits a supervisor's approval")
        )
        self.response_label.setText(self.tr("Customer's answer:"))
        self.approval_note.setAccessibleName(self.tr("Approval needed"))
        self.none_note.set_caption(self.tr("No offer listed"))
        texts = {
            OfferResponse.ACCEPTED: self.tr("A&ccepted"),
            OfferResponse.DECLINED: self.tr("&Declined"),
            OfferResponse.THINKING: self.tr("&Thinking it over"),
        }
        for response, text in texts.items():
            self.radios[response].setText(text)
            self.radios[response].setAccessibleName(text.replace("&", ""))
        for row, choice in enumerate(self.choices):
            self.offers.item(row).setText(self._describe(choice))
        self._show_approval_note()
        self._show_none_note()

    def _store(self) -> None:
        item = self.offers.currentItem()
        response = self.responses.checkedId()
        self.call.set_draft(
            "offer",
            {
                "offer_id": item.data(ID_ROLE) if item else None,
                "response": RESPONSES[response].value if response >= 0 else None,
            },
        )
        self.sig_changed.emit()

    @Slot(int)
    def _on_offers_current_row_changed(self, _row: int) -> None:
        self._show_approval_note()
        self._store()

    @Slot(int, bool)
    def _on_responses_id_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self._store()
