"""Load the default catalogues shipped in ``resources/catalogues`` into a new database."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk import resources
from recovery_desk.domain.identity import derived_id
from recovery_desk.domain.text import fold
from recovery_desk.storage.tables import Offer, Phrase, Reason, ReasonCategory, Script

LANG_COLUMNS = {"pt_BR": "label_pt_br", "pt_PT": "label_pt_pt", "en": "label_en"}


def label_columns(labels: dict[str, str]) -> dict[str, str | None]:
    """Map ``{"pt_BR": ...}`` to the ``label_*`` column names."""
    return {column: labels.get(lang) for lang, column in LANG_COLUMNS.items()}


def reason_search_text(labels: dict[str, str | None], code: str = "") -> str:
    """Folded text the reason picker matches (all three languages)."""
    return " | ".join(fold(text) for text in labels.values() if text)


# Default catalogue rows get ids derived from their codes, so every desktop seeded from the
# same defaults holds the same ids as the centre (sync upserts by id).
def seed_id(kind: str, key: str) -> uuid.UUID:
    """The stable id of a default catalogue row (``kind`` + its natural key)."""
    return derived_id(kind, key)


def seed_defaults(sessions: sessionmaker[Session]) -> bool:
    """Fill an empty catalogue from the shipped defaults. Returns True when it did."""
    with sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(ReasonCategory)):
            return False
        _seed_reasons(session, resources.load_json("catalogues", "reasons.json"))
        _seed_offers(session, resources.load_json("catalogues", "offers.json"))
        _seed_scripts(session, resources.load_json("catalogues", "scripts.json"))
        _seed_phrases(session, resources.load_json("catalogues", "phrases.json"))
    return True


def _seed_reasons(session: Session, data: dict[str, Any]) -> None:
    for c_order, cat in enumerate(data["categories"]):
        category = ReasonCategory(
            id=seed_id("category", cat["code"]),
            code=cat["code"],
            team=cat.get("team"),
            sort_order=c_order,
            is_unreviewed=bool(cat.get("unreviewed")),
            front_line=bool(cat.get("front_line")),
            **label_columns(cat["labels"]),
        )
        session.add(category)
        session.flush()
        for r_order, item in enumerate(cat.get("reasons", [])):
            columns = label_columns(item["labels"])
            session.add(
                Reason(
                    id=seed_id("reason", item["code"]),
                    code=item["code"],
                    category_id=category.id,
                    team=item.get("team"),
                    sort_order=r_order,
                    search_text=reason_search_text(columns),
                    **columns,
                )
            )


_OFFER_FIELDS = (
    "kind",
    "value_cents",
    "value_percent_bp",
    "duration_months",
    "cost_cents",
    "currency",
    "eligible_segments",
    "eligible_categories",
    "min_revenue_cents",
    "max_revenue_cents",
    "approval_limit_agent_cents",
    "approval_limit_executive_cents",
    "approval_limit_supervisor_cents",
    "max_per_customer",
    "period_days",
)


def _seed_offers(session: Session, data: dict[str, Any]) -> None:
    for order, item in enumerate(data["offers"]):
        fields = {k: item[k] for k in _OFFER_FIELDS if k in item}
        session.add(
            Offer(
                id=seed_id("offer", item["code"]),
                code=item["code"],
                sort_order=order,
                **fields,
                **label_columns(item["labels"]),
            )
        )


def _seed_scripts(session: Session, data: dict[str, Any]) -> None:
    for step, per_lang in data["steps"].items():
        for lang, script in per_lang.items():
            session.add(
                Script(
                    id=seed_id("script", f"{step}:{lang}"),
                    step=step,
                    lang=lang,
                    title=script.get("title", ""),
                    body=script.get("body", ""),
                    checklist=list(script.get("checklist", [])),
                )
            )


def _seed_phrases(session: Session, data: dict[str, Any]) -> None:
    for lang, items in data["defensive"].items():
        for item in items:
            session.add(
                Phrase(
                    id=seed_id("phrase", f"{lang}:{item['phrase']}"),
                    lang=lang,
                    phrase=item["phrase"],
                    hint=item.get("hint", ""),
                )
            )
