"""The one place that knows where Recovery Desk keeps its files.

Precedence: ``--data-dir`` > ``RECOVERY_DESK_DATA_DIR`` > the appdirs user directories.
Nothing else calls appdirs, and nothing is ever written next to the code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

from recovery_desk import APP_NAME

ENV_VAR = "RECOVERY_DESK_DATA_DIR"
DB_NAME = "recovery-desk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """Folders and files of one installation (or one ``--data-dir``)."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def local_centre(self) -> Path:
        """The SQLite file that plays the centre when no PostgreSQL is configured."""
        return self.data_dir / "centre.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "recovery-desk.log"


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Return the paths to use, honouring the override precedence."""
    chosen = data_dir or os.environ.get(ENV_VAR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, log_dir=base / "logs")
    return AppPaths(
        data_dir=Path(appdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(appdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def demo_paths() -> AppPaths:
    """The separate data dir ``--demo`` uses, so demo data never mixes with real data."""
    base = Path(appdirs.user_data_dir(APP_NAME, appauthor=False)).with_name(APP_NAME + "-demo")
    return AppPaths(data_dir=base, log_dir=base / "logs")


def ensure(paths: AppPaths) -> None:
    """Create the folders; raises ``OSError`` when the location cannot be written."""
    for folder in (paths.data_dir, paths.log_dir, paths.backup_dir):
        folder.mkdir(parents=True, exist_ok=True)
    probe = paths.data_dir / ".write-test"
    probe.write_text("ok", encoding="ascii")
    probe.unlink()
