"""The Review tab: reasons imports created under "Unreviewed", with what they carry.

Select a row, press Enter, type part of a catalogue reason, Enter: the reason is merged
(every customer and call using it moves). Ctrl+M accepts it instead, moving it into a
category as a new catalogue reason. Monthly revenue shows an amount per currency, never a
sum of two.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue import merge, reasons
from recovery_desk.services.catalogue.merge import ReviewRow
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.picker import PickerDialog
from recovery_desk.ui.formatting import money_per_currency
from recovery_desk.ui.pages.catalogue.common import show_error
from recovery_desk.ui.pages.catalogue.reasons_tab import shown_label
from recovery_desk.ui.table_model import Column, TableModel


def _label(row: ReviewRow) -> str:
    return f"{row.label.text} [{row.label.lang}]" if row.label.fallback else row.label.text


class ReviewTab(QWidget):
    """The "Unreviewed" list, highest revenue first."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: PickerDialog | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.ranking = QLabel()  # how the list is ranked, with several currencies only
        self.ranking.setWordWrap(True)
        self.ranking.setVisible(False)
        self.model = TableModel(
            self,
            context="catalogue",
            columns=[
                Column(QT_TRANSLATE_NOOP("catalogue", "Reason as imported"), _label),
                Column(QT_TRANSLATE_NOOP("catalogue", "Code"), lambda r: r.code),
                Column(QT_TRANSLATE_NOOP("catalogue", "Customers"), lambda r: r.customers),
                Column(
                    QT_TRANSLATE_NOOP("catalogue", "Monthly revenue"),
                    lambda r: money_per_currency(r.revenue_by_currency),
                ),
            ],
        )
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_table_activated)
        self.accept_action = QAction(self)
        self.accept_action.setShortcut(QKeySequence("Ctrl+M"))
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_action.triggered.connect(self._on_accept_triggered)
        self.addAction(self.accept_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.ranking)
        layout.addWidget(self.table)
        i18n.register(self)
        self.reload()

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Reasons that imports did not recognise. Enter: merge the selected one into a "
                "catalogue reason. Ctrl+M: accept it into a category as a new reason."
            )
        )
        self.ranking.setText(
            self.tr(
                "Monthly revenue is shown per currency, never added. The list is ranked by "
                "revenue in the currency most of these customers are billed in, then by "
                "customers."
            )
        )
        self.table.setAccessibleName(self.tr("Unreviewed reasons"))
        self.accept_action.setText(self.tr("Accept into a category…"))
        self.model.retranslate()

    def reload(self) -> None:
        rows = merge.review_list(self.ctx.sessions, self.ctx.user, i18n.current_language())
        self.model.set_rows(rows)
        self.ranking.setVisible(len({cur for r in rows for cur in r.revenue_by_currency}) > 1)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)

    def selected(self) -> ReviewRow | None:
        return self.model.row_at(self.table.currentIndex())

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        lang = i18n.current_language()
        choices = [
            (r.id, f"{shown_label(r, lang)} — {shown_label(c, lang)}")
            for c in reasons.list_tree(self.ctx.sessions, include_retired=False)
            if not c.is_unreviewed
            for r in c.reasons
        ]
        dialog = PickerDialog(
            self.tr("Merge “{reason}” into…").format(reason=_label(row)),
            self.tr("Type the reason to keep"),
            choices,
            self,
        )
        dialog.sig_picked.connect(
            lambda target: self._run(
                lambda: merge.merge_reasons(self.ctx.sessions, self.ctx.user, row.reason_id, target)
            )
        )
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_accept_triggered(self) -> None:
        row = self.selected()
        if row is None:
            return
        lang = i18n.current_language()
        choices = [
            (c.id, shown_label(c, lang))
            for c in reasons.list_tree(self.ctx.sessions, include_retired=False)
            if not c.is_unreviewed
        ]
        dialog = PickerDialog(
            self.tr("Accept “{reason}” into…").format(reason=_label(row)),
            self.tr("Type the category"),
            choices,
            self,
        )
        dialog.sig_picked.connect(
            lambda cid: self._run(
                lambda: reasons.move_reason(self.ctx.sessions, self.ctx.user, row.reason_id, cid)
            )
        )
        self.dialog = dialog
        dialog.open()

    def _run(self, call: object) -> None:
        def done(_result: object) -> None:
            self.reload()
            self.table.setFocus()
            self.ctx.events.sig_data_changed.emit("catalogue")

        assert callable(call)
        self.ctx.runner.run(
            lambda _token: call(), on_done=done, on_error=lambda exc: show_error(self, exc)
        )
