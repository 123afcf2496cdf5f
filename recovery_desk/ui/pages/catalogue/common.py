"""Pieces shared by the catalogue tabs: error display, label editors, tab shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from recovery_desk.domain.errors import DomainError, ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.ui import i18n

LANG_NAMES = {
    "pt_BR": QT_TRANSLATE_NOOP("catalogue", "Portuguese (Brazil)"),
    "pt_PT": QT_TRANSLATE_NOOP("catalogue", "Portuguese (Portugal)"),
    "en": QT_TRANSLATE_NOOP("catalogue", "English"),
}
LABEL_CAPTIONS = {
    "pt_BR": QT_TRANSLATE_NOOP("catalogue", "&Brazilian label"),
    "pt_PT": QT_TRANSLATE_NOOP("catalogue", "Por&tuguese label"),
    "en": QT_TRANSLATE_NOOP("catalogue", "&English label"),
}
LANGS = ("pt_BR", "pt_PT", "en")


def tab_shortcut(
    tab: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, button: QAbstractButton
) -> QAction:
    """A shortcut working anywhere inside ``tab`` that clicks ``button`` (which keeps its
    own Alt mnemonic: ``setText("&Save")`` would replace a shortcut set on the button)."""
    action = QAction(tab)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(button.click)
    tab.addAction(action)
    return action


def lang_name(lang: str) -> str:
    return QCoreApplication.translate("catalogue", LANG_NAMES.get(lang, lang))


FIELD_NAMES = {
    "labels": QT_TRANSLATE_NOOP("catalogue", "Labels"),
    "labels.pt_BR": QT_TRANSLATE_NOOP("catalogue", "Brazilian label"),
    "labels.pt_PT": QT_TRANSLATE_NOOP("catalogue", "Portuguese label"),
    "labels.en": QT_TRANSLATE_NOOP("catalogue", "English label"),
    "code": QT_TRANSLATE_NOOP("catalogue", "Code"),
    "team": QT_TRANSLATE_NOOP("catalogue", "Responsible team"),
    "category": QT_TRANSLATE_NOOP("catalogue", "Category"),
    "reason": QT_TRANSLATE_NOOP("catalogue", "Reason"),
    "target": QT_TRANSLATE_NOOP("catalogue", "Reason to keep"),
    "kind": QT_TRANSLATE_NOOP("catalogue", "Kind"),
    "value_cents": QT_TRANSLATE_NOOP("catalogue", "Value (money)"),
    "value_percent_bp": QT_TRANSLATE_NOOP("catalogue", "Value (% of monthly revenue)"),
    "duration_months": QT_TRANSLATE_NOOP("catalogue", "Duration (months)"),
    "cost_cents": QT_TRANSLATE_NOOP("catalogue", "Cost to the company"),
    "eligible_segments": QT_TRANSLATE_NOOP("catalogue", "Eligible segments"),
    "eligible_categories": QT_TRANSLATE_NOOP("catalogue", "Eligible reason categories"),
    "min_revenue_cents": QT_TRANSLATE_NOOP("catalogue", "Min. monthly revenue"),
    "max_revenue_cents": QT_TRANSLATE_NOOP("catalogue", "Max. monthly revenue"),
    "approval_limit_agent_cents": QT_TRANSLATE_NOOP("catalogue", "Agent may grant up to"),
    "approval_limit_executive_cents": QT_TRANSLATE_NOOP("catalogue", "Executive may grant up to"),
    "approval_limit_supervisor_cents": QT_TRANSLATE_NOOP("catalogue", "Supervisor may grant up to"),
    "max_per_customer": QT_TRANSLATE_NOOP("catalogue", "At most per customer"),
    "period_days": QT_TRANSLATE_NOOP("catalogue", "Period of days"),
    "title": QT_TRANSLATE_NOOP("catalogue", "Title"),
    "body": QT_TRANSLATE_NOOP("catalogue", "Script"),
    "checklist": QT_TRANSLATE_NOOP("catalogue", "Checklist"),
    "phrase": QT_TRANSLATE_NOOP("catalogue", "Phrase"),
    "name": QT_TRANSLATE_NOOP("catalogue", "Name"),
    "login": QT_TRANSLATE_NOOP("catalogue", "Login"),
    "role": QT_TRANSLATE_NOOP("catalogue", "Role"),
    "active": QT_TRANSLATE_NOOP("catalogue", "Active"),
    "handful_size": QT_TRANSLATE_NOOP("catalogue", "Handful"),
}


def field_name(field: str) -> str:
    """The translated name of a service field (``checklist[2]`` → "Checklist 3")."""
    base, _, rest = field.partition("[")
    name = FIELD_NAMES.get(field) or FIELD_NAMES.get(base)
    if name is None:
        return field
    text = QCoreApplication.translate("catalogue", name)
    if rest.rstrip("]").isdigit():
        text = f"{text} {int(rest.rstrip(']')) + 1}"
    return text


def error_text(exc: BaseException) -> str:
    """A translated one-paragraph message for a service error, naming the field."""
    if isinstance(exc, ValidationError):
        message, _, detail = exc.message.partition(": {")
        text = i18n.translate_message(message) + (f": {{{detail}" if detail else "")
        if exc.field:
            return QCoreApplication.translate("catalogue", "{field}: {message}").format(
                field=field_name(exc.field), message=text
            )
        return text
    if isinstance(exc, DomainError):
        return i18n.translate_message(str(exc))
    return str(exc)


def show_error(parent: QWidget, exc: BaseException) -> None:
    """Show ``exc`` in a window-modal box opened with ``open()`` (never ``exec()``)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("catalogue", "Catalogue"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(QCoreApplication.translate("catalogue", "Error message"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class LabelsEditor(QWidget):
    """Three line edits, one per language, with mnemonics."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits = {lang: QLineEdit() for lang in LANGS}
        self.captions = {lang: QLabel() for lang in LANGS}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for lang in LANGS:
            self.edits[lang].setMaxLength(200)
            self.edits[lang].setObjectName(f"label_{lang}")
            self.captions[lang].setBuddy(self.edits[lang])
            layout.addRow(self.captions[lang], self.edits[lang])
        i18n.register(self)

    def retranslate_ui(self) -> None:
        for lang in LANGS:
            text = QCoreApplication.translate("catalogue", LABEL_CAPTIONS[lang])
            self.captions[lang].setText(text)
            self.edits[lang].setAccessibleName(text.replace("&", ""))

    def labels(self) -> dict[str, str | None]:
        return {lang: edit.text().strip() or None for lang, edit in self.edits.items()}

    def set_labels(self, labels: dict[str, str | None]) -> None:
        for lang, edit in self.edits.items():
            edit.setText(labels.get(lang) or "")

    def focus_first(self) -> None:
        lang = i18n.current_language()
        edit = self.edits.get(lang, self.edits["en"])
        edit.setFocus()
        edit.selectAll()
