"""``recovery-desk sync`` and ``recovery-desk central init|add-user`` (issue 5).

Passwords: a URL may carry one for this run only; ``add-user`` reads the new login's
password from ``RECOVERY_DESK_NEW_PASSWORD`` or a stdin pipe, never from a prompt, and
never echoes or logs it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import CentralError, sync
from recovery_desk.services.sync.settings import (
    load_settings,
    target_from_settings,
    target_from_url,
)

NEW_PASSWORD_ENV = "RECOVERY_DESK_NEW_PASSWORD"

MESSAGES = {
    "auth": "the centre refused the user name or password ({detail})",
    "unreachable": "the centre cannot be reached ({detail}); changes stay in the outbox",
    "no_schema": "the centre has no Recovery Desk schema yet: {detail}",
    "schema_older": "the centre runs an older schema ({detail}); ask its owner to run "
    "'recovery-desk central init'. Changes stay in the outbox",
    "schema_newer": "the centre runs a newer schema ({detail}); update Recovery Desk. "
    "Changes stay in the outbox",
    "denied": "the centre refused a change ({detail})",
    "failed": "sync failed ({detail})",
}


def central_message(exc: CentralError) -> str:
    return MESSAGES.get(exc.kind, "{detail}").format(detail=exc.detail)


def register(sub: Any, common: Any) -> None:
    parser = sub.add_parser("sync", help="push local changes to the centre and pull its changes")
    common(parser)
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
    from recovery_desk.cli import EXIT_NOTHING, EXIT_OK, CliError, report_progress, workspace

    with workspace(args) as ws:
        if args.central:
            target = target_from_url(args.central)
        else:
            target = target_from_settings(load_settings(ws.sessions), ws.paths)
        show = report_progress()
        gen = sync(ws.sessions, target)
        try:
            while True:
                show(next(gen))
        except StopIteration as stop:
            report = stop.value
        except CentralError as exc:
            sys.stderr.write("\n")
            raise CliError(central_message(exc), EXIT_NOTHING) from exc
    sys.stderr.write("\n")
    sys.stdout.write(
        f"synced with {target.describe()}: {report.pushed} sent, {report.pulled} received" + "\n"
    )
    return EXIT_OK


def _new_password() -> str:
    from recovery_desk.cli import CliError

    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password and not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError(f"give the password in {NEW_PASSWORD_ENV} or on a stdin pipe")
    return password


def cmd_init(args: argparse.Namespace) -> int:
    from recovery_desk.cli import EXIT_NOTHING, EXIT_OK, CliError

    try:
        revision = central_admin.init_centre(args.url)
    except CentralError as exc:
        raise CliError(central_message(exc), EXIT_NOTHING) from exc
    sys.stdout.write(f"central schema at {revision}; roles rd_agent and rd_supervisor ready" + "\n")
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace) -> int:
    from recovery_desk.cli import EXIT_NOTHING, EXIT_OK, CliError

    password = _new_password()
    try:
        user_id = central_admin.add_user(args.url, args.login, password, args.role, args.name)
    except CentralError as exc:
        raise CliError(central_message(exc), EXIT_NOTHING) from exc
    sys.stdout.write(f"login {args.login} ({args.role}) created for user {user_id}" + "\n")
    return EXIT_OK
