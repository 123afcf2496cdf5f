"""Access and portability (LGPD art. 18 II/V, GDPR art. 15/20): everything this desk holds
about one customer, as one JSON document (format in ``docs/privacy.md``).

Every column of the customer and of each record about them, except the app's own
bookkeeping (versions, search terms, draft state) and the ids of staff (the other people
in the record); reasons and offers by code and label. The file is written kill-safe (a
temporary file renamed into place) and the export is audited.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.privacy.erase import NO_SUCH_CUSTOMER
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.scratch import OutputFile
from recovery_desk.storage.tables import (
    Assignment,
    Call,
    Callback,
    CallReason,
    CallStep,
    CareReview,
    CoachingNote,
    Customer,
    Cycle,
    Erasure,
    HealthEvent,
    Offer,
    OfferMade,
    Promise,
    Reason,
    Travelling,
)
from recovery_desk.storage.types import utcnow

FORMAT = "recovery-desk/personal-data"
FORMAT_VERSION = 1
_BOOKKEEPING = {"version", "search_terms", "name_folded", "draft_state", "primary_reason_source"}
_STAFF = {"agent_id", "author_id", "reviewer_id", "approved_by_id", "erased_by_id", "assignee_id"}


@dataclass(frozen=True)
class ExportDone:
    """Where the export went and how many records it holds (the customer included)."""

    path: Path
    records: int


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _row(obj: Travelling, *drop: str) -> dict[str, Any]:
    skip = _BOOKKEEPING | _STAFF | set(drop)
    return {
        c.key: _value(getattr(obj, c.key)) for c in obj.__mapper__.column_attrs if c.key not in skip
    }


def _codes(session: Session, model: Any) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(model.id, model.code)).tuples().all())


def personal_data(sessions: Sessions, user: UserDTO, customer_id: uuid.UUID) -> dict[str, Any]:
    """The document :func:`export_customer` writes (supervisors)."""
    require_supervisor(user)
    with sessions() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(NO_SUCH_CUSTOMER, field="customer")
        reasons, offers = _codes(session, Reason), _codes(session, Offer)
        cycles = dict(session.execute(select(Cycle.id, Cycle.name)).tuples().all())
        person = _row(customer)
        person["imported_reason"] = reasons.get(customer.imported_reason_id)  # type: ignore[arg-type]
        person["primary_reason"] = reasons.get(customer.primary_reason_id)  # type: ignore[arg-type]

        def rows(model: Any, *where: Any) -> list[Any]:
            query = select(model).where(*where).order_by(model.created_at, model.id)
            return list(session.scalars(query))

        calls = []
        for call in rows(Call, Call.customer_id == customer_id):
            item = _row(call)
            item["steps"] = [
                _row(s, "call_id") for s in rows(CallStep, CallStep.call_id == call.id)
            ]
            item["reasons"] = [
                {**_row(r, "call_id"), "reason": reasons.get(r.reason_id)}
                for r in rows(CallReason, CallReason.call_id == call.id)
            ]
            item["offers"] = [
                {**_row(o, "call_id", "customer_id"), "offer": offers.get(o.offer_id)}
                for o in rows(OfferMade, OfferMade.call_id == call.id)
            ]
            calls.append(item)
        call_ids = select(Call.id).where(Call.customer_id == customer_id)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": utcnow().isoformat(),
            "customer": person,
            "calls": calls,
            "promises": [_row(p) for p in rows(Promise, Promise.customer_id == customer_id)],
            "callbacks": [_row(c) for c in rows(Callback, Callback.customer_id == customer_id)],
            "care_reviews": [
                _row(r) for r in rows(CareReview, CareReview.customer_id == customer_id)
            ],
            "health_events": [
                _row(h) for h in rows(HealthEvent, HealthEvent.customer_id == customer_id)
            ],
            "coaching_notes": [
                _row(n)
                for n in rows(
                    CoachingNote,
                    (CoachingNote.customer_id == customer_id) | CoachingNote.call_id.in_(call_ids),
                )
            ],
            "assignments": [
                {**_row(a), "cycle": cycles.get(a.cycle_id)}
                for a in rows(Assignment, Assignment.customer_id == customer_id)
            ],
            "erasures": [
                _row(e, "code_hash") for e in rows(Erasure, Erasure.customer_id == customer_id)
            ],
        }


def _count(document: dict[str, Any]) -> int:
    lists = [v for v in document.values() if isinstance(v, list)]
    nested = sum(len(c["steps"]) + len(c["reasons"]) + len(c["offers"]) for c in document["calls"])
    return 1 + sum(len(v) for v in lists) + nested


def export_customer(
    sessions: Sessions, user: UserDTO, customer_id: uuid.UUID, out: Path
) -> ExportDone:
    """Write everything held about the customer to ``out`` (JSON, UTF-8; supervisors).

    Raises:
        OSError: ``out`` cannot be written (nothing is left behind).
    """
    document = personal_data(sessions, user, customer_id)
    output = OutputFile(out)
    try:
        with os.fdopen(os.dup(output.fd), "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        output.commit()
    finally:
        output.close()
    records = _count(document)
    with sessions.begin() as session:
        audit(
            session,
            user,
            "privacy.export",
            "customers",
            customer_id,
            details={"records": records, "format_version": FORMAT_VERSION},
        )
    return ExportDone(out, records)
