"""Closing a call screen mid-call: keep it as a draft, discard it, or go back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from recovery_desk.ui.wizard.wizard import CallWizardDialog


class CloseGuard(QObject):
    """Asks with a non-modal box (``open()`` + ``finished``); tests answer ``self.box``."""

    def __init__(self, dialog: CallWizardDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.box: QMessageBox | None = None
        self.decided = False

    def allow_close(self) -> bool:
        """True when the dialog may close now; otherwise the question is shown."""
        if self.decided or self.dialog.call.finished:
            return True
        self.dialog.save_now()
        if self.box is None:
            self.box = QMessageBox(self.dialog)
            self.box.setObjectName("keepDraftBox")
            self.box.setIcon(QMessageBox.Icon.Question)
            self.box.setWindowTitle(self.tr("Close the call"))
            self.box.setText(
                self.tr("The call is not finished. Keep it as a draft to resume later?")
            )
            self.box.setStandardButtons(
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel
            )
            self.box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Keep as draft"))
            self.box.setDefaultButton(QMessageBox.StandardButton.Save)
            self.box.finished.connect(self._on_box_finished)
        self.box.open()
        return False

    @Slot(int)
    def _on_box_finished(self, _result: int) -> None:
        assert self.box is not None
        choice = self.box.standardButton(self.box.clickedButton())
        if choice == QMessageBox.StandardButton.Save:
            self.dialog.save_now()
        elif choice == QMessageBox.StandardButton.Discard:
            self.dialog.call.discard()
        else:
            return
        self.decided = True
        self.dialog.close()
