"""The offer edit form: every field of an offer, parsed into an ``OfferDTO``."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.money import decimal_to_cents, format_money
from recovery_desk.services.catalogue.offers import CURRENCIES, KINDS, OfferDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.pages.catalogue.common import LabelsEditor

KIND_NAMES = {
    "discount": QT_TRANSLATE_NOOP("catalogue", "Discount"),
    "credit": QT_TRANSLATE_NOOP("catalogue", "Credit"),
    "gift": QT_TRANSLATE_NOOP("catalogue", "Gift"),
    "upgrade": QT_TRANSLATE_NOOP("catalogue", "Service upgrade"),
    "fee_waiver": QT_TRANSLATE_NOOP("catalogue", "Fee waiver"),
}
MSG_NUMBER = QT_TRANSLATE_NOOP("messages", "must be a number such as 12,50")

# field name -> caption with mnemonic
MONEY_FIELDS = {
    "value_cents": QT_TRANSLATE_NOOP("catalogue", "&Value (money)"),
    "cost_cents": QT_TRANSLATE_NOOP("catalogue", "Cos&t to the company"),
    "min_revenue_cents": QT_TRANSLATE_NOOP("catalogue", "Mi&n. monthly revenue"),
    "max_revenue_cents": QT_TRANSLATE_NOOP("catalogue", "Ma&x. monthly revenue"),
    "approval_limit_agent_cents": QT_TRANSLATE_NOOP("catalogue", "A&gent may grant up to"),
    "approval_limit_executive_cents": QT_TRANSLATE_NOOP("catalogue", "E&xecutive may grant up to"),
    "approval_limit_supervisor_cents": QT_TRANSLATE_NOOP(
        "catalogue", "S&upervisor may grant up to"
    ),
}


def parse_amount(text: str, field: str, *, scale: int = 100) -> int | None:
    """``"12,50"`` → 1250 (cents, or basis points with ``scale=100`` for percents)."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return decimal_to_cents(Decimal(text) * scale / 100)
    except InvalidOperation as exc:
        raise ValidationError(MSG_NUMBER, field=field) from exc


def currency_text(currency: str) -> str:
    """``EUR (€)``: the code first, so typing its first letter picks it in the combo box."""
    symbol = format_money(0, "en", currency).split(" ")[0]
    return currency if symbol == currency else f"{currency} ({symbol})"


def amount_text(value: int | None) -> str:
    if value is None:
        return ""
    sep = "." if i18n.current_language() == "en" else ","
    return f"{value // 100}{sep}{value % 100:02d}"


