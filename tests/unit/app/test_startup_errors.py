"""Start-up with bad input: a clear message and exit code, never a traceback, file intact."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from recovery_desk.paths import DB_NAME, AppPaths
from recovery_desk.services.preferences import store as preferences
from recovery_desk.services.workspace import open_workspace
from tests.conftest import run_cli

GUI_ENV = {"QT_QPA_PLATFORM": "offscreen", "RECOVERY_DESK_NO_DIALOGS": "1"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _start(data_dir: Path, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return run_cli(*args, data_dir=data_dir, timeout=60, env={**GUI_ENV, **env})


def _assert_refused(result, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 3, result.stderr
    assert phrase in result.stderr
    assert "Traceback" not in result.stderr


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    db.write_bytes(b"name;phone\nAna;119999\n" * 100)
    before = _digest(db)
    _assert_refused(_start(tmp_path), "is not a Recovery Desk database")
    assert _digest(db) == before


def test_database_of_another_program(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = _digest(db)
    _assert_refused(_start(tmp_path), "belongs to another program")
    assert _digest(db) == before
    backups = tmp_path / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_database_from_a_newer_version(tmp_path: Path, template_data_dir: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(template_data_dir, data)
    db = data / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(db)
    _assert_refused(_start(data), "newer version of Recovery Desk")
    assert _digest(db) == before


def test_data_folder_that_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    result = _start(blocker / "data")
    _assert_refused(result, "cannot be written")
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_no_display_says_how_to_run_it(tmp_path: Path) -> None:
    # Empty counts as unset (has_display), and run_cli lets these override the parent's.
    result = run_cli(
        data_dir=tmp_path / "data",
        env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""},
        timeout=60,
    )
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr
    assert not (tmp_path / "data").exists()


@pytest.fixture
def ready_data_dir(tmp_path: Path, template_data_dir: Path) -> Path:
    """A data dir with a current user (so no first-start dialog) and pt_PT saved."""
    data = tmp_path / "data"
    shutil.copytree(template_data_dir, data)
    ws = open_workspace(AppPaths(data_dir=data, log_dir=data / "logs"))
    from recovery_desk.domain.enums import Role
    from recovery_desk.services.users import access as users

    users.create_user(ws.sessions, "Rita", Role.SUPERVISOR, make_current=True)
    preferences.set_language(ws.sessions, "pt_PT")
    ws.close()
    return data


def test_quit_after_show_reports_startup_time_and_saved_language(ready_data_dir: Path) -> None:
    result = _start(ready_data_dir, RECOVERY_DESK_QUIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stderr
    log = (ready_data_dir / "logs" / "recovery-desk.log").read_text(encoding="utf-8")
    assert "interface language pt_PT" in log


def test_lang_option_wins_over_the_saved_language(ready_data_dir: Path) -> None:
    result = _start(ready_data_dir, "--lang", "en", RECOVERY_DESK_QUIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stderr
    log = (ready_data_dir / "logs" / "recovery-desk.log").read_text(encoding="utf-8")
    assert "interface language en" in log
