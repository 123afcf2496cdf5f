"""Help → About: versions of the app and its parts, and where the data lives."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from recovery_desk import __version__
from recovery_desk.services.preferences.versions import storage_versions
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel


def versions() -> dict[str, str]:
    """Every component's version, app first."""
    return {
        "Recovery Desk": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        **storage_versions(),
    }


class AboutDialog(QDialog):
    """Non-modal About box; open it with ``show()``."""

    def __init__(self, data_dir: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.data_dir = data_dir
        self.body = ValueLabel()
        self.body.setObjectName("aboutText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        i18n.register(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Recovery Desk"))
        rows = "".join(
            f"<tr><td>{name}</td><td><b>{version}</b></td></tr>"
            for name, version in versions().items()
        )
        self.body.setText(
            "<h3>Recovery Desk</h3><p>"
            + self.tr("Win back departed customers: guided recovery calls, reasons, reports.")
            + f"</p><table cellspacing='6'>{rows}</table><p>"
            + self.tr("Data folder: %1").replace("%1", f"<code>{self.data_dir}</code>")
            + "</p>"
        )
        self.body.set_caption(self.tr("Versions and data folder"))
