"""Where files go: --data-dir > RECOVERY_DESK_DATA_DIR > appdirs; a rotating log file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from recovery_desk import logs, paths


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "from-env"))
    assert paths.resolve(tmp_path / "flag").data_dir == (tmp_path / "flag").resolve()
    assert paths.resolve().data_dir == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(paths.ENV_VAR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = paths.resolve()
    assert default.data_dir == tmp_path / "xdg" / "RecoveryDesk"
    assert default.database.name == "recovery-desk.sqlite3"
    assert paths.demo_paths().data_dir.name == "RecoveryDesk-demo"


def test_unwritable_data_dir_is_an_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        paths.ensure(paths.AppPaths(blocker / "data", blocker / "logs"))


def test_log_file_rotates(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "recovery-desk.log"
    root = logging.getLogger("recovery_desk")
    before = list(root.handlers)
    logs.setup(log_file)
    handler = next(h for h in root.handlers if h not in before)
    try:
        handler.maxBytes = 2_000  # type: ignore[attr-defined]
        for number in range(200):
            logging.getLogger("recovery_desk.test").info("line %d of the log", number)
        handler.flush()
        assert log_file.exists()
        assert (tmp_path / "logs" / "recovery-desk.log.1").exists()
    finally:
        root.removeHandler(handler)
        handler.close()
