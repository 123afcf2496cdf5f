"""Start-up: arguments, paths, logging, display check, database, translations, window."""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import sys
import time

from recovery_desk import __version__, logs
from recovery_desk import paths as app_paths
from recovery_desk.cli.app_options import add_app_options
from recovery_desk.resources import ResourcesMissing

log = logging.getLogger("recovery_desk.app")
STARTED = time.perf_counter()

NO_DISPLAY = (
    "recovery-desk: no display found (DISPLAY and WAYLAND_DISPLAY are unset). "
    "Run it on a desktop, or on a virtual screen: {command}"
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="recovery-desk", description="Open Recovery Desk (recovery-desk --help: commands)."
    )
    add_app_options(parser)
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    return parser.parse_args(argv)


def virtual_screen_command(argv: list[str]) -> str:
    """The command that runs this same start on a virtual screen, ready to paste: the
    executable by its full path (it is often in a venv, not on PATH) and the same options."""
    program = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else "recovery-desk"
    if program.endswith("__main__.py") or not os.path.exists(program):
        command = [sys.executable, "-m", "recovery_desk"]  # python -m recovery_desk
    else:
        command = [program]
    return shlex.join(["xvfb-run", "-a", *command, *argv])


def has_display() -> bool:
    """False on a Linux machine with no X/Wayland display and no explicit Qt platform."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if not has_display():
        print(NO_DISPLAY.format(command=virtual_screen_command(argv)), file=sys.stderr)
        return 2
    if args.demo and not args.data_dir:
        paths = app_paths.demo_paths()
    else:
        paths = app_paths.resolve(args.data_dir)
    from recovery_desk.ui.startup import run_gui

    try:
        return run_gui(
            paths, lang=args.lang, demo=args.demo, verbose=args.verbose, setup_logging=logs.setup
        )
    except ResourcesMissing as exc:  # a broken install: say so, not a traceback
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return 3
