"""Storage failures a user can act on, kept apart from bugs."""

from __future__ import annotations

from pathlib import Path


class StorageUnavailable(Exception):
    """The database file cannot be used (foreign, corrupt, locked, read-only, too new...).

    ``kind`` is a stable key the UI and CLI translate; ``path`` names the file.
    """

    def __init__(self, kind: str, path: Path, detail: str = ""):
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))
