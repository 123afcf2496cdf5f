"""Where an export may be written, and one line for every place it may not.

The target is checked before anything is written: a symbolic link or anything but a
regular file at the name is refused (a link is never followed, so an export never
overwrites a file elsewhere), a name longer than the folder's file system allows is
refused, and an existing regular file is replaced — said in the summary — keeping its
mode. Writing goes through :class:`recovery_desk.storage.scratch.OutputFile`; any OS error
on the way becomes :class:`TargetError`, one line with the path and the reason.
:func:`place_with_audit` puts the file in place with its audit entry, in one step.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.storage.scratch import OutputFile
from recovery_desk.storage.tables import AuditEntry

log = logging.getLogger("recovery_desk.exports")

NO_FOLDER = QT_TRANSLATE_NOOP("messages", "%1: the folder does not exist")
IS_LINK = QT_TRANSLATE_NOOP(
    "messages", "%1 is a symbolic link: choose the file itself, links are not followed"
)
IS_FOLDER = QT_TRANSLATE_NOOP("messages", "%1 is a folder: choose a file name")
NOT_REGULAR = QT_TRANSLATE_NOOP("messages", "%1 is not a regular file (a device or a pipe)")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "%1: the name is %2 bytes long; this folder allows at most %3"
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("messages", "%1 cannot be written: %2")
NOT_AUDITED = QT_TRANSLATE_NOOP(
    "messages", "%1 was not exported: the audit log could not record it (%2)"
)


class TargetError(ValidationError):
    """The export's target cannot be written; nothing was written there."""

    def __init__(self, template: str, path: Path, *more: str):
        super().__init__(template, field="out", args=(str(path), *more))
        self.template = template
        self.path = path


@dataclass(frozen=True)
class Target:
    """A checked target: its absolute path (links not resolved) and, when a regular file
    is there already, that file's mode (kept by the new file)."""

    path: Path
    replaces: bool
    mode: int | None


def check_target(out: Path) -> Target:
    """Check ``out`` before writing (see the module's docstring).

    Raises:
        TargetError: the folder is missing, the name is too long, or a link, a folder or a
            device is at the name.
    """
    path = Path(os.path.abspath(out))
    folder = path.parent
    if not folder.is_dir():
        raise TargetError(NO_FOLDER, folder)
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    size = len(os.fsencode(path.name))
    if size > limit:
        raise TargetError(NAME_TOO_LONG, path, str(size), str(limit))
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return Target(path, replaces=False, mode=None)
    except OSError as exc:
        raise TargetError(CANNOT_WRITE, path, exc.strerror or str(exc)) from exc
    if stat.S_ISLNK(st.st_mode):
        raise TargetError(IS_LINK, path)
    if stat.S_ISDIR(st.st_mode):
        raise TargetError(IS_FOLDER, path)
    if not stat.S_ISREG(st.st_mode):
        raise TargetError(NOT_REGULAR, path)
    return Target(path, replaces=True, mode=stat.S_IMODE(st.st_mode))


def os_error(path: Path, exc: OSError) -> TargetError:
    """An OS error on the way to ``path`` as one line naming ``path`` (never the
    temporary file) and the reason."""
    return TargetError(CANNOT_WRITE, path, exc.strerror or str(exc))


def place_with_audit(
    sessions: sessionmaker[Session], output: OutputFile, entry: AuditEntry
) -> None:
    """Put the file in place and its audit entry in the log as one step: the entry is
    written (not yet committed) first, so a database that refuses it stops the export
    before any file leaves; a commit failing after the rename takes the file back.

    Raises:
        TargetError: the database refused the entry (full disk, read-only...).
    """
    with sessions() as session:
        try:
            session.add(entry)
            session.flush()
        except SQLAlchemyError as exc:
            raise _not_audited(output.target, exc) from exc
        output.commit()
        try:
            session.commit()
        except BaseException as exc:
            output.target.unlink(missing_ok=True)
            log.error(
                "the audit entry of %s could not be saved: the file was removed", output.target
            )
            if isinstance(exc, SQLAlchemyError):
                raise _not_audited(output.target, exc) from exc
            raise


def _not_audited(path: Path, exc: SQLAlchemyError) -> TargetError:
    """The database's refusal as one line (the driver's words, without SQLAlchemy's)."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    log.error("export to %s refused by the audit log: %s", path, exc)
    return TargetError(NOT_AUDITED, path, reason)
