"""The desktop app's own options (``recovery-desk`` with no sub-command).

Defined once here: ``app.py`` parses them, and the CLI's top-level ``--help`` lists them
beside the sub-commands (``main.build_parser``). Light on purpose: the app imports it before
the window opens.
"""

from __future__ import annotations

import argparse

LANGUAGES = ("pt_BR", "pt_PT", "en")


def add_app_options(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup, dest_prefix: str = ""
) -> None:
    """``--demo``, ``--data-dir``, ``--lang`` and ``--verbose``, with their help.

    Args:
        parser: where to add them.
        dest_prefix: prefix of their ``dest`` (the CLI's top level keeps them apart from a
            sub-command's own ``--data-dir`` and ``--lang``).
    """
    parser.add_argument(
        "--demo",
        dest=f"{dest_prefix}demo",
        action="store_true",
        help="open on demo data, kept in its own data folder (created on first use)",
    )
    parser.add_argument(
        "--data-dir",
        dest=f"{dest_prefix}data_dir",
        metavar="DIR",
        help="folder of the database and logs (default: RECOVERY_DESK_DATA_DIR, else the "
        "user's data folder)",
    )
    parser.add_argument(
        "--lang",
        dest=f"{dest_prefix}lang",
        choices=LANGUAGES,
        help="interface language (default: the one chosen in View > Language, else the system's)",
    )
    parser.add_argument(
        "--verbose",
        dest=f"{dest_prefix}verbose",
        action="store_true",
        help="write debugging detail to the log file",
    )
