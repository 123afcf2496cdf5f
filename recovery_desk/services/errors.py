"""What a user reads when storage or the centre fails: one message table per error family.

The UI and the CLI show the same texts. Each is marked with
``QT_TRANSLATE_NOOP("errors", ...)``: the UI translates it with
``QCoreApplication.translate("errors", text)`` and then fills its placeholders with
:func:`fill`; the CLI fills the English text (:func:`storage_message`,
:func:`central_message`).

- :data:`STORAGE`: ``StorageUnavailable.kind`` → a sentence with ``{path}`` and ``{detail}``.
- :data:`CENTRAL`: ``CentralError.kind`` → :class:`ErrorText`, a short text for the status
  bar and a full sentence with ``{detail}`` for a terminal.

The exceptions the UI and CLI catch are re-exported here, so neither imports storage or
SQLAlchemy; a failed read of the centre becomes :class:`CentralUnreadable`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.storage.central.engine import CentralError
from recovery_desk.storage.errors import StorageUnavailable

__all__ = [
    "CENTRAL",
    "CONTEXT",
    "STORAGE",
    "CentralError",
    "CentralUnreadable",
    "ErrorText",
    "StorageUnavailable",
    "central_message",
    "central_text",
    "fill",
    "reading_centre",
    "storage_message",
    "storage_text",
]

CONTEXT = "errors"
"""The translation context of every text here."""

STORAGE: dict[str, str] = {
    "not_a_database": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a Recovery Desk database. It was left untouched."
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "errors", "{path} belongs to another program. It was left untouched."
    ),
    "newer_database": QT_TRANSLATE_NOOP(
        "errors",
        "{path} was written by a newer version of Recovery Desk (schema {detail}). "
        "Update the app; the file was left untouched.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "errors", "{path} is locked by another program. Close it and try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "errors", "{path} is read-only. Choose a data folder you can write to."
    ),
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk holding {path} is full."),
    "cannot_open": QT_TRANSLATE_NOOP("errors", "{path} cannot be opened: {detail}"),
    "corrupt": QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be read: {detail}"),
    "unreadable": QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {detail}"),
    "several_revisions": QT_TRANSLATE_NOOP(
        "errors",
        "{path} records more than one schema version ({detail}): it is damaged. "
        "It was left untouched.",
    ),
    "empty_database": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is an empty file, not a Recovery Desk database. It was left untouched; "
        "move it away to start a new database there.",
    ),
}
"""Why the database file cannot be used, by ``StorageUnavailable.kind``."""

STORAGE_FALLBACK = QT_TRANSLATE_NOOP("errors", "{path} cannot be used: it may be damaged.")


@dataclass(frozen=True)
class ErrorText:
    """One failure said two ways: ``short`` for a status bar, ``full`` (with ``{detail}``)
    for a terminal or a dialog."""

    short: str
    full: str


CENTRAL: dict[str, ErrorText] = {
    "auth": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync: wrong user name or password"),
        QT_TRANSLATE_NOOP("errors", "the centre refused the user name or password ({detail})"),
    ),
    "demo": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Demo data stays on this computer"),
        QT_TRANSLATE_NOOP(
            "errors",
            "this desk holds demo data, which never goes to a centre; sync a desk set up with "
            "real data instead",
        ),
    ),
    "unreachable": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Offline"),
        QT_TRANSLATE_NOOP(
            "errors", "the centre cannot be reached ({detail}); changes stay in the outbox"
        ),
    ),
    "no_schema": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync: the centre is not set up"),
        QT_TRANSLATE_NOOP("errors", "the centre has no Recovery Desk schema yet: {detail}"),
    ),
    "schema_older": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync: the centre runs an older version"),
        QT_TRANSLATE_NOOP(
            "errors",
            "the centre runs an older schema ({detail}); ask its owner to run "
            "'recovery-desk central init'. Changes stay in the outbox",
        ),
    ),
    "schema_newer": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync: update Recovery Desk (the centre is newer)"),
        QT_TRANSLATE_NOOP(
            "errors",
            "the centre runs a newer schema ({detail}); update Recovery Desk. "
            "Changes stay in the outbox",
        ),
    ),
    "denied": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync: the centre refused a change"),
        QT_TRANSLATE_NOOP(
            "errors",
            "the centre refused a change ({detail}): this desk's centre login may not write "
            "it. Ask the centre's owner to check the login's role; the change stays in the "
            "outbox",
        ),
    ),
    "failed": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Sync failed"),
        QT_TRANSLATE_NOOP("errors", "sync failed ({detail})"),
    ),
}
"""Why the centre could not be used, by ``CentralError.kind`` (``failed``: anything else)."""


def storage_text(kind: str) -> str:
    """The English template for a ``StorageUnavailable.kind`` (translate it, then fill)."""
    return STORAGE.get(kind, STORAGE_FALLBACK)


def central_text(kind: str) -> ErrorText:
    """The English texts for a ``CentralError.kind``; unknown kinds read as ``failed``."""
    return CENTRAL.get(kind, CENTRAL["failed"])


def fill(template: str, *, path: object = "", detail: str = "") -> str:
    """``template`` with ``{path}`` and ``{detail}`` replaced (braces elsewhere are kept,
    so a translation with a stray brace never raises)."""
    return template.replace("{path}", str(path)).replace("{detail}", detail)


def storage_message(exc: StorageUnavailable) -> str:
    """The English sentence for ``exc`` (the CLI's line)."""
    return fill(storage_text(exc.kind), path=exc.path, detail=exc.detail)


def central_message(exc: CentralError) -> str:
    """The English full sentence for ``exc`` (the CLI's line)."""
    return fill(central_text(exc.kind).full, detail=exc.detail)


class CentralUnreadable(Exception):
    """Reading the centre's database failed (a report run against the centre)."""


@contextmanager
def reading_centre() -> Iterator[None]:
    """Turn a database failure inside the block into :class:`CentralUnreadable`.

    Raises:
        CentralUnreadable: its message names the driver's error class and text.
    """
    try:
        yield
    except SQLAlchemyError as exc:
        raise CentralUnreadable(f"{exc.__class__.__name__}: {exc}") from exc
