"""The same services from a terminal: never opens a window, never prompts.

Every sub-command takes ``--data-dir``; failures print one clear line on stderr and return
a non-zero exit code (1: bad input or refused; 2: nothing could be done; 3: storage).
Each area registers its sub-commands in a ``_register_*`` function listed in ``REGISTER``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

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
        fraction = progress.fraction
        done = f"{fraction:.0%}" if fraction is not None else str(progress.done)
        stream.write(f"\r{progress.message} {done}".rstrip() + " ")
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
    from recovery_desk.services.demo import generate as demo

    if args.customers < 1:
        raise CliError("--customers must be at least 1")
    with workspace(args) as ws:
        show = report_progress()
        summary = demo.generate(
            ws.sessions,
            customers=args.customers,
            seed=args.seed,
            market=args.market,
            on_progress=show,
        )
    sys.stderr.write("\n")
    print(summary)
    return EXIT_OK


# --- care and follow-ups (issue 6) ---------------------------------------------------------


def _register_care(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    care_parser = sub.add_parser("care", help="intensive care of customers who came back")
    care_sub = care_parser.add_subparsers(dest="care_command", required=True)
    health = care_sub.add_parser(
        "import-health",
        help="import health indicators (customer;date;kind[;quantity][;note]) from CSV",
    )
    _common(health)
    health.add_argument("file", help="CSV file; nothing is written if any row is bad")
    health.set_defaults(handler=_cmd_care_import_health)
    interval = care_sub.add_parser(
        "interval", help="show, or set with --months, the months between care reviews"
    )
    _common(interval)
    interval.add_argument("--months", type=int, help="new interval (1-60; supervisors)")
    interval.set_defaults(handler=_cmd_care_interval)

    followups = sub.add_parser("followups", help="the current user's follow-ups, by due time")
    _common(followups)
    followups.add_argument("--format", choices=["table", "json"], default="table")
    followups.add_argument("--days", type=int, default=7, help="look-ahead in days (default 7)")
    followups.set_defaults(handler=_cmd_followups)


def _cli_user(ws: Workspace):
    from recovery_desk.services.users import access as users

    user = users.current_user(ws.sessions)
    if user is None:
        raise CliError("no current user yet: start the app once to create one", EXIT_NOTHING)
    return user


def _cmd_care_import_health(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.services.care.health_import import HealthImportError, import_health

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file")
    with workspace(args) as ws:
        user = _cli_user(ws)
        show = report_progress()
        gen = import_health(ws.sessions, user, path)
        try:
            while True:
                show(next(gen))
        except StopIteration as stop:
            result = stop.value
        except HealthImportError as exc:
            sys.stderr.write("\n")
            for error in exc.errors[1:]:
                print(f"recovery-desk: {error}", file=sys.stderr)
            raise CliError(f"{exc} (nothing was imported)") from exc
    sys.stderr.write("\n")
    print(f"{result.rows} health indicators imported for {result.customers} customers")
    return EXIT_OK


def _cmd_care_interval(args: argparse.Namespace) -> int:
    from recovery_desk.services.care import reviews as care

    with workspace(args) as ws:
        if args.months is not None:
            care.set_interval(ws.sessions, _cli_user(ws), args.months)
        print(f"care reviews every {care.get_interval(ws.sessions)} months")
    return EXIT_OK


def _cmd_followups(args: argparse.Namespace) -> int:
    import json

    from recovery_desk.services.followups.lists import list_followups

    if args.days < 0:
        raise CliError("--days cannot be negative")
    with workspace(args) as ws:
        items = list_followups(ws.sessions, _cli_user(ws), horizon_days=args.days)
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


# --- catalogue (issue 7) ------------------------------------------------------------------


def _register_catalogue(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("catalogue", help="export or import the whole catalogue (supervisors)")
    inner = parser.add_subparsers(dest="catalogue_command", required=True)
    export = inner.add_parser("export", help="write reasons, offers, scripts and phrases to JSON")
    _common(export)
    export.add_argument("--out", required=True, help="the JSON file to write")
    export.set_defaults(handler=_cmd_catalogue_export)
    imp = inner.add_parser(
        "import", help="check a catalogue JSON file, then apply it all or nothing"
    )
    _common(imp)
    imp.add_argument("file", help="the JSON file to read (see docs/catalogue-format.md)")
    imp.set_defaults(handler=_cmd_catalogue_import)


def _catalogue_supervisor(ws: Workspace) -> UserDTO:
    from recovery_desk.services.users import access as users

    user = users.current_user(ws.sessions)
    if user is None or not user.is_supervisor:
        who = f"{user.name} is {user.role.value}" if user else "no user is signed in here"
        raise CliError(f"only a supervisor may export or import the catalogue ({who}).")
    return user


def _cmd_catalogue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.services.catalogue import files as catalogue_files

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    with workspace(args) as ws:
        user = _catalogue_supervisor(ws)
        try:
            counts = catalogue_files.export_catalogue(ws.sessions, user, out)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"catalogue written to {out}: {summary}")
    return EXIT_OK


def _cmd_catalogue_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.services.catalogue import files as catalogue_files

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file")
    with workspace(args) as ws:
        user = _catalogue_supervisor(ws)
        try:
            report = catalogue_files.import_catalogue(ws.sessions, user, path)
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    print(f"catalogue imported from {path}:")
    for line in report.lines():
        print(f"  {line}")
    return EXIT_OK


# --- reports and reason-log export (reports) ----------------------------------------------


def _parse_day(text: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (dd/mm/yyyy or yyyy-mm-dd)")


def _report_filters_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", help="cycle name or id")
    parser.add_argument("--from", dest="date_from", type=_parse_day, help="first day (dd/mm/yyyy)")
    parser.add_argument("--to", dest="date_to", type=_parse_day, help="last day (dd/mm/yyyy)")
    parser.add_argument(
        "--date-basis",
        choices=["departed", "call"],
        default="departed",
        help="the period applies to the departure date (default) or to the call date",
    )
    parser.add_argument("--segment")
    parser.add_argument("--region")
    parser.add_argument("--agent", help="agent login, name or id")


def _report_filters(args: argparse.Namespace, engine: Any) -> Any:
    from recovery_desk.services.reports.filters import (
        DateBasis,
        ReportFilters,
        resolve_agent,
        resolve_cycle,
    )

    return ReportFilters(
        date_from=args.date_from,
        date_to=args.date_to,
        date_basis=DateBasis(args.date_basis),
        cycle_id=resolve_cycle(engine, args.cycle) if args.cycle else None,
        segment=args.segment,
        region=args.region,
        agent_id=resolve_agent(engine, args.agent) if args.agent else None,
    )


def _report_reasons(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import output as report_output
    from recovery_desk.services.reports import reasons as reports
    from recovery_desk.services.reports.filters import ReasonSource

    rows = reports.reasons_report(
        engine,
        filters,
        source=ReasonSource(args.source),
        level=reports.Level(args.level),
        measure=reports.Measure(args.by),
        lang=args.lang,
    )
    if args.format != "table":
        return report_output.reason_records(rows)
    return [
        {
            "category": r.category_label if r.category else "(no known reason)",
            "reason": r.reason_label,
            "customers": r.customers,
            "monthly_revenue": report_output.money(r.monthly_revenue_cents),
            "share": f"{r.share:.1%}",
            "cumulative": f"{r.cumulative_share:.1%}",
        }
        for r in rows
    ]


def _report_cycles(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import activity as report_activity
    from recovery_desk.services.reports import output as report_output

    return report_output.cycle_records(report_activity.cycles_report(engine, filters))


def _report_offers(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import activity as report_activity
    from recovery_desk.services.reports import output as report_output

    data = report_output.offers_records(
        report_activity.offers_report(engine, filters, lang=args.lang)
    )
    if args.format == "json":
        return data
    promises = [{"promises": k, "count": v} for k, v in data["promises"].items()]
    return [data["offers"], promises, data["steps"]]


def _report_expectations(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import output as report_output
    from recovery_desk.services.reports.expectations import expectations_report

    return report_output.expectation_records(expectations_report(engine, filters))


def _report_departed(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports.departed import DepartedFilters, departed_by_period

    rows = departed_by_period(
        engine,
        args.group_by,
        DepartedFilters(
            segment=args.segment,
            region=args.region,
            date_from=args.date_from,
            date_to=args.date_to,
        ),
    )
    return [
        {
            "period": r.period,
            "customers": r.customers,
            "lost_monthly_revenue": str(cents_to_decimal(r.lost_revenue_cents)),
            "unknown_revenue": r.unknown_revenue,
        }
        for r in rows
    ]


REPORT_KINDS: dict[str, tuple[str, Callable[[argparse.Namespace, Any, Any], object]]] = {
    "reasons": ("departure reasons ranked by lost monthly revenue (Pareto)", _report_reasons),
    "cycles": ("recovery rate per cycle beside the 10-30% reference band", _report_cycles),
    "offers": ("offers, promises and average time per call step", _report_offers),
    "expectations": (
        "how often conversations met the customer's four expectations, per agent",
        _report_expectations,
    ),
    "departed": (
        "departed customers and lost monthly revenue per month or quarter",
        _report_departed,
    ),
}
"""Report kinds of ``recovery-desk report KIND``: help text and handler."""


def _register_reports(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="print a report (table, CSV or JSON)")
    kinds = report.add_subparsers(dest="kind", required=True)
    for kind, (help_text, _handler) in REPORT_KINDS.items():
        parser = kinds.add_parser(kind, help=help_text)
        _common(parser)
        _report_filters_args(parser)
        parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
        parser.add_argument(
            "--central", metavar="URL", help="read the centre's database instead of this one"
        )
        parser.add_argument("--lang", choices=["pt_BR", "pt_PT", "en"], default="en")
        if kind == "reasons":
            parser.add_argument("--source", choices=["calls", "imported", "all"], default="all")
            parser.add_argument("--level", choices=["reason", "category"], default="reason")
            parser.add_argument("--by", choices=["revenue", "count"], default="revenue")
        if kind == "departed":
            parser.add_argument(
                "--by", dest="group_by", choices=["month", "quarter"], default="month"
            )
        parser.set_defaults(handler=_cmd_report)
    export = sub.add_parser("export", help="export data to CSV or XLSX")
    what = export.add_subparsers(dest="what", required=True)
    reasons = what.add_parser("reasons", help="the reason log: one row per reason recorded")
    _common(reasons)
    _report_filters_args(reasons)
    reasons.add_argument("--out", required=True, help="FILE.csv or FILE.xlsx")
    reasons.add_argument(
        "--pseudonymise", action="store_true", help="no names; customer reference hashed"
    )
    reasons.add_argument(
        "--locale", help="CSV conventions: pt_BR/pt_PT use ; and decimal comma (default: system)"
    )
    reasons.add_argument("--lang", choices=["pt_BR", "pt_PT", "en"], default="en")
    reasons.set_defaults(handler=_cmd_export_reasons)


def _print_report(data: object, fmt: str) -> None:
    from recovery_desk.services.reports import output as report_output

    if fmt == "json":
        print(report_output.to_json(data))
        return
    render = report_output.to_csv if fmt == "csv" else report_output.to_table
    tables = data if data and isinstance(data, list) and isinstance(data[0], list) else [data]
    print("\n".join(render(table) for table in tables), end="")  # type: ignore[arg-type]


def _cmd_report(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from recovery_desk.services.reports import reasons as reports

    _help, handler = REPORT_KINDS[args.kind]
    if args.central:
        engine = reports.central_engine(args.central)
        try:
            data = handler(args, engine, _report_filters(args, engine))
        except SQLAlchemyError as exc:
            raise CliError(
                f"cannot read the centre: {exc.__class__.__name__}: {exc}", EXIT_NOTHING
            ) from exc
        finally:
            engine.dispose()
    else:
        with workspace(args) as ws:
            engine = ws.database.engine
            data = handler(args, engine, _report_filters(args, engine))
    _print_report(data, args.format)
    return EXIT_OK


def _cmd_export_reasons(args: argparse.Namespace) -> int:
    import locale
    from pathlib import Path

    from recovery_desk.domain.errors import PermissionDenied
    from recovery_desk.services.exports import reason_log as exports
    from recovery_desk.services.progress import Throttle
    from recovery_desk.services.users import access as users

    out = Path(args.out)
    with workspace(args) as ws:
        user = users.current_user(ws.sessions)
        filters = _report_filters(args, ws.database.engine)
        gen = exports.export_reasons(
            ws.sessions,
            user,
            out,
            filters=filters,
            pseudonymise=args.pseudonymise,
            locale_name=args.locale or locale.getlocale()[0] or "en",
            lang=args.lang,
        )
        show = report_progress()
        throttle = Throttle(0.5)
        try:
            while True:
                try:
                    progress = next(gen)
                except StopIteration as stop:
                    summary = stop.value
                    break
                if throttle.ready():
                    show(progress)
        except PermissionDenied as exc:
            raise CliError(f"refused: {exc}") from exc
    sys.stderr.write("\n")
    kind = "pseudonymised " if summary.pseudonymised else ""
    print(f"exported {summary.rows} {kind}reason rows to {summary.path}")
    return EXIT_OK


# --- end of reports block -----------------------------------------------------------------


# --- cycles and departed report (issue 3) -------------------------------------------------


def _current_supervisor(ws: Workspace) -> UserDTO:
    from recovery_desk.services.users import access as users

    user = users.current_user(ws.sessions)
    if user is None:
        raise CliError(
            "no user works at this desk yet: open the app once to create the first supervisor"
        )
    return users.require_role(user, Role.SUPERVISOR)


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
    create.add_argument("--from", dest="period_start", type=_parse_day, required=True)
    create.add_argument("--to", dest="period_end", type=_parse_day, required=True)
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
    from recovery_desk.services.cycles import manage as cycles
    from recovery_desk.services.cycles.rules import CycleRules, preview

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
    from recovery_desk.services.cycles import manage as cycles

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
    from recovery_desk.services.cycles import manage as cycles

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
    from recovery_desk.services.cycles import manage as cycles

    with workspace(args) as ws:
        for cycle in cycles.list_cycles(ws.sessions):
            print(
                f"{cycle.name}\t{cycle.status.value}\t{cycle.period_start.isoformat()}"
                f"\t{cycle.period_end.isoformat()}\t{cycle.assigned} assigned\t{cycle.id}"
            )
    return EXIT_OK


# --- import (issue 3) ---------------------------------------------------------------------


def _register_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help="import departed customers from a CSV or XLSX file")
    _common(parser)
    parser.add_argument("file", help="the CSV or XLSX file")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read FIELD from the column HEADER (fields: external_id, name, phone, email, "
        "segment, region, monthly_revenue, lifetime_value, customer_since, departed_on, "
        "served_by, reason, category, notes); an empty HEADER ignores the field",
    )
    parser.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    parser.add_argument("--errors", metavar="OUT.csv", help="write the rejected rows here")
    parser.add_argument(
        "--region",
        choices=["BR", "PT", "br", "pt"],
        default="BR",
        help="how to read national phone numbers and which currency (default BR)",
    )
    parser.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from recovery_desk.domain.enums import Role
    from recovery_desk.domain.errors import PermissionDenied
    from recovery_desk.services.imports import importer as imports
    from recovery_desk.services.imports.mapping import parse_map_options
    from recovery_desk.services.users import access as users

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path}: no such file", EXIT_NOTHING)
    with workspace(args) as ws:
        user = users.current_user(ws.sessions)
        if user is None:
            raise CliError(
                "no user yet: start the app once (recovery-desk) to create the first "
                "supervisor, then import.",
                EXIT_INPUT,
            )
        try:
            users.require_role(user, Role.SUPERVISOR)
        except PermissionDenied as exc:
            raise CliError(f"{user.name} is not a supervisor: only supervisors import") from exc
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
            summary = _drive_import(gen)
        except DomainError as exc:
            raise CliError(f"{path.name}: {exc}; nothing was imported", EXIT_NOTHING) from exc
    print(summary)
    for rejection in summary.rejections[:20]:
        print(f"  {rejection}", file=sys.stderr)
    if summary.rejected > 20:
        print(f"  ... and {summary.rejected - 20} more rows rejected", file=sys.stderr)
    if summary.errors_file is not None and errors is None:
        summary.errors_file.unlink(missing_ok=True)
        print("use --errors OUT.csv to write the rejected rows to a file", file=sys.stderr)
    elif summary.errors_file is not None:
        print(f"rejected rows written to {summary.errors_file}", file=sys.stderr)
    return EXIT_OK if summary.imported else EXIT_NOTHING


def _drive_import(gen: Generator[Progress, None, Any]) -> Any:
    while True:
        try:
            progress = next(gen)
        except StopIteration as stop:
            sys.stderr.write("\n")
            return stop.value
        fraction = progress.fraction
        shown = f" {fraction:.0%}" if fraction is not None else ""
        sys.stderr.write(f"\rimporting: {progress.message}{shown}   ")
        sys.stderr.flush()


# --- sync (issue 5) -----------------------------------------------------------------------


def _register_sync(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from recovery_desk import cli_sync

    cli_sync.register(sub, _common)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _register_demo,
    _register_catalogue,  # catalogue (issue 7)
    _register_reports,  # reports
    _register_cycle,  # cycles (issue 3)
    _register_care,  # care and follow-ups (issue 6)
    _register_import,
    _register_sync,  # sync (issue 5)
]

SUBCOMMANDS: set[str] = set()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-desk",
        description="Recovery Desk from a terminal. Without a sub-command, recovery-desk opens "
        "the app. Sub-commands never open a window or prompt; each takes --data-dir. Exit "
        "codes: 0 done, 1 bad input or refused, 2 nothing could be done, 3 storage problem.",
    )
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in REGISTER:
        register(sub)
    SUBCOMMANDS.update(sub.choices)
    return parser


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
