"""One storage message table for the app and the terminal: the same sentence, in the
user's language in the app and in English in the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_desk.paths import DB_NAME
from tests.conftest import run_cli

GUI_ENV = {"QT_QPA_PLATFORM": "offscreen", "RECOVERY_DESK_NO_DIALOGS": "1"}


def _refusal(result) -> str:  # type: ignore[no-untyped-def]
    """The one ``recovery-desk:`` line of a refused start, checking the storage exit code."""
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("recovery-desk: ")]
    assert len(lines) == 1, result.stderr
    return lines[0].removeprefix("recovery-desk: ")


@pytest.fixture
def not_a_database(tmp_path: Path) -> Path:
    (tmp_path / DB_NAME).write_bytes(b"name;phone\nAna;119999\n" * 100)
    return tmp_path


def test_a_file_that_is_not_a_database_reads_the_same_in_app_and_terminal(
    not_a_database: Path,
) -> None:
    db = not_a_database / DB_NAME
    english = f"{db} is not a Recovery Desk database. It was left untouched."
    terminal = _refusal(run_cli("cycle", "list", data_dir=not_a_database, timeout=60))
    assert terminal == english
    app = {
        lang: _refusal(run_cli("--lang", lang, data_dir=not_a_database, timeout=60, env=GUI_ENV))
        for lang in ("en", "pt_BR", "pt_PT")
    }
    assert app["en"] == english
    assert (
        app["pt_BR"]
        == f"{db} não é um banco de dados do Recovery Desk. O arquivo não foi alterado."
    )
    assert (
        app["pt_PT"]
        == f"{db} não é uma base de dados do Recovery Desk. O ficheiro não foi alterado."
    )
