"""The currency a chart shows, for a workspace that bills in several.

A chart has one money axis, and cents in two currencies are never added nor drawn against
one axis; so a chart over customers billed in several currencies shows one currency at a
time, and :class:`CurrencyChoice` lets the user switch. With a single currency it stays
hidden and nothing on the page changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from recovery_desk.domain.money import format_money
from recovery_desk.ui import i18n


def currency_text(currency: str) -> str:
    """``EUR (€)``: the code first, so typing its first letter picks it in a combo box."""
    symbol = format_money(0, "en", currency).split(" ")[0]
    return currency if symbol == currency else f"{currency} ({symbol})"


class CurrencyChoice(QWidget):
    """A label and a combo box of the currencies a chart can show, hidden below two.

    Attributes:
        sig_chosen: the user picked another currency (its code).
    """

    sig_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currencyChoice")
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("chartCurrency")
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.setVisible(False)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Show &money in:"))
        self.combo.setAccessibleName(self.tr("Currency of the chart"))
        self.combo.setToolTip(
            self.tr("Amounts in different currencies are never added: the chart shows one")
        )

    def current(self) -> str | None:
        """The currency shown (``None`` before any is known)."""
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def set_currencies(self, currencies: Sequence[str]) -> str | None:
        """Offer ``currencies`` (the commonest first), keeping the user's pick while it is
        still offered, else the first; shown only with two or more. Returns the pick."""
        chosen = self.current()
        self.combo.blockSignals(True)
        self.combo.clear()
        for currency in currencies:
            self.combo.addItem(currency_text(currency), currency)
        index = self.combo.findData(chosen) if chosen is not None else -1
        self.combo.setCurrentIndex(max(index, 0) if currencies else -1)
        self.combo.blockSignals(False)
        self.setVisible(len(currencies) > 1)
        return self.current()

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        currency = self.current()
        if currency is not None:
            self.sig_chosen.emit(currency)
