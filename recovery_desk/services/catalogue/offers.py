"""The offer catalogue: kind, value and cost, eligibility, approval limits, caps.

:func:`offer_rules` builds the ``domain.offers.OfferRule`` list the guided call uses, so
exactly what the supervisor saved decides what an agent may offer.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import Label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.offers import OfferRule
from recovery_desk.services.audit import audit
from recovery_desk.services.catalogue.common import clean_labels, label_in, labels_of, set_labels
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.queries import main_currency
from recovery_desk.storage.tables import Offer, ReasonCategory

KINDS: tuple[str, ...] = ("discount", "credit", "gift", "upgrade", "fee_waiver")
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,59}$")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
CURRENCIES: tuple[str, ...] = ("BRL", "EUR")  # offered first; any ISO 4217 code is accepted

MSG_KIND = QT_TRANSLATE_NOOP(
    "messages", "the kind must be one of: discount, credit, gift, upgrade, fee_waiver"
)
MSG_CODE = QT_TRANSLATE_NOOP(
    "messages",
    "a code is 1 to 60 letters, digits, '_', '.' or '-', starting with a letter or digit",
)
MSG_CODE_TAKEN = QT_TRANSLATE_NOOP("messages", "another offer already uses this code")
MSG_NOT_NEGATIVE = QT_TRANSLATE_NOOP("messages", "must be a whole number, zero or more")
MSG_POSITIVE = QT_TRANSLATE_NOOP("messages", "must be a whole number, 1 or more")
MSG_VALUE = QT_TRANSLATE_NOOP("messages", "give a value in money or a percentage, not both")
MSG_PERCENT = QT_TRANSLATE_NOOP("messages", "a percentage is between 0 and 100%")
MSG_BAND = QT_TRANSLATE_NOOP("messages", "the minimum revenue is above the maximum revenue")
MSG_LIST = QT_TRANSLATE_NOOP("messages", "must be a list of non-empty texts")
MSG_NO_OFFER = QT_TRANSLATE_NOOP("messages", "the offer does not exist")
MSG_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("messages", "no reason category has this code")
MSG_CURRENCY = QT_TRANSLATE_NOOP(
    "messages", "the currency must be a three-letter ISO 4217 code, such as BRL or EUR"
)


@dataclass(frozen=True)
class OfferDTO:
    """An offer as edited and exported (cents and basis points throughout)."""

    code: str
    kind: str
    labels: dict[str, str | None]
    value_cents: int | None = None
    value_percent_bp: int | None = None
    duration_months: int = 1
    cost_cents: int = 0
    currency: str = "BRL"  # of every amount; offered only to customers billed in it
    eligible_segments: tuple[str, ...] = ()
    eligible_categories: tuple[str, ...] = ()
    min_revenue_cents: int | None = None
    max_revenue_cents: int | None = None
    approval_limit_agent_cents: int = 0
    approval_limit_executive_cents: int = 0
    approval_limit_supervisor_cents: int | None = None
    max_per_customer: int | None = None
    period_days: int = 365
    active: bool = True
    sort_order: int = 0
    id: uuid.UUID | None = field(default=None, compare=False)

    def label(self, lang: str) -> Label:
        return label_in(self.labels, lang)


FIELDS: tuple[str, ...] = tuple(
    name for name in OfferDTO.__dataclass_fields__ if name not in ("id", "code", "labels")
)

OFFER_FIELDS_EXPORTED: tuple[str, ...] = tuple(name for name in FIELDS if name != "sort_order")


def offer_dto(offer: Offer) -> OfferDTO:
    return OfferDTO(
        id=offer.id,
        code=offer.code,
        kind=offer.kind,
        labels=labels_of(offer),
        value_cents=offer.value_cents,
        value_percent_bp=offer.value_percent_bp,
        duration_months=offer.duration_months,
        cost_cents=offer.cost_cents,
        currency=offer.currency,
        eligible_segments=tuple(offer.eligible_segments or ()),
        eligible_categories=tuple(offer.eligible_categories or ()),
        min_revenue_cents=offer.min_revenue_cents,
        max_revenue_cents=offer.max_revenue_cents,
        approval_limit_agent_cents=offer.approval_limit_agent_cents,
        approval_limit_executive_cents=offer.approval_limit_executive_cents,
        approval_limit_supervisor_cents=offer.approval_limit_supervisor_cents,
        max_per_customer=offer.max_per_customer,
        period_days=offer.period_days,
        active=offer.active,
        sort_order=offer.sort_order,
    )


def snapshot(dto: OfferDTO) -> dict[str, Any]:
    data = asdict(dto)
    data.pop("id", None)
    return data


def _whole(value: object, name: str, *, minimum: int, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(MSG_POSITIVE if minimum > 0 else MSG_NOT_NEGATIVE, field=name)


def _texts(value: object, name: str) -> None:
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise ValidationError(MSG_LIST, field=name)


def validate_offer(dto: OfferDTO) -> OfferDTO:
    """Check every field; raise ``ValidationError`` naming the first field at fault."""
    if not isinstance(dto.code, str) or not CODE_PATTERN.match(dto.code.strip()):
        raise ValidationError(MSG_CODE, field="code")
    if dto.kind not in KINDS:
        raise ValidationError(MSG_KIND, field="kind")
    currency = dto.currency.strip().upper() if isinstance(dto.currency, str) else ""
    if not CURRENCY_PATTERN.match(currency):
        raise ValidationError(MSG_CURRENCY, field="currency")
    labels = clean_labels(dto.labels)
    for name in (
        "value_cents",
        "min_revenue_cents",
        "max_revenue_cents",
        "approval_limit_supervisor_cents",
    ):
        _whole(getattr(dto, name), name, minimum=0, optional=True)
    for name in (
        "cost_cents",
        "approval_limit_agent_cents",
        "approval_limit_executive_cents",
        "sort_order",
    ):
        _whole(getattr(dto, name), name, minimum=0, optional=False)
    _whole(dto.value_percent_bp, "value_percent_bp", minimum=0, optional=True)
    _whole(dto.duration_months, "duration_months", minimum=1, optional=False)
    _whole(dto.period_days, "period_days", minimum=1, optional=False)
    _whole(dto.max_per_customer, "max_per_customer", minimum=1, optional=True)
    if dto.value_cents is not None and dto.value_percent_bp is not None:
        raise ValidationError(MSG_VALUE, field="value_percent_bp")
    if dto.value_percent_bp is not None and dto.value_percent_bp > 10000:
        raise ValidationError(MSG_PERCENT, field="value_percent_bp")
    if (
        dto.min_revenue_cents is not None
        and dto.max_revenue_cents is not None
        and dto.min_revenue_cents > dto.max_revenue_cents
    ):
        raise ValidationError(MSG_BAND, field="min_revenue_cents")
    _texts(dto.eligible_segments, "eligible_segments")
    _texts(dto.eligible_categories, "eligible_categories")
    if not isinstance(dto.active, bool):
        raise ValidationError(MSG_LIST, field="active")
    return replace(
        dto,
        code=dto.code.strip(),
        currency=currency,
        labels=labels,
        eligible_segments=tuple(s.strip() for s in dto.eligible_segments),
        eligible_categories=tuple(s.strip() for s in dto.eligible_categories),
    )


def apply_offer(offer: Offer, dto: OfferDTO) -> None:
    """Copy a validated DTO onto the row (not the id)."""
    offer.code = dto.code
    set_labels(offer, dto.labels)
    for name in FIELDS:
        value = getattr(dto, name)
        setattr(offer, name, list(value) if isinstance(value, tuple) else value)


def default_currency(sessions: Sessions) -> str:
    """The currency a new offer starts in: the one most customers are billed in."""
    with sessions() as session:
        return main_currency(session)


def list_offers(sessions: Sessions, *, include_retired: bool = True) -> list[OfferDTO]:
    with sessions() as session:
        query = select(Offer).order_by(Offer.sort_order, Offer.code)
        if not include_retired:
            query = query.where(Offer.active.is_(True))
        return [offer_dto(o) for o in session.scalars(query)]


def save_offer(sessions: Sessions, user: UserDTO, dto: OfferDTO) -> OfferDTO:
    """Create (``dto.id`` is None) or update an offer after validating every field."""
    require_supervisor(user)
    dto = validate_offer(dto)
    with sessions.begin() as session:
        known = set(session.scalars(select(ReasonCategory.code)))
        for index, code in enumerate(dto.eligible_categories):
            if code not in known:
                raise ValidationError(MSG_UNKNOWN_CATEGORY, field=f"eligible_categories[{index}]")
        clash = session.scalar(select(Offer).where(Offer.code == dto.code))
        if clash is not None and clash.id != dto.id:
            raise ValidationError(MSG_CODE_TAKEN, field="code")
        if dto.id is None:
            if dto.sort_order == 0:
                last = session.scalar(select(func.max(Offer.sort_order))) or 0
                dto = replace(dto, sort_order=last + 1)
            offer = Offer()
            apply_offer(offer, dto)
            session.add(offer)
            session.flush()
            audit(session, user, "offer.add", "offers", offer.id, None, snapshot(dto))
            return offer_dto(offer)
        offer_row = session.get(Offer, dto.id)
        if offer_row is None:
            raise ValidationError(MSG_NO_OFFER, field="offer")
        before = snapshot(offer_dto(offer_row))
        apply_offer(offer_row, dto)
        after = snapshot(offer_dto(offer_row))
        if after != before:
            audit(session, user, "offer.edit", "offers", offer_row.id, before, after)
        return offer_dto(offer_row)


def set_offer_active(
    sessions: Sessions, user: UserDTO, offer_id: uuid.UUID, active: bool
) -> OfferDTO:
    """Retire (or restore) an offer; offers already made keep pointing at it."""
    require_supervisor(user)
    with sessions.begin() as session:
        offer = session.get(Offer, offer_id)
        if offer is None:
            raise ValidationError(MSG_NO_OFFER, field="offer")
        if offer.active != active:
            before = snapshot(offer_dto(offer))
            offer.active = active
            audit(
                session,
                user,
                "offer.retire" if not active else "offer.restore",
                "offers",
                offer.id,
                before,
                snapshot(offer_dto(offer)),
            )
        return offer_dto(offer)


def rule_of(dto: OfferDTO | Offer) -> OfferRule:
    """The domain rule of one offer (a DTO or a stored row): the only place a rule is built,
    so the guided call applies exactly what the catalogue editor saved."""
    return OfferRule(
        code=dto.code,
        cost_cents=dto.cost_cents,
        eligible_segments=tuple(dto.eligible_segments or ()),
        eligible_categories=tuple(dto.eligible_categories or ()),
        min_revenue_cents=dto.min_revenue_cents,
        max_revenue_cents=dto.max_revenue_cents,
        approval_limits={
            Role.AGENT: dto.approval_limit_agent_cents,
            Role.EXECUTIVE: dto.approval_limit_executive_cents,
            Role.SUPERVISOR: dto.approval_limit_supervisor_cents,
        },
        max_per_customer=dto.max_per_customer,
        period_days=dto.period_days,
        active=dto.active,
        value_percent_bp=dto.value_percent_bp,
        duration_months=dto.duration_months or 1,
        currency=dto.currency,
    )


def offer_rules(sessions: Sessions) -> list[OfferRule]:
    """Every offer of the catalogue as a rule (retired ones too: they are never eligible)."""
    return [rule_of(dto) for dto in list_offers(sessions)]
