"""Small builders for the catalogue tests: customers, calls and reasons in the database."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from recovery_desk.services.catalogue.reasons import CategoryDTO, ReasonDTO, list_tree
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.storage.tables import Call, CallReason, Customer, Reason, ReasonCategory


def category(sessions: Sessions, *, unreviewed: bool = False) -> CategoryDTO:
    for cat in list_tree(sessions):
        if cat.is_unreviewed == unreviewed and cat.active:
            return cat
    raise AssertionError("no such category")


def first_reason(sessions: Sessions) -> ReasonDTO:
    for cat in list_tree(sessions):
        if not cat.is_unreviewed and cat.reasons:
            return cat.reasons[0]
    raise AssertionError("no reason")


def unreviewed_reason(sessions: Sessions, label: str) -> uuid.UUID:
    """A reason as an import creates it under "Unreviewed"."""
    with sessions.begin() as session:
        cat = session.scalar(select(ReasonCategory).where(ReasonCategory.is_unreviewed))
        if cat is None:
            cat = ReasonCategory(
                code="unreviewed", label_en="Unreviewed", is_unreviewed=True, sort_order=999
            )
            session.add(cat)
            session.flush()
        reason = Reason(
            code=f"imp_{uuid.uuid4().hex[:8]}",
            category_id=cat.id,
            label_pt_br=label,
            needs_review=True,
            search_text=label.lower(),
        )
        session.add(reason)
        session.flush()
        return reason.id


def customer(
    sessions: Sessions,
    *,
    revenue: int = 10000,
    reason_id: uuid.UUID | None = None,
    segment: str | None = "gold",
) -> uuid.UUID:
    with sessions.begin() as session:
        row = Customer(
            name="Maria Souza",
            monthly_revenue_cents=revenue,
            segment=segment,
            imported_reason_id=reason_id,
        )
        session.add(row)
        session.flush()
        return row.id


def call_with_reason(sessions: Sessions, agent: UserDTO, reason_id: uuid.UUID) -> uuid.UUID:
    cust = customer(sessions)
    with sessions.begin() as session:
        call = Call(customer_id=cust, agent_id=agent.id, status="finished")
        session.add(call)
        session.flush()
        session.add(CallReason(call_id=call.id, reason_id=reason_id, is_primary=True))
        return call.id


def busy_category_index(doc: dict) -> int:
    """Index of the first category of an exported document with two reasons or more."""
    return next(i for i, c in enumerate(doc["categories"]) if len(c["reasons"]) >= 2)


def any_label(labels: dict) -> tuple[str, str]:
    """A language and label that exist (English first)."""
    lang = next(lang for lang in ("en", "pt_BR", "pt_PT") if labels.get(lang))
    return lang, labels[lang]


def call_reason_ids(sessions: Sessions, call_id: uuid.UUID) -> list[uuid.UUID]:
    with sessions() as session:
        return list(
            session.scalars(select(CallReason.reason_id).where(CallReason.call_id == call_id))
        )
