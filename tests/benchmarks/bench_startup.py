"""Start time of the desktop bundle against the venv install, in the same run: process
start to the main window shown (offscreen), on a 3,000-customer demo desk.

The figure is the app's own measure (``startup_ms``: the process's age, read from /proc on
Linux, when the window has been shown; ``RECOVERY_DESK_QUIT_AFTER_SHOW``). Each side starts
once to warm the disk cache, then ``RD_BENCH_STARTS`` times, alternating; the medians are
compared. The bundle is built here unless ``RECOVERY_DESK_BUNDLE`` names one already built.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.common import Result
from tests.packaging.smoke import clean_env, window_start_ms

STARTS = int(os.environ.get("RD_BENCH_STARTS", "7"))
LIMIT = 1.5  # the target: the bundle starts no worse than 1.5x the venv
REPO_ROOT = Path(__file__).resolve().parents[2]


def _venv_command() -> list[str]:
    script = Path(sys.executable).parent / "recovery-desk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "recovery_desk"]


def _bundle(scratch: Path) -> Path:
    if os.environ.get("RECOVERY_DESK_BUNDLE"):
        return Path(os.environ["RECOVERY_DESK_BUNDLE"])
    out = scratch / "bundle"
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "build_bundle.py"), "--out", str(out)],
        check=True, capture_output=True, timeout=1200,
    )  # fmt: skip
    return out / "recovery-desk" / "recovery-desk"


def bench_start_bundle_vs_venv(scratch: Path) -> list[Result]:
    bundle = [str(_bundle(scratch))]
    venv = _venv_command()
    env = clean_env(scratch / "home")
    data = scratch / "desk"
    subprocess.run(
        [*venv, "demo", "--customers", "3000", "--seed", "2026", "--data-dir", str(data)],
        check=True, capture_output=True, env=env, cwd=scratch, timeout=600,
    )  # fmt: skip
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for command in (bundle, venv):  # warm-up: the first start reads everything from disk
        window_start_ms(command, data, cwd=scratch, env=env)
    for _ in range(STARTS):
        times["bundle"].append(window_start_ms(bundle, data, cwd=scratch, env=env))
        times["venv"].append(window_start_ms(venv, data, cwd=scratch, env=env))
    bundle_ms = statistics.median(times["bundle"])
    venv_ms = statistics.median(times["venv"])
    return [
        Result(
            "start, venv: process start -> main window (median)",
            venv_ms,
            "ms",
            None,
            f"{STARTS} starts, same run",
            context=True,
        ),
        Result(
            "start, bundle: process start -> main window (median)",
            bundle_ms,
            "ms",
            venv_ms * LIMIT,
            f"{LIMIT}x the venv's start, same run",
            target="bundle <= 1.5x venv",
        ),
    ]


BENCHMARKS = [bench_start_bundle_vs_venv]
