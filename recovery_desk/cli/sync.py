"""``recovery-desk sync`` and ``recovery-desk central init|add-user`` (the centre's owner).

Passwords: a URL may carry one for this run only; ``add-user`` reads the new login's
password from ``RECOVERY_DESK_NEW_PASSWORD`` or a stdin pipe, never from a prompt, and
never echoes or logs it.
"""

from __future__ import annotations

import argparse
import os
import sys

from recovery_desk.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    drive,
    workspace,
)
from recovery_desk.services.errors import CentralError, central_message

NEW_PASSWORD_ENV = "RECOVERY_DESK_NEW_PASSWORD"


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("sync", help="push local changes to the centre and pull its changes")
    add_common(parser)
    parser.add_argument(
        "--central",
        metavar="URL",
        help="the centre for this run (postgresql://user[:password]@host:port/db); "
        "default: the Settings, or the local stand-in file",
    )
    parser.set_defaults(handler=cmd_sync)

    central = sub.add_parser("central", help="set up the central PostgreSQL (its owner)")
    inner = central.add_subparsers(dest="central_command", required=True)
    init = inner.add_parser("init", help="create or upgrade the central schema and roles")
    init.add_argument("--url", required=True, help="the owner's URL of the central database")
    init.set_defaults(handler=cmd_init)
    add = inner.add_parser(
        "add-user",
        help=f"create a login (password from {NEW_PASSWORD_ENV} or a stdin pipe)",
    )
    add.add_argument("--url", required=True, help="the owner's URL of the central database")
    add.add_argument("--login", required=True)
    add.add_argument("--role", required=True, choices=["agent", "executive", "supervisor"])
    add.add_argument("--name", help="the person's name (default: the login)")
    add.set_defaults(handler=cmd_add_user)


def cmd_sync(args: argparse.Namespace) -> int:
    from recovery_desk.services.sync.push_pull import sync
    from recovery_desk.services.sync.settings import (
        load_settings,
        target_from_settings,
        target_from_url,
    )

    with workspace(args) as ws:
        if args.central:
            target = target_from_url(args.central)
        else:
            target = target_from_settings(load_settings(ws.sessions), ws.paths)
        try:
            report = drive(sync(ws.sessions, target))
        except CentralError as exc:
            raise CliError(central_message(exc), EXIT_NOTHING) from exc
    print(f"synced with {target.describe()}: {report.pushed} sent, {report.pulled} received")
    return EXIT_OK


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password and not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError(f"give the password in {NEW_PASSWORD_ENV} or on a stdin pipe")
    return password


def cmd_init(args: argparse.Namespace) -> int:
    from recovery_desk.services.sync import central_admin

    try:
        revision = central_admin.init_centre(args.url)
    except CentralError as exc:
        raise CliError(central_message(exc), EXIT_NOTHING) from exc
    print(f"central schema at {revision}; roles rd_agent and rd_supervisor ready")
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace) -> int:
    from recovery_desk.services.sync import central_admin

    password = _new_password()
    try:
        user_id = central_admin.add_user(args.url, args.login, password, args.role, args.name)
    except CentralError as exc:
        raise CliError(central_message(exc), EXIT_NOTHING) from exc
    print(f"login {args.login} ({args.role}) created for user {user_id}")
    return EXIT_OK
