"""``recovery-desk catalogue export/import`` end to end, and the refusal of non-supervisors."""

from __future__ import annotations

import json

from recovery_desk.services.users import access as users
from tests.conftest import run_cli


def test_export_import_round_trip(workspace, supervisor, tmp_path):
    data_dir = workspace.paths.data_dir
    out = tmp_path / "catalogue.json"
    done = run_cli("catalogue", "export", "--out", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "catalogue written to" in done.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "recovery-desk-catalogue" and doc["version"] == 1
    busy = next(c for c in doc["categories"] if c["reasons"])
    busy["reasons"][0]["labels"]["en"] = "Changed by the file"
    out.write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli("catalogue", "import", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "reasons: 0 added, 1 changed, 0 retired" in done.stdout

    doc["offers"][0]["kind"] = "bribe"
    out.write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli("catalogue", "import", str(out), data_dir=data_dir)
    assert done.returncode == 1
    assert "$.offers[0].kind" in done.stderr and "nothing changed" in done.stderr


def test_non_supervisor_refused(workspace, agent, tmp_path):
    users.set_current_user(workspace.sessions, agent.id)
    out = tmp_path / "catalogue.json"
    done = run_cli("catalogue", "export", "--out", str(out), data_dir=workspace.paths.data_dir)
    assert done.returncode == 1
    assert "only a supervisor" in done.stderr and "agent" in done.stderr
    assert not out.exists()
