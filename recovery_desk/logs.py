"""Logging: one rotating file in the log dir, named loggers per area."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def file_handler(log_file: Path) -> logging.Handler:
    """A rotating file (1 MB x 5) in the log format; creates its folder (``OSError`` when
    it cannot)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def setup(log_file: Path, *, verbose: bool = False) -> None:
    """Send ``recovery_desk.*`` records to a rotating file (1 MB x 5), once per process."""
    root = logging.getLogger("recovery_desk")
    if any(getattr(h, "_recovery_desk", False) for h in root.handlers):
        return
    handler = file_handler(log_file)
    handler._recovery_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
