"""Nothing is lost: kill the app mid-call with SIGKILL, start again, resume, find the text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from tests.call_crash_typist import TEXT
from tests.conftest import REPO_ROOT
from tests.gui.call_helpers import add_customer


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.call_crash_typist", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )


def test_characters_typed_before_a_kill_survive(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ws = open_workspace(AppPaths(data_dir, data_dir / "logs"))
    users.create_user(ws.sessions, "Sofia Supervisora", Role.SUPERVISOR)  # first = supervisor
    users.create_user(ws.sessions, "Ana Agente", Role.AGENT, make_current=True)
    customer_id = add_customer(ws.sessions)
    ws.close()

    typist = _start(str(data_dir), "type", str(customer_id))
    assert typist.stdout is not None
    stamps: list[float] = []
    try:
        for line in typist.stdout:
            if line.startswith("typed "):
                stamps.append(float(line.split()[2]))
                if len(stamps) >= 40 and stamps[-1] - stamps[0] > 1.5:
                    break
        killed_at = time.time()
        os.kill(typist.pid, signal.SIGKILL)
    finally:
        typist.wait(10)
        typist.stdout.close()
    assert typist.returncode == -signal.SIGKILL
    safe = sum(1 for stamp in stamps if stamp < killed_at - 1.0)
    assert safe >= 10

    resumed = _start(str(data_dir), "resume")
    out, _ = resumed.communicate(timeout=30)
    assert resumed.returncode == 0, out
    state = json.loads(out.strip().splitlines()[-1])
    assert state["step"] == "apologise"
    assert state["notes"].startswith(TEXT[:safe])
