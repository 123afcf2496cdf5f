"""The four tabs of the reports page, built and translated here to keep ``page.py`` short.

The page hands itself in as a :class:`ReportsHost`: its models, charts and slots; the
tabs set its check boxes, tables and save buttons.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.ui.table_model import TableModel


class ReportsHost(Protocol):
    """What the tabs are built into (the reports page)."""

    tabs: QTabWidget
    by_count: QCheckBox
    by_category: QCheckBox
    save_buttons: list[tuple[QPushButton, str]]
    reasons_table: QTableView
    cycles_table: QTableView
    offers_table: QTableView
    promises_table: QTableView
    steps_table: QTableView
    expectations_table: QTableView

    @property
    def reasons_model(self) -> TableModel: ...
    @property
    def cycles_model(self) -> TableModel: ...
    @property
    def offers_model(self) -> TableModel: ...
    @property
    def promises_model(self) -> TableModel: ...
    @property
    def steps_model(self) -> TableModel: ...
    @property
    def expectations_model(self) -> TableModel: ...
    @property
    def pareto(self) -> QWidget: ...
    @property
    def recovery(self) -> QWidget: ...
    @property
    def pareto_currency(self) -> QWidget: ...

    def refresh(self) -> None:
        """Run the reports again (a ranking check box changed)."""

    def save_chart(self, chart: QWidget) -> None:
        """Ask where, then save ``chart`` as an image."""

    def save_table(self, model: TableModel) -> None:
        """Ask where, then save ``model`` as CSV."""


def report_table(model: TableModel, name: str) -> QTableView:
    """A read-only view of one report table, every column as wide as its text."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    # Report tables hold tens or hundreds of rows: every column as wide as its text (reason
    # names whole, on one line), the last one taking what is left.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view


def fit_rows(view: QTableView) -> None:
    """Make a short table (six steps, four promise states) tall enough for every row."""
    rows = max(view.model().rowCount(), 1)
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += rows * view.verticalHeader().defaultSectionSize()
    height += view.horizontalScrollBar().sizeHint().height()  # should the columns overflow
    view.setMinimumHeight(height)


def _save_buttons(page: ReportsHost, chart: QWidget | None, model: TableModel) -> QHBoxLayout:
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


def build_tabs(page: ReportsHost) -> None:
    page.save_buttons = []
    # Reasons
    reasons = QWidget()
    page.by_count = QCheckBox()
    page.by_category = QCheckBox()
    page.by_count.toggled.connect(page.refresh)
    page.by_category.toggled.connect(page.refresh)
    toggles = _save_buttons(page, page.pareto, page.reasons_model)
    toggles.insertWidget(0, page.by_category)
    toggles.insertWidget(0, page.by_count)
    toggles.insertWidget(2, page.pareto_currency)  # shown with several currencies only
    page.reasons_table = report_table(page.reasons_model, "reasons")
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(page.pareto)
    split.addWidget(page.reasons_table)
    split.setSizes([3000, 2000])  # the chart is what people look at first (proportions)
    box = QVBoxLayout(reasons)
    box.addLayout(toggles)
    box.addWidget(split)
    # Cycles
    cycles = QWidget()
    page.cycles_table = report_table(page.cycles_model, "cycles")
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(page.recovery)
    split.addWidget(page.cycles_table)
    split.setSizes([3000, 2000])
    box = QVBoxLayout(cycles)
    box.addLayout(_save_buttons(page, page.recovery, page.cycles_model))
    box.addWidget(split)
    # Offers & promises
    offers = QWidget()
    page.offers_table = report_table(page.offers_model, "offers")
    page.promises_table = report_table(page.promises_model, "promises")
    box = QVBoxLayout(offers)
    box.addLayout(_save_buttons(page, None, page.offers_model))
    box.addWidget(page.offers_table, 2)
    box.addLayout(_save_buttons(page, None, page.promises_model))
    box.addWidget(page.promises_table)
    # Calls: time per step, and how often conversations met the four expectations
    steps = QWidget()
    page.steps_table = report_table(page.steps_model, "steps")
    page.expectations_table = report_table(page.expectations_model, "expectations")
    box = QVBoxLayout(steps)
    box.addLayout(_save_buttons(page, None, page.steps_model))
    box.addWidget(page.steps_table)  # six steps at most, all in view; agents are many
    box.addLayout(_save_buttons(page, None, page.expectations_model))
    box.addWidget(page.expectations_table, 2)
    for narrow in (page.steps_table, page.expectations_table):  # figures beside their names
        narrow.horizontalHeader().setStretchLastSection(False)
    for short in (page.steps_table, page.promises_table):
        short.model().modelReset.connect(lambda view=short: fit_rows(view))
        fit_rows(short)
    for tab in (reasons, cycles, offers, steps):
        page.tabs.addTab(tab, "")


def retranslate_tabs(page: ReportsHost) -> None:
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
