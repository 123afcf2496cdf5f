"""The denormalised primary reason on customers (``services.primary_reason``)."""

from __future__ import annotations

from sqlalchemy import select, text, update

from recovery_desk.services.catalogue import merge as catalogue_merge
from recovery_desk.services.primary_reason import refresh_primary_reasons
from recovery_desk.storage.tables import Customer
from tests.unit.services.reports import data as report_data


def _columns(sessions):  # type: ignore[no-untyped-def]
    with sessions() as s:
        rows = s.execute(
            select(Customer.external_id, Customer.primary_reason_id, Customer.primary_reason_source)
        )
        return {ext[-1]: (rid, src) for ext, rid, src in rows}


def test_orm_writes_keep_the_columns(workspace, agent, executive) -> None:  # type: ignore[no-untyped-def]
    fx = report_data.build(workspace.sessions, agent, executive)
    r = fx.reasons
    assert _columns(workspace.sessions) == {
        "A": (r["price_high"], "imported"),
        "B": (r["price_competitor"], "calls"),  # the latest confirmed call wins
        "C": (r["svc_rude"], "calls"),  # retired reasons still count
        "D": (r["svc_old"], "imported"),  # merged: resolved by the report
        "E": (r["price_high"], "imported"),
        "F": (None, None),
        "G": (r["price_high"], "imported"),  # the call's primary is not verified
        "H": (None, None),  # draft call only
    }


def test_full_refresh_matches_and_merge_moves(workspace, agent, executive, supervisor) -> None:  # type: ignore[no-untyped-def]
    fx = report_data.build(workspace.sessions, agent, executive)
    before = _columns(workspace.sessions)
    with workspace.sessions.begin() as s:
        s.execute(update(Customer).values(primary_reason_id=None, primary_reason_source=None))
        refresh_primary_reasons(s)
    assert _columns(workspace.sessions) == before
    catalogue_merge.merge_reasons(
        workspace.sessions, supervisor, fx.reasons["price_competitor"], fx.reasons["svc_slow"]
    )
    after = _columns(workspace.sessions)
    assert after["B"] == (fx.reasons["svc_slow"], "calls")
    assert after["A"] == before["A"]


def test_migration_backfill_matches_the_service(workspace, agent, executive) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    from recovery_desk.storage import migrations

    path = next(iter(migrations.__path__)) + "/versions/0010_primary_reason.py"
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    report_data.build(workspace.sessions, agent, executive)
    before = _columns(workspace.sessions)
    with workspace.database.engine.begin() as conn:
        conn.execute(text("UPDATE customers SET primary_reason_id = NULL"))
        for statement in migration.BACKFILL_SQL:
            conn.execute(text(statement))
    assert _columns(workspace.sessions) == before
