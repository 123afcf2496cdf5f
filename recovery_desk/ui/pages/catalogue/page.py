"""The Catalogue page (supervisors only): one tab per kind of catalogue record."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.catalogue.offers_tab import OffersTab
from recovery_desk.ui.pages.catalogue.phrases_tab import PhrasesTab
from recovery_desk.ui.pages.catalogue.reasons_tab import ReasonsTab
from recovery_desk.ui.pages.catalogue.review_tab import ReviewTab
from recovery_desk.ui.pages.catalogue.scripts_tab import ScriptsTab
from recovery_desk.ui.pages.catalogue.users_tab import UsersTab


class CataloguePage(QWidget):
    """Reasons, Review, Offers, Scripts, Phrases and Users; Alt+1… switch tabs."""

    PAGE_ID = "catalogue"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.reasons_tab = ReasonsTab(ctx)
        self.review_tab = ReviewTab(ctx)
        self.offers_tab = OffersTab(ctx)
        self.scripts_tab = ScriptsTab(ctx)
        self.phrases_tab = PhrasesTab(ctx)
        self.users_tab = UsersTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogueTabs")
        for tab in self._tabs():
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)

    def _tabs(self) -> list[QWidget]:
        return [
            self.reasons_tab,
            self.review_tab,
            self.offers_tab,
            self.scripts_tab,
            self.phrases_tab,
            self.users_tab,
        ]

    def retranslate_ui(self) -> None:
        titles = [
            self.tr("&1 Reasons"),
            self.tr("&2 Review"),
            self.tr("&3 Offers"),
            self.tr("&4 Scripts"),
            self.tr("&5 Phrases"),
            self.tr("&6 Users"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(self.tr("Catalogue sections"))

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.reasons_tab.reload()
        self.review_tab.reload()
        self.offers_tab.reload()
        self.users_tab.reload()

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area in ("catalogue", "customers"):
            self.review_tab.reload()
        if area == "catalogue":
            self.reasons_tab.reload()
            self.offers_tab.reload()
