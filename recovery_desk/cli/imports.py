"""``recovery-desk import``: departed customers from a CSV or XLSX file (supervisors)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from recovery_desk.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    drive,
    workspace,
)
from recovery_desk.domain.errors import DomainError

SHOWN_REJECTIONS = 20  # on stderr; --errors writes them all


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("import", help="import departed customers from a CSV or XLSX file")
    add_common(parser)
    parser.add_argument("file", help="the CSV or XLSX file")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read FIELD from the column HEADER (fields: external_id, name, phone, email, "
        "segment, region, monthly_revenue, lifetime_value, customer_since, departed_on, "
        "served_by, reason, category, notes); an empty HEADER ignores the field; when two "
        "columns share a header, name the column by its letter (FIELD=C)",
    )
    parser.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    parser.add_argument("--errors", metavar="OUT.csv", help="write the rejected rows here")
    parser.add_argument(
        "--region",
        choices=["BR", "PT", "br", "pt"],
        default="BR",
        help="how to read national phone numbers and which currency (default BR)",
    )
    parser.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from recovery_desk.services.imports import importer as imports
    from recovery_desk.services.imports.mapping import parse_map_options

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_NOTHING)
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        try:
            info = imports.inspect_file(
                path, sheet=args.sheet, overrides=parse_map_options(args.map)
            )
        except DomainError as exc:
            raise CliError(f"{path.name}: {exc}; nothing was imported", EXIT_NOTHING) from exc
        errors = Path(args.errors) if args.errors else None
        if errors is not None and not errors.parent.is_dir():
            raise CliError(f"--errors: the folder {errors.parent} does not exist")
        gen = imports.run_import(ws.sessions, user, info, region=args.region, errors_path=errors)
        try:
            summary = drive(gen, label="importing")
        except DomainError as exc:
            raise CliError(f"{path.name}: {exc}; nothing was imported", EXIT_NOTHING) from exc
    print(summary)
    for rejection in summary.rejections[:SHOWN_REJECTIONS]:
        print(f"  {rejection}", file=sys.stderr)
    if summary.rejected > SHOWN_REJECTIONS:
        more = summary.rejected - SHOWN_REJECTIONS
        print(f"  ... and {more} more rows rejected", file=sys.stderr)
    if summary.errors_file is not None and errors is None:
        summary.errors_file.unlink(missing_ok=True)
        print("use --errors OUT.csv to write the rejected rows to a file", file=sys.stderr)
    elif summary.errors_file is not None:
        print(f"rejected rows written to {summary.errors_file}", file=sys.stderr)
    return EXIT_OK if summary.imported else EXIT_NOTHING
