"""The filters row of the reports page: period (dates as the app writes them), cycle, segment,
region, agent."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from recovery_desk.services.reports.filters import FilterOptions, ReportFilters
from recovery_desk.ui import i18n
from recovery_desk.ui.formatting import DateEdit, from_qdate

NO_DATE = QDate(2000, 1, 1)  # the minimum date stands for "any" (special value text)


class FiltersWidget(QWidget):
    """Filter controls; every change is applied live.

    Signals:
        sig_changed: a filter changed; the page re-runs its reports.
    """

    sig_changed = Signal()
    """A filter changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.cycle = QComboBox()
        self.segment = QComboBox()
        self.region = QComboBox()
        self.agent = QComboBox()
        self.labels: list[tuple[QLabel, str]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.date_from, self.date_to):
            layout.addWidget(self._label_for(widget))
            layout.addWidget(widget)
            widget.dateChanged.connect(self._on_any_changed)
        for combo in (self.cycle, self.segment, self.region, self.agent):
            combo.addItem("", None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(self._label_for(combo))
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._on_any_changed)
        layout.addStretch(1)
        i18n.register(self)

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def _label_for(self, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(widget)
        self.labels.append((label, ""))
        return label

    def retranslate_ui(self) -> None:
        texts = [
            self.tr("&From:"),
            self.tr("&To:"),
            self.tr("Cyc&le:"),
            self.tr("Se&gment:"),
            self.tr("R&egion:"),
            self.tr("Age&nt:"),
        ]
        names = [
            self.tr("Departed from"),
            self.tr("Departed until"),
            self.tr("Cycle"),
            self.tr("Segment"),
            self.tr("Region"),
            self.tr("Agent"),
        ]
        widgets: list[QWidget] = [
            self.date_from,
            self.date_to,
            self.cycle,
            self.segment,
            self.region,
            self.agent,
        ]
        for (label, _), text, name, widget in zip(self.labels, texts, names, widgets, strict=True):
            label.setText(text)
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        for combo in (self.cycle, self.segment, self.region, self.agent):
            combo.setItemText(0, self.tr("All"))

    def set_options(self, options: FilterOptions) -> None:
        """Fill the combos, keeping the current choices where they still exist."""
        self._loading = True
        try:
            self._fill(self.cycle, [(str(i), n) for i, n in options.cycles])
            self._fill(self.segment, [(s, s) for s in options.segments])
            self._fill(self.region, [(r, r) for r in options.regions])
            self._fill(self.agent, [(str(i), n) for i, n in options.agents])
        finally:
            self._loading = False

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for data, text in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    @Slot()
    def _on_any_changed(self) -> None:
        if not self._loading:
            self.sig_changed.emit()

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else from_qdate(value)

    def value(self) -> ReportFilters:
        date_from, date_to = self._day(self.date_from), self._day(self.date_to)
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        cycle, agent = self.cycle.currentData(), self.agent.currentData()
        return ReportFilters(
            date_from=date_from,
            date_to=date_to,
            cycle_id=uuid.UUID(cycle) if cycle else None,
            segment=self.segment.currentData(),
            region=self.region.currentData(),
            agent_id=uuid.UUID(agent) if agent else None,
        )

    def describe(self) -> str:
        """The filters in words, for the export dialog."""
        parts = []
        for (label, _), widget in zip(
            self.labels,
            [self.date_from, self.date_to, self.cycle, self.segment, self.region, self.agent],
            strict=True,
        ):
            text = widget.text() if isinstance(widget, QDateEdit) else widget.currentText()  # type: ignore[attr-defined]
            parts.append(f"{label.text().replace('&', '')} {text}")
        return "; ".join(parts)
