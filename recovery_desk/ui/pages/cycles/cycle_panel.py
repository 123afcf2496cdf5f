"""The upper half of the Cycles page: the chosen cycle's heading, its rules with the live
funnel (scrolling when the window is short), the buttons that change it (their texts and
shortcuts are the page's actions), and what came of the last change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.enums import CycleStatus
from recovery_desk.services.cycles.figures import recovered_per_currency
from recovery_desk.services.cycles.manage import CycleDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.formatting import format_percent, money, money_per_currency
from recovery_desk.ui.pages.cycles.rules_form import CycleFormWidget


class CyclePanel(QWidget):
    """A cycle's heading, rules form, change buttons, status line and figures."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.cycle: CycleDTO | None = None
        self.heading = QLabel()
        self.heading.setObjectName("cycleHeading")
        self.form = CycleFormWidget(ctx)
        self.save_button = QPushButton()
        self.assign_button = QPushButton()
        self.close_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("cycleStatus")
        self.status_label.setWordWrap(True)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("cycleFigures")
        self.figures_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.assign_button, self.close_button):
            buttons.addWidget(button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)

        rules_box = QWidget()
        rules = QVBoxLayout(rules_box)
        rules.setContentsMargins(0, 0, 0, 0)
        rules.addWidget(self.heading)
        rules.addWidget(self.form)
        rules.addStretch(1)
        self.rules_scroll = QScrollArea()
        self.rules_scroll.setObjectName("cycleRulesScroll")
        self.rules_scroll.setWidgetResizable(True)
        self.rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rules_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus
        self.rules_scroll.setWidget(rules_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rules_scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.figures_label)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.busy.setAccessibleName(self.tr("Working"))
        self.show_heading(self.cycle)

    def show_heading(self, cycle: CycleDTO | None) -> None:
        """The cycle's name (closed ones say so), or "New cycle"."""
        self.cycle = cycle
        if cycle is None:
            self.heading.setText(self.tr("New cycle"))
        elif cycle.status is CycleStatus.CLOSED:
            self.heading.setText(self.tr("%1 (closed)").replace("%1", cycle.name))
        else:
            self.heading.setText(cycle.name)

    def show_figures(self, figures: dict[str, Any], frozen: bool) -> None:
        """The cycle's funnel in one line (a closed cycle's figures are frozen); the revenue
        recovered one amount per currency (figures frozen by an older version hold one
        amount, which it showed in the workspace's commonest currency)."""
        lang = i18n.current_language()
        recovered = recovered_per_currency(figures, self.form.currency)
        text = (
            self.tr(
                "Assigned %1 · contacted %2 · reached %3 · won back %4 · recovery rate %5 · "
                "recovered monthly revenue %6"
            )
            .replace("%1", str(figures.get("assigned", 0)))
            .replace("%2", str(figures.get("contacted", 0)))
            .replace("%3", str(figures.get("reached", 0)))
            .replace("%4", str(figures.get("won_back", 0)))
            .replace("%5", format_percent(float(figures.get("recovery_rate", 0.0)), 1, lang))
            .replace(
                "%6", money_per_currency(recovered, lang) or money(0, self.form.currency, lang)
            )
        )
        if frozen:
            text = self.tr("Frozen figures: %1").replace("%1", text)
        self.figures_label.setText(text)
