"""``recovery-desk`` / ``python -m recovery_desk``: a sub-command runs the CLI, else the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from recovery_desk import cli

    if cli.wants_cli(args):
        return cli.main(args)
    from recovery_desk import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
