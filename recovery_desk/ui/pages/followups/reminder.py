"""The reminder at start: "N follow-ups due today" (and, for approvers, the offers waiting
for their approval), with a button to open the page."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from recovery_desk.services.calls import approval_followups
from recovery_desk.services.followups import lists as followups
from recovery_desk.ui.main_window import MainWindow

log = logging.getLogger("recovery_desk.ui.followups")


def _tr(text: str) -> str:
    return QCoreApplication.translate("followups_reminder", text)


def show_start_reminder(window: MainWindow) -> None:
    """Count what is due in the background; when something is, show a non-modal notice."""
    ctx = window.ctx
    user, sessions = ctx.user, ctx.sessions

    def done(summary: followups.StartSummary) -> None:
        if summary.total:
            # One notice at a time: after the "Unfinished call" question and the call it
            # resumed, never open behind a call screen without the focus.
            launcher = getattr(window, "call_launcher", None)
            show = functools.partial(_show_reminder, window, summary)
            if launcher is not None:
                launcher.when_idle(show)
            else:
                show()
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("followups_reminder", "No follow-ups due today."), 8000
            )

    ctx.runner.run(
        lambda _token: approval_followups.start_summary(sessions, user),
        on_done=done,
        on_error=lambda exc: log.warning("follow-ups reminder failed: %s", exc),
    )


def _show_reminder(window: MainWindow, summary: followups.StartSummary) -> None:
    box = build_reminder(window, summary)  # owned by the window until closed
    box.show()
    box.activateWindow()  # its Alt+L must reach the box, not the queue's search field


def build_reminder(window: MainWindow, summary: followups.StartSummary) -> QMessageBox:
    """The notice itself (non-modal; "Open follow-ups" shows the page)."""
    box = QMessageBox(window)
    box.setObjectName("followUpsReminder")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("followups_reminder", "Follow-ups"))
    # Literal translate() calls: lupdate extracts them (it does not follow ``_tr``).
    parts = []
    if summary.followups:
        parts.append(
            QCoreApplication.translate("followups_reminder", "Follow-ups due today: %1.").replace(
                "%1", str(summary.followups)
            )
        )
    if summary.overdue:
        parts.append(
            QCoreApplication.translate("followups_reminder", "Overdue among them: %1.").replace(
                "%1", str(summary.overdue)
            )
        )
    if summary.approvals:
        parts.append(
            QCoreApplication.translate(
                "followups_reminder", "Offers waiting for your approval: %1."
            ).replace("%1", str(summary.approvals))
        )
    text = " ".join(parts)
    box.setText(text)
    box.setAccessibleName(text)
    open_button = box.addButton(
        QCoreApplication.translate("followups_reminder", "&Open follow-ups"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_button.setAccessibleName(
        QCoreApplication.translate("followups_reminder", "Open the follow-ups page")
    )
    later = box.addButton(
        QCoreApplication.translate("followups_reminder", "&Later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    later.setAccessibleName(QCoreApplication.translate("followups_reminder", "Close the reminder"))
    box.setDefaultButton(open_button)
    open_button.clicked.connect(lambda: window.show_page("followups"))
    box.finished.connect(box.deleteLater)
    return box
