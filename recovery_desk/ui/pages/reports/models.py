"""Table models of the reports page: the report DTO rows, one ``TableModel`` per table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.expectations import Expectation
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.reports.activity import CycleRow, OfferRow, StepRow
from recovery_desk.services.reports.expectations import ExpectationRow
from recovery_desk.services.reports.reasons import ReasonRow
from recovery_desk.ui.formatting import format_count, format_duration, format_percent, money
from recovery_desk.ui.table_model import Column, TableModel
from recovery_desk.ui.vocabulary import step_label

CONTEXT = "ReportModels"


def _pct(value: float | None) -> str:
    return format_percent(value)


def _no_reason(row: ReasonRow) -> str:
    return QCoreApplication.translate("ReportModels", "(no known reason)")


def _per_currency_money(header: str, cents: Callable[[Any], int]) -> Column:
    """An amount in its row's own currency, sorting currency by currency (cents in
    different currencies are not comparable)."""
    return Column(header, sort=lambda r: (r.currency, cents(r)), numeric=True, cents=cents)


class ReasonsModel(TableModel):
    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Category"),
            lambda r: r.category_label if r.category else _no_reason(r),
            lambda r: r.category_label,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Reason"),
            lambda r: r.reason_label,
            lambda r: r.reason_label,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Customers"),
            lambda r: format_count(r.customers),
            lambda r: r.customers,
            True,
        ),
        _per_currency_money(
            QT_TRANSLATE_NOOP("ReportModels", "Lost monthly revenue"),
            lambda r: r.monthly_revenue_cents,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Share"),
            lambda r: _pct(r.share),
            lambda r: r.share,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cumulative share"),
            lambda r: _pct(r.cumulative_share),
            lambda r: r.cumulative_share,
            True,
        ),
    )


def _who(row: CycleRow) -> str:
    if row.executive:
        return QCoreApplication.translate("ReportModels", "Executives")
    return QCoreApplication.translate("ReportModels", "Agents")


def _band(row: CycleRow) -> str:
    return f"{format_percent(row.band_low, 0)}–{format_percent(row.band_high, 0)}"


class CyclesModel(TableModel):
    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cycle"), lambda r: r.cycle, lambda r: r.period_start
        ),
        Column(QT_TRANSLATE_NOOP("ReportModels", "Calls by"), _who, lambda r: r.executive),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Contacted"),
            lambda r: str(r.contacted),
            lambda r: r.contacted,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Reached"),
            lambda r: str(r.reached),
            lambda r: r.reached,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Won back"),
            lambda r: str(r.won_back),
            lambda r: r.won_back,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Recovery rate"),
            lambda r: _pct(r.recovery_rate),
            lambda r: r.recovery_rate or 0.0,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("ReportModels", "Reference band"), _band, lambda r: r.band_low),
        _per_currency_money(
            QT_TRANSLATE_NOOP("ReportModels", "Recovered monthly revenue"),
            lambda r: r.recovered_cents,
        ),
    )


class OffersModel(TableModel):
    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Offer"), lambda r: r.label, lambda r: r.label),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Made"), lambda r: str(r.made), lambda r: r.made, True
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Accepted"),
            lambda r: str(r.accepted),
            lambda r: r.accepted,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Acceptance rate"),
            lambda r: _pct(r.acceptance_rate),
            lambda r: r.acceptance_rate or 0.0,
            True,
        ),
        # Each row is in its own currency (an offer made in BRL and EUR has two rows).
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cost (approved)"),
            lambda r: money(r.cost_cents, r.currency),
            lambda r: (r.currency, r.cost_cents),
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Awaiting approval"),
            lambda r: str(r.awaiting),
            lambda r: r.awaiting,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Cost if approved"),
            lambda r: money(r.awaiting_cents, r.currency),
            lambda r: (r.currency, r.awaiting_cents),
            True,
        ),
    )


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


class CountsModel(TableModel):
    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Promises"), lambda r: r.label, lambda r: r.label),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Count"),
            lambda r: format_count(r.count),
            lambda r: r.count,
            True,
        ),
    )


def _step(row: StepRow) -> str:
    return step_label(row.step)


def _seconds(row: StepRow) -> str:
    return "" if row.average_ms is None else format_duration(row.average_ms / 1000)


class StepsModel(TableModel):
    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReportModels", "Step"), _step, lambda r: r.step),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Calls"),
            lambda r: str(r.calls),
            lambda r: r.calls,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Average time"),
            _seconds,
            lambda r: r.average_ms or 0.0,
            True,
        ),
    )


EVERYONE = QT_TRANSLATE_NOOP("ReportModels", "Everyone")


def _agent(row: ExpectationRow) -> str:
    return row.agent or QCoreApplication.translate(CONTEXT, EVERYONE)


def _met(expectation: Expectation, header: str) -> Column:
    """One expectation: the share of conversations that met it."""
    return Column(
        header,
        lambda r: _pct(r.share(expectation)),
        lambda r: -1.0 if r.share(expectation) is None else r.share(expectation),
        True,
    )


class ExpectationsModel(TableModel):
    """Per agent (everyone first): how often conversations met each expectation."""

    CONTEXT = "ReportModels"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Agent"),
            _agent,
            lambda r: (r.agent is not None, r.agent or ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportModels", "Conversations"),
            lambda r: format_count(r.assessed),
            lambda r: r.assessed,
            True,
        ),
        _met(Expectation.RESPECT, QT_TRANSLATE_NOOP("ReportModels", "Respect")),
        _met(Expectation.SOLUTIONS, QT_TRANSLATE_NOOP("ReportModels", "Solutions")),
        _met(Expectation.SIMPLICITY, QT_TRANSLATE_NOOP("ReportModels", "Simplicity")),
        _met(Expectation.RESPONSIBILITY, QT_TRANSLATE_NOOP("ReportModels", "Responsibility")),
    )


__all__ = [
    "ExpectationsModel",
    "CountRow",
    "CountsModel",
    "CyclesModel",
    "OfferRow",
    "OffersModel",
    "ReasonsModel",
    "StepsModel",
]
