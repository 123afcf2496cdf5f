"""The Cycles page in a workspace billing in BRL and EUR (issue 18): the funnel and the
figures show one amount per currency, never their sum; the revenue band's currency is
chosen by keyboard beside the band; figures frozen by the previous version still show."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt

from recovery_desk.domain.enums import Role
from recovery_desk.services.cycles import manage as cycles
from recovery_desk.services.cycles.rules import preview
from recovery_desk.services.users import access as users
from recovery_desk.storage.tables import Cycle
from recovery_desk.ui import i18n
from recovery_desk.ui.pages.cycles.page import CyclesPage
from tests.unit.services.cycles.test_manage import add_customers

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, supervisor_ctx: Any, sessions: Any) -> CyclesPage:
    users.create_user(sessions, "Ana", Role.AGENT)
    rows = [{"monthly_revenue_cents": c, "currency": "BRL"} for c in (100_000, 50_000, 20_000)]
    rows += [{"monthly_revenue_cents": c, "currency": "EUR"} for c in (30_000, 10_000)]
    add_customers(sessions, rows, today=date.today())
    widget = CyclesPage(supervisor_ctx)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    form = widget.form
    qtbot.waitUntil(lambda: form.currency_combo.count() == 2 and form.last_preview is not None)
    return widget


def _revenue(page: CyclesPage, rule: str) -> str:
    return page.form.funnel[rule][2].text()


def test_the_funnel_shows_each_currency_and_never_their_sum(page: CyclesPage) -> None:
    assert _revenue(page, "all") == "R$ 1,700.00\n€ 400.00"
    assert "2,100.00" not in _revenue(page, "all")
    assert page.form.currency_combo.currentText() == "BRL (R$)"  # the commonest, for a band


def test_the_band_currency_is_chosen_by_keyboard(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    form = page.form
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(form.name_edit, "Euros")
    form.min_spin.setFocus()
    form.min_spin.selectAll()
    with qtbot.waitSignal(form.sig_preview_shown, timeout=3000):
        qtbot.keyClicks(form.min_spin, "250")
    assert form.min_spin.prefix() == "R$ "
    assert (form.funnel["revenue"][1].text(), _revenue(page, "revenue")) == ("2", "R$ 1,500.00")

    # Alt+O: the band's currency, beside the band; Down picks euros.
    qtbot.keyClick(page, Qt.Key.Key_O, ALT)
    assert form.currency_combo.hasFocus()
    assert form.labels["band_currency"].buddy() is form.currency_combo
    assert form.currency_combo.accessibleName() == "Currency of the revenue band"
    with qtbot.waitSignal(form.sig_preview_shown, timeout=3000):
        qtbot.keyClick(form.currency_combo, Qt.Key.Key_Down)
    assert form.rules().revenue_currency == "EUR"
    assert form.min_spin.prefix() == "€ "
    assert (form.funnel["revenue"][1].text(), _revenue(page, "revenue")) == ("1", "€ 300.00")
    assert form.last_preview == preview(sessions, form.rules(), date.today())

    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    saved = cycles.find_cycle(sessions, "Euros")
    assert (saved.rules.revenue_currency, saved.rules.min_revenue_cents) == ("EUR", 25_000)
    # Shown again, the cycle's band is still in euros.
    page.reload(saved.id)
    qtbot.waitUntil(lambda: form.currency_combo.currentData() == "EUR")


def test_figures_show_recovered_revenue_per_currency(page: CyclesPage) -> None:
    page.rules.show_figures(
        {
            "assigned": 5,
            "contacted": 2,
            "reached": 2,
            "won_back": 2,
            "recovery_rate": 1.0,
            "recovered_revenue_per_currency": {"BRL": 100_000, "EUR": 30_000},
            "revenue_at_stake_per_currency": {"BRL": 170_000, "EUR": 40_000},
        },
        frozen=False,
    )
    assert page.figures_label.text().endswith("recovered monthly revenue R$ 1,000.00 · € 300.00")


def test_figures_frozen_by_the_previous_version_still_show(
    qtbot: Any, page: CyclesPage, sessions: Any
) -> None:
    with sessions.begin() as session:
        old = Cycle(
            name="Outubro",
            period_start=date.today() - timedelta(days=60),
            period_end=date.today() - timedelta(days=30),
            status="closed",
            rules={"departed_within_days": 90},
            weights={"revenue": 70, "recency": 30},
            frozen_figures={
                "assigned": 3,
                "contacted": 2,
                "reached": 2,
                "won_back": 1,
                "recovery_rate": 0.5,
                "recovered_revenue_cents": 9_000,
                "revenue_at_stake_cents": 27_000,
            },
        )
        session.add(old)
        session.flush()
        old_id = old.id
    page.reload(old_id)
    qtbot.waitUntil(lambda: page.figures_label.text() != "")
    text = page.figures_label.text()
    assert text.startswith("Frozen figures") and "won back 1" in text
    # In the currency the previous version showed it in: the commonest (BRL here).
    assert text.endswith("recovered monthly revenue R$ 90.00")


def test_the_band_says_its_currency_in_portuguese(qtbot: Any, page: CyclesPage) -> None:
    form = page.form
    form.currency_combo.setFocus()
    with qtbot.waitSignal(form.sig_preview_shown, timeout=3000):
        qtbot.keyClick(form.currency_combo, Qt.Key.Key_Down)
    i18n.switch_language("pt_BR")
    try:
        assert form.labels["band_currency"].text() == "M&oeda da faixa"
        assert form.currency_combo.accessibleName() == "Moeda da faixa de receita"
        # Euros in Portuguese: the symbol after the amount.
        assert (form.min_spin.prefix(), form.min_spin.suffix()) == ("", " €")
        assert _revenue(page, "all") == "R$ 1.700,00\n400,00 €"
    finally:
        i18n.switch_language("en")
