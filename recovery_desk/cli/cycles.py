"""``recovery-desk cycle create|assign|close|list``: rescue cycles (supervisors change them).

Money is printed one amount per currency (``1200.00 BRL · 300.00 EUR``), never summed over
currencies; the revenue band is in one currency (``--revenue-currency``).
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation

from recovery_desk.cli.common import (
    EXIT_OK,
    Subparsers,
    add_common,
    current_user,
    parse_day,
    workspace,
)


def parse_money(text: str) -> int:
    """An amount like ``R$ 1.234,50``, ``€ 10,00`` or ``10.5``, in cents (argparse ``type``)."""
    from recovery_desk.domain.money import decimal_to_cents

    cleaned = text.replace("R$", "").replace("€", "").strip()
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return decimal_to_cents(Decimal(cleaned))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of money") from exc


def parse_currency(text: str) -> str:
    """A three-letter currency code such as ``EUR`` (argparse ``type``)."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"'{text}' is not a currency code (BRL, EUR)")
    return code


def per_currency(amounts: dict[str, int]) -> str:
    """``1200.00 BRL · 300.00 EUR``: one amount per currency ("0.00" for none)."""
    from recovery_desk.domain.money import cents_to_decimal

    text = " · ".join(f"{cents_to_decimal(cents)} {cur}" for cur, cents in amounts.items())
    return text or "0.00"


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("cycle", help="open, assign and close rescue cycles")
    actions = parser.add_subparsers(dest="cycle_command", required=True)
    create = actions.add_parser("create", help="open a cycle with its selection rules")
    add_common(create)
    create.add_argument("--name", required=True, help="the cycle's name, unique (Dez/2026)")
    create.add_argument(
        "--from",
        dest="period_start",
        type=parse_day,
        required=True,
        help="first day of the cycle (dd/mm/yyyy)",
    )
    create.add_argument(
        "--to",
        dest="period_end",
        type=parse_day,
        required=True,
        help="last day of the cycle (dd/mm/yyyy)",
    )
    create.add_argument(
        "--within-days", type=int, default=90, help="departed within N days (0: any)"
    )
    create.add_argument(
        "--min-revenue", type=parse_money, help='lowest monthly revenue ("R$ 50,00"; default: none)'
    )
    create.add_argument(
        "--max-revenue", type=parse_money, help="highest monthly revenue (default: none)"
    )
    create.add_argument(
        "--revenue-currency",
        type=parse_currency,
        help="currency of the revenue band: it keeps customers billed in it"
        " (default: the one most customers are billed in)",
    )
    create.add_argument(
        "--segment",
        action="append",
        default=[],
        help="only this segment (repeatable; default: all)",
    )
    create.add_argument(
        "--region", action="append", default=[], help="only this region (repeatable; default: all)"
    )
    create.add_argument(
        "--category", action="append", default=[], help="known reason category code (repeatable)"
    )
    create.add_argument(
        "--include-won-back", action="store_true", help="also customers already won back"
    )
    create.add_argument(
        "--include-do-not-call",
        action="store_true",
        help="also customers who asked not to be called",
    )
    create.add_argument(
        "--not-contacted-days",
        type=int,
        default=14,
        help="not called in the last N days (0: any)",
    )
    create.add_argument(
        "--weight-revenue", type=int, default=70, help="priority weight of monthly revenue"
    )
    create.add_argument(
        "--weight-recency", type=int, default=30, help="priority weight of a recent departure"
    )
    create.set_defaults(handler=cmd_create)
    assign = actions.add_parser("assign", help="assign the cycle's customers")
    add_common(assign)
    assign.add_argument("cycle", help="cycle name or id")
    assign.add_argument("--agent", action="append", help="only these agents (repeatable)")
    assign.add_argument("--executive", action="append", help="only these executives (repeatable)")
    assign.add_argument(
        "--no-executives", action="store_true", help="assign to agents only, no executive handful"
    )
    assign.set_defaults(handler=cmd_assign)
    close = actions.add_parser("close", help="close a cycle and freeze its figures")
    add_common(close)
    close.add_argument("cycle", help="cycle name or id")
    close.set_defaults(handler=cmd_close)
    listing = actions.add_parser("list", help="list the cycles")
    add_common(listing)
    listing.set_defaults(handler=cmd_list)


def cmd_create(args: argparse.Namespace) -> int:
    from recovery_desk.domain.priority import Weights
    from recovery_desk.services.cycles import manage as cycles
    from recovery_desk.services.cycles.choices import main_currency
    from recovery_desk.services.cycles.rules import CycleRules, preview

    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
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
            revenue_currency=args.revenue_currency or main_currency(ws.sessions),
        )
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
        f"customers, {per_currency(kept.revenue_per_currency)} of monthly revenue"
        + (f" (revenue band in {rules.revenue_currency})" if rules.has_band else "")
    )
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from recovery_desk.services.cycles import manage as cycles

    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
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


def cmd_close(args: argparse.Namespace) -> int:
    from recovery_desk.services.cycles import manage as cycles
    from recovery_desk.services.cycles.figures import recovered_per_currency

    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        cycle = cycles.find_cycle(ws.sessions, args.cycle)
        frozen = cycles.close_cycle(ws.sessions, user, cycle.id)
    recovered = recovered_per_currency(frozen, "BRL")  # figures frozen now: per currency
    print(
        f"cycle '{cycle.name}' closed: {frozen['contacted']} contacted, "
        f"{frozen['won_back']} won back, recovery rate {frozen['recovery_rate']:.1%}, "
        f"recovered {per_currency(recovered)} of monthly revenue"
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from recovery_desk.services.cycles import manage as cycles

    with workspace(args) as ws:
        for cycle in cycles.list_cycles(ws.sessions):
            print(
                f"{cycle.name}\t{cycle.status.value}\t{cycle.period_start.isoformat()}"
                f"\t{cycle.period_end.isoformat()}\t{cycle.assigned} assigned\t{cycle.id}"
            )
    return EXIT_OK
