"""A centre made by the previous version is upgraded, and the column it gained arrives.

Migration c0002 adds ``calls.expectations_met`` (the four expectations a call met). A
centre created before it has no such column; c0001 run by this version creates the
tables with it, so the old centre is rebuilt here as c0001 minus that column. Migration
c0005 adds ``offers.currency`` the same way (the tests at the end).
"""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text

from recovery_desk.domain.expectations import Expectation, to_mask
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import CentralError
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.central.engine import (
    head_revision,
    make_engine,
    schema_revision,
    upgrade_schema,
)
from recovery_desk.storage.central.schema import ORDERED
from recovery_desk.storage.tables import Call, Customer, Offer, Reason, ReasonCategory
from tests.integration import sync_support as S

MET = to_mask([Expectation.RESPECT, Expectation.SIMPLICITY])


def _previous_version_centre(url: str) -> None:
    engine = make_engine(url)
    upgrade_schema(engine, "c0001")
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE calls DROP COLUMN expectations_met"))
    engine.dispose()


def _assessed_call(ws) -> None:  # type: ignore[no-untyped-def]
    call_id = S.add_call(ws, outcome="won_back")
    with ws.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        call.expectations_met = MET


def test_postgres_centre_of_the_previous_version(
    template_data_dir: Path, tmp_path: Path, pg_url: str
) -> None:
    central_admin.init_centre(pg_url)  # tables, roles and grants
    engine = make_engine(pg_url)
    with engine.begin() as conn:  # as the previous version left it
        conn.execute(text("UPDATE rd_central_version SET version_num = 'c0001'"))
        conn.execute(text("ALTER TABLE calls DROP COLUMN expectations_met"))
    engine.dispose()
    ws = S.desktop(template_data_dir, tmp_path / "d")
    _assessed_call(ws)
    with pytest.raises(CentralError) as refused:  # nothing is pushed into an old schema
        S.run_sync(ws, pg_url)
    assert refused.value.kind == "schema_older"

    central_admin.init_centre(pg_url)  # what `recovery-desk central init` runs
    S.run_sync(ws, pg_url)
    assert S.central_rows(pg_url, "calls", "expectations_met") == [(MET,)]
    ws.close()


def test_standin_centre_is_upgraded_by_the_sync(template_data_dir: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    _previous_version_centre(url)
    ws = S.desktop(template_data_dir, tmp_path / "d")
    _assessed_call(ws)
    S.run_sync(ws, url)  # the stand-in belongs to the app: brought up to date, then used
    engine = make_engine(url)
    assert schema_revision(engine) == head_revision()
    engine.dispose()
    assert S.central_rows(url, "calls", "expectations_met") == [(MET,)]
    ws.close()


def _centre_of_c0002(url: str) -> None:
    """A centre as version c0002 left it: one advisory lock every writer took, change
    numbers from a sequence, no push tokens, no conflict records."""
    engine = make_engine(url)
    upgrade_schema(engine, "c0002")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE rd_push_tokens, rd_conflicts"))
        conn.execute(text("CREATE SEQUENCE rd_change_seq START 5000"))
        conn.execute(
            text(
                """CREATE OR REPLACE FUNCTION rd_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.change_seq := nextval('rd_change_seq'); RETURN NEW; END $$"""
            )
        )
        conn.execute(
            text(
                """CREATE FUNCTION rd_lock_writers() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_advisory_xact_lock(72170005); RETURN NULL; END $$"""
            )
        )
        for name in ORDERED:
            conn.execute(text(f"DROP INDEX ix_c_{name}_pull"))
            conn.execute(text(f"CREATE INDEX ix_c_{name}_change_seq ON {name} (change_seq)"))
            conn.execute(
                text(
                    f"CREATE TRIGGER rd_lock_{name} BEFORE INSERT OR UPDATE ON {name} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION rd_lock_writers()"
                )
            )
    engine.dispose()


def test_a_centre_of_c0002_loses_its_global_lock_and_keeps_its_rows(
    template_data_dir: Path, tmp_path: Path, pg_url: str
) -> None:
    _centre_of_c0002(pg_url)
    old = S.desktop(template_data_dir, tmp_path / "old")
    engine = make_engine(pg_url)
    with engine.begin() as conn:  # a row written under c0002: a sequence change number
        conn.execute(
            text(
                "INSERT INTO reason_categories (id, code, label_pt_br, label_pt_pt, label_en, "
                "sort_order, active, is_unreviewed, front_line, created_at, updated_at, "
                "version) VALUES (gen_random_uuid(), 'OLD_CAT', 'Antiga', 'Antiga', 'Old', 99, "
                "true, false, false, now(), now(), 1)"
            )
        )
        assert conn.execute(text("SELECT max(change_seq) FROM reason_categories")).scalar() >= 5000
    engine.dispose()
    central_admin.init_centre(pg_url)  # what `recovery-desk central init` runs
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        triggers = conn.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'rd_lock_%'")
        ).scalar()
        assert triggers == 0
        assert conn.execute(text("SELECT to_regclass('rd_change_seq')")).scalar() is None
    engine.dispose()
    S.run_sync(old, pg_url)  # the first desk brings its rows
    with psycopg.connect(_dsn(pg_url), autocommit=True) as holder:  # the old lock, held
        holder.execute("SELECT pg_advisory_lock(72170005)")
        fresh = S.desktop(template_data_dir, tmp_path / "fresh")
        started = time.monotonic()
        S.run_sync(fresh, pg_url)
        assert time.monotonic() - started < 15
    assert S.local_rows(fresh, Call) == S.local_rows(old, Call)
    with fresh.sessions() as session:  # the row of c0002 came down too
        assert (
            session.scalar(select(ReasonCategory.label_en).where(ReasonCategory.code == "OLD_CAT"))
            == "Old"
        )
    assert S.central_rows(pg_url, "reasons") and len(S.central_rows(pg_url, "reasons")) == (
        S.local_count(fresh, Reason)
    )
    old.close()
    fresh.close()


