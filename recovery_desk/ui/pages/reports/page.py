"""The Reports page: departure reasons (Pareto), cycles, offers and promises, step times.

For supervisors and executives. Filters apply live; queries run through ``ctx.runner``
(off the GUI thread); each chart and table can be saved. Supervisors also get "Export
reason log…", which streams the log with progress and cancel.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import Role
from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.progress import Cancelled, CancelToken, Progress
from recovery_desk.services.reports import reasons as reports
from recovery_desk.services.reports.filters import ReportFilters, filter_options
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.currency_choice import CurrencyChoice
from recovery_desk.ui.dialogs.export_reasons import ExportChoice, ExportDialog
from recovery_desk.ui.pages.reports.charts import ParetoChartWidget, RecoveryChartWidget
from recovery_desk.ui.pages.reports.filters import FiltersWidget
from recovery_desk.ui.pages.reports.models import (
    CountRow,
    CountsModel,
    CyclesModel,
    ExpectationsModel,
    OffersModel,
    ReasonsModel,
    StepsModel,
)
from recovery_desk.ui.pages.reports.saving import (
    ask_save_path,
    chart_filters,
    save_table_csv,
    save_widget_image,
    table_filters,
)
from recovery_desk.ui.pages.reports.tabs import build_tabs, retranslate_tabs
from recovery_desk.ui.table_model import TableModel
from recovery_desk.ui.tasks import TaskHandle

log = logging.getLogger("recovery_desk.ui.pages.reports")


class ReportsPage(QWidget):
    """Reports for supervisors and executives."""

    PAGE_ID = "reports"

    # Built by ``tabs.build_tabs`` (the page is its ``ReportsHost``).
    by_count: QCheckBox
    by_category: QCheckBox
    save_buttons: list[tuple[QPushButton, str]]
    reasons_table: QTableView
    cycles_table: QTableView
    offers_table: QTableView
    promises_table: QTableView
    steps_table: QTableView
    expectations_table: QTableView
    last_export: exports.ExportSummary | None = None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._export: TaskHandle | None = None
        self.filters = FiltersWidget(self)
        self.filters.sig_changed.connect(self._on_filters_changed)
        self.reasons_model = ReasonsModel(self)
        self.cycles_model = CyclesModel(self)
        self.offers_model = OffersModel(self)
        self.promises_model = CountsModel(self)
        self.steps_model = StepsModel(self)
        self.expectations_model = ExpectationsModel(self)
        self.pareto = ParetoChartWidget()
        self.pareto_currency = CurrencyChoice()  # hidden while one currency is billed
        self.pareto_currency.sig_chosen.connect(self._on_pareto_currency_chosen)
        self._bundle: reports.ReportBundle | None = None
        self.recovery = RecoveryChartWidget()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("tabs")
        build_tabs(self)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_button.setVisible(ctx.user.role is Role.SUPERVISOR)
        self.export_button.setShortcut(QKeySequence("Ctrl+Shift+E"))
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        i18n.register(self)
        self._load_options()
        self.refresh()

    # --- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("E&xport reason log…"))
        self.export_button.setAccessibleName(self.tr("Export reason log"))
        self.export_button.setToolTip(self.tr("Export the reason log (Ctrl+Shift+E)"))
        retranslate_tabs(self)
        for model in self._models():
            model.retranslate()

    def _models(self) -> list[TableModel]:
        return [
            self.reasons_model,
            self.cycles_model,
            self.offers_model,
            self.promises_model,
            self.steps_model,
            self.expectations_model,
        ]

    def activated(self) -> None:
        self._load_options()
        self.refresh()

    # --- queries ----------------------------------------------------------------------------

    @property
    def _engine(self) -> Any:
        return self.ctx.workspace.database.engine

    def _load_options(self) -> None:
        engine = self._engine
        self.ctx.runner.run(
            lambda _token: filter_options(engine),
            on_done=self.filters.set_options,
            on_error=self._on_task_failed,
        )

    def current_filters(self) -> ReportFilters:
        return self.filters.value()

    def refresh(self) -> None:
        """Re-run the reports for the current filters (off the GUI thread)."""
        self._generation += 1
        generation = self._generation
        engine = self._engine
        filters = self.current_filters()
        level = reports.Level.CATEGORY if self.by_category.isChecked() else reports.Level.REASON
        measure = reports.Measure.COUNT if self.by_count.isChecked() else reports.Measure.REVENUE
        lang = i18n.current_language()

        def work(_token: CancelToken) -> reports.ReportBundle:
            return reports.report_bundle(engine, filters, level=level, measure=measure, lang=lang)

        self.ctx.runner.run(
            work,
            on_done=lambda bundle: self._show(generation, bundle),
            on_error=self._on_task_failed,
        )

    def _show(self, generation: int, bundle: reports.ReportBundle) -> None:
        if generation != self._generation:
            return  # a newer filter change is on its way
        self.reasons_model.set_rows(bundle.reasons, currency=bundle.currency)
        self.cycles_model.set_rows(bundle.cycles, currency=bundle.currency)
        self.offers_model.set_rows(bundle.activity.offers, currency=bundle.currency)
        p = bundle.activity.promises
        self.promises_model.set_rows(
            [
                CountRow(self.tr("Kept on time"), p.kept_on_time),
                CountRow(self.tr("Kept late"), p.kept_late),
                CountRow(self.tr("Open"), p.open),
                CountRow(self.tr("Open and overdue"), p.overdue),
            ]
        )
        self.steps_model.set_rows(bundle.activity.steps)
        self.expectations_model.set_rows(bundle.expectations)
        self._bundle = bundle
        self._draw_pareto(bundle)
        self.recovery.show_rows(bundle.cycles)

    def _draw_pareto(self, bundle: reports.ReportBundle) -> None:
        """Rank the section of the currency picked (the commonest by default): its shares
        are of that currency's total, and cents of two currencies never share an axis."""
        currencies = list(dict.fromkeys(r.currency for r in bundle.reasons))
        shown = self.pareto_currency.set_currencies(currencies) or bundle.currency
        self.pareto.show_rows(
            [r for r in bundle.reasons if r.currency == shown],
            by_revenue=not self.by_count.isChecked(),
            by_category=self.by_category.isChecked(),
            currency=shown,
            several=len(currencies) > 1,
        )

    def _on_task_failed(self, exc: BaseException) -> None:
        log.error("report failed", exc_info=exc)
        QMessageBox.warning(
            self, self.tr("Reports"), self.tr("The report failed: %1").replace("%1", str(exc))
        )

    @Slot()
    def _on_filters_changed(self) -> None:
        self.refresh()

    @Slot(str)
    def _on_pareto_currency_chosen(self, _currency: str) -> None:
        if self._bundle is not None:
            self._draw_pareto(self._bundle)

    # --- saving -----------------------------------------------------------------------------

    def save_chart(self, chart: QWidget) -> None:
        ask_save_path(
            self,
            self.tr("Save chart"),
            chart_filters(),
            lambda path: self._saved(save_widget_image, chart, path),
        )

    def save_table(self, model: TableModel) -> None:
        ask_save_path(
            self,
            self.tr("Save table"),
            table_filters(),
            lambda path: self._saved(save_table_csv, model, path, i18n.current_language()),
        )

    def _saved(self, fn: Any, what: Any, path: Path, *more: Any) -> None:
        try:
            fn(what, path, *more)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save"), self.tr("Cannot save: %1").replace("%1", str(exc))
            )

    # --- export -----------------------------------------------------------------------------

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.ctx.user.role is not Role.SUPERVISOR:
            return
        ExportDialog.ask(self, self.filters.describe(), self.start_export)

    def start_export(self, choice: ExportChoice) -> None:
        """Run the export in the background with a progress dialog and cancel."""
        sessions, user = self.ctx.sessions, self.ctx.user
        filters, lang = self.current_filters(), i18n.current_language()
        progress = QProgressDialog(
            self.tr("Exporting the reason log…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Export reason log"))
        progress.setMinimumDuration(0)

        def work(token: CancelToken) -> Any:
            return exports.export_reasons(
                sessions,
                user,
                choice.path,
                filters=filters,
                pseudonymise=choice.pseudonymise,
                keep_verbatims=choice.keep_verbatims,
                locale_name=lang,
                lang=lang,
                token=token,
            )

        def on_progress(report: Progress) -> None:
            if report.total:
                progress.setMaximum(report.total)
            progress.setValue(report.done)

        def done(summary: exports.ExportSummary) -> None:
            progress.reset()
            progress.deleteLater()
            self.last_export = summary

        def failed(exc: BaseException) -> None:
            progress.reset()
            progress.deleteLater()
            if not isinstance(exc, Cancelled):
                self._on_task_failed(exc)

        handle = self.ctx.runner.run(work, on_done=done, on_error=failed, on_progress=on_progress)
        progress.canceled.connect(handle.cancel)
        progress.show()
        self._export = handle
