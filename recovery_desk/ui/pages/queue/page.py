"""The queue page: departed customers to call, searchable as you type, sorted in SQL.

"My queue" (the user's assignments in the open cycle, by priority) is the default when
the user holds any; "All departed customers" shows everyone still to win back.
Enter or a double-click on a row asks to start a call (``sig_open_customer``).
"""

from __future__ import annotations

import dataclasses
import logging
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.queue import listing as queue
from recovery_desk.services.queue.listing import QueueQuery, SortKey
from recovery_desk.ui import i18n, shortcuts
from recovery_desk.ui.accessibility import ValueLabel, name_clear_button
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.personal_data import PersonalDataActions
from recovery_desk.ui.formatting import format_count
from recovery_desk.ui.pages.queue.model import COL_DEPARTED, QueueModel
from recovery_desk.ui.table_model import RowRole

log = logging.getLogger("recovery_desk.ui.queue")
SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (220, 150, 110, 120, 100, 90, 80)  # the last column stretches
ALL, MINE = 0, 1


shortcuts.register(
    "Ctrl+F",
    lambda: QCoreApplication.translate("QueuePage", "Queue: search customers"),
    owner="queue",
)
shortcuts.register(
    "Esc", lambda: QCoreApplication.translate("QueuePage", "Queue: clear the search"), owner="queue"
)
shortcuts.register(
    "Alt+M",
    lambda: QCoreApplication.translate("QueuePage", "Queue: switch My queue / All customers"),
    owner="queue",
)
shortcuts.register(
    "Enter",
    lambda: QCoreApplication.translate("QueuePage", "Queue: call the selected customer"),
    owner="queue",
)


