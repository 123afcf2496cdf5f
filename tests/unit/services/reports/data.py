"""Hand-computed fixture data for the reports and the reason-log export.

Customers (monthly revenue in cents) and their primary reason:

- A 10000: imported price_high, executive call won back without reasons -> price_high
- B 10000: imported svc_slow, call confirms price_competitor -> price_competitor (call wins)
- C  5000: no import; older call svc_slow, latest call svc_rude (retired) -> svc_rude
- D  5000: imported svc_old, merged into svc_slow -> svc_slow
- E     0: imported price_high -> price_high (zero revenue)
- F  2500: nothing -> no known reason
- G  2500: imported price_high; the call's primary is not verified -> price_high
- H  None: only a draft call -> no known reason
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.tables import (
    Assignment,
    Call,
    CallReason,
    CallStep,
    Customer,
    Cycle,
    Offer,
    OfferMade,
    Promise,
    Reason,
    ReasonCategory,
)


@dataclass(frozen=True)
class Fixture:
    cycle_id: uuid.UUID
    customers: dict[str, uuid.UUID]
    reasons: dict[str, uuid.UUID]


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 1, day, hour, tzinfo=UTC)


def build(sessions: sessionmaker[Session], agent: UserDTO, executive: UserDTO) -> Fixture:
    with sessions.begin() as s:
        price = ReasonCategory(code="zz_price", label_en="Price", label_pt_br="Preço")
        service = ReasonCategory(code="zz_service", label_en="Service", label_pt_br="Serviço")
        s.add_all([price, service])
        s.flush()
        reasons: dict[str, Reason] = {}
        for code, cat in [
            ("price_high", price),
            ("price_competitor", price),
            ("svc_slow", service),
            ("svc_rude", service),
            ("svc_old", service),
        ]:
            reasons[code] = Reason(code=code, category_id=cat.id, label_en=code.replace("_", " "))
        reasons["svc_rude"].active = False
        s.add_all(reasons.values())
        s.flush()
        reasons["svc_old"].merged_into_id = reasons["svc_slow"].id
        reasons["svc_old"].active = False
        cycle = Cycle(name="January", period_start=date(2026, 1, 1), period_end=date(2026, 1, 31))
        s.add(cycle)
        imported = {"A": "price_high", "B": "svc_slow", "D": "svc_old", "E": "price_high"}
        imported["G"] = "price_high"
        revenue = {"A": 10000, "B": 10000, "C": 5000, "D": 5000, "E": 0, "F": 2500, "G": 2500}
        segment = {"A": "gold", "B": "gold", "C": "silver", "D": "silver"}
        custs: dict[str, Customer] = {}
        for i, key in enumerate("ABCDEFGH"):
            custs[key] = Customer(
                external_id=f"EXT-{key}" if key != "G" else "-EXT-G",  # formula start
                name=f"Cliente {key} Ção" if key != "F" else '=HYPERLINK("x")',
                phone="+5511999990000",
                email=f"{key.lower()}@example.com",
                segment=segment.get(key, "bronze"),
                region="SP" if key in "ABCE" else "RJ",
                monthly_revenue_cents=revenue.get(key),
                departed_on=date(2025, 12, 1 + i),
                imported_reason_id=reasons[imported[key]].id if key in imported else None,
            )
        s.add_all(custs.values())
        s.flush()
        for key in "BCGH":
            s.add(Assignment(cycle_id=cycle.id, customer_id=custs[key].id, assignee_id=agent.id))
        s.add(
            Assignment(
                cycle_id=cycle.id,
                customer_id=custs["A"].id,
                assignee_id=executive.id,
                is_executive=True,
            )
        )
        offer_x = Offer(code="zz_offer_x", kind="discount", label_en="Offer X", cost_cents=1500)
        offer_y = Offer(code="zz_offer_y", kind="gift", label_en="Offer Y", cost_cents=700)
        s.add_all([offer_x, offer_y])
        s.flush()

        def call(
            key: str,
            day: int,
            outcome: str | None,
            *,
            status: str = "finished",
            by: UserDTO = agent,
            executive_call: bool = False,
        ) -> Call:
            c = Call(
                customer_id=custs[key].id,
                agent_id=by.id,
                cycle_id=cycle.id,
                is_executive=executive_call,
                status=status,
                started_at=_at(day),
                ended_at=_at(day, 11) if status == "finished" else None,
                outcome=outcome,
                verbatim=f"words of {key}",
            )
            s.add(c)
            s.flush()
            return c

        def reason(
            c: Call,
            code: str,
            *,
            primary: bool = True,
            verified: bool = True,
            verbatim: str | None = None,
        ) -> None:
            s.add(
                CallReason(
                    call_id=c.id,
                    reason_id=reasons[code].id,
                    is_primary=primary,
                    verified=verified,
                    verbatim=verbatim,
                )
            )

        call("A", 5, "won_back", by=executive, executive_call=True)
        b = call("B", 6, "won_back")
        reason(b, "price_competitor", verbatim="-too expensive")
        c1 = call("C", 3, "not_reached")
        reason(c1, "svc_slow")
        c2 = call("C", 8, "declined")
        reason(c2, "svc_rude", verbatim="@rude staff")
        g = call("G", 7, "thinking")
        reason(g, "svc_slow", verified=False)
        reason(g, "svc_rude", primary=False)
        h = call("H", 9, None, status="draft")
        reason(h, "svc_slow")
        s.add_all(
            [
                OfferMade(
                    call_id=b.id,
                    customer_id=custs["B"].id,
                    offer_id=offer_x.id,
                    cost_cents=1500,
                    response="accepted",
                    made_at=_at(6),
                ),
                OfferMade(
                    call_id=g.id,
                    customer_id=custs["G"].id,
                    offer_id=offer_x.id,
                    cost_cents=1500,
                    response="thinking",
                    made_at=_at(7),
                ),
                OfferMade(
                    call_id=c2.id,
                    customer_id=custs["C"].id,
                    offer_id=offer_y.id,
                    cost_cents=700,
                    response="declined",
                    made_at=_at(8),
                ),
                Promise(
                    call_id=b.id,
                    customer_id=custs["B"].id,
                    what="fix",
                    owner="Ops",
                    due_on=date(2026, 1, 10),
                    kept_on=date(2026, 1, 9),
                ),
                Promise(
                    call_id=c2.id,
                    customer_id=custs["C"].id,
                    what="fix",
                    owner="Ops",
                    due_on=date(2026, 1, 10),
                    kept_on=date(2026, 1, 12),
                ),
                Promise(
                    call_id=g.id,
                    customer_id=custs["G"].id,
                    what="call",
                    owner="Ops",
                    due_on=date(2026, 1, 10),
                ),
                Promise(
                    call_id=g.id,
                    customer_id=custs["G"].id,
                    what="mail",
                    owner="Ops",
                    due_on=date(2026, 3, 1),
                ),
                CallStep(call_id=b.id, step="apologise", duration_ms=1000),
                CallStep(call_id=b.id, step="listen", duration_ms=3000),
                CallStep(call_id=c2.id, step="apologise", duration_ms=2000),
                CallStep(call_id=h.id, step="apologise", duration_ms=99999),
            ]
        )
        return Fixture(
            cycle_id=cycle.id,
            customers={k: v.id for k, v in custs.items()},
            reasons={k: v.id for k, v in reasons.items()},
        )
