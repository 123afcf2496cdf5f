"""The CSV fast path writes exactly what the typed-cell writer writes."""

from __future__ import annotations

import os
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.progress import CancelToken, run_to_end
from recovery_desk.services.reports.filters import DateBasis, ReportFilters
from tests.unit.services.reports import data as report_data


def _reference(sessions, out: Path, locale: str, pseudonymise: bool, filters) -> str:  # type: ignore[no-untyped-def]
    key = exports.pseudonym_key(sessions) if pseudonymise else b""

    def ref(row: Any) -> str:
        plain = row.external_id or str(uuid.UUID(str(row.customer_id)))
        return exports.pseudonym(key, plain) if pseudonymise else plain

    fd, name = tempfile.mkstemp(dir=out.parent)
    with sessions() as session:
        conn = session.connection()
        look = exports._lookups(conn, "en")
        if pseudonymise:  # agents are pseudonymised too (issue 17)
            look = exports.pseudonymous_agents(look, key)
        run_to_end(
            exports._write(
                conn,
                filters,
                look,
                ref,
                "csv",
                fd,
                locale,
                pseudonymise,
                0,
                CancelToken(),
            )
        )
    text = Path(name).read_bytes().decode("utf-8")
    os.unlink(name)
    return text


@pytest.mark.parametrize(
    ("locale", "pseudonymise", "narrow"), [("pt_BR", False, False), ("en", True, True)]
)
def test_fast_csv_matches_the_cell_writer(  # type: ignore[no-untyped-def]
    workspace, agent, executive, supervisor, tmp_path, locale, pseudonymise, narrow
) -> None:
    fx = report_data.build(workspace.sessions, agent, executive)
    filters = ReportFilters()
    if narrow:  # values rendered inline on the driver's cursor: a UUID and dates
        filters = ReportFilters(
            date_from=date(2026, 1, 2),
            date_to=date(2026, 1, 31),
            date_basis=DateBasis.CALL,
            cycle_id=fx.cycle_id,
        )
    out = tmp_path / "log.csv"
    summary = run_to_end(
        exports.export_reasons(
            workspace.sessions,
            supervisor,
            out,
            filters=filters,
            locale_name=locale,
            pseudonymise=pseudonymise,
        )
    )
    fast = out.read_bytes().decode("utf-8")
    assert summary.rows == fast.count("\r\n") - 1 > 2
    assert fast == _reference(workspace.sessions, out, locale, pseudonymise, filters)
