"""A customer's personal data from the app: "Export personal data…" and "Erase personal
data…" (supervisors), on the table that lists customers.

The erase confirmation names what will go (counted in the background), asks for the
request's reference and says what stays. Both run through the task runner, never on the
GUI thread; ``docs/privacy.md`` says what they do.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.privacy import pseudonym
from recovery_desk.services.privacy import erase as privacy
from recovery_desk.services.privacy.export import export_customer
from recovery_desk.ui import i18n, shortcuts
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.context import UiContext

log = logging.getLogger("recovery_desk.ui.privacy")
EXPORT_KEYS = "Ctrl+Shift+P"
ERASE_KEYS = "Ctrl+Shift+Del"

shortcuts.register(
    EXPORT_KEYS,
    lambda: QCoreApplication.translate("PersonalData", "Customer: export personal data"),
    owner="queue",
)
shortcuts.register(
    ERASE_KEYS,
    lambda: QCoreApplication.translate("PersonalData", "Customer: erase personal data"),
    owner="queue",
)


def _problem(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return i18n.refusal_text(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "PersonalData", "The file could not be written: %1"
        ).replace("%1", exc.strerror or type(exc).__name__)
    log.error("personal data task failed", exc_info=exc)
    return QCoreApplication.translate("PersonalData", "Something went wrong; see the log file.")


class EraseDialog(QDialog):
    """The confirmation of an erasure: what goes, what stays, the request's reference."""

    sig_erased = Signal(object)
    """The erasure was made (an ``ErasureDone``)."""

    def __init__(self, ctx: UiContext, customer_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.preview: privacy.ErasurePreview | None = None
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self.summary = ValueLabel()
        self.summary.setObjectName("eraseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.set_caption(self.tr("What will be erased"))
        self.summary.setText(self.tr("Counting what is held about this customer…"))
        self.request = QLineEdit()
        self.request.setObjectName("eraseRequest")
        self.request.setMaxLength(100)
        self.request.setAccessibleName(self.tr("Request reference"))
        self.request.setPlaceholderText(self.tr("The data subject's request, e.g. LGPD-2026-014"))
        self.error = ValueLabel(announced=True, assertive=True)
        self.error.setObjectName("eraseError")
        self.error.set_caption(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase personal data"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("&Request reference:"), self.request)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.request.textChanged.connect(self._on_request_text_changed)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.buttons.rejected.connect(self.reject)
        ctx.runner.run(
            lambda _token: privacy.preview(ctx.sessions, ctx.user, customer_id),
            on_done=self._on_preview_loaded,
            on_error=self._on_task_failed,
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.request.setFocus()  # the one thing to type

    def describe(self, shown: privacy.ErasurePreview) -> str:
        """The confirmation's text: what goes, counted, and what stays."""
        if shown.already_erased:
            return self.tr("This customer's personal data was already erased: nothing to do.")
        lines = [
            self.tr(
                "Erasing removes, on this desk now, and at the centre and on every other desk "
                "at their next sync:"
            ),
            "• "
            + self.tr("the name, code, phone, e-mail and notes of %1").replace("%1", shown.name),
            "• "
            + self.tr("the customer's own words, read-back and step notes in %1 calls").replace(
                "%1", str(shown.calls)
            ),
            "• " + self.tr("the text of %1 promises").replace("%1", str(shown.promises)),
            "• "
            + self.tr("the notes of %1 call-backs, %2 care reviews and %3 health indicators")
            .replace("%1", str(shown.callbacks))
            .replace("%2", str(shown.care_reviews))
            .replace("%3", str(shown.health_events)),
            "• "
            + self.tr("%1 coaching notes about their calls").replace(
                "%1", str(shown.coaching_notes)
            ),
            self.tr(
                "Kept under the pseudonym %1: reasons, revenue, dates and outcomes, so every "
                "report's totals stay the same. This cannot be undone."
            ).replace("%1", pseudonym(shown.customer_id)),
        ]
        return "\n".join(lines)

    @Slot(object)
    def _on_preview_loaded(self, shown: privacy.ErasurePreview) -> None:
        self.preview = shown
        self.summary.setText(self.describe(shown))
        self._on_request_text_changed(self.request.text())

    @Slot(str)
    def _on_request_text_changed(self, text: str) -> None:
        ready = self.preview is not None and not self.preview.already_erased
        self.erase_button.setEnabled(ready and bool(text.strip()))
        self.erase_button.setDefault(self.erase_button.isEnabled())

    @Slot()
    def _on_erase_button_clicked(self) -> None:
        ctx, customer, ref = self.ctx, self.customer_id, self.request.text().strip()
        self.erase_button.setEnabled(False)
        ctx.runner.run(
            lambda _token: privacy.erase_customer(
                ctx.sessions,
                ctx.user,
                customer_id=customer,
                request_ref=ref,
                backup_dir=ctx.workspace.paths.backup_dir,
            ),
            on_done=self._on_erased,
            on_error=self._on_task_failed,
        )

    @Slot(object)
    def _on_erased(self, done: privacy.ErasureDone) -> None:
        self.sig_erased.emit(done)
        self.ctx.events.sig_data_changed.emit("customers")
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.error.setText(_problem(exc))
        self.error.show()
        self._on_request_text_changed(self.request.text())


class PersonalDataActions(QObject):
    """ "Export personal data…" and "Erase personal data…" on ``view`` (its context menu,
    and their shortcuts while it has focus), for supervisors; ``selected`` gives the id of
    the customer the view has current, if any."""

    sig_message = Signal(str)
    """A line for the user (where an export went, that an erasure was made)."""

    def __init__(
        self, ctx: UiContext, view: QWidget, selected: Callable[[], uuid.UUID | None]
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.selected = selected
        self.dialog: QDialog | None = None
        self.export_action = QAction(view)
        self.export_action.setObjectName("exportPersonalData")
        self.export_action.setShortcut(QKeySequence(EXPORT_KEYS))
        self.erase_action = QAction(view)
        self.erase_action.setObjectName("erasePersonalData")
        self.erase_action.setShortcut(QKeySequence(ERASE_KEYS))
        for action in (self.export_action, self.erase_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setVisible(ctx.user.is_supervisor)
            view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.erase_action.triggered.connect(self._on_erase_action_triggered)
        self.retranslate_ui()
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("E&xport personal data…"))
        self.export_action.setToolTip(
            self.tr("Everything held about this customer, as a JSON file (%1)").replace(
                "%1", EXPORT_KEYS
            )
        )
        self.erase_action.setText(self.tr("Erase &personal data…"))
        self.erase_action.setToolTip(
            self.tr("Erase this customer's personal data on request (%1)").replace("%1", ERASE_KEYS)
        )

    @Slot()
    def _on_erase_action_triggered(self) -> None:
        customer = self.selected()
        if customer is None or not self.ctx.user.is_supervisor:
            return
        dialog = EraseDialog(self.ctx, customer, self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_erased.connect(self._on_dialog_erased)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_dialog_erased(self, done: privacy.ErasureDone) -> None:
        self.sig_message.emit(
            self.tr("Personal data erased: the customer is now %1.").replace("%1", done.pseudonym)
        )

    @Slot()
    def _on_export_action_triggered(self) -> None:
        customer = self.selected()
        if customer is None or not self.ctx.user.is_supervisor:
            return
        dialog = QFileDialog(self.view.window(), self.tr("Export personal data"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.setNameFilters([self.tr("JSON file (*.json)")])
        dialog.fileSelected.connect(lambda name: self.export_to(customer, Path(name)))
        self.dialog = dialog
        dialog.open()

    def export_to(self, customer: uuid.UUID, out: Path) -> None:
        """Write the customer's personal data to ``out`` in the background."""
        ctx = self.ctx
        ctx.runner.run(
            lambda _token: export_customer(ctx.sessions, ctx.user, customer, out),
            on_done=lambda done: self.sig_message.emit(
                self.tr("%1 records written to %2")
                .replace("%1", str(done.records))
                .replace("%2", str(done.path))
            ),
            on_error=self._on_export_failed,
        )

    @Slot(object)
    def _on_export_failed(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export personal data"), _problem(exc),
            parent=self.view.window(),
        )  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
