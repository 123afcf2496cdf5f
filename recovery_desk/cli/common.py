"""What every command group shares: the one-line error and its exit code, ``--data-dir``,
the workspace, the current user, progress on stderr, and reading a date."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO, TypeAlias, TypeVar

from recovery_desk import paths as app_paths
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.errors import StorageUnavailable, storage_message
from recovery_desk.services.progress import Progress, Throttle
from recovery_desk.services.workspace import Workspace, open_workspace

if TYPE_CHECKING:
    from recovery_desk.services.sync.settings import CentralTarget

EXIT_OK, EXIT_INPUT, EXIT_NOTHING, EXIT_STORAGE = 0, 1, 2, 3
EXIT_USAGE = EXIT_NOTHING  # a misused option exits 2, as argparse's own usage errors do
EXIT_UNEXPECTED = 4  # a fault of Recovery Desk itself: one line here, the traceback in the log
EXIT_PIPE = 141  # the reader of the output went away (| head), as Unix tools cut short exit

Handler: TypeAlias = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

NO_USER = (
    "no user works at this desk yet: add the first supervisor with "
    "recovery-desk user add NAME --role supervisor (or start the app once)"
)
NO_CURRENT_USER = (
    "no one is the current user of this desk: choose one with recovery-desk user switch "
    "LOGIN_OR_NAME (recovery-desk user list shows them)"
)
NOT_ALLOWED = "only a supervisor may do this; {name} is signed in here as {role}"

T = TypeVar("T")


class CliError(Exception):
    """A failure to report as one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_INPUT):
        super().__init__(message)
        self.code = code


def add_common(parser: argparse.ArgumentParser) -> None:
    """The option every sub-command takes."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the database and logs (default: RECOVERY_DESK_DATA_DIR, else the "
        "user's data folder)",
    )


def data_paths(args: argparse.Namespace) -> app_paths.AppPaths:
    """The data folder of a command: ``--data-dir``; else the demo folder for ``demo`` and
    ``recovery-desk --demo SUB``; else ``RECOVERY_DESK_DATA_DIR`` or the user's folder."""
    if getattr(args, "data_dir", None):
        return app_paths.resolve(args.data_dir)
    if getattr(args, "demo_folder", False):
        return app_paths.demo_paths()
    return app_paths.resolve(None)


@contextmanager
def workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """Open the workspace of :func:`data_paths`, turning failures into ``CliError``."""
    paths = data_paths(args)
    try:
        ws = open_workspace(paths)
    except StorageUnavailable as exc:
        raise CliError(storage_message(exc), EXIT_STORAGE) from exc
    except OSError as exc:
        raise CliError(
            f"cannot write to the data folder {paths.data_dir}: {exc.strerror or exc}",
            EXIT_STORAGE,
        ) from exc
    try:
        yield ws
    finally:
        ws.close()


def current_user(ws: Workspace, *, supervisor: bool = False) -> UserDTO:
    """The desk's current user, for every command group that acts as someone.

    Args:
        ws: the open workspace.
        supervisor: refuse anyone but a supervisor.

    Raises:
        CliError: :data:`NO_USER`, :data:`NO_CURRENT_USER` or :data:`NOT_ALLOWED`, all with
            ``EXIT_INPUT``.
    """
    from recovery_desk.services.users import access as users

    user = users.current_user(ws.sessions)
    if user is None:
        raise CliError(NO_CURRENT_USER if users.has_users(ws.sessions) else NO_USER, EXIT_INPUT)
    if supervisor and not user.is_supervisor:
        raise CliError(NOT_ALLOWED.format(name=user.name, role=user.role.value), EXIT_INPUT)
    return user


def progress_line(progress: Progress, label: str = "") -> str:
    """``[label: ]message 42%`` (or the count done when the total is unknown)."""
    fraction = progress.fraction
    done = f"{fraction:.0%}" if fraction is not None else str(progress.done)
    text = f"{label}: {progress.message}" if label else progress.message
    return f"{text} {done}".strip()


def drive(gen: Generator[Progress, None, T], label: str = "", stream: TextIO | None = None) -> T:
    """Run a long service (import, export, sync, demo...) to its end and return its value,
    showing its progress on one line of stderr, rewritten in place at most 10 times a second.

    The line is ended whatever happens, so what follows (a result, an error) starts on a
    line of its own.
    """
    out = stream or sys.stderr
    throttle = Throttle(0.1)
    shown = False
    try:
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                return stop.value
            if throttle.ready():
                out.write(f"\r{progress_line(progress, label)}   ")
                out.flush()
                shown = True
    finally:
        if shown:
            out.write("\n")


def parse_day(text: str) -> date:
    """A day written dd/mm/yyyy or yyyy-mm-dd (an argparse ``type``)."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (dd/mm/yyyy or yyyy-mm-dd)")


PASSWORD_SOURCES = (
    "its user's password comes from --password-stdin, else RECOVERY_DESK_PASSWORD, else the "
    "keyring (the app's File > Settings keeps it there)"
)
PASSWORD_IN_URL = (
    "{option}: a URL with a password is refused (every user of this machine can read a "
    "command line); drop it from the URL and give it with --password-stdin, in "
    "RECOVERY_DESK_PASSWORD, or in the keyring (the app's File > Settings)"
)


def add_password_stdin(parser: argparse.ArgumentParser) -> None:
    """``--password-stdin``, for every command that takes a centre's URL."""
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password of the URL's user from the first line of standard input "
        "(a pipe or a file); without it: RECOVERY_DESK_PASSWORD, else the keyring",
    )


def stdin_password(args: argparse.Namespace) -> str | None:
    """The first line of stdin when ``--password-stdin`` was given, else None.

    Raises:
        CliError: stdin is a terminal (typing would show the password) or gave nothing.
    """
    if not getattr(args, "password_stdin", False):
        return None
    if sys.stdin is None or sys.stdin.isatty():
        raise CliError(
            "--password-stdin reads a pipe or a file, not a terminal (typing would show it)",
            EXIT_USAGE,
        )
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("--password-stdin: standard input gave no password", EXIT_INPUT)
    return password


def central_target(args: argparse.Namespace, url: str, option: str = "--central") -> CentralTarget:
    """The centre named by ``url`` (given as ``option``), with its password.

    A URL holding a password is refused before anything is read or opened, without echoing
    it; the password comes from :data:`PASSWORD_SOURCES`, in that order.

    Raises:
        CliError: with ``EXIT_USAGE``: a password in the URL, or not a centre's URL.
    """
    from recovery_desk.services.sync.settings import target_from_url, url_has_password

    if url_has_password(url):
        raise CliError(PASSWORD_IN_URL.format(option=option), EXIT_USAGE)
    password = stdin_password(args)
    try:
        return target_from_url(url, password)
    except ValidationError as exc:
        raise CliError(f"{option}: {exc.text}", EXIT_USAGE) from exc
