"""The Reasons tab: the category → reason tree and its editing actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.catalogue import categories, merge, reasons
from recovery_desk.services.catalogue.reasons import CategoryDTO, ReasonDTO
from recovery_desk.services.users import access as users
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import name_overflow_button
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.picker import PickerDialog
from recovery_desk.ui.dialogs.reason_history import ReasonHistoryDialog
from recovery_desk.ui.pages.catalogue.common import LabelsEditor, show_error, tab_shortcut
from recovery_desk.ui.vocabulary import default_team_labels, team_from_label, team_label

ItemRole = Qt.ItemDataRole.UserRole + 1


def shown_label(dto: ReasonDTO | CategoryDTO, lang: str) -> str:
    """The label in ``lang``; a fallback is marked with the language it is in."""
    label = dto.label(lang)
    return f"{label.text} [{label.lang}]" if label.fallback else label.text


class ReasonsTab(QWidget):
    """Tree of categories and reasons with an edit form; every change goes to a service."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mode = "none"  # edit_reason, edit_category, new_reason, new_category
        self.current: ReasonDTO | CategoryDTO | None = None
        self.new_parent: uuid.UUID | None = None
        self.categories: list[CategoryDTO] = []
        self.dialog: PickerDialog | ReasonHistoryDialog | None = None

        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("reasonTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)

        self.toolbar = QToolBar()
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in (
            ("new_reason", QKeySequence.StandardKey.New, self._on_new_reason_triggered),
            ("new_category", "Ctrl+Shift+N", self._on_new_category_triggered),
            ("edit", "F2", self._on_edit_triggered),
            ("move", "Ctrl+M", self._on_move_triggered),
            ("up", "Alt+Up", self._on_up_triggered),
            ("down", "Alt+Down", self._on_down_triggered),
            ("retire", QKeySequence.StandardKey.Delete, self._on_retire_triggered),
            ("restore", "Ctrl+Shift+R", self._on_restore_triggered),
            ("merge", "Ctrl+Shift+M", self._on_merge_triggered),
            ("history", "Ctrl+H", self._on_history_triggered),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action

        self.form_title = QLabel()
        self.code_caption = QLabel()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(60)
        self.code_caption.setBuddy(self.code_edit)
        self.labels = LabelsEditor()
        self.team_caption = QLabel()
        self.team_edit = QLineEdit()
        self.team_edit.setObjectName("teamEdit")
        self.team_edit.setMaxLength(200)
        self.team_completer = QCompleter(self.team_edit)
        self.team_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.team_edit.setCompleter(self.team_completer)
        self.team_caption.setBuddy(self.team_edit)
        self.front_line_check = QCheckBox()
        self.front_line_check.setObjectName("frontLine")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReason")
        tab_shortcut(self, QKeySequence.StandardKey.Save, self.save_button)
        self.save_button.clicked.connect(self._on_save_clicked)
        for edit in (*self.labels.edits.values(), self.team_edit, self.code_edit):
            edit.returnPressed.connect(self._on_save_clicked)

        form = QFormLayout()
        form.addRow(self.form_title)
        form.addRow(self.code_caption, self.code_edit)
        form.addRow(self.labels)
        form.addRow(self.team_caption, self.team_edit)
        form.addRow(self.front_line_check)
        form.addRow(self.save_button)
        side = QWidget()
        side.setLayout(form)
        body = QHBoxLayout()
        body.addWidget(self.tree, 5)  # the catalogue is read here; the form is short
        body.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(body)
        i18n.register(self)
        self.reload()
        self._show_form("none")

    def retranslate_ui(self) -> None:
        texts = {
            "new_reason": self.tr("New reason"),
            "new_category": self.tr("New category"),
            "edit": self.tr("Rename / edit"),
            "move": self.tr("Move to category…"),
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
            "retire": self.tr("Retire"),
            "restore": self.tr("Restore"),
            "merge": self.tr("Merge into…"),
            "history": self.tr("History"),
        }
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{texts[name]} ({keys})")
        self.toolbar.setAccessibleName(self.tr("Reason actions"))
        name_overflow_button(self.toolbar, self.tr("More reason actions"))
        self.tree.setAccessibleName(self.tr("Reason categories and reasons"))
        self.code_caption.setText(self.tr("C&ode"))
        self.code_edit.setAccessibleName(self.tr("Code"))
        self.team_caption.setText(self.tr("Responsible te&am"))
        self.team_edit.setAccessibleName(self.tr("Responsible team"))
        # Short enough for the narrow field in every language; the tooltip says the rest.
        self.team_edit.setPlaceholderText(self.tr("As the category"))
        self.team_edit.setToolTip(self.tr("Leave it empty to use the category's team"))
        self.team_completer.setModel(QStringListModel(default_team_labels(), self.team_completer))
        self.front_line_check.setText(self.tr("&Front-line service (reasons feed coaching)"))
        self.front_line_check.setAccessibleName(self.tr("Front-line service"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Code"), self.tr("Team"), self.tr("State")]
        )
        self._show_form(self.mode)
        if self.categories:
            self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Rebuild the tree from the service, keeping (or moving to) the selection."""
        current = select or (self.current.id if self.current else None)
        self.categories = reasons.list_tree(self.ctx.sessions)
        lang = i18n.current_language()
        self.model.removeRows(0, self.model.rowCount())
        target: QModelIndex | None = None
        for cat in self.categories:
            row = self._row(cat, lang, team_label(cat.team))
            self.model.appendRow(row)
            for reason in cat.reasons:
                row[0].appendRow(self._row(reason, lang, team_label(reason.effective_team)))
        self.tree.expandAll()
        self.tree.setColumnHidden(1, not self.ctx.user.is_supervisor)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        if current is not None:
            target = self.index_of(current)
        if target is not None:
            self.tree.setCurrentIndex(target)

    def _row(self, dto: ReasonDTO | CategoryDTO, lang: str, team: str) -> list[QStandardItem]:
        state = self.tr("active") if dto.active else self.tr("retired")
        if isinstance(dto, ReasonDTO) and dto.merged_into_id:
            state = self.tr("merged")
        items = [QStandardItem(t) for t in (shown_label(dto, lang), dto.code, team, state)]
        for item in items:
            item.setEditable(False)
            item.setData(dto, ItemRole)
            if not dto.active:
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
        if isinstance(dto, CategoryDTO):
            font = items[0].font()
            font.setBold(True)
            items[0].setFont(font)
        return items

    def index_of(self, item_id: uuid.UUID) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            cat_index = self.model.index(row, 0)
            if cat_index.data(ItemRole).id == item_id:
                return cat_index
            for child in range(self.model.rowCount(cat_index)):
                index = self.model.index(child, 0, cat_index)
                if index.data(ItemRole).id == item_id:
                    return index
        return None

    def selected(self) -> ReasonDTO | CategoryDTO | None:
        index = self.tree.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_reason(self) -> ReasonDTO | None:
        item = self.selected()
        return item if isinstance(item, ReasonDTO) else None

    # --- the form -----------------------------------------------------------------------

    def _show_form(self, mode: str) -> None:
        self.mode = mode
        titles = {
            "none": self.tr("Select a reason or a category"),
            "edit_reason": self.tr("Edit reason"),
            "edit_category": self.tr("Edit category"),
            "new_reason": self.tr("New reason"),
            "new_category": self.tr("New category"),
        }
        self.form_title.setText(titles[mode])
        creating_category = mode == "new_category"
        self.code_edit.setReadOnly(not creating_category)
        self.code_edit.setVisible(mode != "new_reason" and mode != "none")
        self.code_caption.setVisible(self.code_edit.isVisible())
        self.save_button.setEnabled(mode != "none")
        self.front_line_check.setVisible(mode in ("edit_category", "new_category"))

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dto = current.data(ItemRole) if current.isValid() else None
        self.current = dto
        if dto is None:
            self._show_form("none")
            return
        self.code_edit.setText(dto.code)
        self.labels.set_labels(dto.labels)
        self.team_edit.setText(team_label(dto.team))  # saved back under its stored name
        self.front_line_check.setChecked(isinstance(dto, CategoryDTO) and dto.front_line)
        self._show_form("edit_reason" if isinstance(dto, ReasonDTO) else "edit_category")

    def _category_for_new(self) -> uuid.UUID | None:
        item = self.selected()
        if isinstance(item, ReasonDTO):
            return item.category_id
        return item.id if item is not None else None

    @Slot()
    def _on_new_reason_triggered(self) -> None:
        self.new_parent = self._category_for_new()
        if self.new_parent is None:
            return
        self.labels.set_labels({})
        self.team_edit.clear()
        self._show_form("new_reason")
        self.labels.focus_first()

    @Slot()
    def _on_new_category_triggered(self) -> None:
        self.labels.set_labels({})
        self.team_edit.clear()
        self.code_edit.clear()
        self._show_form("new_category")
        self.code_edit.setFocus()

    @Slot()
    def _on_edit_triggered(self) -> None:
        if self.current is not None:
            self._on_tree_current_changed(self.tree.currentIndex(), QModelIndex())
            self.labels.focus_first()

    @Slot()
    def _on_save_clicked(self) -> None:
        labels, team = self.labels.labels(), team_from_label(self.team_edit.text())
        sessions, user = self.ctx.sessions, self.ctx.user
        if self.mode == "new_reason" and self.new_parent is not None:
            parent = self.new_parent
            self._run(lambda: reasons.add_reason(sessions, user, parent, labels, team=team))
        elif self.mode == "new_category":
            code = self.code_edit.text()
            front = self.front_line_check.isChecked()
            self._run(
                lambda: categories.add_category(
                    sessions, user, labels, code=code, team=team, front_line=front
                )
            )
        elif self.mode == "edit_reason" and self.current is not None:
            rid = self.current.id
            self._run(lambda: reasons.edit_reason(sessions, user, rid, labels, team=team))
        elif self.mode == "edit_category" and self.current is not None:
            cid = self.current.id
            front = self.front_line_check.isChecked()
            self._run(
                lambda: categories.update_category(
                    sessions, user, cid, labels, team=team, front_line=front
                )
            )

    # --- actions ------------------------------------------------------------------------

    def _run(self, call: Callable[[], Any], select: uuid.UUID | None = None) -> None:
        """Run a service change off the GUI thread, then reload and tell the app."""

        def done(result: Any) -> None:
            chosen = select or getattr(result, "id", None)
            if isinstance(result, merge.MergeResult):
                chosen = result.target.id
            self.reload(chosen)
            self.tree.setFocus()
            self.ctx.events.sig_data_changed.emit("catalogue")

        self.ctx.runner.run(
            lambda _token: call(), on_done=done, on_error=lambda exc: show_error(self, exc)
        )

    @Slot()
    def _on_move_triggered(self) -> None:
        reason = self.selected_reason()
        if reason is None:
            return
        lang = i18n.current_language()
        choices = [
            (c.id, shown_label(c, lang))
            for c in self.categories
            if c.active and c.id != reason.category_id
        ]
        dialog = PickerDialog(self.tr("Move reason"), self.tr("Type the category"), choices, self)
        dialog.sig_picked.connect(
            lambda cid: self._run(
                lambda: reasons.move_reason(self.ctx.sessions, self.ctx.user, reason.id, cid)
            )
        )
        self._open(dialog)

    def _reorder(self, delta: int) -> None:
        item = self.selected()
        if isinstance(item, CategoryDTO):
            cid = item.id
            self._run(
                lambda: categories.reorder_category(self.ctx.sessions, self.ctx.user, cid, delta),
                select=cid,
            )
            return
        reason = self.selected_reason()
        if reason is not None:
            self._run(
                lambda: reasons.reorder_reason(self.ctx.sessions, self.ctx.user, reason.id, delta),
                select=reason.id,
            )

    @Slot()
    def _on_up_triggered(self) -> None:
        self._reorder(-1)

    @Slot()
    def _on_down_triggered(self) -> None:
        self._reorder(1)

    @Slot()
    def _on_retire_triggered(self) -> None:
        item = self.selected()
        if isinstance(item, CategoryDTO) and item.active and not item.is_unreviewed:
            cid = item.id
            self._run(
                lambda: categories.set_category_active(self.ctx.sessions, self.ctx.user, cid, False)
            )
            return
        reason = self.selected_reason()
        if reason is not None and reason.active:
            self._run(lambda: reasons.retire_reason(self.ctx.sessions, self.ctx.user, reason.id))

    @Slot()
    def _on_restore_triggered(self) -> None:
        item = self.selected()
        if isinstance(item, CategoryDTO) and not item.active:
            cid = item.id
            self._run(
                lambda: categories.set_category_active(self.ctx.sessions, self.ctx.user, cid, True)
            )
            return
        reason = self.selected_reason()
        if reason is not None and not reason.active:
            self._run(lambda: reasons.restore_reason(self.ctx.sessions, self.ctx.user, reason.id))

    @Slot()
    def _on_merge_triggered(self) -> None:
        reason = self.selected_reason()
        if reason is not None and reason.merged_into_id is None:
            self.open_merge_picker(reason.id, shown_label(reason, i18n.current_language()))

    def open_merge_picker(self, source_id: uuid.UUID, source_text: str) -> PickerDialog:
        """Pick the active reason that ``source_id`` merges into (Enter confirms)."""
        lang = i18n.current_language()
        choices = [
            (r.id, f"{shown_label(r, lang)} — {shown_label(c, lang)}")
            for c in self.categories
            if c.active and not c.is_unreviewed
            for r in c.reasons
            if r.active and r.id != source_id
        ]
        dialog = PickerDialog(
            self.tr("Merge “{reason}” into…").format(reason=source_text),
            self.tr("Type the reason to keep"),
            choices,
            self,
        )
        dialog.sig_picked.connect(
            lambda target: self._run(
                lambda: merge.merge_reasons(self.ctx.sessions, self.ctx.user, source_id, target)
            )
        )
        self._open(dialog)
        return dialog

    @Slot()
    def _on_history_triggered(self) -> None:
        reason = self.selected_reason()
        if reason is None:
            return
        entries = reasons.reason_history(self.ctx.sessions, self.ctx.user, reason.id)
        names = {u.id: u.name for u in users.list_users(self.ctx.sessions, active_only=False)}
        title = self.tr("History of “{reason}”").format(
            reason=shown_label(reason, i18n.current_language())
        )
        self._open(ReasonHistoryDialog(title, entries, names, self))

    def _open(self, dialog: PickerDialog | ReasonHistoryDialog) -> None:
        self.dialog = dialog
        dialog.open()
