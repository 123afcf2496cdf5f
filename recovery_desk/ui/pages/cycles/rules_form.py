"""The form of a rescue cycle: name, period, selection rules, priority weights, and the
live funnel of how many customers and how much revenue each rule keeps.

Money is never added across currencies: the funnel shows each step's revenue one amount per
currency, and the revenue band is in the currency chosen beside it (it keeps customers
billed in that currency; the amounts in its fields carry that currency's symbol).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.money import decimal_to_cents
from recovery_desk.domain.priority import Weights
from recovery_desk.services.cycles.choices import CategoryChoice, reason_categories
from recovery_desk.services.cycles.funnel import LiveFunnel
from recovery_desk.services.cycles.manage import CycleDTO
from recovery_desk.services.cycles.rules import RULE_LABELS, CycleRules, RulePreview
from recovery_desk.services.reports.departed import segments_and_regions
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.currency_choice import currency_text
from recovery_desk.ui.formatting import (
    DateEdit,
    format_count,
    format_decimal,
    from_qdate,
    locale,
    money,
    to_qdate,
)
from recovery_desk.ui.tasks import log_failure

PREVIEW_DELAY_MS = 100  # a pause in typing; the funnel itself takes milliseconds


def _checked(widget: QListWidget) -> tuple[str, ...]:
    items = (widget.item(i) for i in range(widget.count()))
    return tuple(
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    )


def _fill(widget: QListWidget, choices: list[tuple[str, str]], chosen: tuple[str, ...]) -> None:
    widget.blockSignals(True)
    widget.clear()
    for value, text in choices:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


class CycleFormWidget(QWidget):
    """Name, period, rules and weights of a cycle, with the funnel previewed live.

    Every change restarts ``preview_timer`` (about 200 ms); when it fires the preview runs
    through the task runner, and an answer older than the latest request is dropped.

    Signals:
        sig_preview_shown: a funnel preview is on screen (its ``RulePreview``).
    """

    sig_preview_shown = Signal(object)
    """A funnel preview is on screen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.currency = "BRL"  # the workspace's commonest: a new band's, and for no amount
        self.last_preview: RulePreview | None = None
        self._chosen_currency: str | None = None  # the band's; None: the commonest
        self._funnel: LiveFunnel | None = None  # the customers' columns, per database
        self._generation = 0
        self._shown_generation = 0
        self.preview_timer = QTimer(self)
        self.preview_timer.setObjectName("cyclePreviewTimer")
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self._build()
        i18n.register(self)
        self.reset()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.start_edit, self.end_edit = self._date_edit(), self._date_edit()
        self.within_spin = self._spin(0, 3650)
        self.min_spin, self.max_spin = self._money_spin(), self._money_spin()
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("bandCurrency")
        self.currency_combo.currentIndexChanged.connect(self._on_currency_combo_index_changed)
        self.segments_list, self.regions_list = QListWidget(), QListWidget()
        self.categories_list = QListWidget()
        self.won_back_check, self.dnc_check = QCheckBox(), QCheckBox()
        self.contacted_spin = self._spin(0, 365)
        self.revenue_weight, self.recency_weight = self._spin(0, 100), self._spin(0, 100)
        for widget in (self.segments_list, self.regions_list, self.categories_list):
            widget.setMaximumHeight(120)  # side by side, so they may be taller
            widget.itemChanged.connect(self._on_rules_changed)
        for check in (self.won_back_check, self.dnc_check):
            check.toggled.connect(self._on_rules_changed)
        self.labels: dict[str, QLabel] = {}
        # Two columns of short fields, then the three choice lists side by side: the whole
        # form, weights included, is in view at 1280x800 without scrolling.
        form, side = QFormLayout(), QFormLayout()
        fields: list[tuple[QFormLayout, str, QWidget]] = [
            (form, "name", self.name_edit),
            (form, "start", self.start_edit),
            (form, "end", self.end_edit),
            (form, "within", self.within_spin),
            (side, "min", self.min_spin),
            (side, "max", self.max_spin),
            (side, "band_currency", self.currency_combo),
            (side, "contacted", self.contacted_spin),
        ]
        for layout_, key, field in fields:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            layout_.addRow(label, field)
        for key, check in (("won_back", self.won_back_check), ("dnc", self.dnc_check)):
            self.labels[key] = QLabel()  # the box carries its own text
            self.labels[key].setBuddy(check)
            self.labels[key].hide()
            side.addRow(check)
        lists = QGridLayout()
        for col, (key, widget) in enumerate(
            (
                ("segments", self.segments_list),
                ("regions", self.regions_list),
                ("categories", self.categories_list),
            )
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            lists.addWidget(label, 0, col)
            lists.addWidget(widget, 1, col)
            lists.setColumnStretch(col, 1)
        weights = QHBoxLayout()
        for key, spin in (("w_revenue", self.revenue_weight), ("w_recency", self.recency_weight)):
            label = QLabel()
            label.setBuddy(spin)
            self.labels[key] = label
            weights.addWidget(label)
            weights.addWidget(spin)
        weights.addStretch(1)
        self.weights_box = QGroupBox()
        self.weights_box.setLayout(weights)
        self.funnel_box = QGroupBox()
        grid = QGridLayout(self.funnel_box)
        self.funnel: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, _text) in enumerate(RULE_LABELS):
            cells = (QLabel(), QLabel(), QLabel())
            for col, cell in enumerate(cells):
                cell.setObjectName(f"funnel_{key}_{col}")
                if col:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                else:
                    cell.setWordWrap(True)  # long rule names wrap on a narrow window
                grid.addWidget(cell, row, col)
            self.funnel[key] = cells
        grid.setColumnStretch(0, 1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(lists)
        layout.addWidget(self.weights_box)
        # The funnel (``funnel_box``) is placed by the page, beside the list of cycles.

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        return edit

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.valueChanged.connect(self._on_rules_changed)
        return spin

    def _money_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(2)
        spin.setRange(0, 100_000_000)
        spin.setGroupSeparatorShown(True)
        spin.valueChanged.connect(self._on_rules_changed)
        return spin

    def retranslate_ui(self) -> None:
        texts = {
            "name": (self.tr("Na&me"), self.tr("Cycle name")),
            "start": (self.tr("Period &from"), self.tr("Period start")),
            "end": (self.tr("Period &to"), self.tr("Period end")),
            "within": (self.tr("&Departed within (days)"), self.tr("Departed within days")),
            "min": (self.tr("Revenue m&inimum"), self.tr("Minimum monthly revenue")),
            "max": (self.tr("Revenue ma&ximum"), self.tr("Maximum monthly revenue")),
            "band_currency": (
                self.tr("Currency &of the band"),
                self.tr("Currency of the revenue band"),
            ),
            "segments": (self.tr("Se&gments"), self.tr("Segments")),
            "regions": (self.tr("Reg&ions"), self.tr("Regions")),
            "categories": (self.tr("Known reason &categories"), self.tr("Reason categories")),
            "won_back": (self.tr("Exclude won &back"), self.tr("Exclude customers won back")),
            "dnc": (self.tr("Exclude do-not-ca&ll"), self.tr("Exclude do-not-call customers")),
            "contacted": (
                self.tr("&Not contacted in the last (days)"),
                self.tr("Not contacted in the last days"),
            ),
            "w_revenue": (self.tr("Re&venue weight"), self.tr("Revenue weight")),
            "w_recency": (self.tr("Recency w&eight"), self.tr("Recency weight")),
        }
        for key, (label, accessible) in texts.items():
            self.labels[key].setText(label)
            buddy = self.labels[key].buddy()
            if isinstance(buddy, QCheckBox):
                buddy.setText(label)
            if buddy is not None:
                buddy.setAccessibleName(accessible)
        for spin in (self.within_spin, self.min_spin, self.max_spin, self.contacted_spin):
            spin.setSpecialValueText(self.tr("Any"))
        self.currency_combo.setToolTip(
            self.tr(
                "The band keeps customers billed in this currency: amounts in different"
                " currencies are never compared"
            )
        )
        self._show_band_currency()
        self.weights_box.setTitle(self.tr("Priority weights"))
        self.funnel_box.setTitle(self.tr("Customers each rule keeps"))
        self.funnel_box.setAccessibleName(self.tr("Selection funnel"))
        lang = i18n.current_language()
        self.min_spin.setLocale(locale(lang))
        self.max_spin.setLocale(locale(lang))
        for key, text in RULE_LABELS:
            self.funnel[key][0].setText(i18n.translate_message(text))
        if self.last_preview is not None:
            self._show_preview(self.last_preview)

    # --- values ---------------------------------------------------------------------

    def rules(self) -> CycleRules:
        """The rules as chosen on screen."""

        def days(spin: QSpinBox) -> int | None:
            return spin.value() or None

        def cents(spin: QDoubleSpinBox) -> int | None:
            value = Decimal(str(round(spin.value(), 2)))
            return decimal_to_cents(value) if value else None

        return CycleRules(
            departed_within_days=days(self.within_spin),
            min_revenue_cents=cents(self.min_spin),
            max_revenue_cents=cents(self.max_spin),
            segments=_checked(self.segments_list),
            regions=_checked(self.regions_list),
            reason_categories=_checked(self.categories_list),
            exclude_won_back=self.won_back_check.isChecked(),
            exclude_do_not_call=self.dnc_check.isChecked(),
            not_contacted_days=days(self.contacted_spin),
            revenue_currency=self.band_currency(),
        )

    def band_currency(self) -> str:
        """The currency of the revenue band, as chosen (the commonest before any is known)."""
        data = self.currency_combo.currentData()
        return str(data) if data is not None else self._chosen_currency or self.currency

    def weights(self) -> Weights:
        return Weights(self.revenue_weight.value(), self.recency_weight.value())

    def period(self) -> tuple[date, date]:
        return from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())

    def reset(self) -> None:
        """Defaults for a new cycle: this month, the default rules and weights."""
        today = date.today()
        start = today.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.name_edit.clear()
        self._set_values(start, end, CycleRules(), Weights())
        self._chosen_currency = None  # a new band: in the commonest currency
        self._fill_currencies(self._offered_currencies())  # at once: a save may come first
        self.reload_choices()

    def show_cycle(self, cycle: CycleDTO) -> None:
        """Show a cycle's name, period, rules and weights."""
        self.name_edit.setText(cycle.name)
        self._set_values(cycle.period_start, cycle.period_end, cycle.rules, cycle.weights)
        self._chosen_currency = cycle.rules.revenue_currency
        self._fill_currencies(self._offered_currencies())
        self.reload_choices()

    def _set_values(self, start: date, end: date, rules: CycleRules, weights: Weights) -> None:
        self._chosen = rules
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))
        for spin, value in (
            (self.within_spin, rules.departed_within_days),
            (self.contacted_spin, rules.not_contacted_days),
            (self.revenue_weight, weights.revenue),
            (self.recency_weight, weights.recency),
        ):
            spin.blockSignals(True)
            spin.setValue(value or 0)
            spin.blockSignals(False)
        for amount, cents in (
            (self.min_spin, rules.min_revenue_cents),
            (self.max_spin, rules.max_revenue_cents),
        ):
            amount.blockSignals(True)
            amount.setValue((cents or 0) / 100)
            amount.blockSignals(False)
        for check, on in (
            (self.won_back_check, rules.exclude_won_back),
            (self.dnc_check, rules.exclude_do_not_call),
        ):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)

    def refresh_data(self) -> None:
        """Customers or calls changed elsewhere (a sync, an import): list their segments and
        regions again and preview anew, keeping what the user has ticked."""
        if self.segments_list.count() or self.regions_list.count():
            self._chosen = self.rules()  # else the lists are still loading the saved ticks
            self._chosen_currency = self._chosen.revenue_currency
        self.reload_choices()

    def reload_choices(self) -> None:
        """Fill the segment, region and category lists (off the GUI thread)."""
        sessions, lang = self.ctx.sessions, i18n.current_language()
        chosen = self._chosen

        Choices = tuple[list[str], list[str], list[CategoryChoice], list[str]]
        funnel = self._live_funnel()

        def work(_token: Any) -> Choices:
            segments, regions = segments_and_regions(sessions)
            # Read now, while the user looks at the form; its currencies, commonest first.
            currencies = list(funnel.columns().currency_codes)
            return segments, regions, reason_categories(sessions, lang), currencies

        def done(result: Choices) -> None:
            segments, regions, categories, currencies = result
            self._fill_currencies(currencies)
            _fill(self.segments_list, [(s, s) for s in segments], chosen.segments)
            _fill(self.regions_list, [(r, r) for r in regions], chosen.regions)
            _fill(
                self.categories_list,
                [(c.code, c.label) for c in categories],
                chosen.reason_categories,
            )
            self.schedule_preview()

        # A failure reaches the runner's default report; the lists stay as they were.
        self.ctx.runner.run(work, on_done=done)

    def _fill_currencies(self, currencies: list[str]) -> None:
        """Offer the workspace's currencies (and the band's, should no customer be billed
        in it any more), choosing the band's, or the commonest for a new band."""
        chosen = self._chosen_currency or (currencies[0] if currencies else self.currency)
        offered = currencies if chosen in currencies else [*currencies, chosen]
        combo = self.currency_combo
        combo.blockSignals(True)
        combo.clear()
        for currency in offered:
            combo.addItem(currency_text(currency), currency)
        combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)
        self._show_band_currency()

    def _offered_currencies(self) -> list[str]:
        combo = self.currency_combo
        return [str(combo.itemData(i)) for i in range(combo.count())]

    def _show_band_currency(self) -> None:
        """The band's amounts with its currency's symbol, where the language puts it."""
        lang = i18n.current_language()
        prefix, _, suffix = money(0, self.band_currency(), lang).partition(
            format_decimal(0.0, 2, lang)
        )
        for spin in (self.min_spin, self.max_spin):
            spin.setPrefix(prefix)
            spin.setSuffix(suffix)

    @Slot(int)
    def _on_currency_combo_index_changed(self, _index: int) -> None:
        self._chosen_currency = self.band_currency()
        self._show_band_currency()
        self.schedule_preview()

    # --- live preview ---------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Preview again once the user pauses (restarts the debounce timer)."""
        self.preview_timer.start()

    @Slot()
    def _on_rules_changed(self, *_args: Any) -> None:
        self.schedule_preview()

    @Slot()
    def _on_preview_timer_timeout(self) -> None:
        self._generation += 1
        generation = self._generation
        rules, today = self.rules(), date.today()

        def done(result: RulePreview) -> None:
            if generation > self._shown_generation:
                self._shown_generation = generation
                self.funnel_box.setTitle(self.tr("Customers each rule keeps"))
                self._show_preview(result)

        def failed(exc: BaseException) -> None:
            log_failure(exc)
            if generation > self._shown_generation:  # no counts of older rules left showing
                self._shown_generation = generation
                self.last_preview = None
                self.funnel_box.setTitle(
                    self.tr("Customers each rule keeps: could not be computed (see the log)")
                )
                for cells in self.funnel.values():
                    cells[1].setText("–")
                    cells[2].setText("")

        funnel = self._live_funnel()
        self.ctx.runner.run(
            lambda _token: funnel.preview(rules, today), on_done=done, on_error=failed
        )

    def _live_funnel(self) -> LiveFunnel:
        """The funnel of the database open now (a new one after a restore or a switch)."""
        sessions = self.ctx.sessions
        if self._funnel is None or self._funnel.sessions is not sessions:
            if self._funnel is not None:
                self._funnel.close()
            self._funnel = LiveFunnel(sessions)
            self.destroyed.connect(self._funnel.close)
        return self._funnel

    def _show_preview(self, result: RulePreview) -> None:
        self.last_preview = result
        lang = i18n.current_language()
        for step in result.steps:
            cells = self.funnel.get(step.rule)
            if cells is None:
                continue
            cells[1].setText(format_count(step.customers, lang))
            # One amount per line and currency: never a sum of two currencies.
            amounts = [money(cents, cur, lang) for cur, cents in step.revenue]
            cells[2].setText("\n".join(amounts) or money(0, self.currency, lang))
        self.sig_preview_shown.emit(result)
