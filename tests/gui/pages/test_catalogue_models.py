"""The catalogue's picker, the offer form and the users tab (the table model: test_table_model)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recovery_desk.domain.enums import Role
from recovery_desk.services.catalogue import offers
from recovery_desk.services.users import admin as user_admin
from recovery_desk.ui.dialogs.picker import PickerDialog
from recovery_desk.ui.pages.catalogue.offers_tab import OffersTab
from recovery_desk.ui.pages.catalogue.users_tab import UsersTab


def test_picker_filters_without_accents(qtbot):
    dialog = PickerDialog("Pick", "Type", [(1, "Preço alto"), (2, "Atendimento ruim")])
    qtbot.addWidget(dialog)
    picked = []
    dialog.sig_picked.connect(picked.append)
    qtbot.keyClicks(dialog.filter_edit, "PRECO")
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert picked == [1]


def test_offer_form_saves_by_keyboard(qtbot, supervisor_ctx):
    tab = OffersTab(supervisor_ctx)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.form
    qtbot.keyClicks(form.code_edit, "waiver_1")
    qtbot.keyClicks(form.labels.edits["en"], "First month free")
    qtbot.keyClicks(form.money["cost_cents"], "49,90")
    form.cap_edit.setValue(1)
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = next(o for o in offers.list_offers(supervisor_ctx.sessions) if o.code == "waiver_1")
    assert (saved.cost_cents, saved.max_per_customer) == (4990, 1)
    assert tab.form.current.code == "waiver_1"
    # The cost reads in the offer's own currency, whatever the interface language.
    row = next(
        r for r in range(tab.model.rowCount()) if "First month" in tab.model.index(r, 0).data()
    )
    assert tab.model.index(row, 2).data() == "R$ 49.90"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_offer_currency_is_chosen_and_saved_by_keyboard(qtbot, supervisor_ctx):
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer
    from tests.unit.services.cycles.test_manage import add_customers

    # Most customers are billed in euros: a new offer starts in euros.
    add_customers(supervisor_ctx.sessions, [{"monthly_revenue_cents": 100}])
    with supervisor_ctx.sessions.begin() as session:
        session.execute(update(Customer).values(currency="EUR"))
    tab = OffersTab(supervisor_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    form = tab.form
    shipped = tab.model.rows.index(next(o for o in tab.model.rows if o.code == "DISC_10_3M"))
    # A shipped offer reads in its own currency (reais), not the customers'.
    assert tab.model.index(shipped, 2).data() == "R$ 45.00"
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.code_edit.hasFocus()
    assert form.currency_combo.currentData() == "EUR"
    assert form.currency_combo.accessibleName() == "Currency"
    assert form.money["cost_cents"].accessibleName() == "Cost to the company (EUR)"
    qtbot.keyClicks(form.code_edit, "credit_brl")
    qtbot.keyClicks(form.labels.edits["en"], "Credit in reais")
    qtbot.keyClicks(form.money["cost_cents"], "30,00")
    # Alt+C reaches the currency; typing "B" picks reais, and the captions follow.
    qtbot.keyClick(form.money["cost_cents"], Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert form.currency_combo.hasFocus()
    qtbot.keyClicks(form.currency_combo, "B")
    assert form.currency_combo.currentData() == "BRL"
    assert form.money["cost_cents"].accessibleName() == "Cost to the company (BRL)"
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = next(o for o in offers.list_offers(supervisor_ctx.sessions) if o.code == "credit_brl")
    assert (saved.currency, saved.cost_cents) == ("BRL", 3000)
    row = tab.model.rows.index(next(o for o in tab.model.rows if o.code == "credit_brl"))
    assert tab.model.index(row, 2).data() == "R$ 30.00"
    assert form.currency_combo.currentData() == "BRL"  # the saved offer, shown again


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_users_tab_refuses_to_demote_last_supervisor(qtbot, supervisor_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    tab = UsersTab(supervisor_ctx)
    qtbot.addWidget(tab)
    assert tab.current.id == supervisor_ctx.user.id
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(Role.AGENT))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert shown and "last active supervisor" in shown[0]
    users = user_admin.list_all_users(supervisor_ctx.sessions, supervisor_ctx.user)
    assert [u.role for u in users] == [Role.SUPERVISOR]


def test_error_text_names_the_field(qapp):
    from recovery_desk.domain.errors import ValidationError
    from recovery_desk.ui.pages.catalogue.common import error_text, field_name

    assert field_name("checklist[0]") == "Checklist 1"
    text = error_text(ValidationError("must be a whole number, zero or more", field="cost_cents"))
    assert text == "Cost to the company: must be a whole number, zero or more"
