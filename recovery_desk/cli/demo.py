"""``recovery-desk demo``: fill a data folder with believable demo data.

Without ``--data-dir`` the data goes to the demo folder that ``recovery-desk --demo`` opens,
never to the user's real one. A folder that already has customers is left as it is.
"""

from __future__ import annotations

import argparse
import shlex

from recovery_desk.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    data_paths,
    drive,
    workspace,
)


def register(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "demo",
        help="fill an empty data folder with believable demo data: a team, departed customers, "
        "past rescue cycles and their calls (default: the folder recovery-desk --demo opens)",
    )
    add_common(parser)
    parser.add_argument(
        "--customers", type=int, default=2000, help="how many departed customers to make"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the same seed makes the same data set again"
    )
    parser.add_argument(
        "--market",
        choices=["br", "pt"],
        default="br",
        help="Brazilian (BRL, +55) or Portuguese (EUR, +351) customers",
    )
    parser.set_defaults(handler=cmd_demo, demo_folder=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from recovery_desk.services.demo import generate as demo

    if args.customers < 1:
        raise CliError("--customers must be at least 1")
    folder = data_paths(args).data_dir
    with workspace(args) as ws:
        try:
            summary = drive(
                demo.generate_iter(
                    ws.sessions, customers=args.customers, seed=args.seed, market=args.market
                )
            )
        except demo.NotEmpty as exc:
            raise CliError(
                f"{folder} already has {exc.customers} customers: demo data goes into an empty "
                "data folder (choose another with --data-dir); nothing was added",
                EXIT_INPUT,
            ) from exc
    opened_by = (
        shlex.join(["recovery-desk", "--data-dir", str(folder)])
        if args.data_dir
        else "recovery-desk --demo"
    )
    print(f"{summary} in {folder} (open it with {opened_by})")
    return EXIT_OK
