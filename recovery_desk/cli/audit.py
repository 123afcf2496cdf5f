"""``recovery-desk audit``: the audit log, filtered, as a table, CSV or JSON (supervisors).

Newest first. Each entry: when (UTC, ISO 8601), who (the user's name; empty for the app
itself), their id, the action (``export.reason_log``, ``sign_in.failed``…), the record it
is about (``entity``, ``entity_id``) and its parameters (``details``; in CSV and JSON also
the record ``before`` and ``after`` the change). CSV and JSON are written as they are read,
a page at a time, so a long log never sits in memory.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    parse_day,
    workspace,
)
from recovery_desk.domain.errors import ValidationError

FIELDS = ("at", "who", "user_id", "action", "entity", "entity_id", "details", "before", "after")
TABLE_FIELDS = ("at", "who", "action", "entity", "entity_id", "details")


def register(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "audit", help="read the audit log, newest first (supervisors; filters combine)"
    )
    add_common(parser)
    parser.add_argument("--from", dest="since", type=parse_day, help="first day (UTC), included")
    parser.add_argument("--to", dest="until", type=parse_day, help="last day (UTC), included")
    parser.add_argument("--user", metavar="LOGIN_OR_NAME", help="only what this user did")
    parser.add_argument(
        "--action",
        help="only this action (export.reason_log), or a group of them ending in a dot: "
        "sign_in. is sign_in and every sign_in.* (failed, switch, lock)",
    )
    parser.add_argument(
        "--format", choices=["table", "csv", "json"], default="table", help="output"
    )
    parser.set_defaults(handler=cmd_audit)


def _record(row: Any, *, compact: bool) -> dict[str, Any]:
    def as_json(value: object) -> str:
        return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    record: dict[str, Any] = {
        "at": row.at.isoformat(timespec="seconds"),
        "who": row.who,
        "user_id": str(row.user_id) if row.user_id else None,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "details": row.details,
        "before": row.before,
        "after": row.after,
    }
    if compact:  # CSV and table cells: one line of text each
        for key in ("details", "before", "after"):
            record[key] = as_json(record[key])
        for key in ("who", "user_id", "entity", "entity_id"):
            record[key] = record[key] or ""
    return record


def cmd_audit(args: argparse.Namespace) -> int:
    from recovery_desk.services.audit_log.query import AuditFilter, every
    from recovery_desk.services.users import desk

    with workspace(args) as ws:
        actor = current_user(ws, supervisor=True)
        try:
            who = desk.find_user(ws.sessions, args.user).id if args.user else None
            flt = AuditFilter(who, args.action, args.since, args.until)
            rows = every(ws.sessions, actor, flt)
            if args.format == "json":
                _write_json(rows)
            elif args.format == "csv":
                writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
                writer.writeheader()
                for row in rows:
                    writer.writerow(_record(row, compact=True))
            else:
                _write_table(rows)
        except ValidationError as exc:
            raise CliError(exc.text, EXIT_INPUT) from exc
    return EXIT_OK


def _write_json(rows: Any) -> None:
    out = sys.stdout
    out.write("[")
    written = 0
    for row in rows:
        out.write(",\n  " if written else "\n  ")
        out.write(json.dumps(_record(row, compact=False), ensure_ascii=False, sort_keys=True))
        written += 1
    out.write("\n]\n" if written else "]\n")


def _write_table(rows: Any) -> None:
    from recovery_desk.services.reports.output import to_table

    records = [
        {k: v for k, v in _record(row, compact=True).items() if k in TABLE_FIELDS} for row in rows
    ]
    print(to_table(records, empty="(no entries)"), end="")
