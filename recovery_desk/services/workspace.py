"""Opening an installation's data: folders, database, default catalogues."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desk import paths as app_paths
from recovery_desk.paths import AppPaths
from recovery_desk.services.catalogue.defaults import seed_defaults
from recovery_desk.services.dto import Sessions
from recovery_desk.services.primary_reason import track_primary_reasons
from recovery_desk.storage.db import Database, open_database
from recovery_desk.storage.scratch import clean_stale


@dataclass
class Workspace:
    """An open installation: its paths and its local database."""

    paths: AppPaths
    database: Database

    @property
    def sessions(self) -> Sessions:
        return self.database.sessions

    def close(self) -> None:
        self.database.dispose()


def open_workspace(paths: AppPaths) -> Workspace:
    """Create folders, open (create/upgrade) the database and seed the catalogues.

    Raises:
        OSError: the data folder cannot be created or written.
        StorageUnavailable: the database file cannot be used.
    """
    app_paths.ensure(paths)
    clean_stale()  # what a killed export or import left behind
    track_primary_reasons()
    database = open_database(paths.database, paths.backup_dir)
    seed_defaults(database.sessions)
    return Workspace(paths=paths, database=database)
