"""Start-up: arguments, paths, logging, display check, database, translations, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from recovery_desk import __version__, logs
from recovery_desk import paths as app_paths

log = logging.getLogger("recovery_desk.app")
STARTED = time.perf_counter()

NO_DISPLAY = (
    "recovery-desk: no display found (DISPLAY and WAYLAND_DISPLAY are unset). "
    "Run it on a desktop, or on a virtual screen: xvfb-run -a recovery-desk"
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recovery-desk")
    parser.add_argument(
        "--demo", action="store_true", help="open on demo data in a separate data folder"
    )
    parser.add_argument("--data-dir", help="folder of the database and logs")
    parser.add_argument(
        "--lang",
        choices=["pt_BR", "pt_PT", "en"],
        help="interface language (default: the system's)",
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    return parser.parse_args(argv)


def has_display() -> bool:
    """False on a Linux machine with no X/Wayland display and no explicit Qt platform."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    if args.demo and not args.data_dir:
        paths = app_paths.demo_paths()
    else:
        paths = app_paths.resolve(args.data_dir)
    from recovery_desk.ui.startup import run_gui

    return run_gui(
        paths, lang=args.lang, demo=args.demo, verbose=args.verbose, setup_logging=logs.setup
    )
