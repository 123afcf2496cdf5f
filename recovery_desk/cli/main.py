"""The ``recovery-desk`` parser, built from the command groups, and the one place a
failure becomes a line on stderr and an exit code."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from recovery_desk import __version__, logs
from recovery_desk.cli import (
    audit,
    care,
    catalogue,
    cycles,
    demo,
    exports,
    imports,
    offers,
    privacy,
    reports,
    sync,
    users,
)
from recovery_desk.cli.app_options import add_app_options
from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_NOTHING,
    EXIT_PIPE,
    EXIT_STORAGE,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    CliError,
    Handler,
    Subparsers,
    data_paths,
)
from recovery_desk.cli.parser import Parser
from recovery_desk.domain.errors import DomainError
from recovery_desk.resources import ResourcesMissing

REGISTER: list[Callable[[Subparsers], None]] = [
    users.register,
    demo.register,
    catalogue.register,
    reports.register,
    exports.register,
    cycles.register,
    care.register,
    offers.register,
    imports.register,
    sync.register,
    audit.register,
    privacy.register,
]
"""Each group adds its sub-commands, in the order ``--help`` lists them."""


log = logging.getLogger("recovery_desk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="recovery-desk",
        description="Recovery Desk from a terminal. Without a sub-command, recovery-desk opens "
        "the app. Sub-commands never open a window or prompt; each takes --data-dir and logs "
        "to the data folder's logs/recovery-desk.log. Exit codes: 0 done, 1 bad input or "
        "refused, 2 nothing could be done (or a mistyped command line), 3 storage problem, "
        "4 unexpected error (details in the log), 130 interrupted, 141 output cut short "
        "(| head).",
    )
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    app = parser.add_argument_group(
        "the app (no sub-command); --data-dir, --demo and --verbose also apply to a "
        "sub-command that follows"
    )
    add_app_options(app, dest_prefix="app_")
    # Parser's sub-commands are Parsers; the groups only need ArgumentParser's interface.
    sub = cast(
        Subparsers, parser.add_subparsers(dest="command", required=True, metavar="SUB-COMMAND")
    )
    for register in REGISTER:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the sub-command in ``argv`` (default: ``sys.argv[1:]``); returns the exit code.

    The one place a failure becomes a line on stderr: no traceback ever reaches the terminal
    (an unexpected one goes to the log file, never with customer data in the line shown),
    and a closed pipe (``| head``) ends quietly.
    """
    log_handler: logging.Handler | None = None
    log_file: Path | None = None
    try:
        try:
            args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
        except SystemExit:
            sys.stdout.flush()  # --help into a closed pipe ends quietly too (below)
            raise
        _apply_app_options(args)
        paths = data_paths(args)
        log_handler, log_file = _start_log(paths.log_file, verbose=args.app_verbose)
        log.info("recovery-desk %s: %s", __version__, _command_name(args))
        code = _run(args)
        sys.stdout.flush()  # a reader gone away shows here, still inside this handler
        log.info("exit code %s", code)
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except CliError as exc:  # from the options themselves, before any command ran
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return exc.code
    except ResourcesMissing as exc:  # a broken install, not the data folder's fault
        log.error("%s", exc)
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return EXIT_STORAGE
    except Exception as exc:
        log.exception("unexpected error")
        where = f"details are in {log_file}" if log_file else "no log file could be written"
        print(f"recovery-desk: unexpected error ({type(exc).__name__}); {where}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        if log_handler is not None:
            logging.getLogger("recovery_desk").removeHandler(log_handler)
            log_handler.close()


def _command_name(args: argparse.Namespace) -> str:
    """The sub-command's words (``report reasons``), never its values (file names, URLs)."""
    words = (
        value
        for key, value in vars(args).items()
        if (key in ("command", "kind", "what") or key.endswith("_command"))
        and isinstance(value, str)
    )
    return " ".join(words)


def _apply_app_options(args: argparse.Namespace) -> None:
    """The app's options given before a sub-command: the data folder, the demo folder."""
    if args.app_lang:
        raise CliError(
            "--lang before a sub-command only chooses the app's language (report and export "
            "take their own --lang after the sub-command)",
            EXIT_USAGE,
        )
    if args.app_data_dir and hasattr(args, "data_dir") and not args.data_dir:
        args.data_dir = args.app_data_dir
    if args.app_demo:
        args.demo_folder = True


def _start_log(log_file: Path, *, verbose: bool) -> tuple[logging.Handler, Path | None]:
    """Log this command to the data folder's log file; returns the handler and the file.

    When the file cannot be written (the command then says what is wrong with the folder),
    records go nowhere rather than to Python's last-resort handler on stderr.
    """
    handler: logging.Handler
    written: Path | None = log_file
    try:
        handler = logs.file_handler(log_file)
    except OSError:
        handler, written = logging.NullHandler(), None
    root = logging.getLogger("recovery_desk")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return handler, written


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush finds no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing will flush into a closed pipe


def _run(args: argparse.Namespace) -> int:
    """Run the chosen handler; a failure it expects becomes one line and its exit code."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        log.warning("refused: %s", exc)
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        log.warning("refused: %s", exc)
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except OSError as exc:  # a file the user named cannot be read or written: one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"recovery-desk: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
