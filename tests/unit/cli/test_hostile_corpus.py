"""The hostile-input corpus (``tests/hostile_corpus.py``) through the real CLI: each case
gives its exit code, its one line on stderr and no traceback, stays under the memory bound,
and leaves the database as it was unless the case imports or exports for real."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from tests.hostile_corpus import CASES, PEAK_LIMIT_MB, Case, digest, run_case

PROGRESS = re.compile(r"^(\w+: )?(reading|exporting|saving|indexing|\d+ rows)\b.*$")


def _said(stderr: str) -> list[str]:
    """The lines of stderr that say something (the progress line, redrawn, left out)."""
    pieces = (piece.strip() for line in stderr.split("\n") for piece in line.split("\r"))
    return [piece for piece in pieces if piece and not PROGRESS.match(piece)]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a supervisor signed in (copied for every case)."""
    base = tmp_path_factory.mktemp("desk") / "data"
    ws = open_workspace(AppPaths(base, base / "logs"))
    users.create_user(ws.sessions, "Sofia Supervisora", Role.SUPERVISOR, make_current=True)
    ws.close()
    return base


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_gets_one_clear_line(case: Case, desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(desk, data)
    folder = tmp_path / "input"
    folder.mkdir()
    args = case.build(folder, data)
    before = digest(data)

    outcome = run_case(args, data, modes_apply=case.non_root)

    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.code == case.exit_code, outcome.stderr
    lines = _said(outcome.stderr)
    if case.lines is not None:
        assert len(lines) == case.lines, outcome.stderr
    assert case.says in outcome.stderr, outcome.stderr
    assert outcome.peak_mb < PEAK_LIMIT_MB, f"{outcome.peak_mb:.0f} MB"
    if not case.db_may_change:
        assert digest(data) == before, "the database changed"
    if case.check is not None:
        case.check(folder)
    # Nothing left behind: no temporary file beside an export's target.
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]
