"""``recovery-desk privacy erase|purge|export|retention``: the personal data duties (LGPD,
GDPR) from a terminal. Supervisors only; what each does is in ``docs/privacy.md``.

No output names a customer: erasure and purge print ids, pseudonyms and counts.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from recovery_desk.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    workspace,
)


def register(sub: Subparsers) -> None:
    privacy = sub.add_parser(
        "privacy", help="personal data: erase on request, retention purge, export (supervisors)"
    )
    privacy_sub = privacy.add_subparsers(dest="privacy_command", required=True)

    erase = privacy_sub.add_parser(
        "erase",
        help="erase a customer's personal data (name, phone, e-mail, notes, their words); "
        "reports keep their figures under a pseudonym; the erasure reaches the centre and "
        "every desk at the next syncs",
    )
    add_common(erase)
    erase.add_argument("code", metavar="CUSTOMER_CODE", help="the customer's code")
    erase.add_argument(
        "--request", required=True, metavar="REF", help="the data subject's request reference"
    )
    erase.set_defaults(handler=cmd_erase)

    purge = privacy_sub.add_parser(
        "purge", help="erase what the retention periods make due and remove expired backups"
    )
    add_common(purge)
    purge.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    purge.set_defaults(handler=cmd_purge)

    export = privacy_sub.add_parser(
        "export", help="write everything held about a customer to a JSON file"
    )
    add_common(export)
    export.add_argument("code", metavar="CUSTOMER_CODE", help="the customer's code")
    export.add_argument("--out", required=True, metavar="FILE.json", help="the file to write")
    export.set_defaults(handler=cmd_export)

    retention = privacy_sub.add_parser(
        "retention", help="show, or set, the retention periods (0: never purge)"
    )
    add_common(retention)
    retention.add_argument("--customers-months", type=int, help="departed customers not won back")
    retention.add_argument("--call-notes-months", type=int, help="free-text call notes")
    retention.add_argument("--backups-days", type=int, help="pre-upgrade backups")
    retention.set_defaults(handler=cmd_retention)


def cmd_erase(args: argparse.Namespace) -> int:
    from recovery_desk.services.privacy.erase import erase_customer

    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        done = erase_customer(
            ws.sessions,
            user,
            code=args.code,
            request_ref=args.request,
            backup_dir=ws.paths.backup_dir,
        )
    if done.already:
        print(f"already erased: customer {done.customer_id} is {done.pseudonym}; nothing changed")
    else:
        print(
            f"erased: customer {done.customer_id} is now {done.pseudonym}"
            f" ({done.backups} backups erased too); sync to pass it on"
        )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from recovery_desk.services.privacy import retention

    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        run = retention.plan_purge if args.dry_run else retention.purge
        plan = run(ws.sessions, user, backup_dir=ws.paths.backup_dir)
    for item in plan.items():
        since = item.since.isoformat() if item.since else ""
        print(f"{item.kind:<12} {item.key:<40} {since}")
    counts = (
        f"{len(plan.customers)} customers, {len(plan.calls)} calls' notes,"
        f" {len(plan.backups)} backups"
    )
    print(f"would erase {counts} (dry run)" if args.dry_run else f"erased {counts}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from recovery_desk.services.privacy.erase import find_customer
    from recovery_desk.services.privacy.export import export_customer

    out = Path(args.out)
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        customer = find_customer(ws.sessions, args.code)
        if customer is None:
            raise CliError("no customer has this code (an erased one is known by its pseudonym)")
        try:
            done = export_customer(ws.sessions, user, customer, out)
        except OSError as exc:
            raise CliError(f"{out}: cannot be written ({exc.strerror or exc})") from exc
    print(f"{done.records} records written to {done.path}")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from recovery_desk.services.privacy import retention

    changes = {
        key: value
        for key, value in (
            ("customers_months", args.customers_months),
            ("call_notes_months", args.call_notes_months),
            ("backups_days", args.backups_days),
        )
        if value is not None
    }
    with workspace(args) as ws:
        periods = retention.get_retention(ws.sessions)
        if changes:
            periods = dataclasses.replace(periods, **changes)
            retention.set_retention(ws.sessions, current_user(ws, supervisor=True), periods)
    print(f"departed customers not won back: {periods.customers_months} months")
    print(f"free-text call notes: {periods.call_notes_months} months")
    print(f"pre-upgrade backups: {periods.backups_days} days")
    return EXIT_OK
