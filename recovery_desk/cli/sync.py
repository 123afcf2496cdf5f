"""``recovery-desk sync`` and ``recovery-desk central init|add-user`` (the centre's owner).

Passwords never come from a command line, which every user of the machine can read: a URL
holding one is refused; the password of the URL's user comes from ``--password-stdin``, else
``RECOVERY_DESK_PASSWORD``, else the keyring. ``add-user`` reads the new login's password
from ``RECOVERY_DESK_NEW_PASSWORD`` or the next line of a stdin pipe, never from a prompt, and
never echoes or logs it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_NOTHING,
    EXIT_OK,
    PASSWORD_SOURCES,
    CliError,
    Subparsers,
    add_common,
    add_password_stdin,
    central_target,
    drive,
    stdin_password,
    workspace,
)
from recovery_desk.services.errors import CentralError, central_message

if TYPE_CHECKING:
    from recovery_desk.services.sync.push_pull import SyncReport

NEW_PASSWORD_ENV = "RECOVERY_DESK_NEW_PASSWORD"
OWNER_URL = "the owner's URL of the central database: postgresql://owner@host:port/db"


def register(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "sync",
        help="push local changes to the centre and pull its changes",
        description="Push this desk's changes to the centre and pull the centre's. The URL "
        f"holds no password: {PASSWORD_SOURCES}.",
    )
    add_common(parser)
    parser.add_argument(
        "what",
        nargs="?",
        choices=("now", "status", "conflicts"),
        default="now",
        help="now: sync (default); status: what waits, what the centre will not take from "
        "this login, what waits for a parent; conflicts: values the conflict rule overruled",
    )
    parser.add_argument(
        "--central",
        metavar="URL",
        help="the centre for this run: postgresql://user@host:port/db (no password in it); "
        "default: the Settings, or the local stand-in file",
    )
    add_password_stdin(parser)
    parser.set_defaults(handler=cmd_sync)

    central = sub.add_parser(
        "central",
        help="set up the central PostgreSQL (its owner)",
        description=f"Set up the central PostgreSQL. URLs hold no password: {PASSWORD_SOURCES}.",
    )
    inner = central.add_subparsers(dest="central_command", required=True)
    init = inner.add_parser(
        "init",
        help="create or upgrade the central schema and roles",
        description="Create or upgrade the central schema and roles. The URL holds no "
        f"password: {PASSWORD_SOURCES}.",
    )
    init.add_argument("--url", required=True, help=f"{OWNER_URL} (no password in it)")
    add_password_stdin(init)
    init.set_defaults(handler=cmd_init)
    add = inner.add_parser(
        "add-user",
        help=f"create a login (password from {NEW_PASSWORD_ENV} or a stdin pipe)",
        description=f"Create a person's login. The URL holds no password: {PASSWORD_SOURCES}. "
        f"The new login's password comes from {NEW_PASSWORD_ENV}, else the next line of a "
        "stdin pipe (after the owner's, with --password-stdin); it is never printed.",
    )
    add.add_argument("--url", required=True, help=f"{OWNER_URL} (no password in it)")
    add_password_stdin(add)
    add.add_argument(
        "--login", required=True, help="the person's database login (letters, digits, _ or .)"
    )
    add.add_argument(
        "--role",
        required=True,
        choices=["agent", "executive", "supervisor"],
        help="what the login may write at the centre (see docs/sync.md)",
    )
    add.add_argument("--name", help="the person's name (default: the login)")
    add.set_defaults(handler=cmd_add_user)


def _failed(exc: CentralError) -> CliError:
    """The one line for a centre that failed, with no URL credentials in it."""
    from recovery_desk.services.sync.settings import scrub

    return CliError(scrub(central_message(exc)), EXIT_NOTHING)


def cmd_sync(args: argparse.Namespace) -> int:
    if args.what == "status":
        return _status(args)
    if args.what == "conflicts":
        return _conflicts(args)
    # The URL is checked (and stdin read) before anything is loaded or opened.
    given = central_target(args, args.central) if args.central else None
    from recovery_desk.services.sync.push_pull import sync
    from recovery_desk.services.sync.settings import load_settings, target_from_settings

    with workspace(args) as ws:
        if given is not None:
            target = given
        else:
            settings = load_settings(ws.sessions)
            target = target_from_settings(settings, ws.paths, stdin_password(args))
        try:
            report = drive(sync(ws.sessions, target))
        except CentralError as exc:
            raise _failed(exc) from exc
    print(f"synced with {target.describe()}: {report.pushed} sent, {report.pulled} received")
    return _aftermath(report)


def _status(args: argparse.Namespace) -> int:
    from recovery_desk.services.sync.push_pull import status

    with workspace(args) as ws:
        state = status(ws.sessions)
    last = state.last_ok_at.isoformat(timespec="seconds") if state.last_ok_at else "never"
    print(f"waiting to be sent: {state.waiting}")
    print(f"last successful sync: {last}")
    if state.last is not None and not state.last.ok:
        print(f"last attempt failed: {state.last.error_kind}")
    for table, (count, why) in sorted(state.refused.items()):
        print(f"not sent ({table}): {count}: {why}")
    print(f"received rows waiting for a parent: {state.held}")
    return EXIT_OK


def _conflicts(args: argparse.Namespace) -> int:
    from recovery_desk.services.sync.push_pull import conflicts

    with workspace(args) as ws:
        found = conflicts(ws.sessions)
    if not found:
        print("no overruled changes")
        return EXIT_OK
    for item in found:
        who = item.won_by or "?"
        print(f"{item.at.isoformat(timespec='seconds')} {item.entity} {item.entity_id}, by {who}:")
        for column, (lost, now) in item.changes.items():
            print(f"  {column}: {lost!r} was overruled by {now!r}")
    return EXIT_OK


def _aftermath(report: SyncReport) -> int:
    """What the sync could not do, one line each; exit 1 while pulled rows wait."""
    if report.identity_changed:
        print("this desk now works as the centre login's user")
    if report.refused:
        print(
            f"warning: {report.refused} change(s) made here cannot be sent with this login "
            "and are kept aside: see 'recovery-desk sync status'",
            file=sys.stderr,
        )
    if report.held:
        print(
            f"error: {report.held} row(s) from the centre wait for a record this desk cannot "
            "read yet; they are kept and tried at every sync: see 'recovery-desk sync status'",
            file=sys.stderr,
        )
        return EXIT_INPUT
    return EXIT_OK


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password and not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError(f"give the password in {NEW_PASSWORD_ENV} or on a stdin pipe")
    return password


def cmd_init(args: argparse.Namespace) -> int:
    target = central_target(args, args.url, "--url")
    from recovery_desk.services.sync import central_admin

    try:
        revision = central_admin.init_centre(target.url)
    except CentralError as exc:
        raise _failed(exc) from exc
    print(f"central schema at {revision}; roles rd_agent and rd_supervisor ready")
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace) -> int:
    target = central_target(args, args.url, "--url")  # the owner's line of stdin comes first
    password = _new_password()
    from recovery_desk.services.sync import central_admin

    try:
        user_id = central_admin.add_user(target.url, args.login, password, args.role, args.name)
    except CentralError as exc:
        raise _failed(exc) from exc
    print(f"login {args.login} ({args.role}) created for user {user_id}")
    return EXIT_OK
