"""``recovery-desk offers pending|approve|reject``: offers waiting for a supervisor's answer.

Supervisors decide any offer; executives those within the executive's approval limit.
"""

from __future__ import annotations

import argparse
import json
import uuid

from recovery_desk.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    workspace,
)
from recovery_desk.domain.money import cents_to_decimal


def register(sub: Subparsers) -> None:
    offers = sub.add_parser("offers", help="offers waiting for approval: list, approve, reject")
    offers_sub = offers.add_subparsers(dest="offers_command", required=True)
    pending = offers_sub.add_parser("pending", help="offers waiting for your approval")
    add_common(pending)
    pending.add_argument(
        "--format", choices=["table", "json"], default="table", help="how to print the list"
    )
    pending.set_defaults(handler=cmd_pending)
    for name, approve in (("approve", True), ("reject", False)):
        parser = offers_sub.add_parser(name, help=f"{name} an offer waiting for approval")
        add_common(parser)
        parser.add_argument("id", help="the id shown by `offers pending`")
        parser.add_argument(
            "--note",
            default="",
            required=not approve,
            help="a note for the agent (required to reject: say why)",
        )
        parser.set_defaults(handler=cmd_decide, approve=approve)


def cmd_pending(args: argparse.Namespace) -> int:
    from recovery_desk.services.calls.approvals import pending_approvals

    with workspace(args) as ws:
        items = pending_approvals(ws.sessions, current_user(ws))
    if args.format == "json":
        rows = [
            {
                "id": str(a.id),
                "customer_id": str(a.customer_id),
                "customer": a.customer_name,
                "offer": a.offer_code,
                "offer_label": a.offer_label,
                "cost": str(cents_to_decimal(a.cost_cents)),
                "currency": a.currency,
                "agent": a.agent_name,
                "made_at": a.made_at.isoformat(),
                "response": a.response,
                "notes": a.notes,
            }
            for a in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for a in items:
        cost = f"{a.currency} {cents_to_decimal(a.cost_cents)}"
        made = a.made_at.strftime("%Y-%m-%d %H:%M UTC")
        print(
            f"{a.id}  {made}  {cost:>14}  {a.customer_name:<28} {a.offer_code:<24} {a.agent_name}"
        )
    if not items:
        print("no offers wait for your approval")
    return EXIT_OK


def cmd_decide(args: argparse.Namespace) -> int:
    from recovery_desk.services.calls.approvals import decide

    try:
        offer_made_id = uuid.UUID(args.id)
    except ValueError as exc:
        raise CliError(f"{args.id}: not an offer id (see `recovery-desk offers pending`)") from exc
    with workspace(args) as ws:
        result = decide(
            ws.sessions, current_user(ws), offer_made_id, approve=args.approve, note=args.note
        )
    print(f"offer {result.id} {result.status.value}; the agent's follow-ups have the answer")
    return EXIT_OK
