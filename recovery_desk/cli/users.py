"""``recovery-desk user add|list|switch|deactivate``: set up a desk without a window.

On an empty data folder the first user must be a supervisor and becomes the current user;
``import``, ``cycle``, ``report`` and ``export`` then work without the app ever opening.
A password is never taken on the command line (every user of the machine can read one):
``--password-stdin`` reads it from a pipe or a file, else ``RECOVERY_DESK_PASSWORD``.
``switch`` asks the password of the user switched to, unless the desk has a single active
user (it opens straight in, as the app does); supervisor-only sub-commands then act as the
desk's current user. ``passwd`` sets a password: one's own, or anyone's for a supervisor.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Subparsers,
    add_common,
    current_user,
    stdin_password,
    workspace,
)
from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError

ROLES = [role.value for role in Role]
PASSWORD_VAR = "RECOVERY_DESK_PASSWORD"
IN_ARGV = (
    "--password: a password on the command line is refused (every user of this machine can "
    "read a command line); give it with --password-stdin or in RECOVERY_DESK_PASSWORD"
)
NEEDS_PASSWORD = (
    "{name}'s password is needed: give it with --password-stdin (a pipe or a file) or in "
    "RECOVERY_DESK_PASSWORD"
)


def _password_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"read {what} from the first line of standard input (a pipe or a file); "
        "without it: RECOVERY_DESK_PASSWORD",
    )
    # Only to refuse it with a reason: argparse's "unrecognized argument" would not say why.
    parser.add_argument("--password", nargs="?", const="", help=argparse.SUPPRESS)


def _password(args: argparse.Namespace) -> str | None:
    """The password of a command: ``--password-stdin``, else the environment; never argv."""
    if args.password is not None:
        raise CliError(IN_ARGV, EXIT_USAGE)
    return stdin_password(args) or os.environ.get(PASSWORD_VAR) or None


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("user", help="add, list, switch and deactivate the desk's users")
    actions = parser.add_subparsers(dest="user_command", required=True, metavar="ACTION")

    add = actions.add_parser(
        "add",
        help="add a user (the first one of a desk: a supervisor, who becomes the current user; "
        "then only a supervisor adds)",
    )
    add_common(add)
    add.add_argument("name", help="the person's name, as the app shows it")
    add.add_argument("--role", required=True, choices=ROLES, help="what the person may do")
    add.add_argument("--login", help="a short unique name to pick the user by (default: none)")
    add.add_argument(
        "--handful", type=int, default=5, help="customers in the person's handful, 1 to 10"
    )
    _password_options(add, "the new user's password (without one they cannot sign in yet)")
    add.set_defaults(handler=cmd_add)

    listing = actions.add_parser(
        "list", help="list every user, active or not; * marks the current user"
    )
    add_common(listing)
    listing.add_argument("--format", choices=["table", "json"], default="table", help="output")
    listing.set_defaults(handler=cmd_list)

    switch = actions.add_parser("switch", help="make another user the current user of this desk")
    add_common(switch)
    switch.add_argument("user", metavar="LOGIN_OR_NAME", help="the user's login or name")
    _password_options(switch, "that user's password")
    switch.set_defaults(handler=cmd_switch)

    passwd = actions.add_parser(
        "passwd",
        help="set a user's password (your own; anyone's for a supervisor); failed tries are "
        "cleared",
    )
    add_common(passwd)
    passwd.add_argument("user", metavar="LOGIN_OR_NAME", help="the user's login or name")
    _password_options(passwd, "the new password")
    passwd.add_argument(
        "--recover",
        action="store_true",
        help="set the password of the desk's only supervisor without signing in (for whoever "
        "holds this computer account; audited with its name)",
    )
    passwd.set_defaults(handler=cmd_passwd)

    deactivate = actions.add_parser(
        "deactivate", help="deactivate a user (supervisors; their records stay)"
    )
    add_common(deactivate)
    deactivate.add_argument("user", metavar="LOGIN_OR_NAME", help="the user's login or name")
    deactivate.set_defaults(handler=cmd_deactivate)


def _described(name: str, role: Role, login: str | None) -> str:
    return f"{name} ({role.value}{f', login {login}' if login else ''})"


def cmd_add(args: argparse.Namespace) -> int:
    from recovery_desk.services.users import access, desk
    from recovery_desk.services.users.admin import UserInput

    data = UserInput(
        name=args.name, role=Role(args.role), login=args.login, handful_size=args.handful
    )
    from recovery_desk.services.users import sign_in

    password = _password(args)
    with workspace(args) as ws:
        actor = current_user(ws, supervisor=True) if access.has_users(ws.sessions) else None
        try:
            if password is not None:
                sign_in.check_new(password)  # before the user exists: all or nothing
            user, became_current = desk.add_user(ws.sessions, actor, data)
            if password is not None:
                sign_in.set_password(ws.sessions, actor or user, user.id, password)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    what = _described(user.name, user.role, user.login)
    print(f"added {what}" + (", the current user of this desk" if became_current else ""))
    if password is None and not became_current:
        hint = user.login or user.name
        print(f"{user.name} has no password yet: recovery-desk user passwd {hint}", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from recovery_desk.services.users import access

    with workspace(args) as ws:
        everyone = access.list_users(ws.sessions, active_only=False)
        current = access.current_user(ws.sessions)
    rows = [
        {
            "login": u.login or "",
            "name": u.name,
            "role": u.role.value,
            "handful": u.handful_size,
            "active": u.active,
            "current": current is not None and u.id == current.id,
        }
        for u in everyone
    ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("no users yet: recovery-desk user add NAME --role supervisor")
    else:
        from recovery_desk.services.reports.output import to_table

        marked = [{"current": "*" if row.pop("current") else "", **row} for row in rows]
        print(to_table(marked), end="")
        print("* the current user of this desk")
    return EXIT_OK


def cmd_switch(args: argparse.Namespace) -> int:
    from recovery_desk.services.users import access, desk, sign_in

    password = _password(args)
    with workspace(args) as ws:
        try:
            user = desk.find_user(ws.sessions, args.user)
            current = access.current_user(ws.sessions)
            if not user.active or not sign_in.needs_sign_in(ws.sessions):
                user = desk.switch_user(ws.sessions, args.user)  # one user: straight in
            elif current is None or current.id != user.id:
                if password is None:
                    raise CliError(NEEDS_PASSWORD.format(name=user.name), EXIT_INPUT)
                choose = sign_in.password_state(ws.sessions, user.id).may_choose
                first = password if choose else None
                user = sign_in.sign_in(
                    ws.sessions, user.id, password, via="cli", new_password=first
                )
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    print(f"{_described(user.name, user.role, user.login)} is now the current user of this desk")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from recovery_desk.services.users import desk, sign_in

    password = _password(args)
    if password is None:
        raise CliError(NEEDS_PASSWORD.format(name="the new"), EXIT_INPUT)
    with workspace(args) as ws:
        try:
            user = desk.find_user(ws.sessions, args.user)
            if args.recover:
                sign_in.recover_last_supervisor(ws.sessions, user.id, password, _os_user())
            else:
                sign_in.set_password(ws.sessions, current_user(ws), user.id, password)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    print(f"set the password of {_described(user.name, user.role, user.login)}")
    return EXIT_OK


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account (a container, say)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def cmd_deactivate(args: argparse.Namespace) -> int:
    from recovery_desk.services.users import desk

    with workspace(args) as ws:
        actor = current_user(ws, supervisor=True)
        try:
            user, changed = desk.deactivate_user(ws.sessions, actor, args.user)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    what = _described(user.name, user.role, user.login)
    print(f"deactivated {what}" if changed else f"{what} was already deactivated")
    return EXIT_OK
