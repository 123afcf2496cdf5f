"""The Scripts tab: step and language pickers, body and checklist editors, live preview.

Unknown placeholders are highlighted as they are typed; Save stays disabled, with a
message naming them, until they are fixed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.placeholders import PLACEHOLDERS
from recovery_desk.services.calls import catalogue as calls_catalogue
from recovery_desk.services.catalogue import scripts
from recovery_desk.services.catalogue.scripts import SCRIPT_STEPS, ScriptDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.pages.catalogue.common import LANGS, lang_name, show_error, tab_shortcut
from recovery_desk.ui.vocabulary import step_label

_FIELD = re.compile(r"\{([^{}]*)\}")


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks ``{unknown}`` placeholders in red."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.bad = QTextCharFormat()
        self.bad.setBackground(QColor("#ffd6d6"))
        self.bad.setForeground(QColor("#a00000"))
        self.bad.setFontUnderline(True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        for match in _FIELD.finditer(text):
            if match.group(1) not in PLACEHOLDERS:
                self.setFormat(match.start(), match.end() - match.start(), self.bad)


class ScriptsTab(QWidget):
    """Edits one step's script in one language at a time."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.values: dict[str, str] = {}
        self.saved: ScriptDTO | None = None  # what the database holds for the shown script
        self.drafts: dict[tuple[str, str], ScriptDTO] = {}  # unsaved edits per step/language
        self.state_label = QLabel()
        self.state_label.setObjectName("scriptState")
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("scriptStep")
        for step in SCRIPT_STEPS:
            self.step_combo.addItem(step, step)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("scriptLang")
        for lang in LANGS:
            self.lang_combo.addItem(lang, lang)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("scriptTitle")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("scriptBody")
        self.body_edit.setTabChangesFocus(True)
        self.checklist_edit = QPlainTextEdit()
        self.checklist_edit.setObjectName("scriptChecklist")
        self.checklist_edit.setTabChangesFocus(True)
        self.highlighters = [
            PlaceholderHighlighter(self.body_edit.document()),
            PlaceholderHighlighter(self.checklist_edit.document()),
        ]
        self.placeholders_label = QLabel()
        self.placeholders_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("scriptProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a00000")
        self.preview = QTextBrowser()
        self.preview.setObjectName("scriptPreview")
        # The company the agents call for: {company} in every script and the preview.
        self.company_caption = QLabel()
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("companyName")
        self.company_caption.setBuddy(self.company_edit)
        self.company_edit.setText(calls_catalogue.company_name(ctx.sessions) or "")
        self.company_edit.editingFinished.connect(self._on_company_edit_finished)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveScript")
        tab_shortcut(self, QKeySequence.StandardKey.Save, self.save_button)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.captions = {
            key: QLabel() for key in ("step", "lang", "title", "body", "checklist", "preview")
        }
        for key, widget in (
            ("step", self.step_combo),
            ("lang", self.lang_combo),
            ("title", self.title_edit),
            ("body", self.body_edit),
            ("checklist", self.checklist_edit),
            ("preview", self.preview),
        ):
            self.captions[key].setBuddy(widget)
        form = QFormLayout()
        pickers = QHBoxLayout()
        pickers.addWidget(self.captions["step"])
        pickers.addWidget(self.step_combo)
        pickers.addWidget(self.captions["lang"])
        pickers.addWidget(self.lang_combo)
        form.addRow(pickers)
        form.addRow(self.captions["title"], self.title_edit)
        form.addRow(self.captions["body"], self.body_edit)
        form.addRow(self.captions["checklist"], self.checklist_edit)
        form.addRow(self.placeholders_label)
        form.addRow(self.problem_label)
        form.addRow(self.state_label)
        form.addRow(self.save_button)
        right = QVBoxLayout()
        company = QHBoxLayout()
        company.addWidget(self.company_caption)
        company.addWidget(self.company_edit, 1)
        right.addLayout(company)
        right.addWidget(self.captions["preview"])
        right.addWidget(self.preview)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)
        self.step_combo.currentIndexChanged.connect(self._on_picker_changed)
        self.lang_combo.currentIndexChanged.connect(self._on_picker_changed)
        for widget in (self.title_edit, self.body_edit, self.checklist_edit):
            widget.textChanged.connect(self._on_text_changed)
        i18n.register(self)
        self.values = self._sample_values()
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(i18n.current_language())))
        self.load()

    def retranslate_ui(self) -> None:
        texts = {
            "step": self.tr("S&tep"),
            "lang": self.tr("&Language"),
            "title": self.tr("T&itle"),
            "body": self.tr("Scri&pt"),
            "checklist": self.tr("Chec&klist (one item per line)"),
            "preview": self.tr("Pre&view with a sample customer"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
            buddy = caption.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", ""))
        for index, step in enumerate(SCRIPT_STEPS):
            self.step_combo.setItemText(index, step_label(step, numbered=True))
        for index, lang in enumerate(LANGS):
            self.lang_combo.setItemText(index, lang_name(lang))
        self.placeholders_label.setText(
            self.tr("Placeholders you may use: {names}").format(
                names=", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            )
        )
        self.company_caption.setText(self.tr("Company na&me"))
        self.company_edit.setAccessibleName(self.tr("Company name"))
        self.company_edit.setPlaceholderText(self.tr("Shown for {company}"))
        self.company_edit.setToolTip(
            self.tr("The company the agents call for: every script says it for {company}")
        )
        self.values = self._sample_values()
        self.save_button.setText(self.tr("&Save script"))
        self.save_button.setAccessibleName(self.tr("Save script"))
        self.save_button.setToolTip(self.tr("Save script (Ctrl+S)"))
        self._on_text_changed()

    def _sample_values(self) -> dict[str, str]:
        """The preview's sample customer; {company} as the call screen will say it."""
        values = scripts.sample_values(self.ctx.sessions, self.ctx.user.name)
        company = calls_catalogue.company_name(self.ctx.sessions)
        values["company"] = company or self.tr("our company")
        return values

    @Slot()
    def _on_company_edit_finished(self) -> None:
        name = self.company_edit.text()
        if name.strip() == (calls_catalogue.company_name(self.ctx.sessions) or ""):
            return
        try:
            scripts.set_company_name(self.ctx.sessions, self.ctx.user, name)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.values = self._sample_values()
        self._on_text_changed()

    def current(self) -> ScriptDTO:
        checklist = tuple(
            line.strip() for line in self.checklist_edit.toPlainText().splitlines() if line.strip()
        )
        return ScriptDTO(
            str(self.step_combo.currentData()),
            str(self.lang_combo.currentData()),
            self.title_edit.text(),
            self.body_edit.toPlainText(),
            checklist,
        )

    def load(self) -> None:
        """Show the script of the chosen step and language (an unsaved draft first)."""
        step, lang = str(self.step_combo.currentData()), str(self.lang_combo.currentData())
        self.saved = scripts.get_script(self.ctx.sessions, step, lang)
        dto = self.drafts.pop((step, lang), self.saved)
        self.title_edit.setText(dto.title)
        self.body_edit.setPlainText(dto.body)
        self.checklist_edit.setPlainText("\n".join(dto.checklist))
        self._on_text_changed()

    @Slot()
    def _on_picker_changed(self) -> None:
        if self.saved is not None:
            shown = self.current()
            kept = ScriptDTO(
                self.saved.step, self.saved.lang, shown.title, shown.body, shown.checklist
            )
            if kept != self.saved:
                self.drafts[(kept.step, kept.lang)] = kept
        self.load()

    @Slot()
    def _on_text_changed(self) -> None:
        dto = self.current()
        problems = scripts.script_problems(dto.title, dto.body, dto.checklist)
        if problems:
            names = ", ".join(sorted({f"{{{name}}}" for _where, name in problems}))
            self.problem_label.setText(
                self.tr(
                    "Unknown placeholders: {names}. Fix them before saving; agents never see them."
                ).format(names=names)
            )
        else:
            self.problem_label.clear()
        self.save_button.setEnabled(not problems)
        modified = self.saved is not None and self.current() != self.saved
        self.state_label.setText(self.tr("Unsaved changes") if modified else "")
        items = "".join(
            f"<li>{_escape(scripts.preview(item, self.values))}</li>" for item in dto.checklist
        )
        self.preview.setHtml(
            f"<h3>{_escape(scripts.preview(dto.title, self.values))}</h3>"
            f"<p>{_escape(scripts.preview(dto.body, self.values)).replace(chr(10), '<br>')}</p>"
            f"<ul>{items}</ul>"
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        dto = self.current()
        ctx = self.ctx

        def done(saved: ScriptDTO) -> None:
            self.saved = saved
            self._on_text_changed()
            ctx.events.sig_data_changed.emit("catalogue")

        ctx.runner.run(
            lambda _t: scripts.save_script(ctx.sessions, ctx.user, dto),
            on_done=done,
            on_error=lambda exc: show_error(self, exc),
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
