"""``pip install .`` (not editable) into a fresh venv outside the checkout gives a working
app and CLI: the wheel carries its resources and migrations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.packaging.smoke import clean_env, run, smoke

# What a wheel is built from: the source, not the venv, caches or tests.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*_cache", "tests", "docs"
)

pytestmark = pytest.mark.slow


def _pip(venv_python: Path, *args: str, cwd: Path) -> None:
    done = subprocess.run(
        [str(venv_python), "-m", "pip", "--disable-pip-version-check", "-q", *args],
        capture_output=True, text=True, cwd=cwd, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``recovery-desk`` of a wheel installed into a fresh venv outside the checkout."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(REPO_ROOT, source, ignore=NOT_SOURCE)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _pip(python, "wheel", "--no-deps", "-w", str(base / "dist"), str(source), cwd=base)
    wheel = next((base / "dist").glob("recovery_desk-*.whl"))
    _pip(python, "install", str(wheel), cwd=base)
    shutil.rmtree(source)  # nothing may be read from a checkout any more
    return python.parent / ("recovery-desk.exe" if sys.platform == "win32" else "recovery-desk")


def test_the_wheel_carries_resources_read_through_importlib_resources(
    installed: Path, tmp_path: Path
) -> None:
    python = installed.parent / ("python.exe" if sys.platform == "win32" else "python")
    env = clean_env(tmp_path)
    probe = (
        "from recovery_desk import resources, storage; "
        "print(resources.root()); print(resources.path('translations', 'recovery_desk_pt_BR.qm')); "
        "print(len(resources.load_json('catalogues', 'reasons.json')) > 0)"
    )
    found = run([str(python), "-c", probe], cwd=tmp_path, env=env)
    assert found.returncode == 0, found.stderr
    root, qm, catalogue = found.stdout.splitlines()
    assert "site-packages" in root and root.endswith("_resources")
    assert Path(qm).is_file() and catalogue == "True"


def test_the_installed_app_and_cli_work_outside_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    seen = smoke([str(installed)], tmp_path)
    assert float(seen["start_ms"]) > 0  # type: ignore[arg-type]
