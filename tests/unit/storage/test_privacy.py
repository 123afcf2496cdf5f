"""``apply_erasure`` on the local file: every listed column, idempotent, and the bytes of the
database, its write-ahead log and its backups no longer hold the person."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import text

from recovery_desk.services.dto import UserDTO
from recovery_desk.services.privacy.erase import erase_customer
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.backup import backup_file, erase_known_in_backups
from recovery_desk.storage.privacy import apply_erasure
from tests import privacy_data as P


def _dump(ws: Workspace) -> dict[str, list[Any]]:
    """Every row of every table (but the erasure bookkeeping), to compare two states."""
    tables = [
        "customers",
        "calls",
        "call_steps",
        "call_reasons",
        "promises",
        "callbacks",
        "care_reviews",
        "health_events",
        "coaching_notes",
        "audit_log",
        "sync_outbox",
    ]
    with ws.database.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY rowid")).all() for t in tables}


def _secrets_in(path: Path) -> list[str]:
    data = path.read_bytes() if path.exists() else b""
    return [s for s in P.SECRETS if s.encode("utf-8") in data]


def test_every_listed_column_is_erased_and_a_second_apply_changes_nothing(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path
) -> None:
    who = P.person(workspace.sessions, supervisor, tmp_path)
    before = _dump(workspace)
    done = erase_customer(
        workspace.sessions, supervisor, code=P.CODE, request_ref="REQ-1", backup_dir=None
    )
    assert done.pseudonym == f"Anon {who.customer_id.hex[:8]}"
    c = who.customer_id.hex
    with workspace.database.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT name, external_id, phone, phone_alt, email, notes, imported_reason_text,"
                " name_folded, search_terms, monthly_revenue_cents, status, imported_reason_id"
                " IS NOT NULL FROM customers WHERE id = :c"
            ),
            {"c": c},
        ).one()
        assert tuple(row) == (
            done.pseudonym,
            f"ANON-{c}",
            None,
            None,
            None,
            None,
            None,
            f"anon {c[:8]}",
            f"anon {c[:8]} anon-{c}",
            15000,
            "in_progress",
            True,
        )
        call = conn.execute(
            text(
                "SELECT verbatim, readback_text, outcome_notes, draft_state, outcome,"
                " diagnosis_confirmed FROM calls WHERE id = :c"
            ),
            {"c": who.call_id.hex},
        ).one()
        assert tuple(call) == (None, None, None, "{}", "thinking", 1)
        singles = {
            "SELECT group_concat(notes, '') FROM call_steps WHERE call_id = :k": "",
            "SELECT count(*) FROM call_reasons WHERE call_id = :k AND verbatim IS NOT NULL": 0,
            "SELECT count(*) FROM call_reasons WHERE call_id = :k": 1,
            "SELECT what FROM promises WHERE call_id = :k": "",
            "SELECT count(*) FROM callbacks WHERE customer_id = :c AND note IS NOT NULL": 0,
            "SELECT count(*) FROM care_reviews WHERE customer_id = :c AND notes IS NULL": 1,
            "SELECT count(*) FROM health_events WHERE customer_id = :c AND note IS NULL": 1,
            "SELECT text FROM coaching_notes WHERE customer_id = :c": "",
            "SELECT count(*) FROM audit_log WHERE entity_id = :d AND details IS NULL"
            " AND before IS NULL AND after IS NULL": 1,
            "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'bettencourt'": 0,
            "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'anon'": 1,
            "SELECT count(*) FROM sync_outbox WHERE entity = 'erasures'": 1,
            # The other customer is untouched.
            "SELECT phone FROM customers WHERE external_id = 'Z-1'": "+5511911112222",
        }
        for query, expected in singles.items():
            params = {"k": who.call_id.hex, "c": c, "d": str(who.customer_id)}
            assert conn.execute(text(query), params).scalar() == expected, query
        # The erasure's own audit row names no one: the code's hash and the request only.
        details = conn.execute(
            text("SELECT details FROM audit_log WHERE action = 'privacy.erase'")
        ).scalar()
        assert "REQ-1" in details and P.CODE not in details and c not in details
    # Nothing but the listed columns (and the erasure's own rows) changed.
    after = _dump(workspace)
    assert len(after["customers"]) == len(before["customers"])
    assert [r[:3] for r in after["calls"]] == [r[:3] for r in before["calls"]]
    again = _dump(workspace)
    with workspace.sessions.begin() as session:
        erasure = {"scope": "customer", "customer_id": who.customer_id}
        apply_erasure(session.connection(), erasure)
    assert _dump(workspace) == again
    second = erase_customer(workspace.sessions, supervisor, code=P.CODE, request_ref="REQ-2")
    assert second.already and second.customer_id == who.customer_id
    assert _dump(workspace) == again


def test_the_file_its_log_and_its_backups_no_longer_hold_the_person(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path
) -> None:
    P.person(workspace.sessions, supervisor, tmp_path)
    database = workspace.paths.database
    backups = workspace.paths.backup_dir
    copy = backup_file(database, backups, "before-0099")
    assert _secrets_in(copy), "the test must put the person in the backup"
    wal = database.with_name(database.name + "-wal")
    assert _secrets_in(database) or _secrets_in(wal)

    done = erase_customer(
        workspace.sessions, supervisor, code=P.CODE, request_ref="R", backup_dir=backups
    )
    assert done.backups == 1
    assert _secrets_in(database) == []
    assert _secrets_in(wal) == []
    assert _secrets_in(copy) == []


def test_an_old_backup_lacking_later_tables_is_erased_as_far_as_it_goes(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path
) -> None:
    who = P.person(workspace.sessions, supervisor, tmp_path)
    copy = backup_file(workspace.paths.database, workspace.paths.backup_dir, "before-0013")
    conn = sqlite3.connect(copy)  # as a revision without the conflicts table
    conn.execute("DROP TABLE sync_conflicts")
    conn.commit()
    conn.close()
    erase_customer(
        workspace.sessions,
        supervisor,
        customer_id=who.customer_id,
        backup_dir=workspace.paths.backup_dir,
    )
    assert _secrets_in(copy) == []
    conn = sqlite3.connect(copy)
    name = conn.execute(
        "SELECT name FROM customers WHERE id = ?", (who.customer_id.hex,)
    ).fetchone()
    conn.close()
    assert name == (f"Anon {who.customer_id.hex[:8]}",)


def test_unknown_scope_is_skipped(workspace: Workspace) -> None:
    with workspace.sessions.begin() as session:
        apply_erasure(session.connection(), {"scope": "everything", "customer_id": uuid.uuid4()})


def test_erasures_that_arrived_by_sync_reach_the_backups_too(
    workspace: Workspace, supervisor: UserDTO, tmp_path: Path
) -> None:
    """As after a pull: the erasure is in the database, a backup still holds the person."""
    P.person(workspace.sessions, supervisor, tmp_path)
    backups = workspace.paths.backup_dir
    copy = backup_file(workspace.paths.database, backups, "before-0099")
    engine = workspace.database.engine
    assert erase_known_in_backups(engine, backups) == 0  # no erasure known yet
    erase_customer(workspace.sessions, supervisor, code=P.CODE, request_ref="R")  # not the backups
    assert _secrets_in(copy)
    assert erase_known_in_backups(engine, backups) == 1
    assert _secrets_in(copy) == []
