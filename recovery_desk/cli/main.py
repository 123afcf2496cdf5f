"""The ``recovery-desk`` parser, built from the command groups, and the one place a
failure becomes a line on stderr and an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from recovery_desk import __version__
from recovery_desk.cli import care, catalogue, cycles, demo, exports, imports, reports, sync
from recovery_desk.cli.common import EXIT_INPUT, EXIT_NOTHING, CliError, Handler, Subparsers
from recovery_desk.domain.errors import DomainError

REGISTER: list[Callable[[Subparsers], None]] = [
    demo.register,
    catalogue.register,
    reports.register,
    exports.register,
    cycles.register,
    care.register,
    imports.register,
    sync.register,
]
"""Each group adds its sub-commands, in the order ``--help`` lists them."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-desk",
        description="Recovery Desk from a terminal. Without a sub-command, recovery-desk opens "
        "the app. Sub-commands never open a window or prompt; each takes --data-dir. Exit "
        "codes: 0 done, 1 bad input or refused, 2 nothing could be done, 3 storage problem.",
    )
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in REGISTER:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the sub-command in ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # a file the user named cannot be read or written: one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"recovery-desk: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
