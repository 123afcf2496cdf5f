"""The PyInstaller one-folder bundle (``scripts/build_bundle.py``): built here, then run from
outside the checkout: Qt plugins, translations, resources, Alembic migrations, the CLI, the
window offscreen, a sync with the stand-in centre, and the desktop's sync child process.

``RECOVERY_DESK_BUNDLE=DIR/recovery-desk/recovery-desk`` tests a bundle already built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_desk import SYNC_CHILD_FLAG
from tests.conftest import REPO_ROOT
from tests.packaging.smoke import smoke

pytestmark = pytest.mark.slow
BUNDLE_VAR = "RECOVERY_DESK_BUNDLE"


def build_bundle(out: Path) -> Path:
    """Build the bundle into ``out`` with this interpreter; returns its executable."""
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "build_bundle.py"), "--out", str(out)],
        capture_output=True, text=True, timeout=1200, cwd=out.parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    exe = (
        out
        / "recovery-desk"
        / ("recovery-desk.exe" if sys.platform == "win32" else "recovery-desk")
    )
    assert exe.is_file()
    return exe


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get(BUNDLE_VAR):
        return Path(os.environ[BUNDLE_VAR])
    pytest.importorskip("PyInstaller", reason="pip install -e '.[bundle]' builds the bundle")
    return build_bundle(tmp_path_factory.mktemp("bundle") / "dist")


def test_the_bundle_runs_the_cli_the_window_and_a_sync(bundle: Path, tmp_path: Path) -> None:
    smoke([str(bundle)], tmp_path)
    folder = bundle.parent
    if sys.platform.startswith("linux"):
        desktop = (folder / "recovery-desk.desktop").read_text(encoding="utf-8")
        assert "Exec=recovery-desk" in desktop and "Icon=recovery-desk" in desktop
        assert (folder / "recovery-desk.svg").is_file()


def test_the_bundle_is_the_desktops_sync_child(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app starts ``<its executable> --sync-child`` for syncs: here the bundle's own."""
    from recovery_desk.cli.common import drive
    from recovery_desk.paths import AppPaths
    from recovery_desk.services.demo import generate as demo
    from recovery_desk.services.progress import CancelToken
    from recovery_desk.services.sync import process
    from recovery_desk.services.workspace import open_workspace

    monkeypatch.setattr(process, "child_command", lambda: [str(bundle), SYNC_CHILD_FLAG])
    data = tmp_path / "desk"
    ws = open_workspace(AppPaths(data, data / "logs"))
    try:
        demo.generate(ws.sessions, customers=30, seed=5)
        child = process.SyncProcess()
        try:
            report = drive(child.sync(ws.sessions, ws.paths, CancelToken()))
        finally:
            child.close()
    finally:
        ws.close()
    assert report.pushed > 0
    assert (data / "centre.sqlite3").exists()