class QueuePage(QWidget):
    """Search box, scope choice, count, the table and the urgency legend."""

    PAGE_ID = "queue"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("queuePage")
        self.model = QueueModel(ctx.sessions, ctx.runner, self)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("queueSearchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._cycle_id: uuid.UUID | None = None
        self._scope_ready = False
        self._connect()
        i18n.register(self)
        self._load_scope(first=True)

    def _build(self) -> None:
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.scope = QComboBox()
        self.scope.setObjectName("queueScope")
        self.scope.addItems(["", ""])
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        self.count_label = ValueLabel()
        self.count_label.setObjectName("queueCount")
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DEPARTED, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        # The chosen customer stays plainly marked while the agent types in the search box
        # (an unfocused table otherwise shows only a faint outline).
        palette = self.table.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            active = palette.color(QPalette.ColorGroup.Active, role)
            palette.setColor(QPalette.ColorGroup.Inactive, role, active)
        self.table.setPalette(palette)

        self.legend = ValueLabel()
        self.legend.setObjectName("queueLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("queueError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # A supervisor's "Export/Erase personal data…" on the current customer (LGPD/GDPR).
        self.personal_data = PersonalDataActions(self.ctx, self.table, self.current_customer)
        self.notice = ValueLabel(announced=True)
        self.notice.setObjectName("queueNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.scope_shortcut = QShortcut(QKeySequence("Alt+M"), self)

    def _connect(self) -> None:
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.find_shortcut.activated.connect(self._on_find_shortcut_activated)
        self.scope_shortcut.activated.connect(self._on_scope_shortcut_activated)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.model.sig_count_changed.connect(self._on_model_count_changed)
        self.model.sig_failed.connect(self._on_model_failed)
        self.ctx.events.sig_data_changed.connect(self._on_events_data_changed)
        self.personal_data.sig_message.connect(self._on_personal_data_message)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, phone or customer id"))
        self.search.setAccessibleName(self.tr("Search customers"))
        name_clear_button(self.search, self.tr("Clear the search"))
        self.search.setToolTip(self.tr("Search by name, phone or customer id (Ctrl+F; Esc clears)"))
        self.scope_label.setText(self.tr("Sho&w:"))
        self.scope.setItemText(ALL, self.tr("All departed customers"))
        self.scope.setItemText(MINE, self.tr("My queue"))
        self.scope.setAccessibleName(self.tr("Which customers to show"))
        self.scope.setToolTip(self.tr("My queue or all departed customers (Alt+M)"))
        self.table.setAccessibleName(self.tr("Departed customers"))
        self.table.setToolTip(self.tr("Enter or double-click: call the customer"))
        self.count_label.set_caption(self.tr("Number of customers"))
        self.legend.set_caption(self.tr("Urgency legend"))
        self.notice.set_caption(self.tr("Notice"))
        self._show_legend()
        self._on_model_count_changed(self.model.total if self.model.exact else -1)
        self.model.retranslate()
        self.table.viewport().update()  # the dates and amounts in the new language
        self._fit_columns()

    def _show_legend(self) -> None:
        """The colours of the days column, and in "My queue" what its order means."""
        text = self.tr(
            "Days since departure: "
            '<b><span style="color:#c62828">bold red</span></b> = urgent (30 days or fewer), '
            '<span style="color:#a15c00">amber</span> = soon (31 to 90 days), '
            '<span style="color:#6b6b6b">grey</span> = older. Hover a number for details.'
        )
        if self.scope.currentIndex() == MINE:
            text += "<br>" + self.tr(
                "My queue is in priority order: the rescue cycle weighs the monthly revenue "
                "lost and how recently the customer left (Cycles → Priority weights). "
                "Click a column header to sort by it instead."
            )
        self.legend.setText(text)

    def _fit_columns(self) -> None:
        """Each column at least as wide as its (translated) header."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def activated(self) -> None:
        """Focus lands where the agent types next: the search box."""
        self.search.setFocus()

    # --- scope and query ------------------------------------------------------------

    def _load_scope(self, *, first: bool = False) -> None:
        user_id = self.ctx.user.id
        self.ctx.runner.run(
            lambda _token: queue.queue_scope(self.ctx.sessions, user_id),
            on_done=lambda scope: self._on_scope_loaded(scope, first),
            on_error=self._on_model_failed,
        )

    def _on_scope_loaded(self, scope: queue.QueueScope, first: bool) -> None:
        self._cycle_id = scope.cycle_id
        self._scope_ready = True
        if first:
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(MINE if scope.mine else ALL)
            self.scope.blockSignals(False)
            self._show_legend()
        self._run_query()

    def current_query(self) -> QueueQuery:
        """The query the controls describe (sort order kept from the model)."""
        mine = self.scope.currentIndex() == MINE
        base = self.model.query
        sort, descending = base.sort, base.descending
        if mine != (base.user_id is not None):
            # Switching scope restores that scope's natural order.
            sort, descending = (SortKey.PRIORITY, True) if mine else (SortKey.DEPARTED_ON, True)
            self._show_sort_indicator(mine)
        return dataclasses.replace(
            base,
            cycle_id=self._cycle_id,
            user_id=self.ctx.user.id if mine else None,
            search=self.search.text(),
            sort=sort,
            descending=descending,
        )

    def _show_sort_indicator(self, mine: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if mine:
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        else:
            header.setSortIndicator(COL_DEPARTED, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)

    def _run_query(self) -> None:
        if self._scope_ready:
            self.error_label.hide()
            self.model.set_query(self.current_query())

    # --- slots ----------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_edited(self, _text: str) -> None:
        self.search_timer.start()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if not text:  # cleared by the button or Esc: show everything at once
            self.search_timer.stop()
            self._run_query()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._run_query()

    @Slot(int)
    def _on_scope_current_index_changed(self, _index: int) -> None:
        self._show_legend()
        self._run_query()

    @Slot()
    def _on_find_shortcut_activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _on_scope_shortcut_activated(self) -> None:
        self.scope.setCurrentIndex(MINE if self.scope.currentIndex() == ALL else ALL)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_customer(index.row())

    @Slot(int)
    def _on_model_count_changed(self, total: int) -> None:
        if total < 0:
            self.count_label.setText(self.tr("Counting…"))
        elif total == 1:
            self.count_label.setText(self.tr("1 customer"))
        else:
            self.count_label.setText(self.tr("%1 customers").replace("%1", format_count(total)))

    @Slot(object)
    def _on_model_failed(self, exc: BaseException) -> None:
        log.error("queue query failed", exc_info=exc)
        self.error_label.setText(
            self.tr("The queue could not be loaded: %1").replace("%1", str(exc))
        )
        self.error_label.show()

    @Slot(str)
    def _on_events_data_changed(self, _area: str) -> None:
        self._load_scope()

    @Slot(str)
    def _on_personal_data_message(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # --- keyboard -------------------------------------------------------------------

    def current_customer(self) -> uuid.UUID | None:
        """The id of the customer on the table's current row, if it is loaded."""
        current = self.table.currentIndex()
        loaded = self.model.data(self.model.index(current.row(), 0), RowRole)
        return loaded.id if current.isValid() and loaded is not None else None

    def open_customer(self, row: int) -> None:
        """Ask to start a call with the customer on ``row`` (if it is loaded)."""
        loaded = self.model.data(self.model.index(row, 0), RowRole)
        if loaded is not None:
            self.ctx.events.sig_open_customer.emit(loaded.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.table.currentIndex()
                if current.isValid():
                    self.open_customer(current.row())
                    return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.search.setFocus()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return) and self.search.hasFocus():
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.model.rowCount():
                self.table.selectRow(0)
            return
        super().keyPressEvent(event)
