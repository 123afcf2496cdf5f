"""Closing a call screen mid-call: keep it as a draft, discard it, or go back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desk.services.calls.session import CallSession


class CloseGuard(QObject):
    """Asks with a non-modal box (``open()`` + ``finished``); tests answer ``self.box``.

    Args:
        dialog: the call screen (the box's parent; closed again once the user decided).
        call: the call on that screen.
        save_now: writes the draft at once.
    """

    def __init__(self, dialog: QWidget, call: CallSession, save_now: Callable[[], None]):
        super().__init__(dialog)
        self.dialog = dialog
        self.call = call
        self.save_now = save_now
        self.box: QMessageBox | None = None
        self.decided = False

    def allow_close(self) -> bool:
        """True when the dialog may close now; otherwise the question is shown."""
        if self.decided or self.call.finished:
            return True
        self.save_now()
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
            # Every choice has its letter (Alt+D, Alt+C), as the first one has.
            self.box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard"))
            self.box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
            self.box.setDefaultButton(QMessageBox.StandardButton.Save)
            self.box.finished.connect(self._on_box_finished)
        self.box.open()
        return False

    @Slot(int)
    def _on_box_finished(self, _result: int) -> None:
        assert self.box is not None
        choice = self.box.standardButton(self.box.clickedButton())
        if choice == QMessageBox.StandardButton.Save:
            self.save_now()
        elif choice == QMessageBox.StandardButton.Discard:
            self.call.discard()
        else:
            return
        self.decided = True
        self.dialog.close()
