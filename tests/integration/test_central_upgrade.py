"""A centre made by the previous version is upgraded, and the column it gained arrives.

Migration c0002 adds ``calls.expectations_met`` (the four expectations a call met). A
centre created before it has no such column; c0001 run by this version creates the
tables with it, so the old centre is rebuilt here as c0001 minus that column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from recovery_desk.domain.expectations import Expectation, to_mask
from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import CentralError
from recovery_desk.storage.central.engine import (
    head_revision,
    make_engine,
    schema_revision,
    upgrade_schema,
)
from recovery_desk.storage.tables import Call
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
