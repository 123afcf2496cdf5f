"""What every command group shares: the one-line error and its exit code, ``--data-dir``,
the workspace, the current user, progress on stderr, and reading a date."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TextIO, TypeAlias, TypeVar

from recovery_desk import paths as app_paths
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.errors import StorageUnavailable, storage_message
from recovery_desk.services.progress import Progress, Throttle
from recovery_desk.services.workspace import Workspace, open_workspace

EXIT_OK, EXIT_INPUT, EXIT_NOTHING, EXIT_STORAGE = 0, 1, 2, 3

Handler: TypeAlias = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

NO_USER = (
    "no user works at this desk yet: start the app once (recovery-desk) to create the "
    "first supervisor"
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
        help="folder of the database and logs (overrides RECOVERY_DESK_DATA_DIR and the default)",
    )


@contextmanager
def workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """Open the workspace named by ``--data-dir``, turning failures into ``CliError``."""
    paths = app_paths.resolve(args.data_dir)
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
        CliError: :data:`NO_USER` or :data:`NOT_ALLOWED`, both with ``EXIT_INPUT``.
    """
    from recovery_desk.services.users import access as users

    user = users.current_user(ws.sessions)
    if user is None:
        raise CliError(NO_USER, EXIT_INPUT)
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
