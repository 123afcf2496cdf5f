"""``recovery-desk user add|list|switch|deactivate``: set up a desk without a window.

On an empty data folder the first user must be a supervisor and becomes the current user;
``import``, ``cycle``, ``report`` and ``export`` then work without the app ever opening.
No password is taken on the command line (sign-in will read it from stdin or
``RECOVERY_DESK_PASSWORD``, as ``central add-user`` does).
"""

from __future__ import annotations

import argparse
import json

from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    workspace,
)
from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError

ROLES = [role.value for role in Role]


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
    switch.set_defaults(handler=cmd_switch)

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
    with workspace(args) as ws:
        actor = current_user(ws, supervisor=True) if access.has_users(ws.sessions) else None
        try:
            user, became_current = desk.add_user(ws.sessions, actor, data)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    what = _described(user.name, user.role, user.login)
    print(f"added {what}" + (", the current user of this desk" if became_current else ""))
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
    from recovery_desk.services.users import desk

    with workspace(args) as ws:
        try:
            user = desk.switch_user(ws.sessions, args.user)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    print(f"{_described(user.name, user.role, user.login)} is now the current user of this desk")
    return EXIT_OK


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
