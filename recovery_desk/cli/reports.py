"""``recovery-desk report KIND``: a report as a table, CSV or JSON, from this desk or the
centre; also the report filters that ``export`` shares."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from recovery_desk.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    PASSWORD_SOURCES,
    CliError,
    Subparsers,
    add_common,
    add_password_stdin,
    central_target,
    parse_day,
    workspace,
)
from recovery_desk.domain.money import cents_to_decimal


def add_filter_args(parser: argparse.ArgumentParser) -> None:
    """The filters every report and the reason-log export take."""
    parser.add_argument("--cycle", help="cycle name or id")
    parser.add_argument("--from", dest="date_from", type=parse_day, help="first day (dd/mm/yyyy)")
    parser.add_argument("--to", dest="date_to", type=parse_day, help="last day (dd/mm/yyyy)")
    parser.add_argument(
        "--date-basis",
        choices=["departed", "call"],
        default="departed",
        help="the period applies to the departure date (default) or to the call date",
    )
    parser.add_argument("--segment", help="only customers of this segment (as imported)")
    parser.add_argument("--region", help="only customers of this region (as imported)")
    parser.add_argument("--agent", help="agent login, name or id")


def report_filters(args: argparse.Namespace, engine: Any) -> Any:
    """The ``ReportFilters`` of :func:`add_filter_args`' options (names resolved to ids)."""
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


def _reasons(args: argparse.Namespace, engine: Any, filters: Any) -> object:
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
            "currency": r.currency,
            "share": f"{r.share:.1%}",
            "cumulative": f"{r.cumulative_share:.1%}",
        }
        for r in rows
    ]


def _cycles(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import activity as report_activity
    from recovery_desk.services.reports import output as report_output

    return report_output.cycle_records(report_activity.cycles_report(engine, filters))


def _offers(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import activity as report_activity
    from recovery_desk.services.reports import output as report_output

    data = report_output.offers_records(
        report_activity.offers_report(engine, filters, lang=args.lang)
    )
    if args.format == "json":
        return data
    promises = [{"promises": k, "count": v} for k, v in data["promises"].items()]
    return [data["offers"], promises, data["steps"]]


def _expectations(args: argparse.Namespace, engine: Any, filters: Any) -> object:
    from recovery_desk.services.reports import output as report_output
    from recovery_desk.services.reports.expectations import expectations_report

    return report_output.expectation_records(expectations_report(engine, filters))


def _departed(args: argparse.Namespace, engine: Any, filters: Any) -> object:
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
            "currency": r.currency,
            "unknown_revenue": r.unknown_revenue,
        }
        for r in rows
    ]


REPORT_KINDS: dict[str, tuple[str, Callable[[argparse.Namespace, Any, Any], object]]] = {
    "reasons": ("departure reasons ranked by lost monthly revenue (Pareto)", _reasons),
    "cycles": ("recovery rate per cycle beside the 10-30% reference band", _cycles),
    "offers": ("offers, promises and average time per call step", _offers),
    "expectations": (
        "how often conversations met the customer's four expectations, per agent",
        _expectations,
    ),
    "departed": ("departed customers and lost monthly revenue per month or quarter", _departed),
}
"""Report kinds of ``recovery-desk report KIND``: help text and handler."""


def register(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="print a report (table, CSV or JSON)")
    kinds = report.add_subparsers(dest="kind", required=True)
    for kind, (help_text, _handler) in REPORT_KINDS.items():
        parser = kinds.add_parser(
            kind,
            help=help_text,
            description=f"Report: {help_text}. A --central URL holds no password: "
            f"{PASSWORD_SOURCES}.",
        )
        add_common(parser)
        add_filter_args(parser)
        parser.add_argument(
            "--format", choices=["table", "csv", "json"], default="table", help="output format"
        )
        parser.add_argument(
            "--central",
            metavar="URL",
            help="read the centre's database instead of this one: "
            "postgresql://user@host:port/db (no password in it)",
        )
        add_password_stdin(parser)
        parser.add_argument(
            "--lang",
            choices=["pt_BR", "pt_PT", "en"],
            default="en",
            help="language of reason and category names",
        )
        if kind == "reasons":
            parser.add_argument(
                "--source",
                choices=["calls", "imported", "all"],
                default="all",
                help="reasons recorded in calls, imported with the customers, or both",
            )
            parser.add_argument(
                "--level",
                choices=["reason", "category"],
                default="reason",
                help="rank single reasons or their categories",
            )
            parser.add_argument(
                "--by",
                choices=["revenue", "count"],
                default="revenue",
                help="rank by lost monthly revenue or by customers",
            )
        if kind == "departed":
            parser.add_argument(
                "--by",
                dest="group_by",
                choices=["month", "quarter"],
                default="month",
                help="one line per month or per quarter",
            )
        parser.set_defaults(handler=cmd_report)


def _print_report(data: object, fmt: str) -> None:
    from recovery_desk.services.reports import output as report_output

    if fmt == "json":
        print(report_output.to_json(data))
        return
    render = report_output.to_csv if fmt == "csv" else report_output.to_table
    tables = data if data and isinstance(data, list) and isinstance(data[0], list) else [data]
    print("\n".join(render(table) for table in tables), end="")  # type: ignore[arg-type]


def cmd_report(args: argparse.Namespace) -> int:
    from recovery_desk.services.errors import CentralUnreadable, reading_centre
    from recovery_desk.services.reports import reasons as reports

    _help, handler = REPORT_KINDS[args.kind]
    if args.central:
        from recovery_desk.services.sync.settings import scrub

        engine = reports.central_engine(central_target(args, args.central).url)
        try:
            with reading_centre():
                data = handler(args, engine, report_filters(args, engine))
        except CentralUnreadable as exc:  # one line: the driver's first, no credentials
            first = (str(exc).splitlines() or [""])[0]
            raise CliError(f"cannot read the centre: {scrub(first)}", EXIT_NOTHING) from exc
        finally:
            engine.dispose()
    else:
        with workspace(args) as ws:
            engine = ws.database.engine
            data = handler(args, engine, report_filters(args, engine))
    _print_report(data, args.format)
    return EXIT_OK
