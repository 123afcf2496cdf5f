"""An erasure travels (issue 17): erased on desk A, synced through the real PostgreSQL centre
to desk B. The name and phone leave both desks' files (database, log, backups) and every
centre table; every report's totals stay; a second erasure is a no-op; a sync killed after
the centre committed still converges."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from recovery_desk.domain.enums import Outcome
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.privacy.erase import erase_customer
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.reports.reasons import central_engine, reasons_report
from recovery_desk.services.users import access as users
from recovery_desk.storage.backup import backup_file
from recovery_desk.storage.central import exchange
from recovery_desk.storage.central.engine import make_engine
from tests.integration import desks as D

pytestmark = pytest.mark.usefixtures("password_auth")

CODE, NAME, PHONE = "E-1", "Quitéria Bettencourt", "11987654321"
SECRETS = ("Bettencourt", "bettencourt", PHONE)


def _totals(engine: Any) -> list[tuple[str | None, int, int]]:
    return [(r.reason, r.customers, r.monthly_revenue_cents) for r in reasons_report(engine)]


def _centre_totals(url: str) -> list[tuple[str | None, int, int]]:
    engine = central_engine(url)
    try:
        return _totals(engine)
    finally:
        engine.dispose()


def _in_files(desk: D.Desk) -> list[str]:
    """The secrets found in the desk's database, its log and its backups (raw bytes)."""
    found = []
    folder = desk.ws.paths.data_dir
    for path in [*folder.glob("*.sqlite3*"), *(folder / "backups").glob("*")]:
        data = path.read_bytes()
        found += [f"{path.name}: {s}" for s in SECRETS if s.encode() in data]
    return found


def _in_centre(url: str) -> list[str]:
    """The central tables whose rows mention a secret (as PostgreSQL prints the row)."""
    engine = make_engine(url)
    found = []
    with engine.connect() as conn:
        tables = conn.execute(
            text(
                "SELECT table_schema, table_name FROM information_schema.tables"
                " WHERE table_type = 'BASE TABLE'"
                " AND table_schema NOT IN ('pg_catalog', 'information_schema')"
            )
        ).all()
        for schema, table in tables:
            for secret in SECRETS:
                hit = conn.execute(
                    text(f'SELECT count(*) FROM "{schema}"."{table}" t WHERE t::text LIKE :s'),
                    {"s": f"%{secret}%"},
                ).scalar()
                if hit:
                    found.append(f"{schema}.{table}: {secret}")
    engine.dispose()
    return found


def test_an_erasure_reaches_the_centre_and_the_other_desk(
    team: Any, tmp_path: Path, centre: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = team.a, team.b
    where = tmp_path / "clientes.csv"
    where.write_text(
        "Código;Nome;Telefone;Receita mensal;Motivo\n"
        f"{CODE};{NAME};(11) 98765-4321;150,00;Preço\n"
        "E-2;Outro Cliente;(11) 91111-2222;90,00;Preço\n",
        encoding="utf-8",
    )
    me = users.current_user(a.sessions)
    assert me is not None
    run_to_end(imports.run_import(a.sessions, me, imports.inspect_file(where)))
    D.finish_call(a, D.customer_id(a, CODE), Outcome.WON_BACK)
    for desk in (a, b, a, b):
        desk.sync()
    assert D.customer(b, CODE).name == NAME  # desk B holds the person too
    for desk in (a, b):  # and each has a pre-upgrade backup holding them
        backup_file(desk.ws.paths.database, desk.ws.paths.backup_dir, "before-0099")
    before = {"a": _totals(a.ws.database.engine), "b": _totals(b.ws.database.engine)}
    centre_before = _centre_totals(centre)

    done = erase_customer(
        a.sessions, me, code=CODE, request_ref="LGPD-1", backup_dir=a.ws.paths.backup_dir
    )
    assert not done.already and _in_files(a) == []

    # A kill after the centre committed the push: the erasure stays queued and is sent again.
    def crash(*_args: object) -> None:
        raise RuntimeError("killed after the centre committed")

    monkeypatch.setattr(exchange, "forget_entries", crash)
    with pytest.raises(RuntimeError):
        a.sync()
    monkeypatch.undo()
    for desk in (a, b, a, b):
        desk.sync()

    problems = {"desk A": _in_files(a), "desk B": _in_files(b), "centre": _in_centre(centre)}
    assert problems == {"desk A": [], "desk B": [], "centre": []}
    assert D.customer(b, f"ANON-{done.customer_id.hex}").name == done.pseudonym
    assert {"a": _totals(a.ws.database.engine), "b": _totals(b.ws.database.engine)} == before
    assert _centre_totals(centre) == centre_before

    # A second erasure, on either desk, changes nothing.
    other = users.current_user(b.sessions)
    assert other is not None
    assert erase_customer(b.sessions, other, code=CODE, request_ref="R").already
    assert erase_customer(a.sessions, me, code=CODE, request_ref="R").already
