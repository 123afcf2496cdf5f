"""Catalogue reads for the call screen: reason index, scripts, phrases, read-back, offers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk import resources
from recovery_desk.domain.labels import FALLBACKS
from recovery_desk.domain.offers import OfferRule
from recovery_desk.domain.phrases import DefensivePhrase
from recovery_desk.domain.reason_index import ReasonEntry, ReasonIndex
from recovery_desk.services.catalogue.offers import rule_of
from recovery_desk.services.dto import Sessions
from recovery_desk.storage.tables import Offer, OfferMade, Phrase, Reason, ReasonCategory, Script


@dataclass(frozen=True)
class ScriptDTO:
    step: str
    title: str
    body: str  # placeholders not yet filled
    checklist: tuple[str, ...]


def labels_of(row: Reason | ReasonCategory | Offer) -> dict[str, str | None]:
    return {"pt_BR": row.label_pt_br, "pt_PT": row.label_pt_pt, "en": row.label_en}


def load_reason_index(sessions: Sessions) -> ReasonIndex:
    """Every active, unmerged reason of an active category, folded for searching."""
    with sessions() as session:
        rows = session.execute(
            select(Reason, ReasonCategory)
            .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
            .where(
                Reason.active.is_(True),
                Reason.merged_into_id.is_(None),
                ReasonCategory.active.is_(True),
            )
        ).all()
        entries = [
            ReasonEntry(
                id=str(reason.id),
                code=reason.code,
                category_code=category.code,
                labels=labels_of(reason),
                category_labels=labels_of(category),
                team=reason.team or category.team,
                sort_key=(category.sort_order, reason.sort_order),
            )
            for reason, category in rows
        ]
    return ReasonIndex(entries)


def load_scripts(sessions: Sessions, lang: str) -> dict[str, ScriptDTO]:
    """The script of each step in ``lang`` (falling back like labels do)."""
    order = FALLBACKS.get(lang, FALLBACKS["en"])
    with sessions() as session:
        rows = list(session.scalars(select(Script)))
    found: dict[str, ScriptDTO] = {}
    for wanted in reversed(order):
        for row in rows:
            if row.lang == wanted:
                found[row.step] = ScriptDTO(row.step, row.title, row.body, tuple(row.checklist))
    return found


def load_phrases(sessions: Sessions, lang: str) -> list[DefensivePhrase]:
    """Defensive phrases in the UI language first, then the other languages."""
    order = FALLBACKS.get(lang, FALLBACKS["en"])
    with sessions() as session:
        rows = list(session.scalars(select(Phrase).where(Phrase.active.is_(True))))
    rank = {code: i for i, code in enumerate(order)}
    rows.sort(key=lambda r: rank.get(r.lang, 9))
    return [DefensivePhrase(r.phrase, r.hint) for r in rows]


def readback_template(lang: str) -> tuple[str, str]:
    """The read-back sentence template and the joiner of its reasons, in ``lang``."""
    data = resources.load_json("catalogues", "scripts.json")
    for candidate in FALLBACKS.get(lang, FALLBACKS["en"]):
        template = data.get("readback", {}).get(candidate)
        if template:
            return template, data.get("readback_joiner", {}).get(candidate, " and ")
    return "{reasons}", " and "


def offer_rules(session: Session) -> dict[uuid.UUID, tuple[OfferRule, Offer]]:
    """Every catalogue offer as a domain rule, keyed by id."""
    result = {}
    for offer in session.scalars(select(Offer).order_by(Offer.sort_order)):
        rule = rule_of(offer)
        result[offer.id] = (rule, offer)
    return result


def previous_offers(
    session: Session, customer_id: uuid.UUID, exclude_call: uuid.UUID | None
) -> dict[str, tuple[datetime, ...]]:
    """When this customer already received each offer (by code), other calls only."""
    query = (
        select(Offer.code, OfferMade.made_at)
        .join(Offer, Offer.id == OfferMade.offer_id)
        .where(OfferMade.customer_id == customer_id)
    )
    if exclude_call is not None:
        query = query.where(OfferMade.call_id != exclude_call)
    found: dict[str, list[datetime]] = {}
    for code, made_at in session.execute(query):
        found.setdefault(code, []).append(made_at)
    return {code: tuple(times) for code, times in found.items()}


def company_name(sessions: Sessions) -> str | None:
    """The company the agents call for (setting ``company_name``), if set."""
    from recovery_desk.services.catalogue.scripts import COMPANY_KEY
    from recovery_desk.storage.queries import get_setting

    with sessions() as session:
        value = get_setting(session, COMPANY_KEY)
    return str(value) if value else None


def reason_labels_count(sessions: Sessions) -> int:
    """How many reasons the picker offers (active, unmerged, in an active category)."""
    from sqlalchemy import func

    with sessions() as session:
        count = session.scalar(
            select(func.count())
            .select_from(Reason)
            .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
            .where(
                Reason.active.is_(True),
                Reason.merged_into_id.is_(None),
                ReasonCategory.active.is_(True),
            )
        )
    return int(count or 0)
