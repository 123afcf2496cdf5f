"""Database files in states a user may bring: each refused with one clear line, the file
left as it was; an empty file is a new database only when the app itself created it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from recovery_desk.services.errors import storage_message
from recovery_desk.storage import db as dbmod
from recovery_desk.storage.errors import StorageUnavailable


def _refused(path: Path) -> StorageUnavailable:
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable) as info:
        dbmod.open_database(path)
    assert path.read_bytes() == before
    assert len(storage_message(info.value).splitlines()) == 1
    return info.value


def test_a_zero_byte_file_is_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    path.write_bytes(b"")
    assert _refused(path).kind == "empty_database"


def test_a_sqlite_file_without_tables_is_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    assert _refused(path).kind == "empty_database"


def test_an_empty_file_the_app_was_creating_becomes_the_database(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    path.write_bytes(b"")  # the app was killed right after creating it
    path.with_name(path.name + dbmod.NEW_MARKER).touch()
    database = dbmod.open_database(path)
    assert dbmod.current_revision(database.engine) == dbmod.head_revision()
    database.dispose()
    assert not path.with_name(path.name + dbmod.NEW_MARKER).exists()
    dbmod.open_database(path).dispose()  # and opens again as itself


def test_two_schema_versions_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    dbmod.open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO alembic_version VALUES ('0001_other')")
    conn.commit()
    conn.close()
    refused = _refused(path)
    assert refused.kind == "several_revisions"
    assert "0001_other" in storage_message(refused)


def test_a_truncated_file_is_one_line_without_background(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    dbmod.open_database(path).dispose()
    path.write_bytes(path.read_bytes()[:20_000])
    refused = _refused(path)
    assert refused.kind == "corrupt"
    assert "Background" not in storage_message(refused)
    assert "sqlalche.me" not in storage_message(refused)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files (see the corpus)")
def test_a_read_only_file_is_refused_before_any_write(tmp_path: Path) -> None:
    path = tmp_path / "rd.sqlite3"
    dbmod.open_database(path).dispose()
    path.chmod(0o444)
    assert _refused(path).kind == "read_only"
