"""The smoke test an installed Recovery Desk must pass, whatever installed it (a wheel in a
fresh venv, the PyInstaller bundle): run from outside the checkout, with no PYTHONPATH."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from recovery_desk import __version__

CUSTOMERS_CSV = (
    "Nome;Código;Receita mensal;Data de saída;Motivo\n"
    "Carla Dias;C-1;R$ 120,00;03/11/2026;Preço alto\n"
    "Davi Reis;C-2;R$ 80,50;10/11/2026;Atendimento ruim\n"
)


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user of the install: no checkout on the path, a home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "RECOVERY_DESK"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    env.update(XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"))
    return env


def run(
    command: Sequence[str], *args: str, cwd: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def window_start_ms(
    command: Sequence[str], data_dir: Path, *, cwd: Path, env: dict[str, str]
) -> float:
    """Open the main window offscreen on ``data_dir`` and quit once it is shown; returns the
    milliseconds from process start to the window shown (the app's own measure)."""
    shown = run(
        command,
        "--data-dir",
        str(data_dir),
        "--lang",
        "pt_BR",
        cwd=cwd,
        env={
            **env,
            "QT_QPA_PLATFORM": "offscreen",
            "RECOVERY_DESK_QUIT_AFTER_SHOW": "1",
            "RECOVERY_DESK_NO_DIALOGS": "1",
        },
    )
    assert shown.returncode == 0, shown.stderr
    found = re.search(r"startup_ms=(\d+)", shown.stderr)
    assert found, shown.stderr
    return float(found.group(1))


def smoke(command: Sequence[str], work: Path) -> dict[str, object]:
    """``--version``, a desk set up headless (user add, import, report), demo data, a report,
    the window offscreen and one sync with the stand-in centre; returns what was seen."""
    work.mkdir(parents=True, exist_ok=True)
    env = clean_env(work / "home")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run(command, *args, cwd=work, env=env)

    version = cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"Recovery Desk {__version__}"

    desk = work / "desk"
    added = cli("user", "add", "Ana Lima", "--role", "supervisor", "--data-dir", str(desk))
    assert added.returncode == 0, added.stderr
    customers = work / "clientes.csv"
    customers.write_text(CUSTOMERS_CSV, encoding="utf-8")
    imported = cli("import", str(customers), "--data-dir", str(desk))
    assert imported.returncode == 0 and "2 inserted" in imported.stdout, imported.stderr
    report = cli("report", "reasons", "--format", "json", "--data-dir", str(desk))
    assert report.returncode == 0, report.stderr
    assert sum(row["customers"] for row in json.loads(report.stdout)) == 2

    demo = work / "demo"
    made = cli("demo", "--customers", "300", "--data-dir", str(demo))
    assert made.returncode == 0 and "300 customers" in made.stdout, made.stderr
    table = cli("report", "reasons", "--lang", "pt_BR", "--data-dir", str(demo))
    assert table.returncode == 0 and "Preço" in table.stdout, table.stderr

    start_ms = window_start_ms(command, demo, cwd=work, env=env)
    synced = cli("sync", "--data-dir", str(demo))
    assert synced.returncode == 0 and "synced with sqlite:" in synced.stdout, synced.stderr
    assert (demo / "centre.sqlite3").exists()
    return {"start_ms": start_ms, "desk": desk, "demo": demo, "env": env}
