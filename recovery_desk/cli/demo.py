"""``recovery-desk demo``: fill the database with believable demo data."""

from __future__ import annotations

import argparse

from recovery_desk.cli.common import EXIT_OK, CliError, Subparsers, add_common, drive, workspace


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("demo", help="fill the database with believable demo data")
    add_common(parser)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--market",
        choices=["br", "pt"],
        default="br",
        help="Brazilian (BRL, +55) or Portuguese (EUR, +351) customers",
    )
    parser.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desk.services.demo import generate as demo

    if args.customers < 1:
        raise CliError("--customers must be at least 1")
    with workspace(args) as ws:
        summary = drive(
            demo.generate_iter(
                ws.sessions, customers=args.customers, seed=args.seed, market=args.market
            )
        )
    print(summary)
    return EXIT_OK
