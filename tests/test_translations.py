"""The compiled translations are complete and match their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_translations.py"


def test_portuguese_translations_are_complete() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_committed_qm_files_are_built_from_the_ts_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("pt_BR", "pt_PT"):
        sources = sorted(
            str(p) for p in (ROOT / "resources" / "translations").glob(f"*/*_{lang}.ts")
        )
        out = tmp_path / f"{lang}.qm"
        subprocess.run(
            [str(lrelease), "-silent", *sources, "-qm", str(out)], check=True, timeout=120
        )
        committed = ROOT / "resources" / "translations" / f"recovery_desk_{lang}.qm"
        assert out.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run python scripts/build_translations.py"
        )
