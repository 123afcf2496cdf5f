"""The house plan holds: every module has a room, rooms stay small, the contracts bite."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recovery_desk"
SERVICES = PACKAGE / "services"
MAX_LINES = 500


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def _layer_names(layers: object) -> set[str]:
    names: set[str] = set()
    for layer in layers:  # type: ignore[attr-defined]
        for name in str(layer).split("|"):
            names.add(name.strip().strip("()"))
    return names


def _top_level(folder: Path) -> set[str]:
    """Modules and packages directly in ``folder`` (without ``__init__``)."""
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in folder.iterdir() if (p / "__init__.py").exists()}
    return names


def test_every_top_level_module_is_in_the_layers_contract() -> None:
    layers = next(c for c in _contracts() if c["type"] == "layers" and "containers" not in c)
    named = {n.removeprefix("recovery_desk.") for n in _layer_names(layers["layers"])}
    assert _top_level(PACKAGE) <= named, _top_level(PACKAGE) - named


def test_every_services_module_has_a_layer_and_only_shared_modules_sit_at_the_top() -> None:
    layers = next(c for c in _contracts() if c.get("containers") == ["recovery_desk.services"])
    named = _layer_names(layers["layers"])
    assert _top_level(SERVICES) == named
    shared = {p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__"}
    assert shared == {"audit", "dto", "errors", "primary_reason", "progress", "workspace"}


def test_every_feature_package_says_what_it_owns_and_may_use() -> None:
    for folder in sorted(p for p in SERVICES.iterdir() if (p / "__init__.py").exists()):
        doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Owns:" in doc and "May use:" in doc, folder.name


def test_no_module_is_over_500_lines_except_migrations() -> None:
    long = []
    for path in [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        if "migrations" in path.parts:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long.append(f"{path.relative_to(ROOT)}: {lines}")
    assert long == []


@pytest.mark.slow
def test_the_contracts_fail_on_a_ui_module_that_reads_the_database(tmp_path: Path) -> None:
    """A deliberate layer skip in a copy of the package breaks ``lint-imports``."""
    shutil.copytree(PACKAGE, tmp_path / "recovery_desk", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    page = tmp_path / "recovery_desk" / "ui" / "navigation.py"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nfrom recovery_desk.storage import tables  # noqa\n",
        encoding="utf-8",
    )
    lint = Path(sys.executable).parent / "lint-imports"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "recovery_desk.ui.navigation -> recovery_desk.storage.tables" in done.stdout


def test_no_two_modules_import_each_other() -> None:
    """A two-file circle means one of them holds a piece that belongs to the other."""
    graph = grimp.build_graph("recovery_desk")
    circles = sorted(
        f"{a} <-> {b}"
        for a in graph.modules
        for b in graph.find_modules_directly_imported_by(a)
        if a < b and a in graph.find_modules_directly_imported_by(b)
    )
    assert circles == []
