"""``recovery-desk export reasons``: the reason log to CSV or XLSX (supervisors)."""

from __future__ import annotations

import argparse
import locale
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
from recovery_desk.cli.reports import add_filter_args, report_filters
from recovery_desk.domain.errors import PermissionDenied


def register(sub: Subparsers) -> None:
    export = sub.add_parser("export", help="export data to CSV or XLSX")
    what = export.add_subparsers(dest="what", required=True)
    reasons = what.add_parser("reasons", help="the reason log: one row per reason recorded")
    add_common(reasons)
    add_filter_args(reasons)
    reasons.add_argument("--out", required=True, help="FILE.csv or FILE.xlsx")
    reasons.add_argument(
        "--pseudonymise",
        action="store_true",
        help="no names, no verbatims; customer references and agents hashed",
    )
    reasons.add_argument(
        "--keep-verbatims",
        action="store_true",
        help="with --pseudonymise: keep the customers' own words (they may identify people; "
        "the column is headed verbatim_not_pseudonymised)",
    )
    reasons.add_argument(
        "--locale", help="CSV conventions: pt_BR/pt_PT use ; and decimal comma (default: system)"
    )
    reasons.add_argument(
        "--lang",
        choices=["pt_BR", "pt_PT", "en"],
        default="en",
        help="language of the column headers and reason names",
    )
    reasons.set_defaults(handler=cmd_export_reasons)


def cmd_export_reasons(args: argparse.Namespace) -> int:
    from recovery_desk.services.exports import reason_log as exports
    from recovery_desk.services.exports.target import TargetError

    out = Path(args.out)
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        gen = exports.export_reasons(
            ws.sessions,
            user,
            out,
            filters=report_filters(args, ws.database.engine),
            pseudonymise=args.pseudonymise,
            keep_verbatims=args.keep_verbatims,
            locale_name=args.locale or locale.getlocale()[0] or "en",
            lang=args.lang,
        )
        try:
            summary = drive(gen)
        except PermissionDenied as exc:
            raise CliError(f"refused: {exc}") from exc
        except TargetError as exc:  # one line: the path and why it cannot be written
            raise CliError(exc.text, EXIT_NOTHING) from exc
        except OSError as exc:  # named after the file asked for, not its temporary copy
            raise CliError(f"{out} cannot be written: {exc.strerror or exc}", EXIT_NOTHING) from exc
    kind = "pseudonymised " if summary.pseudonymised else ""
    print(f"exported {summary.rows} {kind}reason rows to {summary.path}")
    if summary.replaced:
        print(f"{summary.path} existed and was replaced (its permissions kept)", file=sys.stderr)
    return EXIT_OK
