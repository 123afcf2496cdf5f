"""What every page and dialog receives from ``app.py``: data, user, runner, events."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.tasks import TaskRunner


class AppEvents(QObject):
    """Application-wide notifications pages subscribe to.

    Signals:
        sig_data_changed: records of an area changed (``"customers"``, ``"calls"``,
            ``"catalogue"``, ``"cycles"``...); pages showing them refresh.
        sig_sync_state_changed: the sync worker has a new ``SyncState``.
        sig_open_customer: a page asks to start a call with a customer (its UUID).
        sig_page_requested: a page asks the main window to show another page (its
            ``PAGE_ID``) with an item selected (the page's ``select_item`` takes it).
    """

    sig_data_changed = Signal(str)
    """Records of an area changed."""
    sig_sync_state_changed = Signal(object)
    """The sync state changed."""
    sig_open_customer = Signal(object)
    """Start a call with this customer id."""
    sig_page_requested = Signal(str, object)
    """Show this page with this item selected."""


@dataclass
class UiContext:
    workspace: Workspace
    user: UserDTO
    runner: TaskRunner
    events: AppEvents = field(default_factory=AppEvents)

    @property
    def sessions(self) -> Sessions:
        return self.workspace.sessions
