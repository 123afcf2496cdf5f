"""The sync Settings dialog (connection, password to the keyring, "Test connection") and
the sync details dialog (last attempts and errors; changes not sent, received rows waiting
and, for a supervisor, overruled values: ``sync_problems.py``). All I/O runs in
``ctx.runner``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.progress import CancelToken
from recovery_desk.services.sync import push_pull as sync_service
from recovery_desk.services.sync import settings as sync_settings
from recovery_desk.ui import i18n
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.dialogs.sync_problems import SyncDetails, SyncProblemsTabs, load_details
from recovery_desk.ui.formatting import format_datetime
from recovery_desk.ui.tasks import log_failure


class SyncSettingsDialog(QDialog):
    """Where the central PostgreSQL is; the password goes to the OS keyring only."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SyncSettingsDialog")
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.addItems(list(sync_settings.SSL_MODES))
        self.sslrootcert = QLineEdit()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        fields = [self.host, self.port, self.database, self.user, self.password]
        for label, field in zip(
            self._labels, [*fields, self.sslmode, self.sslrootcert], strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        i18n.register(self)
        sessions = ctx.sessions
        ctx.runner.run(
            lambda _t: sync_settings.load_settings(sessions),
            on_done=self._fill,
            on_error=self._on_load_failed,
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Central database"))
        texts = [
            self.tr("&Host (empty: this computer only):"),
            self.tr("&Port:"),
            self.tr("&Database:"),
            self.tr("&User:"),
            self.tr("Pass&word:"),
            self.tr("&TLS mode:"),
            self.tr("&Root certificate:"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.test_button.setText(self.tr("T&est connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Connect with these settings (Alt+E)"))
        self.result_label.setAccessibleName(self.tr("Connection test result"))

    def _fill(self, settings: sync_settings.CentralSettings) -> None:
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.database.setText(settings.database)
        self.user.setText(settings.user)
        self.sslmode.setCurrentText(settings.sslmode)
        self.sslrootcert.setText(settings.sslrootcert)

    def _on_load_failed(self, exc: BaseException) -> None:
        log_failure(exc)
        self.result_label.setText(
            self.tr("The saved settings could not be read; the details are in the log.")
        )

    def settings(self) -> sync_settings.CentralSettings:
        return sync_settings.CentralSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode.currentText(),
            sslrootcert=self.sslrootcert.text().strip(),
        )

    @Slot()
    def _on_test_button_clicked(self) -> None:
        settings, password = self.settings(), self.password.text() or None
        paths = self.ctx.workspace.paths
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))

        def work(_token: CancelToken) -> str:
            return sync_service.test_connection(settings, password, paths)

        self.ctx.runner.run(work, on_done=self._on_test_done, on_error=self._on_test_failed)

    def _on_test_done(self, where: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(self.tr("Connected to %1").replace("%1", where))

    def _on_test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(_error_text(exc))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        settings, password = self.settings(), self.password.text()
        sessions = self.ctx.sessions

        def work(_token: CancelToken) -> None:
            sync_settings.save_settings(sessions, settings)
            if password and settings.configured:
                sync_settings.store_password(settings, password)

        self.ctx.runner.run(work, on_done=lambda _v: self.accept(), on_error=self._on_save_failed)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.result_label.setText(_error_text(exc))


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, sync_service.CentralError):
        text = i18n.sync_error_text(exc.kind)  # as the status bar says it
        return f"{text}: {exc.detail}" if exc.detail else text
    if isinstance(exc, sync_settings.KeyringUnavailable):
        return QCoreApplication.translate("sync", sync_settings.NO_KEYRING)
    return str(exc)


class SyncDetailsDialog(QDialog):
    """Tabs: the last sync attempts, newest first, with their errors; the changes not sent;
    the received rows waiting; and, for a supervisor, the overruled values.

    Args:
        ctx: the app's context.
        parent: the window.
        problems_first: open on the first tab that has something waiting (as from the
            status bar's "⚠ … wait" link).
    """

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, problems_first: bool = False
    ):
        super().__init__(parent)
        self.setObjectName("SyncDetailsDialog")
        self._problems_first = problems_first
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncDetailsTabs")
        self.attempts = QListWidget()
        self.problems = SyncProblemsTabs(self)
        self.tabs.addTab(self.attempts, "")
        self.tabs.addTab(self.problems.refused_page, "")
        self.tabs.addTab(self.problems.held_page, "")
        self.supervisor = ctx.user.is_supervisor  # conflicts are pulled to their desks
        if self.supervisor:
            self.tabs.addTab(self.problems.conflicts_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        i18n.register(self)
        sessions, supervisor = ctx.sessions, self.supervisor
        ctx.runner.run(
            lambda _t: load_details(sessions, supervisor),
            on_done=self._fill,
            on_error=self._on_load_failed,
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync details"))
        self.tabs.setAccessibleName(self.tr("Sync details"))
        self.attempts.setAccessibleName(self.tr("Last sync attempts"))
        self.problems.retranslate_ui()
        self._retitle()

    def _retitle(self) -> None:
        titles = [self.tr("&History"), *self.problems.titles()]
        for index, title in enumerate(titles[: self.tabs.count()]):
            self.tabs.setTabText(index, title)

    def _on_load_failed(self, exc: BaseException) -> None:
        log_failure(exc)
        self.attempts.clear()
        self.attempts.addItem(
            self.tr("The sync history could not be read; the details are in the log.")
        )

    def _fill(self, details: SyncDetails) -> None:
        self.problems.fill(details)
        self._retitle()
        self._fill_attempts(details.attempts)
        status = details.status
        if self._problems_first and (status.held or status.refused_total):
            tabs = self.problems
            page, view = (
                (tabs.held_page, tabs.held) if status.held else (tabs.refused_page, tabs.refused)
            )
            self.tabs.setCurrentWidget(page)
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_attempts(self, attempts: list[sync_service.SyncAttempt]) -> None:
        self.attempts.clear()
        for attempt in attempts:
            when = format_datetime(attempt.at, seconds=True)
            if attempt.ok:
                text = self.tr("%1: %2 sent, %3 received")
                text = text.replace("%2", str(attempt.pushed)).replace("%3", str(attempt.pulled))
            else:
                text = self.tr("%1: failed: %2").replace(
                    "%2", f"{attempt.error_kind} {attempt.error}".strip()
                )
            self.attempts.addItem(text.replace("%1", when))
        if not attempts:
            self.attempts.addItem(self.tr("No sync yet"))
        self.attempts.setCurrentRow(0)
        self.attempts.setFocus(Qt.FocusReason.OtherFocusReason)
