"""Resources are package data: what a build ships is what the app reads, and an install
without them says so plainly instead of blaming the data folder."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_desk import resources
from recovery_desk.cli.main import main
from tests.conftest import REPO_ROOT


def test_the_build_ships_what_the_app_reads() -> None:
    tree = ast.parse((REPO_ROOT / "setup.py").read_text(encoding="utf-8"))
    shipped = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SHIPPED"
    )
    assert shipped == resources.SHIPPED
    source = REPO_ROOT / "resources"
    found = {str(p.relative_to(source)) for pattern in shipped for p in source.glob(pattern)}
    needed = {
        "catalogues/reasons.json",
        "icons/recovery-desk.svg",
        "translations/recovery_desk_pt_BR.qm",
        "translations/recovery_desk_pt_PT.qm",
    }
    assert needed <= found


@pytest.fixture
def no_resources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path / "nowhere")
    resources.root.cache_clear()
    yield
    monkeypatch.undo()
    resources.root.cache_clear()


def test_an_install_without_its_resources_says_so(
    no_resources: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["demo", "--customers", "5", "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 3
    assert err == (
        "recovery-desk: this installation of Recovery Desk is incomplete (its translations, "
        "icons and catalogues are missing): reinstall it\n"
    )
