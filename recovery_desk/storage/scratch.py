"""Kill-safe temporary files: nothing is left behind by a crash or a kill.

An output file (an export, an errors CSV) is written to a temporary file in its own folder
and put in place in one rename. Where the file system allows it (Linux: ``O_TMPFILE``),
that temporary has no name until it is complete, so a kill leaves nothing. Elsewhere it
is a short hidden ``.rd-XXXXXXXX.part`` file, recorded in the scratch folder by a marker
that holds an advisory lock while the writer lives.

Work files that need a name (openpyxl's sheet files) live in the scratch folder itself, a
folder of this user's own, each locked while in use. :func:`clean_stale` — run at every
start — removes whatever a killed process left there, and the ``.part`` files its markers
name; a file another running process still holds is never touched.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: a file another process holds open cannot be deleted at all
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("recovery_desk.storage")

PART_PREFIX = ".rd-"
PART_SUFFIX = ".part"
PART_NAME = re.compile(r"^\.rd-[0-9a-f]{8}\.part$")
MARKER_PREFIX = "part-"


def scratch_dir() -> Path:
    """This user's scratch folder (created, private), cleaned at every start."""
    owner = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    folder = Path(tempfile.gettempdir()) / f"recovery-desk-{owner}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _locked(fd: int) -> bool:
    """Take the advisory lock of ``fd``; False when another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


class WorkFile:
    """A named work file in the scratch folder, locked while this process uses it."""

    def __init__(self, suffix: str = "", folder: Path | None = None, prefix: str = "work-"):
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder or scratch_dir())
        _locked(fd)
        self.fd = fd
        self.path = Path(name)

    def remove(self) -> None:
        """Delete the file (if still there) and release the lock."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class OutputFile:
    """A temporary file beside ``target``, put in place by :meth:`commit`.

    ``fd`` is open for reading and writing. The file gets ``mode`` when committed (the
    replaced file's mode, or the usual mode of a new file under the umask).
    """

    def __init__(self, target: Path, mode: int | None = None, folder: Path | None = None):
        self.target = target
        self.mode = _new_file_mode() if mode is None else mode
        self.named: Path | None = None
        self.marker: WorkFile | None = None
        try:
            self.fd = os.open(target.parent, os.O_TMPFILE | os.O_RDWR, 0o600)
        except (AttributeError, OSError) as exc:  # no O_TMPFILE here: a named .part file
            if isinstance(exc, OSError) and exc.errno not in _NO_TMPFILE:
                raise
            self.marker = WorkFile(folder=folder, prefix=MARKER_PREFIX)
            self.named = target.parent / f"{PART_PREFIX}{secrets.token_hex(4)}{PART_SUFFIX}"
            os.write(self.marker.fd, os.fsencode(self.named))
            try:
                self.fd = os.open(self.named, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except BaseException:
                self.marker.remove()
                raise

    def commit(self) -> None:
        """Give the file its mode and put it at the target in one rename."""
        if hasattr(os, "fchmod"):
            os.fchmod(self.fd, self.mode)
        os.fsync(self.fd)
        if self.named is None:
            self.named = self.target.parent / f"{PART_PREFIX}{secrets.token_hex(4)}{PART_SUFFIX}"
            # linkat(AT_SYMLINK_FOLLOW) gives the nameless file a name; Python calls
            # linkat, not link, only when a folder descriptor is passed.
            folder = os.open(self.target.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.link(f"/proc/self/fd/{self.fd}", self.named.name, dst_dir_fd=folder)
            finally:
                os.close(folder)
        try:
            os.replace(self.named, self.target)
        except BaseException:
            self.named.unlink(missing_ok=True)
            raise
        self.named = None
        self.close()

    def close(self) -> None:
        """Close the file and remove it unless committed (a no-op after :meth:`commit`)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.named is not None:
            with contextlib.suppress(OSError):
                self.named.unlink()
            self.named = None
        if self.marker is not None:
            self.marker.remove()
            self.marker = None


_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOSYS}


def _new_file_mode() -> int:
    """The mode a new file gets under this process's umask (0o666 less the umask)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def clean_stale(folder: Path | None = None) -> int:
    """Remove what killed processes left in the scratch folder (and the ``.part`` files
    its markers name); returns how many files went. Files in use are kept."""
    removed = 0
    try:
        folder = folder or scratch_dir()
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.is_file(follow_symlinks=False):
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if not _locked(fd):
                continue  # a live process holds it
            part = os.read(fd, 4096) if entry.name.startswith(MARKER_PREFIX) else b""
            if part and PART_NAME.match(Path(os.fsdecode(part)).name):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(part)
                    removed += 1
            os.unlink(entry.path)
            removed += 1
        except OSError as exc:
            log.warning("could not remove the stale file %s: %s", entry.path, exc)
        finally:
            os.close(fd)
    if removed:
        log.info("removed %d files left by an interrupted export or import", removed)
    return removed
