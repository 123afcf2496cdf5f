"""Shared fixtures: offscreen Qt, a throwaway data dir, a migrated template database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RECOVERY_DESK_TRANS_SCALE", None)

from recovery_desk.domain.enums import Role  # noqa: E402
from recovery_desk.paths import AppPaths  # noqa: E402
from recovery_desk.services.dto import UserDTO  # noqa: E402
from recovery_desk.services.users import access as users  # noqa: E402
from recovery_desk.services.workspace import Workspace, open_workspace  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may touch the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RECOVERY_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """A keyring in this process's memory (the machine's keyring is never touched)."""
    import keyring

    from tests.integration.sync_support import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose database went through the real migrations and seeding, once."""
    base = tmp_path_factory.mktemp("template")
    ws = open_workspace(AppPaths(data_dir=base, log_dir=base / "logs"))
    ws.close()
    return base


@pytest.fixture
def data_paths(tmp_path: Path, template_data_dir: Path) -> AppPaths:
    """A fresh copy of the template data dir for one test."""
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    return AppPaths(data_dir=target, log_dir=target / "logs")


@pytest.fixture
def workspace(data_paths: AppPaths) -> Iterator[Workspace]:
    ws = open_workspace(data_paths)
    yield ws
    ws.close()


@pytest.fixture
def sessions(workspace: Workspace):  # type: ignore[no-untyped-def]
    return workspace.sessions


@pytest.fixture
def supervisor(workspace: Workspace) -> UserDTO:
    return users.create_user(
        workspace.sessions, "Sofia Supervisora", Role.SUPERVISOR, make_current=True
    )


@pytest.fixture
def agent(workspace: Workspace, supervisor: UserDTO) -> UserDTO:
    return users.create_user(workspace.sessions, "André Agente", Role.AGENT)


@pytest.fixture
def executive(workspace: Workspace, supervisor: UserDTO) -> UserDTO:
    return users.create_user(workspace.sessions, "Elisa Executiva", Role.EXECUTIVE, handful_size=3)


REPO_ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    timeout: float = 300,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m recovery_desk ARGS`` from this checkout in a fresh process."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})}
    command = [sys.executable, "-m", "recovery_desk", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
    )
