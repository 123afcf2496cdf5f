"""``recovery-desk`` / ``python -m recovery_desk``: a sub-command runs the CLI, else the app.

``--sync-child`` (internal) is the desktop's sync process (``services/sync/process.py``):
the app's own entry point, so a bundled executable finds it too.
"""

from __future__ import annotations

import sys

from recovery_desk import SYNC_CHILD_FLAG

# Options of the app that take a value (so that value is not mistaken for a sub-command).
APP_VALUE_OPTIONS = ("--data-dir", "--lang")


def wants_cli(argv: list[str]) -> bool:
    """True when ``argv`` names a sub-command or asks for help: the app takes no positional
    argument, so any word that is not an option (or an option's value) is a sub-command.
    Decided without importing the CLI, whose parser loads every service (start-up time)."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg in APP_VALUE_OPTIONS:
            skip_next = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == [SYNC_CHILD_FLAG]:
        from recovery_desk.services.sync.process import child_main

        return child_main()
    if wants_cli(args):
        from recovery_desk.cli.main import main as cli_main

        return cli_main(args)
    from recovery_desk import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
