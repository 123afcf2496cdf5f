"""Catalogue files: export → import reproduces the catalogue; a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.enums import Role
from recovery_desk.services.catalogue import files, merge, reasons
from recovery_desk.services.catalogue.file_check import CatalogueFileError
from recovery_desk.services.users import access as users
from recovery_desk.storage.db import open_database
from recovery_desk.storage.tables import AuditEntry
from tests.unit.services.catalogue.helpers import (
    busy_category_index,
    first_reason,
    unreviewed_reason,
)


def _strip(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.fixture
def empty_db(tmp_path: Path):
    database = open_database(tmp_path / "empty.sqlite3", tmp_path / "backups")
    yield database.sessions
    database.dispose()


def test_export_then_import_into_empty_database_reproduces_it(
    sessions, supervisor, tmp_path, empty_db
):
    reason = first_reason(sessions)
    reasons.edit_reason(sessions, supervisor, reason.id, {"en": "Only English"}, team="Billing")
    merge.merge_reasons(sessions, supervisor, unreviewed_reason(sessions, "caro"), reason.id)
    reasons.retire_reason(sessions, supervisor, first_reason(sessions).id)
    out = tmp_path / "catalogue.json"
    counts = files.export_catalogue(sessions, supervisor, out)
    assert counts["reasons"] >= 2
    boss = users.create_user(empty_db, "Chefe", Role.SUPERVISOR)
    report = files.import_catalogue(empty_db, boss, out)
    assert report.counts["reasons"].added == counts["reasons"]
    assert report.counts["offers"].added == counts["offers"]
    assert _strip(files.catalogue_document(empty_db)) == _strip(json.loads(out.read_text()))
    again = files.import_catalogue(empty_db, boss, out)
    assert all(c.added == c.changed == c.retired == 0 for c in again.counts.values())


def test_import_reports_changes_by_code(sessions, supervisor, tmp_path):
    out = tmp_path / "c.json"
    files.export_catalogue(sessions, supervisor, out)
    doc = json.loads(out.read_text())
    busy = doc["categories"][busy_category_index(doc)]
    busy["reasons"][0]["labels"]["en"] = "Renamed in the file"
    dropped = busy["reasons"].pop()
    doc["offers"][0]["cost_cents"] += 1
    out.write_text(json.dumps(doc))
    report = files.import_catalogue(sessions, supervisor, out)
    assert report.counts["reasons"].changed == 1
    assert report.counts["reasons"].retired == 1
    assert report.counts["offers"].changed == 1
    tree = reasons.list_tree(sessions)
    retired = next(r for c in tree for r in c.reasons if r.code == dropped["code"])
    assert not retired.active
    assert "reasons: 0 added, 1 changed, 1 retired" in "\n".join(report.lines())
    with sessions() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"reason.import", "reason.retire", "offer.import", "catalogue.import"} <= actions


def test_invalid_file_changes_nothing_and_lists_every_problem(sessions, supervisor, tmp_path):
    out = tmp_path / "c.json"
    files.export_catalogue(sessions, supervisor, out)
    before = _strip(files.catalogue_document(sessions))
    doc = json.loads(out.read_text())
    index = busy_category_index(doc)
    busy = doc["categories"][index]
    busy["labels"]["en"] = "Renamed but never applied"
    busy["reasons"][0]["code"] = "bad code!"
    busy["reasons"].append(dict(busy["reasons"][1]))
    doc["offers"][0]["kind"] = "bribe"
    doc["scripts"]["apologise"]["en"]["body"] = "Hi {nope}"
    doc["phrases"]["en"].append({"phrase": ""})
    out.write_text(json.dumps(doc))
    with pytest.raises(CatalogueFileError) as info:
        files.import_catalogue(sessions, supervisor, out)
    paths = {p.path for p in info.value.problems}
    assert "$.categories[0].reasons[0].code" in paths
    assert any(
        p.startswith("$.categories[0].reasons[")
        and p.endswith(".code")
        and p != "$.categories[0].reasons[0].code"
        for p in paths
    )
    assert any(p.startswith("$.categories[0].reasons[") and ".labels." in p for p in paths)
    assert "$.offers[0].kind" in paths
    assert "$.scripts.apologise.en.body" in paths
    assert any(p.startswith("$.phrases.en[") and p.endswith(".phrase") for p in paths)
    assert _strip(files.catalogue_document(sessions)) == before


def test_offers_travel_in_files_with_their_currency(sessions, supervisor, tmp_path):
    out = tmp_path / "c.json"
    files.export_catalogue(sessions, supervisor, out)
    doc = json.loads(out.read_text())
    assert {o["currency"] for o in doc["offers"]} == {"BRL"}
    doc["offers"][0]["currency"] = "EUR"
    del doc["offers"][1]["currency"]  # a file from before offers had one: stays as it is here
    out.write_text(json.dumps(doc))
    report = files.import_catalogue(sessions, supervisor, out)
    assert report.counts["offers"].changed == 1
    currencies = {o["code"]: o["currency"] for o in files.catalogue_document(sessions)["offers"]}
    assert currencies[doc["offers"][0]["code"]] == "EUR"
    assert currencies[doc["offers"][1]["code"]] == "BRL"

    doc["offers"][2]["currency"] = "euros"
    out.write_text(json.dumps(doc))
    with pytest.raises(CatalogueFileError) as info:
        files.import_catalogue(sessions, supervisor, out)
    problems = {p.path: p.message for p in info.value.problems}
    assert list(problems) == ["$.offers[2].currency"]
    assert "ISO 4217" in problems["$.offers[2].currency"]


def test_not_json_is_one_clear_problem(sessions, supervisor, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope")
    with pytest.raises(CatalogueFileError) as info:
        files.import_catalogue(sessions, supervisor, bad)
    assert "line 1" in str(info.value)
