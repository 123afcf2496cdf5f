"""The Phrases tab: defensive phrases per language, and a "test a sentence" box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue import scripts
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.catalogue.common import LANGS, lang_name, show_error
from recovery_desk.ui.table_model import Column, TableModel


class PhrasesTab(QWidget):
    """Add (Enter in the phrase box), remove (Del in the list), test a sentence."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("phraseLang")
        for lang in LANGS:
            self.lang_combo.addItem(lang, lang)
        self.model = TableModel(
            self,
            context="catalogue",
            columns=[
                Column(QT_TRANSLATE_NOOP("catalogue", "Phrase to avoid"), lambda p: p.phrase),
                Column(QT_TRANSLATE_NOOP("catalogue", "Hint shown instead"), lambda p: p.hint),
            ],
        )
        self.table = QTableView()
        self.table.setObjectName("phrasesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0,
            QHeaderView.ResizeMode.ResizeToContents,  # the phrase, and its header, whole
        )
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._on_remove_triggered)
        self.table.addAction(self.remove_action)
        self.phrase_edit = QLineEdit()
        self.phrase_edit.setObjectName("newPhrase")
        self.hint_edit = QLineEdit()
        self.hint_edit.setObjectName("newHint")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.phrase_edit.returnPressed.connect(self._on_add_clicked)
        self.hint_edit.returnPressed.connect(self._on_add_clicked)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._on_remove_triggered)
        self.test_edit = QLineEdit()
        self.test_edit.setObjectName("testSentence")
        self.test_edit.textChanged.connect(self._on_test_changed)
        self.result_label = ValueLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.captions = {k: QLabel() for k in ("lang", "phrase", "hint", "test")}
        for key, widget in (
            ("lang", self.lang_combo),
            ("phrase", self.phrase_edit),
            ("hint", self.hint_edit),
            ("test", self.test_edit),
        ):
            self.captions[key].setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.captions["phrase"], self.phrase_edit)
        form.addRow(self.captions["hint"], self.hint_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        form.addRow(buttons)
        form.addRow(self.captions["test"], self.test_edit)
        form.addRow(self.result_label)
        top = QHBoxLayout()
        top.addWidget(self.captions["lang"])
        top.addWidget(self.lang_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(form)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_changed)
        i18n.register(self)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(i18n.current_language())))
        self.reload()

    def retranslate_ui(self) -> None:
        texts = {
            "lang": self.tr("&Language"),
            "phrase": self.tr("New &phrase"),
            "hint": self.tr("&Hint for the agent"),
            "test": self.tr("&Test a sentence"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", ""))
        for index, lang in enumerate(LANGS):
            self.lang_combo.setItemText(index, lang_name(lang))
        self.table.setAccessibleName(self.tr("Defensive phrases"))
        self.add_button.setText(self.tr("&Add phrase"))
        self.add_button.setAccessibleName(self.tr("Add phrase"))
        self.add_button.setToolTip(self.tr("Add phrase (Enter in the phrase box)"))
        self.remove_button.setText(self.tr("&Remove phrase"))
        self.remove_button.setAccessibleName(self.tr("Remove phrase"))
        self.remove_button.setToolTip(self.tr("Remove the selected phrase (Del in the list)"))
        self.remove_action.setText(self.tr("Remove phrase"))
        self.result_label.set_caption(self.tr("Test result"))
        self.test_edit.setPlaceholderText(self.tr("Type what the agent would say"))
        self.model.retranslate()
        self._on_test_changed()

    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def reload(self) -> None:
        self.model.set_rows(scripts.list_phrases(self.ctx.sessions, self.lang()))
        self._on_test_changed()

    @Slot()
    def _on_lang_changed(self) -> None:
        self.reload()

    @Slot()
    def _on_add_clicked(self) -> None:
        phrase, hint, lang = self.phrase_edit.text(), self.hint_edit.text(), self.lang()
        ctx = self.ctx

        def done(_dto: object) -> None:
            self.phrase_edit.clear()
            self.hint_edit.clear()
            self.reload()
            self.phrase_edit.setFocus()
            ctx.events.sig_data_changed.emit("catalogue")

        ctx.runner.run(
            lambda _t: scripts.add_phrase(ctx.sessions, ctx.user, lang, phrase, hint),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )

    @Slot()
    def _on_remove_triggered(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            return
        ctx = self.ctx

        def done(_none: object) -> None:
            self.reload()
            ctx.events.sig_data_changed.emit("catalogue")

        ctx.runner.run(
            lambda _t: scripts.remove_phrase(ctx.sessions, ctx.user, row.id),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )

    @Slot()
    def _on_test_changed(self) -> None:
        sentence = self.test_edit.text()
        if not sentence.strip():
            self.result_label.clear()
            return
        hits = scripts.check_sentence(self.ctx.sessions, self.lang(), sentence)
        if not hits:
            self.result_label.setText(self.tr("No defensive phrase found."))
            return
        found = "; ".join(f"“{h.phrase}” → {h.hint}" if h.hint else f"“{h.phrase}”" for h in hits)
        self.result_label.setText(self.tr("Defensive phrases found: {found}").format(found=found))
