"""Importing departed customers: formats, bad input, re-import, all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import Cancelled, CancelToken, Progress, run_to_end
from recovery_desk.storage.tables import AuditEntry, Customer, OutboxEntry, Reason, ReasonCategory
from tests.unit.services.imports.helpers import by_name, customers, do_import, write

HEADER = "Código;Nome;Telefone;Receita mensal;Data de saída\n"


def _snapshot(sessions: Sessions) -> tuple[object, ...]:
    with sessions() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (AuditEntry, OutboxEntry, Reason, ReasonCategory)
        )
        triggers = session.execute(
            text(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index')"
                " ORDER BY type, name"
            )
        ).all()
    return (customers(sessions), counts, triggers)


def _search(sessions: Sessions, term: str) -> set[str]:
    with sessions() as session:
        return set(
            session.scalars(
                text(
                    "SELECT c.name FROM customers_fts f JOIN customers c ON c.rowid = f.rowid "
                    "WHERE customers_fts MATCH :q"
                ),
                {"q": term},
            )
        )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_detected(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO, encoding: str
) -> None:
    text = "Nome;Região;Valor\nJoão Conceição;São Paulo;1.234,56\n"
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text, encoding))
    assert summary.inserted == 1
    row = by_name(sessions)["João Conceição"]
    assert row["region"] == "São Paulo"
    assert row["monthly_revenue_cents"] == 123456


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_sniffed_and_embedded_newlines(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO, delimiter: str
) -> None:
    rows = [
        ["Name", "Notes", "Monthly revenue"],
        ["Ana", '"first line\nsecond line"', "10"],
        ["Bia", "plain", "20"],
    ]
    text = "\n".join(delimiter.join(r) for r in rows) + "\n"
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text))
    assert summary.inserted == 2
    assert by_name(sessions)["Ana"]["notes"] == "first line\nsecond line"


def test_values_kept_as_typed(tmp_path: Path, sessions: Sessions, supervisor: UserDTO) -> None:
    text = (
        HEADER + "000123;None;(11) 98765-4321;R$ 1.234,56;05/03/2024\n"
        "12345678901234567890;Zé;12345;;\n"
    )
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text))
    assert (summary.inserted, summary.no_revenue, summary.no_departure) == (2, 1, 1)
    assert summary.invalid_phones == 1
    rows = by_name(sessions)
    assert rows["None"]["external_id"] == "000123"
    assert rows["None"]["phone"] == "+5511987654321"
    assert rows["None"]["departed_on"] == date(2024, 3, 5)
    assert "5511987654321" in rows["None"]["search_terms"]
    assert "11987654321" in rows["None"]["search_terms"]
    assert rows["Zé"]["external_id"] == "12345678901234567890"
    assert (rows["Zé"]["phone"], rows["Zé"]["phone_valid"]) == ("12345", False)
    assert rows["Zé"]["name_folded"] == "ze"


def test_portuguese_region(tmp_path: Path, sessions: Sessions, supervisor: UserDTO) -> None:
    text = "Nome;Telemóvel;Valor\nRui;912 345 678;1.234,56 €\n"
    do_import(sessions, supervisor, write(tmp_path / "f.csv", text), region="PT")
    row = by_name(sessions)["Rui"]
    assert (row["phone"], row["currency"], row["monthly_revenue_cents"]) == (
        "+351912345678",
        "EUR",
        123456,
    )


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Resumo"
    first.append(["nada aqui"])
    sheet = book.create_sheet("Saídas")
    sheet.append(["ID", "Cliente", "Valor", "Data de saída", "Cliente desde"])
    sheet.append([123, "Ana", 99.9, date(2024, 3, 5), 40000])
    sheet.append(["007", "Bia", "1.234,56", "05/03/2024", None])
    book.save(path)
    return path


def test_xlsx_typed_cells_and_sheet_choice(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    path = _workbook(tmp_path / "f.xlsx")
    with pytest.raises(ValidationError, match="customer code or the name"):
        imports.inspect_file(path)  # the first sheet has no identity column
    with pytest.raises(ValidationError, match="no sheet named"):
        imports.inspect_file(path, sheet="Nope")
    summary = do_import(sessions, supervisor, path, sheet="Saídas")
    assert summary.inserted == 2
    rows = by_name(sessions)
    assert rows["Ana"]["external_id"] == "123"
    assert rows["Ana"]["monthly_revenue_cents"] == 9990
    assert rows["Ana"]["departed_on"] == date(2024, 3, 5)
    assert rows["Ana"]["customer_since"] == date(2009, 7, 6)
    assert rows["Bia"]["external_id"] == "007"


def _reason(sessions: Sessions, reason_id: object) -> tuple[Reason, ReasonCategory]:
    with sessions() as session:
        reason = session.get_one(Reason, reason_id)
        return reason, session.get_one(ReasonCategory, reason.category_id)


def test_reasons_matched_or_created(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    text = (
        "Nome;Motivo;Categoria\n"
        "Ana;PRICE TOO HIGH;\n"
        "Bia;preco DEMASIADO elevado;\n"
        "Caio;Mudou de cidade;\n"
        "Duda;Sinal fraco;Rede\n"
        "Enzo;Fila longa;atitude no ATENDIMENTO\n"
    )
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text))
    assert summary.new_reasons == 3
    rows = by_name(sessions)
    ana, _ = _reason(sessions, rows["Ana"]["imported_reason_id"])
    assert ana.code == "PRICE_TOO_HIGH"
    assert rows["Bia"]["imported_reason_id"] == rows["Ana"]["imported_reason_id"]
    caio, caio_cat = _reason(sessions, rows["Caio"]["imported_reason_id"])
    assert caio.needs_review and caio_cat.is_unreviewed and caio_cat.code == "UNREVIEWED"
    assert caio.code == "IMP_MUDOU_DE_CIDADE"
    assert rows["Caio"]["imported_reason_text"] == "Mudou de cidade"
    duda, duda_cat = _reason(sessions, rows["Duda"]["imported_reason_id"])
    assert duda.needs_review and duda_cat.label_pt_br == "Rede" and not duda_cat.is_unreviewed
    _enzo, enzo_cat = _reason(sessions, rows["Enzo"]["imported_reason_id"])
    assert enzo_cat.code == "STAFF"


def test_reimport_updates_instead_of_duplicating(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    first = (
        "Código;Nome;Telefone;E-mail;Valor\n"
        "1;Ana;;;10\n"
        ";Bia;(11) 98765-4321;;20\n"
        ";Caio;;caio@x.pt;30\n"
        ";Duda;;;40\n"
    )
    do_import(sessions, supervisor, write(tmp_path / "a.csv", first))
    again = do_import(sessions, supervisor, write(tmp_path / "a.csv", first))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    second = (
        "Código;Nome;Telefone;E-mail;Valor\n"
        "1;Ana Maria;;;11\n"
        ";Beatriz;11 98765 4321;;21\n"
        ";Caio;;CAIO@x.pt;31\n"
        ";Duda;;;40\n"
    )
    summary = do_import(sessions, supervisor, write(tmp_path / "b.csv", second))
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 3, 1)
    rows = by_name(sessions)
    assert set(rows) == {"Ana Maria", "Beatriz", "Caio", "Duda"}
    assert rows["Beatriz"]["monthly_revenue_cents"] == 2100
    assert rows["Ana Maria"]["version"] == 2


def test_duplicate_rows_in_one_file(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    text = "ID;Nome;Valor\n1;Ana;10\n1;Ana;12\n"
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text))
    assert (summary.inserted, summary.updated) == (1, 1)
    assert by_name(sessions)["Ana"]["monthly_revenue_cents"] == 1200


def test_rejected_rows_and_reimportable_errors_csv(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    text = (
        HEADER + "1;Ana;;10;01/01/2024\n"
        ";;;10;01/01/2024\n"
        "3;Caio;;dez reais;01/01/2024\n"
        '4;"Duda\nSilva";;1;31/02/2024\n'
        "5;Enzo;;5;2024-02-01\n"
    )
    errors = tmp_path / "erros.csv"
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", text), errors_path=errors)
    assert (summary.inserted, summary.rejected) == (2, 3)
    assert [(r.row, r.field) for r in summary.rejections] == [
        (3, "name"),
        (4, "monthly_revenue"),
        (5, "departed_on"),
    ]
    assert "dez reais" in summary.rejections[1].text()
    assert summary.errors_file == errors
    content = errors.read_text("utf-8-sig")
    assert content.splitlines()[0] == "Código;Nome;Telefone;Receita mensal;Data de saída;erro"
    assert "Receita mensal: not an amount of money: dez reais" in content
    fixed = content.replace("dez reais", "10").replace("31/02/2024", "28/02/2024")
    fixed = fixed.replace("\n;;;10", "\n2;Bia;;10")
    again = do_import(sessions, supervisor, write(tmp_path / "fixed.csv", fixed, "utf-8-sig"))
    assert (again.inserted, again.rejected) == (3, 0)
    assert len(customers(sessions)) == 5
    assert not list(tmp_path.glob(".import-errors-*"))


def test_unreadable_file_and_bad_mapping_write_nothing(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    before = _snapshot(sessions)
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02\x03" * 10 + b"abc\x00")
    with pytest.raises(ValidationError, match="not a CSV"):
        do_import(sessions, supervisor, tmp_path / "bin.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError, match="cannot be read"):
        do_import(sessions, supervisor, tmp_path / "bad.xlsx")
    with pytest.raises(ValidationError, match="empty"):
        do_import(sessions, supervisor, write(tmp_path / "empty.csv", "\n\n"))
    no_identity = write(tmp_path / "f.csv", "Valor;Data de saída\n10;01/01/2024\n")
    with pytest.raises(ValidationError, match="customer code or the name"):
        do_import(sessions, supervisor, no_identity)
    with pytest.raises(ValidationError):
        do_import(sessions, supervisor, write(tmp_path / "g.csv", HEADER), overrides={"name": "X"})
    assert _snapshot(sessions) == before


def test_only_supervisors_import(tmp_path: Path, sessions: Sessions, agent: UserDTO) -> None:
    with pytest.raises(PermissionDenied):
        do_import(sessions, agent, write(tmp_path / "f.csv", "Nome\nAna\n"))


def _big_file(tmp_path: Path, rows: int) -> Path:
    lines = [HEADER.rstrip("\n")]
    lines += [f"{i};Cliente {i};;{i},50;01/01/2024" for i in range(rows)]
    lines.append(";;;x;")  # a rejected row, so an errors file is spooled
    return write(tmp_path / "big.csv", "\n".join(lines) + "\n")


def test_cancel_mid_import_leaves_db_as_before(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("recovery_desk.services.imports.writer.BATCH", 100)
    do_import(sessions, supervisor, write(tmp_path / "seed.csv", "ID;Nome\n1;Ana\n"))
    before = _snapshot(sessions)
    info = imports.inspect_file(_big_file(tmp_path, 3000))
    token = CancelToken()
    errors = tmp_path / "errors.csv"
    gen = imports.run_import(sessions, supervisor, info, token=token, errors_path=errors)
    reports: list[Progress] = []
    with pytest.raises(Cancelled):
        for report in gen:
            reports.append(report)
            if len(reports) == 2:
                token.cancel()
    assert _snapshot(sessions) == before
    assert not errors.exists()
    assert not list(tmp_path.glob(".import-errors-*"))


def test_a_bulk_import_builds_indexes_at_the_end(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recovery_desk.storage.deferred_indexes import DeferredIndexes

    monkeypatch.setattr(imports, "ESTIMATE_AFTER", 2500)  # the 90 kB file is read by then
    deferred: list[int] = []
    cancel_when_deferred: list[CancelToken] = []
    real_defer = DeferredIndexes.defer

    def spy(self: DeferredIndexes) -> int:
        deferred.append(real_defer(self))
        for token in cancel_when_deferred:
            token.cancel()
        return deferred[-1]

    monkeypatch.setattr(DeferredIndexes, "defer", spy)
    before = _snapshot(sessions)
    info = imports.inspect_file(_big_file(tmp_path, 3000))
    # Cancelled after the indexes were dropped: they come back with everything else.
    cancel_when_deferred.append(CancelToken())
    gen = imports.run_import(
        sessions, supervisor, info, token=cancel_when_deferred[0], defer_at=1000
    )
    with pytest.raises(Cancelled):
        run_to_end(gen)
    assert deferred and deferred[0] >= 5
    assert _snapshot(sessions) == before
    cancel_when_deferred.clear()
    always = type("Always", (), {"ready": lambda _self: True})
    monkeypatch.setattr(imports, "Throttle", always)  # every report, not one per 0.1 s
    gen = imports.run_import(sessions, supervisor, info, defer_at=1000)
    reports: list[Progress] = []
    try:
        while True:
            reports.append(next(gen))
    except StopIteration as stop:
        summary = stop.value
    assert summary.inserted == 3000 and len(deferred) == 2
    # The bar moves forward only, reading up to 90 %, then an index at a time to the end.
    fractions = [r.fraction for r in reports]
    assert all(f is not None for f in fractions) and fractions == sorted(fractions)  # type: ignore[type-var]
    building = [r for r in reports if r.message.startswith("indexing")]
    assert len(building) == deferred[-1]
    assert all(0.9 < (r.fraction or 0) <= 1.0 for r in building)
    assert max(r.fraction or 0 for r in reports if r.message.endswith("rows")) <= 0.9
    assert reports[-1].fraction == 1.0
    assert _snapshot(sessions)[2] == before[2]  # every index back, with the same definition
    with sessions() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM customers WHERE departed_on > '2024-01-01'"
            )
        ).all()
    assert "ix_customers" in str(plan)


def test_crash_mid_import_leaves_db_as_before(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recovery_desk.services.imports import writer as import_writer

    monkeypatch.setattr(import_writer, "BATCH", 100)
    before = _snapshot(sessions)
    real = import_writer.CustomerWriter._update
    calls = {"n": 0}

    def explode(self: import_writer.CustomerWriter, *args: object) -> None:
        calls["n"] += 1
        raise RuntimeError("disk on fire")

    path = _big_file(tmp_path, 500)
    do_import(sessions, supervisor, path)
    monkeypatch.setattr(import_writer.CustomerWriter, "_update", explode)
    before = _snapshot(sessions)
    changed = path.read_text("utf-8").replace(",50;", ",75;")
    with pytest.raises(RuntimeError, match="disk on fire"):
        do_import(sessions, supervisor, write(tmp_path / "changed.csv", changed))
    assert calls["n"] == 1 and real is not explode
    assert _snapshot(sessions) == before


def test_import_is_audited_and_queued(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    summary = do_import(sessions, supervisor, write(tmp_path / "f.csv", "Nome\nAna\nBia\n"))
    assert summary.inserted == 2
    with sessions() as session:
        audit = session.scalars(select(AuditEntry)).one()
        queued = session.execute(
            select(OutboxEntry.entity_id, OutboxEntry.version).where(
                OutboxEntry.entity == "customers"
            )
        ).all()
        customers = session.execute(select(Customer.id, Customer.version)).all()
    assert audit.user_id == supervisor.id and audit.action == "customers.import"
    assert audit.details is not None and audit.details["file"] == "f.csv"
    assert audit.details["inserted"] == 2
    # Each new customer is queued for the centre once, under its own id and version.
    assert sorted(queued) == sorted(customers) and len(queued) == 2


def test_imported_customers_are_searchable(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    before = _snapshot(sessions)[2]
    text_ = "Código;Nome;Telefone\n0042;Conceição Araújo;(11) 98765-4321\n7;Bia;\n"
    do_import(sessions, supervisor, write(tmp_path / "f.csv", text_))
    assert _search(sessions, "conceicao") == {"Conceição Araújo"}
    assert _search(sessions, '"11987654321"') == {"Conceição Araújo"}
    assert _search(sessions, "bia") == {"Bia"}
    assert _snapshot(sessions)[2] == before  # the per-row trigger is back
    update = "Código;Nome\n7;Beatriz\n"
    do_import(sessions, supervisor, write(tmp_path / "g.csv", update))
    assert _search(sessions, "beatriz") == {"Beatriz"} and not _search(sessions, "bia")


def test_imported_reason_is_the_primary_reason_until_a_call_confirms_one(
    tmp_path: Path, sessions: Sessions, supervisor: UserDTO
) -> None:
    from recovery_desk.storage.tables import Customer, Reason

    do_import(
        sessions,
        supervisor,
        write(tmp_path / "a.csv", "ID;Nome;Motivo\n1;Ana;Preço alto demais\n2;Bia;\n"),
    )
    with sessions() as session:
        price = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
        got = {
            c.name: (c.primary_reason_id, c.primary_reason_source)
            for c in session.scalars(select(Customer))
        }
    assert got == {"Ana": (price, "imported"), "Bia": (None, None)}
    # Re-import with a reason for Bia: the update path refreshes it too.
    do_import(
        sessions, supervisor, write(tmp_path / "b.csv", "ID;Nome;Motivo\n2;Bia;Preço alto demais\n")
    )
    with sessions() as session:
        bia = session.scalars(select(Customer).where(Customer.name == "Bia")).one()
    assert (bia.primary_reason_id, bia.primary_reason_source) == (price, "imported")
