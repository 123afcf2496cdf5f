"""The Catalogue page driven by keyboard: edit a reason, merge an "Unreviewed" one."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recovery_desk.services.catalogue import reasons, scripts
from recovery_desk.services.catalogue.merge import review_list
from recovery_desk.ui import navigation
from recovery_desk.ui.pages.catalogue.page import CataloguePage
from tests.unit.services.catalogue.helpers import (
    any_label,
    customer,
    first_reason,
    unreviewed_reason,
)

# The offscreen platform warns when a top-level window is shown; nothing to fix here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot, ctx) -> CataloguePage:
    page = CataloguePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_only_supervisors_see_the_page(supervisor, agent, executive):
    spec = navigation.page_spec("catalogue")
    assert spec.allowed(supervisor)
    assert not spec.allowed(agent) and not spec.allowed(executive)
    assert spec.load() is CataloguePage


def test_edit_reason_by_keyboard(qtbot, supervisor_ctx):
    reason = first_reason(supervisor_ctx.sessions)
    page = _page(qtbot, supervisor_ctx)
    tab = page.reasons_tab
    tab.tree.setFocus()
    tab.tree.setCurrentIndex(tab.index_of(reason.category_id))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.selected_reason().id == reason.id
    assert not tab.tree.isColumnHidden(1)  # supervisors see the code
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
        edit = tab.labels.edits["en"]
        assert edit.hasFocus()
        qtbot.keyClicks(edit, "Way too expensive")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    saved = reasons.get_reason(supervisor_ctx.sessions, reason.id)
    assert saved.labels["en"] == "Way too expensive" and saved.code == reason.code
    assert tab.selected_reason().id == reason.id


def test_merge_unreviewed_by_keyboard(qtbot, supervisor_ctx):
    sessions = supervisor_ctx.sessions
    source = unreviewed_reason(sessions, "zzz caro demais")
    customer(sessions, revenue=7000, reason_id=source)
    target = first_reason(sessions)
    page = _page(qtbot, supervisor_ctx)
    qtbot.keyClick(page.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    tab = page.review_tab
    assert page.tabs.currentWidget() is tab
    row = next(r for r in tab.model.rows if r.reason_id == source)
    assert (row.customers, row.revenue_by_currency) == (1, {"BRL": 7000})
    assert not tab.ranking.isVisible()  # one currency: nothing to explain
    tab.table.setFocus()
    tab.table.selectRow(tab.model.rows.index(row))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.filter_edit, any_label(target.labels)[1][:6])
    assert dialog.current_value() == target.id
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    merged = reasons.get_reason(sessions, source)
    assert merged.merged_into_id == target.id and not merged.active
    assert source not in {r.reason_id for r in review_list(sessions, supervisor_ctx.user, "en")}


def test_review_list_shows_each_currency_apart(qtbot, supervisor_ctx):
    """Issue 18: reais and euros carried by one reason read as two amounts, never a sum."""
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    sessions = supervisor_ctx.sessions
    source = unreviewed_reason(sessions, "zzz mudou de país")
    customer(sessions, revenue=13000, reason_id=source)
    euros = customer(sessions, revenue=3000, reason_id=source)
    with sessions.begin() as session:
        session.execute(update(Customer).where(Customer.id == euros).values(currency="EUR"))
    page = _page(qtbot, supervisor_ctx)
    qtbot.keyClick(page.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    tab = page.review_tab
    assert tab.ranking.isVisible() and "never added" in tab.ranking.text()
    (shown,) = [line for line in tab.model.table()[1:] if line[0].startswith("zzz")]
    assert shown[2:] == ["2", "R$ 130.00 · € 30.00"]  # never R$ 160.00


def test_scripts_tab_blocks_unknown_placeholder(qtbot, supervisor_ctx):
    page = _page(qtbot, supervisor_ctx)
    tab = page.scripts_tab
    tab.body_edit.setFocus()
    qtbot.keyClicks(tab.body_edit, " {nome_cliente}")
    assert not tab.save_button.isEnabled()
    assert "{nome_cliente}" in tab.problem_label.text()
    assert "{" not in tab.preview.toPlainText()


def test_phrases_tab_tests_a_sentence(qtbot, supervisor_ctx):
    page = _page(qtbot, supervisor_ctx)
    tab = page.phrases_tab
    qtbot.keyClicks(tab.phrase_edit, "zebra crossing excuse")
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.keyClick(tab.phrase_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.test_edit, "Sorry, the ZEBRA crossing excuse again")
    assert "zebra crossing excuse" in tab.result_label.text()


def test_scripts_tab_keeps_drafts_and_saves(qtbot, supervisor_ctx):
    page = _page(qtbot, supervisor_ctx)
    qtbot.keyClick(page.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    tab = page.scripts_tab
    assert page.tabs.currentWidget() is tab
    tab.step_combo.setCurrentIndex(tab.step_combo.findData("listen"))
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData("en"))
    tab.body_edit.setFocus()
    tab.body_edit.selectAll()
    qtbot.keyClicks(tab.body_edit, "Hello {first_name}, tell me what happened.")
    assert tab.state_label.text()
    tab.step_combo.setCurrentIndex(tab.step_combo.findData("assist"))
    tab.step_combo.setCurrentIndex(tab.step_combo.findData("listen"))
    assert tab.body_edit.toPlainText() == "Hello {first_name}, tell me what happened."
    with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
        qtbot.keyClick(tab.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = scripts.get_script(supervisor_ctx.sessions, "listen", "en")
    assert saved.body == "Hello {first_name}, tell me what happened."
    assert not tab.state_label.text()


# The team field completes default team names: its popup cannot raise or grab offscreen.
@pytest.mark.qt_log_ignore("propagateSizeHints", r"support raise\(\)", "grabbing the keyboard")
def test_team_names_read_and_typed_in_portuguese_are_stored_as_the_default_teams(
    qtbot, supervisor_ctx
):
    from recovery_desk.ui import i18n

    sessions = supervisor_ctx.sessions
    reason = first_reason(sessions)

    def category_team():
        tree = reasons.list_tree(sessions)
        return next(c.team for c in tree if c.id == reason.category_id)

    stored = category_team()
    assert stored == "Pricing"
    i18n.install("pt_BR")
    try:
        page = _page(qtbot, supervisor_ctx)
        tab = page.reasons_tab
        tab.tree.setFocus()
        tab.tree.setCurrentIndex(tab.index_of(reason.category_id))
        assert tab.team_edit.text() == "Precificação"  # as the tree shows it
        with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
            qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
            qtbot.keyClick(tab.labels.edits["en"], Qt.Key.Key_Return)
        assert category_team() == "Pricing"  # saved unchanged, not as its translation

        tab.tree.setCurrentIndex(tab.index_of(reason.id))
        qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
        tab.team_edit.setFocus()
        qtbot.keyClicks(tab.team_edit, "vendas")
        with qtbot.waitSignal(supervisor_ctx.events.sig_data_changed):
            qtbot.keyClick(tab.team_edit, Qt.Key.Key_Return)
        assert reasons.get_reason(sessions, reason.id).team == "Sales"
    finally:
        i18n.switch_language("en")


def test_every_column_of_the_reason_tree_is_in_view(qtbot, supervisor_ctx):
    page = _page(qtbot, supervisor_ctx)
    page.resize(1170, 760)  # the page in a 1280-pixel main window
    tree = page.reasons_tab.tree
    last = tree.model().columnCount() - 1  # label, code, team, state
    qtbot.waitUntil(lambda: tree.header().sectionPosition(last) + 20 <= tree.viewport().width())


def test_company_name_is_a_setting_used_by_the_preview_and_the_call(qtbot, supervisor_ctx):
    """{company} reads "our company" until the supervisor types the company's name."""
    from recovery_desk.services.calls import catalogue as calls_catalogue

    page = _page(qtbot, supervisor_ctx)
    tab = page.scripts_tab
    tab.step_combo.setCurrentIndex(tab.step_combo.findData("listen"))
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData("en"))
    tab.body_edit.setFocus()
    tab.body_edit.selectAll()
    qtbot.keyClicks(tab.body_edit, "Calling from {company}.")
    assert "Calling from our company." in tab.preview.toPlainText()
    assert "Recovery Desk" not in tab.preview.toPlainText()
    tab.company_edit.setFocus()
    qtbot.keyClicks(tab.company_edit, "Vivo Fibra")
    qtbot.keyClick(tab.company_edit, Qt.Key.Key_Return)
    assert "Calling from Vivo Fibra." in tab.preview.toPlainText()
    assert calls_catalogue.company_name(supervisor_ctx.sessions) == "Vivo Fibra"


def test_offer_limit_reads_in_words(qtbot, supervisor_ctx):
    """The offers table says "1 in 365 days" under "Limit per customer" (was "Cap 1/365d")."""
    page = _page(qtbot, supervisor_ctx)
    model = page.offers_tab.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Limit per customer"
    )
    capped = [r for r, o in enumerate(model.rows) if o.max_per_customer]
    assert capped
    row = model.rows[capped[0]]
    text = model.index(capped[0], column).data()
    assert text == f"{row.max_per_customer} in {row.period_days} days"
