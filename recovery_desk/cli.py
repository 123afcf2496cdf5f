"""The same services from a terminal: never opens a window, never prompts.

Every sub-command takes ``--data-dir``; failures print one clear line on stderr and return
a non-zero exit code (1: bad input or refused; 2: nothing could be done; 3: storage).
Each area registers its sub-commands in a ``_register_*`` function listed in ``REGISTER``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from recovery_desk import __version__
from recovery_desk import paths as app_paths
from recovery_desk.domain.errors import DomainError
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.progress import Progress
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.errors import StorageUnavailable

EXIT_OK, EXIT_INPUT, EXIT_NOTHING, EXIT_STORAGE = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure to report as one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_INPUT):
        super().__init__(message)
        self.code = code


STORAGE_MESSAGES = {
    "not_a_database": "{path} is not a Recovery Desk database (not an SQLite file); "
    "it was left untouched.",
    "foreign_database": "{path} is an SQLite file of another program; it was left untouched.",
    "newer_database": "{path} was written by a newer Recovery Desk (schema {detail}); "
    "update the app. The file was left untouched.",
    "locked": "{path} is locked by another program; close it and try again.",
    "read_only": "{path} is read-only; choose a data folder you can write to (--data-dir).",
    "disk_full": "the disk holding {path} is full.",
    "cannot_open": "{path} cannot be opened: {detail}",
    "corrupt": "{path} is damaged and cannot be read: {detail}",
    "unreadable": "{path} cannot be read: {detail}",
}


def storage_message(exc: StorageUnavailable) -> str:
    template = STORAGE_MESSAGES.get(exc.kind, "{path}: {detail}")
    return template.format(path=exc.path, detail=exc.detail)


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


def report_progress(stream: TextIO = sys.stderr) -> Callable[[Progress], None]:
    """A progress printer for stderr (a line per report, throttled by the service)."""

    def show(progress: Progress) -> None:
        total = f"/{progress.total}" if progress.total else ""
        stream.write(f"\r{progress.message} {progress.done}{total}".rstrip() + " ")
        stream.flush()

    return show


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        help="folder of the database and logs (overrides RECOVERY_DESK_DATA_DIR and the default)",
    )


# --- demo (foundation) --------------------------------------------------------------------


def _register_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="fill the database with believable demo data")
    _common(parser)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--market",
        choices=["br", "pt"],
        default="br",
        help="Brazilian (BRL, +55) or Portuguese (EUR, +351) customers",
    )
    parser.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desk.services import demo

    if args.customers < 1:
        raise CliError("--customers must be at least 1")
    with workspace(args) as ws:
        show = report_progress()
        summary = demo.generate(
            ws.sessions, customers=args.customers, seed=args.seed, on_progress=show
        )
    sys.stderr.write("\n")
    print(summary)
    return EXIT_OK


# --- catalogue (issue 7) ------------------------------------------------------------------


def _register_catalogue(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("catalogue", help="export or import the whole catalogue (supervisors)")
    inner = parser.add_subparsers(dest="catalogue_command", required=True)
    export = inner.add_parser("export", help="write reasons, offers, scripts and phrases to JSON")
    _common(export)
    export.add_argument("--out", required=True, help="the JSON file to write")
    export.set_defaults(handler=_cmd_catalogue_export)
    imp = inner.add_parser(
        "import", help="check a catalogue JSON file, then apply it all or nothing"
    )
    _common(imp)
    imp.add_argument("file", help="the JSON file to read (see docs/catalogue-format.md)")
    imp.set_defaults(handler=_cmd_catalogue_import)


def _catalogue_supervisor(ws: Workspace) -> UserDTO:
    from recovery_desk.services import users

    user = users.current_user(ws.sessions)
    if user is None or not user.is_supervisor:
        who = f"{user.name} is {user.role.value}" if user else "no user is signed in here"
        raise CliError(f"only a supervisor may export or import the catalogue ({who}).")
    return user


def _cmd_catalogue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.services import catalogue_files

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    with workspace(args) as ws:
        user = _catalogue_supervisor(ws)
        try:
            counts = catalogue_files.export_catalogue(ws.sessions, user, out)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"catalogue written to {out}: {summary}")
    return EXIT_OK


def _cmd_catalogue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.services import catalogue_files

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file")
    with workspace(args) as ws:
        user = _catalogue_supervisor(ws)
        try:
            report = catalogue_files.import_catalogue(ws.sessions, user, path)
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    print(f"catalogue imported from {path}:")
    for line in report.lines():
        print(f"  {line}")
    return EXIT_OK


# --- sync (issue 5) -----------------------------------------------------------------------


def _register_sync(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from recovery_desk import cli_sync

    cli_sync.register(sub, _common)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _register_demo,
    _register_catalogue,  # catalogue (issue 7)
    _register_sync,  # sync (issue 5)
]

SUBCOMMANDS: set[str] = set()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="recovery-desk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in REGISTER:
        register(sub)
    SUBCOMMANDS.update(sub.choices)
    return parser


def wants_cli(argv: list[str]) -> bool:
    """True when ``argv`` names a sub-command (or asks for CLI help/version)."""
    build_parser()
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg in ("--data-dir", "--lang"):
            skip_next = True
        elif arg in ("--version", "-h", "--help"):
            return True
        elif not arg.startswith("-"):
            return arg in SUBCOMMANDS
    return False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
