"""open_database(): pragmas, revision checks, backup before upgrade, bad files untouched."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from recovery_desk.storage import db as dbmod
from recovery_desk.storage import outbox
from recovery_desk.storage.errors import StorageUnavailable
from recovery_desk.storage.tables import OutboxEntry, User


def test_new_database_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "a.sqlite3")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
    assert dbmod.current_revision(database.engine) == dbmod.head_revision()
    database.dispose()


def test_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable) as info:
        dbmod.open_database(path)
    assert info.value.kind == "not_a_database"
    assert path.read_bytes() == before


def test_other_programs_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageUnavailable) as info:
        dbmod.open_database(path)
    assert info.value.kind == "foreign_database"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]
    conn.close()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    dbmod.open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageUnavailable) as info:
        dbmod.open_database(path)
    assert info.value.kind == "newer_database"
    assert path.read_bytes() == before


def test_orm_changes_bump_version_and_queue_outbox(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "o.sqlite3")
    with database.sessions.begin() as session:
        user = User(name="Ana", role="agent")
        session.add(user)
    with database.sessions.begin() as session:
        session.get(User, user.id).name = "Ana Maria"  # type: ignore[union-attr]
    with database.sessions() as session:
        stored = session.get(User, user.id)
        assert stored is not None and stored.version == 2
        queued = session.scalars(select(OutboxEntry.version).order_by(OutboxEntry.seq)).all()
        assert queued == [1, 2]
        assert stored.updated_at.tzinfo is not None
    database.dispose()


def test_every_session_factory_made_in_a_process_queues_its_changes() -> None:
    # A factory made after another was collected can take its address; SQLAlchemy's
    # listener registry then called it hooked while it was not, and a reopened workspace's
    # calls never reached the centre (seen in CI as calls missing after a sync).
    engine = dbmod.open_database(None).engine
    unqueued = []
    for attempt in range(40):
        factory = sessionmaker(engine)
        outbox.install(factory)
        with factory.begin() as session:
            session.add(User(name=f"Ana {attempt}", role="agent"))
            session.flush()
            if not session.scalars(select(OutboxEntry.seq)).all():
                unqueued.append(attempt)
            session.rollback()
        del factory, session
        gc.collect()
    assert unqueued == []


def test_customer_search_index_follows_inserts(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "f.sqlite3")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, name, search_terms, created_at, updated_at, version,"
                " phone_valid, currency, do_not_call, status, attempts, name_folded)"
                " VALUES ('00000000000000000000000000000001', 'João', 'joao 5511', "
                " '2026-01-01', '2026-01-01', 1, 1, 'BRL', 0, 'departed', 0, 'joao')"
            )
        )
        found = conn.execute(
            text("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'joa*'")
        ).scalar()
    assert found == 1
    database.dispose()
