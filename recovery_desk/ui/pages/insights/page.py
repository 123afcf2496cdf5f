"""Insights: per responsible team, the reasons and revenue at stake, down to the verbatims.

Revenue at stake is shown per currency (``R$ 300,00 · € 100,00``), never as one sum; with
customers billed in several currencies a line says which one the ranking uses.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.closed_loop import insights
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_count, format_date, money_per_currency
from recovery_desk.ui.vocabulary import team_label

log = logging.getLogger("recovery_desk.ui.insights")
ALL_CALLS = "all"


class InsightsPage(QWidget):
    """Teams → reasons → verbatims in a tree, for the cycle chosen in the picker."""

    PAGE_ID = "insights"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("insightsPage")
        self.heading = QLabel()
        self.ranking = QLabel()  # how the tree is ranked, with several currencies only
        self.ranking.setObjectName("insightsRanking")
        self.ranking.setWordWrap(True)
        self.ranking.setVisible(False)
        self.cycle_label = QLabel()
        self.cycle_picker = QComboBox()
        self.cycle_picker.setObjectName("insightsCycle")
        self.cycle_label.setBuddy(self.cycle_picker)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("insightsTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(False)
        self.status = ValueLabel(announced=True)
        top = QHBoxLayout()
        top.addWidget(self.cycle_label)
        top.addWidget(self.cycle_picker, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.ranking)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.report: insights.InsightsReport | None = None
        self.cycles: list[insights.CycleChoice] = []
        self.cycle_picker.activated.connect(self._on_cycle_picker_activated)
        ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        i18n.register(self)
        self._load_cycles()

    def activated(self) -> None:
        self.tree.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Reasons by responsible team</h2>"))
        self.cycle_label.setText(self.tr("&Cycle:"))
        self.cycle_picker.setAccessibleName(self.tr("Cycle"))
        self.cycle_picker.setToolTip(self.tr("The rescue cycle to show (Alt+C)"))
        self.tree.setAccessibleName(
            self.tr("Teams, reasons and verbatims; expand with the right arrow key")
        )
        self.status.set_caption(self.tr("Status"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Team / reason / verbatim"), self.tr("Customers"), self.tr("Revenue at stake")]
        )
        if self.cycle_picker.count():
            for row, cycle in enumerate(self.cycles):  # their periods in the new language
                self.cycle_picker.setItemText(row, self._cycle_text(cycle))
            self.cycle_picker.setItemText(self.cycle_picker.count() - 1, self.tr("All calls"))
        if self.report is not None:
            self._fill(self.report)

    # --- data -------------------------------------------------------------------------

    def _load_cycles(self) -> None:
        sessions = self.ctx.sessions
        self.ctx.runner.run(
            lambda _token: insights.list_cycles(sessions),
            on_done=self._on_cycles_loaded,
            on_error=self._show_error,
        )

    def _on_cycles_loaded(self, cycles: list[insights.CycleChoice]) -> None:
        chosen = self.cycle_picker.currentData()
        self.cycle_picker.clear()
        self.cycles = list(cycles)
        for cycle in cycles:
            self.cycle_picker.addItem(self._cycle_text(cycle), cycle.id)
        self.cycle_picker.addItem(self.tr("All calls"), ALL_CALLS)
        index = self.cycle_picker.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = next((i for i, c in enumerate(cycles) if c.is_open), 0 if cycles else 0)
        self.cycle_picker.setCurrentIndex(index)
        self.reload()

    def _cycle_text(self, cycle: insights.CycleChoice) -> str:
        text = f"{cycle.name} ({format_date(cycle.period_start)} – {format_date(cycle.period_end)})"
        return text + " " + self.tr("[open]") if cycle.is_open else text

    def reload(self) -> None:
        choice = self.cycle_picker.currentData()
        user, sessions, lang = self.ctx.user, self.ctx.sessions, i18n.current_language()
        all_calls = choice == ALL_CALLS
        cycle_id = None if all_calls else choice
        self.status.setText(self.tr("Loading…"))
        self.ctx.runner.run(
            lambda _token: insights.team_insights(
                sessions, user, cycle_id=cycle_id, all_calls=all_calls, lang=lang
            ),
            on_done=self._fill,
            on_error=self._show_error,
        )

    def _fill(self, report: insights.InsightsReport) -> None:
        self.report = report
        lang = i18n.current_language()
        self.model.removeRows(0, self.model.rowCount())
        self.ranking.setVisible(len(report.currencies) > 1)
        self.ranking.setText(
            self.tr(
                "Revenue is shown per currency, never added. Teams and reasons are ranked "
                "by their revenue in %1 (most customers are billed in it), then by customers."
            ).replace("%1", report.ranking_currency)
        )
        for team in report.teams:
            at_stake = money_per_currency(team.revenue_by_currency, lang)
            name = team_label(team.team) or self.tr("No team responsible")
            team_row = self._row(name, format_count(team.customers), at_stake, bold=True)
            for reason in team.reasons:
                reason_row = self._row(
                    f"{reason.label} — {reason.category}",
                    format_count(reason.customers),
                    money_per_currency(reason.revenue_by_currency, lang),
                )
                for words in reason.verbatims:
                    said = self.tr("“%1” — %2, %3").replace("%1", words.text)
                    said = said.replace("%2", words.customer_name).replace(
                        "%3", format_date(words.said_on)
                    )
                    reason_row[0].appendRow(self._row(said, "", ""))
                team_row[0].appendRow(reason_row)
            self.model.appendRow(team_row)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandToDepth(0)
        if report.teams:
            self.tree.setCurrentIndex(self.model.index(0, 0))
            self.status.setText(self.tr("%n team(s)", "", len(report.teams)))
        else:
            self.status.setText(self.tr("No reasons recorded in calls of this cycle yet."))

    @staticmethod
    def _row(text: str, customers: str, money: str, *, bold: bool = False) -> list[QStandardItem]:
        items = [QStandardItem(text), QStandardItem(customers), QStandardItem(money)]
        for item in items:
            item.setData(item.text(), Qt.ItemDataRole.AccessibleTextRole)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return items

    def _show_error(self, exc: BaseException) -> None:
        log.warning("insights failed: %s", exc)
        self.status.setText(self.tr("Could not load the insights: %1").replace("%1", str(exc)))

    # --- slots ------------------------------------------------------------------------

    @Slot(int)
    def _on_cycle_picker_activated(self, _index: int) -> None:
        self.reload()

    @Slot(str)
    def _on_events_data_changed(self, area: str) -> None:
        if area in ("cycles", "catalogue"):
            self._load_cycles()
        else:
            self.reload()
