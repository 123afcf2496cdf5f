"""The Offers tab: the offer table and its edit form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue import offers, reasons
from recovery_desk.services.catalogue.offers import OfferDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.catalogue.common import show_error, tab_shortcut
from recovery_desk.ui.pages.catalogue.offer_form import KIND_NAMES, OfferFormWidget
from recovery_desk.ui.table_model import Column, TableModel, money_column


def _label(dto: OfferDTO) -> str:
    label = dto.label(i18n.current_language())
    return f"{label.text} [{label.lang}]" if label.fallback else label.text


class OffersTab(QWidget):
    """Table of offers (retired ones in the list too) and the form of the selected one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = TableModel(
            self,
            context="catalogue",
            columns=[
                Column(QT_TRANSLATE_NOOP("catalogue", "Offer"), _label),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "Kind"),
                    lambda o: QCoreApplication.translate(
                        "catalogue", KIND_NAMES.get(o.kind, o.kind)
                    ),
                ),
                # in the offer's own currency (the model reads the row's ``currency``)
                money_column(QT_TRANSLATE_NOOP("catalogue", "Cost"), lambda o: o.cost_cents),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "Limit per customer"),
                    lambda o: (
                        # in words, not "1/365d"
                        QCoreApplication.translate("catalogue", "%1 in %2 days")
                        .replace("%1", str(o.max_per_customer))
                        .replace("%2", str(o.period_days))
                        if o.max_per_customer
                        else ""
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "State"),
                    lambda o: (
                        QCoreApplication.translate("catalogue", "active")
                        if o.active
                        else QCoreApplication.translate("catalogue", "retired")
                    ),
                ),
            ],
        )
        self.table = QTableView()
        self.table.setObjectName("offersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        # Every column in view: the figures and the state whole, the offer's name takes
        # what is left (elided; whole in the form beside the table).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.form = OfferFormWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton()
        tab_shortcut(self, QKeySequence.StandardKey.New, self.new_button)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOffer")
        tab_shortcut(self, QKeySequence.StandardKey.Save, self.save_button)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(scroll)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        i18n.register(self)
        self.reload()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Offers"))
        self.new_button.setText(self.tr("&New offer"))
        self.new_button.setAccessibleName(self.tr("New offer"))
        self.new_button.setToolTip(self.tr("New offer (Ctrl+N)"))
        self.save_button.setText(self.tr("&Save offer"))
        self.save_button.setAccessibleName(self.tr("Save offer"))
        self.save_button.setToolTip(self.tr("Save offer (Ctrl+S)"))
        self.model.retranslate()

    def reload(self, code: str | None = None) -> None:
        code = code or (self.form.current.code if self.form.current else None)
        # A new offer starts in the currency most customers are billed in (a sample).
        self.form.default_currency = offers.default_currency(self.ctx.sessions)
        rows = offers.list_offers(self.ctx.sessions)
        codes = ", ".join(c.code for c in reasons.list_tree(self.ctx.sessions) if c.active)
        self.form.categories_edit.setToolTip(self.tr("Category codes: {codes}").format(codes=codes))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for row, dto in enumerate(rows):
            if dto.code == code:
                self.table.selectRow(row)
                return
        if rows:
            self.table.selectRow(0)
        else:
            self.form.set_offer(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dto = self.model.row_at(current)
        if dto is not None:
            self.form.set_offer(dto)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self.form.set_offer(None)
        self.form.code_edit.setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        try:
            dto = self.form.offer()
        except ValidationError as exc:
            show_error(self, exc)
            return
        ctx = self.ctx

        def done(saved: OfferDTO) -> None:
            self.reload(saved.code)
            ctx.events.sig_data_changed.emit("catalogue")

        ctx.runner.run(
            lambda _t: offers.save_offer(ctx.sessions, ctx.user, dto),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )
