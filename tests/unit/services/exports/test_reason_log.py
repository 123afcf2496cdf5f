"""Reason-log export: round-trips, neutralisation, pseudonyms, permission, audit, cancel."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.exports.formats import conventions, neutralise
from recovery_desk.services.progress import Cancelled, CancelToken, Progress, run_to_end
from recovery_desk.services.reports.filters import ReportFilters
from recovery_desk.storage.queries import set_setting
from recovery_desk.storage.tables import AuditEntry
from tests.unit.services.reports import data as report_data


@pytest.fixture
def fx(workspace, agent, executive):  # type: ignore[no-untyped-def]
    return report_data.build(workspace.sessions, agent, executive)


def _read_csv(path: Path, delimiter: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_round_trip_pt(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.csv"
    summary = run_to_end(
        exports.export_reasons(workspace.sessions, supervisor, out, locale_name="pt_BR")
    )
    rows = _read_csv(out, ";")
    assert rows[0] == exports.COLUMNS
    body = rows[1:]
    # finished calls: B (1 reason), C (1 + 1), G (2) -> 5; imported: A B D E G -> 5
    assert summary.rows == len(body) == 10
    sources = [r[0] for r in body]
    assert sources.count("call") == 5 and sources.count("imported") == 5
    b_row = next(r for r in body if r[4] == "EXT-B" and r[0] == "call")
    assert b_row[1] == "06/01/2026"
    assert b_row[2] == "January"
    assert b_row[3] == "André Agente"
    assert b_row[5] == "Cliente B Ção"
    assert b_row[7] == "100,00"
    assert (b_row[8], b_row[9], b_row[10]) == ("Price", "price competitor", "primary")
    assert b_row[11] == "'-too expensive"  # neutralised
    assert (b_row[12], b_row[13], b_row[14]) == ("1", "Offer X", "won_back")
    merged = next(r for r in body if r[4] == "EXT-D")
    assert merged[9] == "svc slow"  # merged reason shown as its target
    assert sum(r[4] == "'-EXT-G" for r in body) == 3  # a customer code is neutralised too


def test_csv_en_conventions(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.csv"
    run_to_end(exports.export_reasons(workspace.sessions, supervisor, out, locale_name="en_US"))
    rows = _read_csv(out, ",")
    b_row = next(r for r in rows if r[4] == "EXT-B" and r[0] == "call")
    assert b_row[1] == "2026-01-06" and b_row[7] == "100.00"


def test_xlsx_round_trip_typed(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.xlsx"
    run_to_end(exports.export_reasons(workspace.sessions, supervisor, out))
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == exports.COLUMNS
    b_row = next(r for r in rows if r[4] == "EXT-B" and r[0] == "call")
    assert b_row[1].date() == date(2026, 1, 6)
    assert Decimal(str(b_row[7])) == Decimal("100")
    assert b_row[11] == "'-too expensive"
    assert b_row[12] is True
    f_cells = [r for r in rows if r[5] and str(r[5]).startswith("'=")]
    assert f_cells == []  # F has no reason, so it is not in the log at all
    cell = next(c for c in sheet.iter_rows(min_row=2) if c[4].value == "EXT-B")[7]
    assert "R$" in cell.number_format


def test_neutralise_rules() -> None:
    for text in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]:
        assert neutralise(text) == "'" + text
    assert neutralise("ok = fine") == "ok = fine"
    assert conventions("pt_PT").delimiter == ";" and conventions("en").decimal == "."


def test_pseudonyms_stable_and_keyed(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second, third = (tmp_path / f"{n}.csv" for n in "abc")
    for out in (first, second):
        run_to_end(exports.export_reasons(workspace.sessions, supervisor, out, pseudonymise=True))
    rows1, rows2 = _read_csv(first, ","), _read_csv(second, ",")
    assert rows1 == rows2
    assert "customer_name" not in rows1[0]
    flat = "\n".join(";".join(r) for r in rows1)
    assert "Cliente" not in flat and "EXT-" not in flat and "@example" not in flat
    refs = {r[4] for r in rows1[1:]}
    assert all(ref.startswith("P-") for ref in refs)
    with workspace.sessions.begin() as s:  # another installation has another key
        set_setting(s, exports.PSEUDONYM_KEY, "ab" * 32)
    run_to_end(exports.export_reasons(workspace.sessions, supervisor, third, pseudonymise=True))
    assert {r[4] for r in _read_csv(third, ",")[1:]}.isdisjoint(refs)


def test_agent_refused(workspace, agent, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied, match="only supervisors"):
        run_to_end(exports.export_reasons(workspace.sessions, agent, tmp_path / "x.csv"))
    assert not (tmp_path / "x.csv").exists()


def test_bad_extension(workspace, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="csv or .xlsx"):
        run_to_end(exports.export_reasons(workspace.sessions, supervisor, tmp_path / "x.txt"))


def test_audit_entry(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    filters = ReportFilters(segment="gold")
    run_to_end(
        exports.export_reasons(
            workspace.sessions, supervisor, tmp_path / "g.xlsx", filters=filters, pseudonymise=True
        )
    )
    with workspace.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.reason_log")).one()
        assert entry.user_id == supervisor.id
        assert entry.details is not None
        assert entry.details["filters"] == {"segment": "gold", "date_basis": "departed"}
        assert entry.details["rows"] == 3  # B's call reason, A and B imported
        assert entry.details["pseudonymised"] is True


def test_cancel_leaves_no_file(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "log.csv"
    out.write_text("previous")
    token = CancelToken()
    gen = exports.export_reasons(workspace.sessions, supervisor, out, token=token)
    first = next(gen)
    assert isinstance(first, Progress)
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(gen)
    assert out.read_text() == "previous"
    assert sorted(p.name for p in folder.iterdir()) == ["log.csv"]
    with workspace.sessions() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action == "export.reason_log")).all()
            == []
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_pseudonymised_log_hides_agents_and_leaves_verbatims_out_unless_kept(  # type: ignore[no-untyped-def]
    workspace, supervisor, fx, tmp_path, suffix
) -> None:
    def export(name: str, keep: bool) -> list[list[str]]:
        out = tmp_path / f"{name}{suffix}"
        summary = run_to_end(
            exports.export_reasons(
                workspace.sessions, supervisor, out, pseudonymise=True, keep_verbatims=keep
            )
        )
        assert summary.verbatims_kept is keep
        if suffix == ".csv":
            return _read_csv(out, ",")
        sheet = load_workbook(out, read_only=True).active
        return [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]

    rows = export("left-out", keep=False)
    assert "verbatim" not in rows[0] and "customer_name" not in rows[0]
    flat = "\n".join(";".join(r) for r in rows)
    assert "too expensive" not in flat and "André" not in flat and "Agente" not in flat
    agents = {r[rows[0].index("agent")] for r in rows[1:] if r[0] == "call"}
    assert agents and all(a.startswith("A-") for a in agents)
    kept = export("kept", keep=True)
    assert exports.VERBATIM_KEPT in kept[0]  # the header says the words are there
    assert "'-too expensive" in "\n".join(";".join(r) for r in kept)
    with workspace.sessions() as s:
        details = [
            e.details
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "export.reason_log"))
        ]
    assert [d["verbatims_kept"] for d in details if d] == [False, True]
