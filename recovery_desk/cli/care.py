"""``recovery-desk care import-health|interval`` and ``recovery-desk followups``: the
intensive care of customers who came back, and the current user's follow-ups."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from recovery_desk.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    drive,
    workspace,
)


def register(sub: Subparsers) -> None:
    care_parser = sub.add_parser("care", help="intensive care of customers who came back")
    care_sub = care_parser.add_subparsers(dest="care_command", required=True)
    health = care_sub.add_parser(
        "import-health",
        help="import health indicators (customer;date;kind[;quantity][;note]) from CSV",
    )
    add_common(health)
    health.add_argument("file", help="CSV file; nothing is written if any row is bad")
    health.set_defaults(handler=cmd_import_health)
    interval = care_sub.add_parser(
        "interval", help="show, or set with --months, the months between care reviews"
    )
    add_common(interval)
    interval.add_argument("--months", type=int, help="new interval (1-60; supervisors)")
    interval.set_defaults(handler=cmd_interval)

    followups = sub.add_parser("followups", help="the current user's follow-ups, by due time")
    add_common(followups)
    followups.add_argument(
        "--format", choices=["table", "json"], default="table", help="output format"
    )
    followups.add_argument("--days", type=int, default=7, help="look-ahead in days (default 7)")
    followups.set_defaults(handler=cmd_followups)


def cmd_import_health(args: argparse.Namespace) -> int:
    from recovery_desk.services.care.health_import import HealthImportError, import_health

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        try:
            result = drive(import_health(ws.sessions, user, path))
        except HealthImportError as exc:
            for error in exc.errors[1:]:
                print(f"recovery-desk: {error}", file=sys.stderr)
            raise CliError(f"{exc} (nothing was imported)") from exc
    print(f"{result.rows} health indicators imported for {result.customers} customers")
    return EXIT_OK


def cmd_interval(args: argparse.Namespace) -> int:
    from recovery_desk.services.care import reviews as care

    with workspace(args) as ws:
        if args.months is not None:
            care.set_interval(ws.sessions, current_user(ws, supervisor=True), args.months)
        print(f"care reviews every {care.get_interval(ws.sessions)} months")
    return EXIT_OK


def cmd_followups(args: argparse.Namespace) -> int:
    from recovery_desk.services.followups.lists import list_followups

    if args.days < 0:
        raise CliError("--days cannot be negative")
    with workspace(args) as ws:
        items = list_followups(ws.sessions, current_user(ws), horizon_days=args.days)
    if args.format == "json":
        rows = [
            {
                "kind": f.kind,
                "id": str(f.item_id),
                "customer_id": str(f.customer_id),
                "customer": f.customer_name,
                "what": f.what,
                "due": f.due_on.isoformat() if f.due_on else f.due_at.isoformat(),
                "overdue": f.overdue,
            }
            for f in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for f in items:
        due = f.due_on.isoformat() if f.due_on else f.due_at.strftime("%Y-%m-%d %H:%M UTC")
        flag = "OVERDUE" if f.overdue else ""
        print(f"{due:<20} {flag:<8} {f.kind:<12} {f.customer_name:<30} {f.what}")
    if not items:
        print("nothing due")
    return EXIT_OK
