"""GUI fixtures: a UiContext over the test workspace, leak checks for pool tasks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QThreadPool

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.tasks import InlineRunner, TaskRunner


@pytest.fixture(autouse=True)
def _no_dangling_tasks(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(10000)
    assert finished, "a test left a thread-pool task running"


def make_ctx(workspace: Workspace, user: UserDTO, *, threaded: bool = False) -> UiContext:
    runner = TaskRunner() if threaded else InlineRunner()
    return UiContext(workspace=workspace, user=user, runner=runner)


@pytest.fixture
def supervisor_ctx(workspace: Workspace, supervisor: UserDTO) -> UiContext:
    return make_ctx(workspace, supervisor)


@pytest.fixture
def agent_ctx(workspace: Workspace, agent: UserDTO) -> UiContext:
    return make_ctx(workspace, agent)
