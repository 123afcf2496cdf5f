"""Every schema revision upgrades a database made by the previous version, data intact,
and the migrated schema matches the models."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from recovery_desk.storage import db as dbmod
from recovery_desk.storage.tables import Base

USER = uuid.UUID(int=1).hex
CUSTOMER = uuid.UUID(int=2).hex
CATEGORY = uuid.UUID(int=3).hex
REASON = uuid.UUID(int=4).hex
CALL = uuid.UUID(int=5).hex
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
    f"INSERT INTO calls (id, customer_id, agent_id, is_executive, status, current_step,"
    f" started_at, diagnosis_confirmed, draft_state, created_at, updated_at, version) VALUES"
    f" ('{CALL}', '{CUSTOMER}', '{USER}', 0, 'finished', 'outcome', '2026-01-03 10:00:00',"
    f" 1, '{{}}', {STAMP})",
]

CHECKS = {
    "SELECT name FROM users": [("Sofia",)],
    "SELECT name, monthly_revenue_cents, external_id FROM customers": [
        ("João Conceição", 123456, "007")
    ],
    "SELECT code FROM reasons": [("PRICE_HIGH",)],
    "SELECT count(*) FROM calls": [(1,)],
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
