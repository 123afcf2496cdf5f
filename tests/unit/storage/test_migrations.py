"""Every schema revision upgrades a database made by the previous version, data intact,
and the migrated schema matches the models."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command as alembic_command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from recovery_desk.storage import db as dbmod
from recovery_desk.storage.errors import StorageUnavailable
from recovery_desk.storage.tables import Base

USER = uuid.UUID(int=1).hex
CUSTOMER = uuid.UUID(int=2).hex
CATEGORY = uuid.UUID(int=3).hex
REASON = uuid.UUID(int=4).hex
CALL = uuid.UUID(int=5).hex
CYCLE = uuid.UUID(int=6).hex
ASSIGNMENT = uuid.UUID(int=7).hex
OFFER = uuid.UUID(int=13).hex
STAMP = "'2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000000', 1"

# Rows written with the columns of the first revision; later revisions must keep them.
FIRST_VERSION_ROWS = [
    f"INSERT INTO users (id, name, login, role, active, handful_size, created_at, updated_at,"
    f" version) VALUES ('{USER}', 'Sofia', NULL, 'supervisor', 1, 5, {STAMP})",
    f"INSERT INTO reason_categories (id, code, label_pt_br, label_pt_pt, label_en, team,"
    f" sort_order, active, is_unreviewed, front_line, created_at, updated_at, version)"
    f" VALUES ('{CATEGORY}', 'PRICE', 'Preço', 'Preço', 'Price', 'Pricing', 0, 1, 0, 0, {STAMP})",
    f"INSERT INTO reasons (id, code, category_id, label_pt_br, label_pt_pt, label_en, team,"
    f" sort_order, active, needs_review, merged_into_id, search_text, created_at, updated_at,"
    f" version) VALUES ('{REASON}', 'PRICE_HIGH', '{CATEGORY}', 'Preço alto', 'Preço alto',"
    f" 'Too expensive', NULL, 0, 1, 0, NULL, 'preco alto', {STAMP})",
    f"INSERT INTO customers (id, external_id, name, phone, phone_valid, email, currency,"
    f" monthly_revenue_cents, departed_on, do_not_call, status, attempts, name_folded,"
    f" search_terms, imported_reason_id, created_at, updated_at, version) VALUES"
    f" ('{CUSTOMER}', '007', 'João Conceição', '+5511987654321', 1, NULL, 'BRL', 123456,"
    f" '2026-01-01', 0, 'departed', 0, 'joao conceicao', 'joao conceicao 007',"
    f" '{REASON}', {STAMP})",
    f"INSERT INTO offers (id, code, kind, label_en, duration_months, cost_cents,"
    f" eligible_segments, eligible_categories, approval_limit_agent_cents,"
    f" approval_limit_executive_cents, period_days, sort_order, active, created_at,"
    f" updated_at, version) VALUES ('{OFFER}', 'CREDIT_50', 'credit', 'Credit', 1, 5000,"
    f" '[]', '[]', 20000, 200000, 365, 0, 1, {STAMP})",
    f"INSERT INTO cycles (id, name, period_start, period_end, status, rules, weights,"
    f" opened_by_id, created_at, updated_at, version) VALUES ('{CYCLE}', 'January',"
    f" '2026-01-01', '2026-01-31', 'open', '{{}}', '{{}}', '{USER}', {STAMP})",
    f"INSERT INTO assignments (id, cycle_id, customer_id, assignee_id, priority, is_executive,"
    f" created_at, updated_at, version) VALUES ('{ASSIGNMENT}', '{CYCLE}', '{CUSTOMER}',"
    f" '{USER}', 640, 0, {STAMP})",
    # The call refers to the assignment: a migration that rebuilds assignments keeps it.
    f"INSERT INTO calls (id, customer_id, agent_id, cycle_id, assignment_id, is_executive,"
    f" status, current_step, started_at, diagnosis_confirmed, draft_state, created_at,"
    f" updated_at, version) VALUES ('{CALL}', '{CUSTOMER}', '{USER}', '{CYCLE}',"
    f" '{ASSIGNMENT}', 0, 'finished', 'outcome', '2026-01-03 10:00:00', 1, '{{}}', {STAMP})",
]

CHECKS = {
    "SELECT name FROM users": [("Sofia",)],
    "SELECT name, monthly_revenue_cents, external_id FROM customers": [
        ("João Conceição", 123456, "007")
    ],
    "SELECT code FROM reasons": [("PRICE_HIGH",)],
    "SELECT count(*) FROM calls": [(1,)],
    # 0012: a call made before the expectations were assessed stays "not assessed".
    "SELECT expectations_met FROM calls": [(None,)],
    "SELECT a.priority, a.customer_id FROM calls c JOIN assignments a ON a.id = c.assignment_id": [
        (640, CUSTOMER)
    ],
    # 0015: the erasure records start empty; the customer above is untouched by it.
    "SELECT count(*) FROM erasures": [(0,)],
    # 0016: an offer typed before offers had a currency is in the customers' (here BRL).
    "SELECT code, cost_cents, currency FROM offers": [("CREDIT_50", 5000, "BRL")],
    "PRAGMA foreign_key_check": [],
    "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'conce*'": [(1,)],
}


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    assert len(script.get_heads()) == 1, "migrations must form a single line"
    assert _revisions()[0] == "0001"


@pytest.mark.parametrize("start", _revisions())
def test_upgrade_from_each_revision_keeps_data(tmp_path: Path, start: str) -> None:
    path = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(path)
    dbmod.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in FIRST_VERSION_ROWS:
            conn.execute(text(statement))
    dbmod.upgrade(engine, start)
    engine.dispose()

    database = dbmod.open_database(path, tmp_path / "backups")
    with database.engine.connect() as conn:
        for query, expected in CHECKS.items():
            assert conn.execute(text(query)).all() == expected, query
    assert dbmod.current_revision(database.engine) == dbmod.head_revision()
    if start != dbmod.head_revision():
        assert database.backup is not None and database.backup.exists()
    database.dispose()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = dbmod.open_database(tmp_path / "fresh.sqlite3")
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        differences = [
            d for d in compare_metadata(context, Base.metadata) if "customers_fts" not in str(d)
        ]
    database.dispose()
    assert differences == []


def _database_at(tmp_path: Path, revision: str) -> Path:
    path = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(path)
    dbmod.upgrade(engine, "0001")
    with engine.begin() as conn:
        for statement in FIRST_VERSION_ROWS:
            conn.execute(text(statement))
    dbmod.upgrade(engine, revision)
    engine.dispose()
    return path


def test_0011_one_assignment_per_customer_and_cycle_still_holds(tmp_path: Path) -> None:
    database = dbmod.open_database(_database_at(tmp_path, "0010"), tmp_path / "backups")
    second_cycle = uuid.UUID(int=8).hex
    insert = (
        "INSERT INTO assignments (id, cycle_id, customer_id, assignee_id, priority,"
        " is_executive, created_at, updated_at, version) VALUES (:id, :cycle, :customer,"
        f" NULL, 0, 0, {STAMP})"
    )
    with database.engine.begin() as conn:
        assert conn.execute(text("SELECT id, priority FROM assignments")).all() == [
            (ASSIGNMENT, 640)
        ]
        conn.execute(
            text(
                "INSERT INTO cycles (id, name, period_start, period_end, status, rules, weights,"
                f" created_at, updated_at, version) VALUES ('{second_cycle}', 'February',"
                f" '2026-02-01', '2026-02-28', 'open', '{{}}', '{{}}', {STAMP})"
            )
        )
        # The same customer in another cycle is fine...
        conn.execute(
            text(insert), {"id": uuid.UUID(int=9).hex, "cycle": second_cycle, "customer": CUSTOMER}
        )
    # ...twice in the same cycle is not.
    with pytest.raises(IntegrityError, match="UNIQUE"), database.engine.begin() as conn:
        conn.execute(
            text(insert), {"id": uuid.UUID(int=10).hex, "cycle": CYCLE, "customer": CUSTOMER}
        )
    with database.engine.connect() as conn:
        indexes = {
            row[0]
            for row in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'index'"
                    " AND tbl_name = 'assignments'"
                )
            )
        }
        # Foreign keys are enforced again once the upgrade is done.
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                text(insert),
                {"id": uuid.UUID(int=11).hex, "cycle": uuid.UUID(int=99).hex, "customer": CUSTOMER},
            )
    database.dispose()
    assert indexes == {
        "sqlite_autoindex_assignments_1",
        "sqlite_autoindex_assignments_2",
        "ix_assignments_cycle_queue",
    }


def test_an_old_dangling_reference_does_not_lock_the_user_out(tmp_path: Path) -> None:
    path = _database_at(tmp_path, "0010")
    raw = sqlite3.connect(path)  # foreign keys off: a dangling reference, as if hand-edited
    raw.execute(f"UPDATE calls SET assignment_id = '{uuid.UUID(int=12).hex}'")
    raw.commit()
    raw.close()

    db = dbmod.open_database(path, tmp_path / "backups")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
            (dbmod.head_revision(),)
        ]
        assert conn.execute(text("SELECT id FROM assignments")).all() == [(ASSIGNMENT,)]
    db.engine.dispose()


def test_an_upgrade_that_breaks_references_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database_at(tmp_path, "0010")
    real_upgrade = alembic_command.upgrade

    def upgrade_losing_rows(cfg: Any, revision: str) -> None:
        real_upgrade(cfg, revision)
        # A faulty migration: the rows calls refer to are gone (foreign keys are off).
        cfg.attributes["connection"].exec_driver_sql("DELETE FROM assignments")

    monkeypatch.setattr(alembic_command, "upgrade", upgrade_losing_rows)
    with pytest.raises(StorageUnavailable):
        dbmod.open_database(path, tmp_path / "backups")

    engine = dbmod.make_engine(path)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [("0010",)]
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "ix_assignments_queue" in tables and "ix_assignments_cycle_queue" not in tables
        assert not any(name.startswith("_alembic_tmp") for name in tables)
        assert conn.execute(text("SELECT id FROM assignments")).all() == [(ASSIGNMENT,)]
    engine.dispose()


def test_0016_offers_take_the_currency_most_customers_are_billed_in(tmp_path: Path) -> None:
    path = _database_at(tmp_path, "0015")
    engine = dbmod.make_engine(path)
    with engine.begin() as conn:  # two customers in euros, one (from the first rows) in reais
        for number in (20, 21):
            conn.execute(
                text(
                    "INSERT INTO customers (id, external_id, name, phone_valid, currency,"
                    " departed_on, do_not_call, status, attempts, name_folded, search_terms,"
                    f" created_at, updated_at, version) VALUES ('{uuid.UUID(int=number).hex}',"
                    f" 'PT{number}', 'Inês', 0, 'EUR', '2026-01-01', 0, 'departed', 0, 'ines',"
                    f" 'ines', {STAMP})"
                )
            )
    engine.dispose()

    database = dbmod.open_database(path, tmp_path / "backups")
    with database.engine.begin() as conn:
        assert conn.execute(text("SELECT code, currency FROM offers")).all() == [
            ("CREDIT_50", "EUR")
        ]
        # A row written without a currency (by hand, or an older tool) gets the default.
        conn.execute(
            text(
                "INSERT INTO offers (id, code, kind, duration_months, cost_cents,"
                " eligible_segments, eligible_categories, approval_limit_agent_cents,"
                " approval_limit_executive_cents, period_days, sort_order, active, created_at,"
                f" updated_at, version) VALUES ('{uuid.UUID(int=22).hex}', 'GIFT', 'gift', 1,"
                f" 0, '[]', '[]', 0, 0, 365, 1, 1, {STAMP})"
            )
        )
        assert conn.execute(text("SELECT currency FROM offers WHERE code = 'GIFT'")).all() == [
            ("BRL",)
        ]
    database.dispose()