class OfferFormWidget(QWidget):
    """Edits one offer; :meth:`offer` returns the DTO (raises ``ValidationError``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.current: OfferDTO | None = None
        self.default_currency = "BRL"  # of a new offer: set by the tab (most customers')
        self.code_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind, kind)
        self.currency_combo = QComboBox()
        for currency in CURRENCIES:
            self.currency_combo.addItem(currency_text(currency), currency)
        self.currency_combo.currentIndexChanged.connect(self._on_currency_combo_index_changed)
        self.labels = LabelsEditor()
        self.money = {name: QLineEdit() for name in MONEY_FIELDS}
        self.percent_edit = QLineEdit()
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 120)
        self.segments_edit = QLineEdit()
        self.categories_edit = QLineEdit()
        self.cap_edit = QSpinBox()
        self.cap_edit.setRange(0, 99)
        self.period_spin = QSpinBox()
        self.period_spin.setRange(1, 3650)
        self.active_check = QCheckBox()
        self.captions: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        # A caption beside its field when it fits: the whole form in view at 1280x800
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            ("code", self.code_edit),
            ("kind", self.kind_combo),
            ("currency", self.currency_combo),
        ]
        rows += [
            ("value_cents", self.money["value_cents"]),
            ("percent", self.percent_edit),
            ("duration", self.duration_spin),
            ("cost_cents", self.money["cost_cents"]),
            ("segments", self.segments_edit),
            ("categories", self.categories_edit),
            ("min_revenue_cents", self.money["min_revenue_cents"]),
            ("max_revenue_cents", self.money["max_revenue_cents"]),
        ]
        rows += [(name, self.money[name]) for name in MONEY_FIELDS if "approval" in name]
        rows += [("cap", self.cap_edit), ("period", self.period_spin)]
        layout.addRow(self.labels)
        for key, widget in rows:
            widget.setObjectName(f"offer_{key}")
            widget.setMinimumWidth(180)  # a long caption goes above its field, not beside it
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = caption
            layout.addRow(caption, widget)
        layout.addRow(self.active_check)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        currency = self.currency()
        texts = {
            "code": QCoreApplication.translate("catalogue", "Co&de"),
            "kind": QCoreApplication.translate("catalogue", "&Kind"),
            "currency": QCoreApplication.translate("catalogue", "&Currency"),
            "percent": QCoreApplication.translate("catalogue", "Value (% of monthl&y revenue)"),
            "duration": QCoreApplication.translate("catalogue", "Durat&ion (months)"),
            "segments": QCoreApplication.translate(
                "catalogue", "Eligible se&gments (comma-separated, empty: all)"
            ),
            "categories": QCoreApplication.translate(
                "catalogue", "Eligible reason categor&ies (codes, empty: all)"
            ),
            "cap": QCoreApplication.translate("catalogue", "At &most per customer (0: no cap)"),
            "period": QCoreApplication.translate("catalogue", "… in a &period of days"),
        }
        # Every amount is in the offer's currency: each caption says which.
        texts.update(
            {
                name: f"{QCoreApplication.translate('catalogue', text)} ({currency})"
                for name, text in MONEY_FIELDS.items()
            }
        )
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", ""))
        for index, kind in enumerate(KINDS):
            self.kind_combo.setItemText(
                index, QCoreApplication.translate("catalogue", KIND_NAMES[kind])
            )
        self.active_check.setText(
            QCoreApplication.translate("catalogue", "Acti&ve (offered in calls)")
        )
        self.active_check.setAccessibleName(QCoreApplication.translate("catalogue", "Active"))
        self.currency_combo.setToolTip(
            QCoreApplication.translate(
                "catalogue",
                "Every amount of the offer is in this currency; it is offered only to "
                "customers billed in it",
            )
        )
        self.money["approval_limit_supervisor_cents"].setPlaceholderText(
            QCoreApplication.translate("catalogue", "Empty: no limit")
        )

    def set_offer(self, dto: OfferDTO | None) -> None:
        """Show ``dto`` (``None``: an empty new offer)."""
        self.current = dto
        dto = dto or OfferDTO(code="", kind="discount", labels={}, currency=self.default_currency)
        self.code_edit.setText(dto.code)
        self.code_edit.setReadOnly(dto.id is not None)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(dto.kind)))
        if self.currency_combo.findData(dto.currency) < 0:  # a code typed in a file
            self.currency_combo.addItem(currency_text(dto.currency), dto.currency)
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(dto.currency))
        self.labels.set_labels(dto.labels)
        for name, edit in self.money.items():
            edit.setText(amount_text(getattr(dto, name)))
        self.percent_edit.setText(amount_text(dto.value_percent_bp))
        self.duration_spin.setValue(dto.duration_months)
        self.segments_edit.setText(", ".join(dto.eligible_segments))
        self.categories_edit.setText(", ".join(dto.eligible_categories))
        self.cap_edit.setValue(dto.max_per_customer or 0)
        self.period_spin.setValue(dto.period_days)
        self.active_check.setChecked(dto.active)

    def currency(self) -> str:
        """The currency chosen for the offer's amounts."""
        return str(self.currency_combo.currentData() or self.default_currency)

    @Slot(int)
    def _on_currency_combo_index_changed(self, _index: int) -> None:
        self.retranslate_ui()  # the money captions name the currency

    def offer(self) -> OfferDTO:
        base = self.current or OfferDTO(code="", kind="discount", labels={})
        money = {name: parse_amount(edit.text(), name) for name, edit in self.money.items()}
        for name in ("cost_cents", "approval_limit_agent_cents", "approval_limit_executive_cents"):
            money[name] = money[name] or 0

        def split(text: str) -> tuple[str, ...]:
            return tuple(part.strip() for part in text.split(",") if part.strip())

        return replace(
            base,
            code=self.code_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            currency=self.currency(),
            labels=self.labels.labels(),
            value_percent_bp=parse_amount(self.percent_edit.text(), "value_percent_bp"),
            duration_months=self.duration_spin.value(),
            eligible_segments=split(self.segments_edit.text()),
            eligible_categories=split(self.categories_edit.text()),
            max_per_customer=self.cap_edit.value() or None,
            period_days=self.period_spin.value(),
            active=self.active_check.isChecked(),
            **money,  # type: ignore[arg-type]
        )
