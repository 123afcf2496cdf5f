"""The four tabs of the reports page, built and translated here to keep ``page.py`` short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from recovery_desk.ui.pages.reports.models import RowsModel

if TYPE_CHECKING:
    from recovery_desk.ui.pages.reports.page import ReportsPage


def _save_buttons(page: ReportsPage, chart: QWidget | None, model: RowsModel) -> QHBoxLayout:
    row = QHBoxLayout()
    if chart is not None:
        save_chart = QPushButton()
        save_chart.clicked.connect(lambda: page.save_chart(chart))
        row.addWidget(save_chart)
        page.save_buttons.append((save_chart, "chart"))
    save_table = QPushButton()
    save_table.clicked.connect(lambda: page.save_table(model))
    row.addWidget(save_table)
    page.save_buttons.append((save_table, "table"))
    row.addStretch(1)
    return row


def build_tabs(page: ReportsPage) -> None:
    from recovery_desk.ui.pages.reports.page import _table

    page.save_buttons = []
    # Reasons
    reasons = QWidget()
    page.by_count = QCheckBox()
    page.by_category = QCheckBox()
    page.by_count.toggled.connect(page._on_filters_changed)
    page.by_category.toggled.connect(page._on_filters_changed)
    toggles = _save_buttons(page, page.pareto, page.reasons_model)
    toggles.insertWidget(0, page.by_category)
    toggles.insertWidget(0, page.by_count)
    page.reasons_table = _table(page.reasons_model, "reasons")
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(page.pareto)
    split.addWidget(page.reasons_table)
    split.setSizes([3000, 2000])  # the chart is what people look at first (proportions)
    box = QVBoxLayout(reasons)
    box.addLayout(toggles)
    box.addWidget(split)
    # Cycles
    cycles = QWidget()
    page.cycles_table = _table(page.cycles_model, "cycles")
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(page.recovery)
    split.addWidget(page.cycles_table)
    split.setSizes([3000, 2000])
    box = QVBoxLayout(cycles)
    box.addLayout(_save_buttons(page, page.recovery, page.cycles_model))
    box.addWidget(split)
    # Offers & promises
    offers = QWidget()
    page.offers_table = _table(page.offers_model, "offers")
    page.promises_table = _table(page.promises_model, "promises")
    box = QVBoxLayout(offers)
    box.addLayout(_save_buttons(page, None, page.offers_model))
    box.addWidget(page.offers_table, 2)
    box.addLayout(_save_buttons(page, None, page.promises_model))
    box.addWidget(page.promises_table, 1)
    # Calls: time per step, and how often conversations met the four expectations
    steps = QWidget()
    page.steps_table = _table(page.steps_model, "steps")
    page.expectations_table = _table(page.expectations_model, "expectations")
    box = QVBoxLayout(steps)
    box.addLayout(_save_buttons(page, None, page.steps_model))
    box.addWidget(page.steps_table, 1)  # six steps at most; agents are many
    box.addLayout(_save_buttons(page, None, page.expectations_model))
    box.addWidget(page.expectations_table, 2)
    for narrow in (page.steps_table, page.expectations_table):  # figures beside their names
        narrow.horizontalHeader().setStretchLastSection(False)
    for tab in (reasons, cycles, offers, steps):
        page.tabs.addTab(tab, "")


def retranslate_tabs(page: ReportsPage) -> None:
    titles = [
        QCoreApplication.translate("ReportsPage", "&Reasons"),
        QCoreApplication.translate("ReportsPage", "C&ycles"),
        QCoreApplication.translate("ReportsPage", "&Offers && promises"),
        QCoreApplication.translate("ReportsPage", "&Calls"),
    ]
    for i, title in enumerate(titles):
        page.tabs.setTabText(i, title)
    page.tabs.setAccessibleName(QCoreApplication.translate("ReportsPage", "Report tabs"))
    page.by_count.setText(QCoreApplication.translate("ReportsPage", "By n&umber of customers"))
    page.by_count.setAccessibleName(
        QCoreApplication.translate("ReportsPage", "Rank by number of customers")
    )
    page.by_category.setText(QCoreApplication.translate("ReportsPage", "By c&ategory"))
    page.by_category.setAccessibleName(
        QCoreApplication.translate("ReportsPage", "Group by category")
    )
    for button, kind in page.save_buttons:
        text = (
            QCoreApplication.translate("ReportsPage", "Save chart…")
            if kind == "chart"
            else QCoreApplication.translate("ReportsPage", "Save table…")
        )
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
    for view, name in [
        (page.reasons_table, QCoreApplication.translate("ReportsPage", "Reasons table")),
        (page.cycles_table, QCoreApplication.translate("ReportsPage", "Cycles table")),
        (page.offers_table, QCoreApplication.translate("ReportsPage", "Offers table")),
        (page.promises_table, QCoreApplication.translate("ReportsPage", "Promises table")),
        (page.steps_table, QCoreApplication.translate("ReportsPage", "Step times table")),
        (
            page.expectations_table,
            QCoreApplication.translate("ReportsPage", "Four expectations table"),
        ),
    ]:
        view.setAccessibleName(name)