def _dsn(url: str) -> str:
    return make_engine(url).url.set(drivername="postgresql").render_as_string(False)


# --- c0005: offers.currency ---------------------------------------------------------------


def _desk_in_euros(template: Path, where: Path) -> Workspace:
    """A supervisor's desk whose customers are billed in euros; its offers, seeded before
    any customer, are in reais."""
    ws = S.desktop(template, where)
    with ws.sessions.begin() as session:
        session.add_all(Customer(name=f"Cliente {n}", currency="EUR") for n in range(3))
    return ws


def _offer_currencies(ws: Workspace) -> set[str]:
    with ws.sessions() as session:
        return set(session.scalars(select(Offer.currency)))


def _as_c0004(url: str) -> None:
    """The centre as c0004 left it: offers without a currency."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE rd_central_version SET version_num = 'c0004'"))
        conn.execute(text("ALTER TABLE offers DROP COLUMN currency"))
    engine.dispose()


@pytest.mark.parametrize("kind", ["postgres", "standin"])
def test_offers_of_a_c0004_centre_get_its_customers_currency_on_every_desk(
    template_data_dir: Path, tmp_path: Path, kind: str, request: pytest.FixtureRequest
) -> None:
    url = (
        request.getfixturevalue("pg_url")
        if kind == "postgres"
        else f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    )
    if kind == "postgres":
        central_admin.init_centre(url)
    else:
        S.init_centre(url)
    first = _desk_in_euros(template_data_dir, tmp_path / "first")
    S.run_sync(first, url)  # the centre holds the offers (in reais) and euro customers
    second = S.desktop(template_data_dir, tmp_path / "second")  # no customers of its own
    S.run_sync(second, url)
    _as_c0004(url)

    if kind == "postgres":
        central_admin.init_centre(url)  # what `recovery-desk central init` runs
    S.run_sync(first, url)  # (the stand-in is upgraded by the sync itself)
    S.run_sync(second, url)

    offers = S.central_rows(url, "offers", "code", "currency")
    assert len(offers) == S.local_count(first, Offer)
    assert {currency for _code, currency in offers} == {"EUR"}
    assert _offer_currencies(first) == {"EUR"}  # the centre's value replaced the seeded one
    assert _offer_currencies(second) == {"EUR"}
    first.close()
    second.close()
