"""Migration 0014: the local password table, the desk's owner, and the audit log's
append-only triggers with their two exceptions (the erasure's redaction, a user merge)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recovery_desk.storage import db as dbmod
from recovery_desk.storage.central.apply import merge_into
from recovery_desk.storage.tables import AuditEntry, User, UserCredential

SOFIA, ANDRE = uuid.UUID(int=1), uuid.UUID(int=2)
STAMP = "'2026-01-02 03:04:05', '2026-01-02 03:04:05', 1"


def test_an_older_desk_gets_the_table_its_owner_and_the_triggers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(path)
    dbmod.upgrade(engine, "0013")
    with engine.begin() as conn:
        for who, name in ((SOFIA, "Sofia"), (ANDRE, "André")):
            conn.execute(text(
                "INSERT INTO users (id, name, login, role, active, handful_size, created_at,"
                f" updated_at, version) VALUES ('{who.hex}', '{name}', NULL, 'supervisor', 1, 5,"
                f" {STAMP})"
            ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO settings (key, value) VALUES ('current_user_id', :v)"
        ), {"v": f'"{ANDRE}"'})  # fmt: skip
        conn.execute(text(
            "INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, before, after,"
            f" details, created_at, updated_at, version) VALUES ('{uuid.UUID(int=9).hex}',"
            f" '2026-01-02 03:04:05', '{SOFIA.hex}', 'user.add', 'users', '1', NULL, NULL,"
            f" :d, {STAMP})"
        ), {"d": '{"who": "André"}'})  # fmt: skip
    dbmod.upgrade(engine, "0014")
    with engine.connect() as conn:
        owner = conn.execute(text("SELECT value FROM settings WHERE key = 'desk_owner'")).all()
        assert owner == [(f'"{ANDRE}"',)]  # who worked here chooses the first password
        assert conn.execute(text("SELECT count(*) FROM user_credentials")).scalar() == 0
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("DELETE FROM audit_log"))
        conn.rollback()
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("UPDATE audit_log SET entity_id = '2'"))
        conn.rollback()
        conn.execute(text("UPDATE audit_log SET details = NULL, version = 2"))  # redaction
        assert conn.execute(text("SELECT action, details FROM audit_log")).all() == [
            ("user.add", None)
        ]
        conn.rollback()
    engine.dispose()


def test_the_syncs_merge_of_two_users_moves_their_entries_and_password(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        session.add_all([User(id=SOFIA, name="Sofia", role="supervisor"),
                         User(id=ANDRE, name="Sofia", role="supervisor")])  # fmt: skip
        session.flush()
        session.add(AuditEntry(user_id=ANDRE, action="sign_in", entity="users"))
        session.add(UserCredential(user_id=ANDRE, password_hash="$argon2id$x", failed_count=0))
    with sessions.begin() as session:
        assert isinstance(session, Session)
        merge_into(session, "users", ANDRE, SOFIA)  # the same login made on two desks
    with sessions() as session:
        entry = session.query(AuditEntry).one()
        assert (entry.user_id, entry.action) == (SOFIA, "sign_in")
        assert session.get(UserCredential, SOFIA) is not None
        assert session.get(User, ANDRE) is None
