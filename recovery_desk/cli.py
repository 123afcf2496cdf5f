"""The same services from a terminal: never opens a window, never prompts.

Every sub-command takes ``--data-dir``; failures print one clear line on stderr and return
a non-zero exit code (1: bad input or refused; 2: nothing could be done; 3: storage).
Each area registers its sub-commands in a ``_register_*`` function listed in ``REGISTER``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TextIO

from recovery_desk import __version__
from recovery_desk import paths as app_paths
from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import DomainError
from recovery_desk.domain.money import cents_to_decimal
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.progress import Progress
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.errors import StorageUnavailable

EXIT_OK, EXIT_INPUT, EXIT_NOTHING, EXIT_STORAGE = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure to report as one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_INPUT):
        super().__init__(message)
        self.code = code


STORAGE_MESSAGES = {
    "not_a_database": "{path} is not a Recovery Desk database (not an SQLite file); "
    "it was left untouched.",
    "foreign_database": "{path} is an SQLite file of another program; it was left untouched.",
    "newer_database": "{path} was written by a newer Recovery Desk (schema {detail}); "
    "update the app. The file was left untouched.",
    "locked": "{path} is locked by another program; close it and try again.",
    "read_only": "{path} is read-only; choose a data folder you can write to (--data-dir).",
    "disk_full": "the disk holding {path} is full.",
    "cannot_open": "{path} cannot be opened: {detail}",
    "corrupt": "{path} is damaged and cannot be read: {detail}",
    "unreadable": "{path} cannot be read: {detail}",
}


def storage_message(exc: StorageUnavailable) -> str:
    template = STORAGE_MESSAGES.get(exc.kind, "{path}: {detail}")
    return template.format(path=exc.path, detail=exc.detail)


@contextmanager
def workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """Open the workspace named by ``--data-dir``, turning failures into ``CliError``."""
    paths = app_paths.resolve(args.data_dir)
    try:
        ws = open_workspace(paths)
    except StorageUnavailable as exc:
        raise CliError(storage_message(exc), EXIT_STORAGE) from exc
    except OSError as exc:
        raise CliError(
            f"cannot write to the data folder {paths.data_dir}: {exc.strerror or exc}",
            EXIT_STORAGE,
        ) from exc
    try:
        yield ws
    finally:
        ws.close()


def report_progress(stream: TextIO = sys.stderr) -> Callable[[Progress], None]:
    """A progress printer for stderr (a line per report, throttled by the service)."""

    def show(progress: Progress) -> None:
        total = f"/{progress.total}" if progress.total else ""
        stream.write(f"\r{progress.message} {progress.done}{total}".rstrip() + " ")
        stream.flush()

    return show


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        help="folder of the database and logs (overrides RECOVERY_DESK_DATA_DIR and the default)",
    )


# --- demo (foundation) --------------------------------------------------------------------


def _register_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="fill the database with believable demo data")
    _common(parser)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--market",
        choices=["br", "pt"],
        default="br",
        help="Brazilian (BRL, +55) or Portuguese (EUR, +351) customers",
    )
    parser.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desk.services import demo

    if args.customers < 1:
        raise CliError("--customers must be at least 1")
    with workspace(args) as ws:
        show = report_progress()
        summary = demo.generate(
            ws.sessions, customers=args.customers, seed=args.seed, on_progress=show
        )
    sys.stderr.write("\n")
    print(summary)
    return EXIT_OK


# --- cycles and departed report (issue 3) -------------------------------------------------


def _current_supervisor(ws: Workspace) -> UserDTO:
    from recovery_desk.services import users

    user = users.current_user(ws.sessions)
    if user is None:
        raise CliError(
            "no user works at this desk yet: open the app once to create the first supervisor"
        )
    return users.require_role(user, Role.SUPERVISOR)


def _parse_date(text: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (dd/mm/yyyy or yyyy-mm-dd)")


def _parse_money(text: str) -> int:
    from recovery_desk.domain.money import decimal_to_cents

    cleaned = text.replace("R$", "").replace("€", "").strip()
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return decimal_to_cents(Decimal(cleaned))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of money") from exc


def _register_cycle(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("cycle", help="open, assign and close rescue cycles")
    actions = parser.add_subparsers(dest="cycle_command", required=True)
    create = actions.add_parser("create", help="open a cycle with its selection rules")
    _common(create)
    create.add_argument("--name", required=True)
    create.add_argument("--from", dest="period_start", type=_parse_date, required=True)
    create.add_argument("--to", dest="period_end", type=_parse_date, required=True)
    create.add_argument(
        "--within-days", type=int, default=90, help="departed within N days (0: any)"
    )
    create.add_argument("--min-revenue", type=_parse_money)
    create.add_argument("--max-revenue", type=_parse_money)
    create.add_argument("--segment", action="append", default=[])
    create.add_argument("--region", action="append", default=[])
    create.add_argument(
        "--category", action="append", default=[], help="known reason category code (repeatable)"
    )
    create.add_argument("--include-won-back", action="store_true")
    create.add_argument("--include-do-not-call", action="store_true")
    create.add_argument("--not-contacted-days", type=int, default=14, help="0: any")
    create.add_argument("--weight-revenue", type=int, default=70)
    create.add_argument("--weight-recency", type=int, default=30)
    create.set_defaults(handler=_cmd_cycle_create)
    assign = actions.add_parser("assign", help="assign the cycle's customers")
    _common(assign)
    assign.add_argument("cycle", help="cycle name or id")
    assign.add_argument("--agent", action="append", help="only these agents (repeatable)")
    assign.add_argument("--executive", action="append", help="only these executives (repeatable)")
    assign.add_argument("--no-executives", action="store_true")
    assign.set_defaults(handler=_cmd_cycle_assign)
    close = actions.add_parser("close", help="close a cycle and freeze its figures")
    _common(close)
    close.add_argument("cycle", help="cycle name or id")
    close.set_defaults(handler=_cmd_cycle_close)
    listing = actions.add_parser("list", help="list the cycles")
    _common(listing)
    listing.set_defaults(handler=_cmd_cycle_list)


def _cmd_cycle_create(args: argparse.Namespace) -> int:
    from recovery_desk.domain.priority import Weights
    from recovery_desk.services import cycles
    from recovery_desk.services.cycle_rules import CycleRules, preview

    rules = CycleRules(
        departed_within_days=args.within_days or None,
        min_revenue_cents=args.min_revenue,
        max_revenue_cents=args.max_revenue,
        segments=tuple(args.segment),
        regions=tuple(args.region),
        reason_categories=tuple(args.category),
        exclude_won_back=not args.include_won_back,
        exclude_do_not_call=not args.include_do_not_call,
        not_contacted_days=args.not_contacted_days or None,
    )
    with workspace(args) as ws:
        user = _current_supervisor(ws)
        cycle = cycles.create_cycle(
            ws.sessions,
            user,
            name=args.name,
            period_start=args.period_start,
            period_end=args.period_end,
            rules=rules,
            weights=Weights(args.weight_revenue, args.weight_recency),
        )
        kept = preview(ws.sessions, rules, date.today()).kept
    print(
        f"cycle '{cycle.name}' opened ({cycle.id}): its rules keep {kept.customers} "
        f"customers, {kept.revenue_cents / 100:.2f} of monthly revenue"
    )
    return EXIT_OK


def _cmd_cycle_assign(args: argparse.Namespace) -> int:
    from recovery_desk.services import cycles

    with workspace(args) as ws:
        user = _current_supervisor(ws)
        cycle = cycles.find_cycle(ws.sessions, args.cycle)
        executives = [] if args.no_executives else args.executive
        result = cycles.assign(
            ws.sessions, user, cycle.id, date.today(), agents=args.agent, executives=executives
        )
    print(
        f"cycle '{cycle.name}': {result.assigned} assigned ({result.to_executives} to "
        f"executives, {result.to_agents} to agents); {result.already_assigned} were "
        "already assigned"
    )
    return EXIT_OK


def _cmd_cycle_close(args: argparse.Namespace) -> int:
    from recovery_desk.services import cycles

    with workspace(args) as ws:
        user = _current_supervisor(ws)
        cycle = cycles.find_cycle(ws.sessions, args.cycle)
        frozen = cycles.close_cycle(ws.sessions, user, cycle.id)
    print(
        f"cycle '{cycle.name}' closed: {frozen['contacted']} contacted, "
        f"{frozen['won_back']} won back, recovery rate {frozen['recovery_rate']:.1%}, "
        f"recovered {frozen['recovered_revenue_cents'] / 100:.2f} of monthly revenue"
    )
    return EXIT_OK


def _cmd_cycle_list(args: argparse.Namespace) -> int:
    from recovery_desk.services import cycles

    with workspace(args) as ws:
        for cycle in cycles.list_cycles(ws.sessions):
            print(
                f"{cycle.name}\t{cycle.status.value}\t{cycle.period_start.isoformat()}"
                f"\t{cycle.period_end.isoformat()}\t{cycle.assigned} assigned\t{cycle.id}"
            )
    return EXIT_OK


def _cmd_report_departed(args: argparse.Namespace) -> int:
    from recovery_desk.services.departed import DepartedFilters, departed_by_period

    filters = DepartedFilters(
        segment=args.segment, region=args.region, date_from=args.date_from, date_to=args.date_to
    )
    with workspace(args) as ws:
        rows = departed_by_period(ws.sessions, args.by, filters)
    records = [
        {
            "period": r.period,
            "customers": r.customers,
            "lost_monthly_revenue": str(cents_to_decimal(r.lost_revenue_cents)),
            "unknown_revenue": r.unknown_revenue,
        }
        for r in rows
    ]
    _print_records(records, args.format)
    return EXIT_OK


def _print_records(records: Sequence[Mapping[str, object]], fmt: str) -> None:
    """Print rows as an aligned table, CSV or JSON on stdout."""
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not records:
        return
    columns = list(records[0])
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in records]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))


def _register_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("report", help="print a report")
    kinds = parser.add_subparsers(dest="report_kind", required=True)
    departed = kinds.add_parser("departed", help="departed customers and lost revenue")
    _common(departed)
    departed.add_argument("--by", choices=["month", "quarter"], default="month")
    departed.add_argument("--format", choices=["table", "csv", "json"], default="table")
    departed.add_argument("--segment")
    departed.add_argument("--region")
    departed.add_argument("--from", dest="date_from", type=_parse_date)
    departed.add_argument("--to", dest="date_to", type=_parse_date)
    departed.set_defaults(handler=_cmd_report_departed)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _register_demo,
    _register_cycle,
    _register_report,
]

SUBCOMMANDS: set[str] = set()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="recovery-desk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in REGISTER:
        register(sub)
    SUBCOMMANDS.update(sub.choices)
    return parser


def wants_cli(argv: list[str]) -> bool:
    """True when ``argv`` names a sub-command (or asks for CLI help/version)."""
    build_parser()
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg in ("--data-dir", "--lang"):
            skip_next = True
        elif arg in ("--version", "-h", "--help"):
            return True
        elif not arg.startswith("-"):
            return arg in SUBCOMMANDS
    return False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("recovery-desk: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
