"""After a sync, a single desktop's reports and the centre's are identical (PostgreSQL)."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, insert, select, update

from recovery_desk.services.reports import activity as report_activity
from recovery_desk.services.reports import output as report_output
from recovery_desk.services.reports import reasons as reports
from recovery_desk.services.reports.expectations import expectations_report
from recovery_desk.services.reports.filters import ReasonSource, ReportFilters
from recovery_desk.services.reports.reasons import Level, Measure
from recovery_desk.storage.tables import Base, Call, Reason
from tests.conftest import run_cli
from tests.unit.services.reports import data as report_data


def _copy_to_centre(local, central) -> None:  # type: ignore[no-untyped-def]
    """What a sync leaves at the centre: every row of every table, same ids."""
    Base.metadata.create_all(central)
    with local.connect() as src, central.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if table.name == Reason.__tablename__:  # merge targets before merged reasons
                rows.sort(key=lambda r: r["merged_into_id"] is not None)
            if rows:
                dst.execute(insert(table), rows)


def test_reports_identical_on_postgresql(pg_url, workspace, agent, executive) -> None:  # type: ignore[no-untyped-def]
    fx = report_data.build(workspace.sessions, agent, executive)
    with workspace.sessions.begin() as session:  # some conversations judged
        session.execute(update(Call).where(Call.outcome.is_not(None)).values(expectations_met=5))
    local = workspace.database.engine
    central = create_engine(pg_url)
    try:
        _copy_to_centre(local, central)
        for kwargs in [
            {},
            {"source": ReasonSource.CALLS},
            {"source": ReasonSource.IMPORTED},
            {"level": Level.CATEGORY},
            {"measure": Measure.COUNT},
        ]:
            here = report_output.reason_records(reports.reasons_report(local, **kwargs))
            there = report_output.reason_records(reports.reasons_report(central, **kwargs))
            assert json.dumps(here) == json.dumps(there), kwargs
        filters = ReportFilters(cycle_id=fx.cycle_id, segment="gold")
        assert reports.reasons_report(local, filters) == reports.reasons_report(central, filters)
        assert report_output.cycle_records(
            report_activity.cycles_report(local)
        ) == report_output.cycle_records(report_activity.cycles_report(central))
        assert report_activity.offers_report(local) == report_activity.offers_report(central)
        # The four expectations: bit tests on an integer mask, on SQLite and PostgreSQL alike.
        assert len(expectations_report(local)) == 3  # everyone and two callers
        assert expectations_report(local) == expectations_report(central)
    finally:
        central.dispose()
    done = run_cli(
        "report",
        "reasons",
        "--format",
        "json",
        "--central",
        pg_url,
        data_dir=workspace.paths.data_dir,
    )
    assert done.returncode == 0, done.stderr
    local_cli = run_cli("report", "reasons", "--format", "json", data_dir=workspace.paths.data_dir)
    assert json.loads(done.stdout) == json.loads(local_cli.stdout)
    assert json.loads(done.stdout)[-1]["category"] is None
