"""The reason catalogue: categories and reasons, with add, rename, move, reorder, retire.

A reason's ``code`` is stable: it is never changed, never reused (reasons are never
deleted) and never shown to agents. Calls and customers point at the reason's id, so a
rename changes what every old call shows while keeping its meaning. Merging lives in
``catalogue_merge``; the review list of "Unreviewed" reasons too.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import Label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.text import fold
from recovery_desk.services.audit import audit
from recovery_desk.services.catalogue.common import (
    LANGS,
    clean_labels,
    label_in,
    labels_of,
    set_labels,
)
from recovery_desk.services.catalogue.defaults import reason_search_text
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.tables import AuditEntry, Reason, ReasonCategory

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,59}$")

MSG_CODE_FORMAT = QT_TRANSLATE_NOOP(
    "messages",
    "a code is 1 to 60 letters, digits, '_', '.' or '-', starting with a letter or digit",
)
MSG_CODE_TAKEN = QT_TRANSLATE_NOOP(
    "messages", "this code is already used (codes are never reused, even after retiring)"
)
MSG_DUPLICATE_LABEL = QT_TRANSLATE_NOOP(
    "messages", "another active reason in this category already has this label"
)
MSG_NO_CATEGORY = QT_TRANSLATE_NOOP("messages", "the category does not exist")
MSG_NO_REASON = QT_TRANSLATE_NOOP("messages", "the reason does not exist")
MSG_RETIRED = QT_TRANSLATE_NOOP("messages", "the reason is retired")
MSG_TEAM_TOO_LONG = QT_TRANSLATE_NOOP("messages", "a team name is at most 200 characters")


@dataclass(frozen=True)
class ReasonDTO:
    id: uuid.UUID
    code: str
    category_id: uuid.UUID
    labels: dict[str, str | None]
    team: str | None  # the reason's own override
    effective_team: str | None  # the override or the category's team
    sort_order: int
    active: bool
    needs_review: bool
    merged_into_id: uuid.UUID | None

    def label(self, lang: str) -> Label:
        return label_in(self.labels, lang)


@dataclass(frozen=True)
class CategoryDTO:
    id: uuid.UUID
    code: str
    labels: dict[str, str | None]
    team: str | None
    sort_order: int
    active: bool
    is_unreviewed: bool
    front_line: bool
    reasons: tuple[ReasonDTO, ...] = ()

    def label(self, lang: str) -> Label:
        return label_in(self.labels, lang)


@dataclass(frozen=True)
class PickerReason:
    """What the reason picker shows an agent: no code, active reasons only."""

    id: uuid.UUID
    label: Label
    category: Label
    category_code: str


@dataclass(frozen=True)
class HistoryEntry:
    at: object  # datetime
    user_id: uuid.UUID | None
    action: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    details: dict[str, object] | None


def reason_dto(reason: Reason, category: ReasonCategory) -> ReasonDTO:
    return ReasonDTO(
        id=reason.id,
        code=reason.code,
        category_id=reason.category_id,
        labels=labels_of(reason),
        team=reason.team,
        effective_team=reason.team or category.team,
        sort_order=reason.sort_order,
        active=reason.active,
        needs_review=reason.needs_review,
        merged_into_id=reason.merged_into_id,
    )


def category_dto(category: ReasonCategory, reasons: tuple[ReasonDTO, ...] = ()) -> CategoryDTO:
    return CategoryDTO(
        id=category.id,
        code=category.code,
        labels=labels_of(category),
        team=category.team,
        sort_order=category.sort_order,
        active=category.active,
        is_unreviewed=category.is_unreviewed,
        front_line=category.front_line,
        reasons=reasons,
    )


def reason_snapshot(reason: Reason) -> dict[str, object]:
    return {
        "code": reason.code,
        "category_id": reason.category_id,
        "labels": labels_of(reason),
        "team": reason.team,
        "sort_order": reason.sort_order,
        "active": reason.active,
        "needs_review": reason.needs_review,
        "merged_into_id": reason.merged_into_id,
    }


def category_snapshot(category: ReasonCategory) -> dict[str, object]:
    return {
        "code": category.code,
        "labels": labels_of(category),
        "team": category.team,
        "sort_order": category.sort_order,
        "active": category.active,
        "front_line": category.front_line,
    }


# --- reading -------------------------------------------------------------------------------


def list_tree(sessions: Sessions, *, include_retired: bool = True) -> list[CategoryDTO]:
    """Every category with its reasons, in order (retired ones too unless told)."""
    with sessions() as session:
        categories = list(
            session.scalars(select(ReasonCategory).order_by(ReasonCategory.sort_order))
        )
        query = select(Reason).order_by(Reason.sort_order, Reason.code)
        if not include_retired:
            query = query.where(Reason.active.is_(True))
        by_cat: dict[uuid.UUID, list[Reason]] = {}
        for reason in session.scalars(query):
            by_cat.setdefault(reason.category_id, []).append(reason)
        return [
            category_dto(c, tuple(reason_dto(r, c) for r in by_cat.get(c.id, [])))
            for c in categories
            if include_retired or c.active
        ]


def picker_reasons(sessions: Sessions, lang: str) -> list[PickerReason]:
    """Active reasons of active reviewed categories, for the call's reason picker."""
    with sessions() as session:
        rows = session.execute(
            select(Reason, ReasonCategory)
            .join(ReasonCategory, Reason.category_id == ReasonCategory.id)
            .where(
                Reason.active.is_(True),
                ReasonCategory.active.is_(True),
                ReasonCategory.is_unreviewed.is_(False),
            )
            .order_by(ReasonCategory.sort_order, Reason.sort_order)
        )
        return [
            PickerReason(
                id=r.id,
                label=label_in(labels_of(r), lang),
                category=label_in(labels_of(c), lang),
                category_code=c.code,
            )
            for r, c in rows
        ]


def reason_label(sessions: Sessions, reason_id: uuid.UUID, lang: str) -> Label:
    """The label of any reason, retired or merged too (old calls and reports)."""
    with sessions() as session:
        reason = session.get(Reason, reason_id)
        if reason is None:
            raise ValidationError(MSG_NO_REASON, field="reason")
        return label_in(labels_of(reason), lang)


def get_reason(sessions: Sessions, reason_id: uuid.UUID) -> ReasonDTO:
    with sessions() as session:
        reason = _reason(session, reason_id)
        return reason_dto(reason, get_category_row(session, reason.category_id))


def reason_history(sessions: Sessions, user: UserDTO, reason_id: uuid.UUID) -> list[HistoryEntry]:
    """The audit entries of one reason, oldest first (renames, moves, retire, merges)."""
    require_supervisor(user)
    with sessions() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "reasons", AuditEntry.entity_id == str(reason_id))
            .order_by(AuditEntry.at, AuditEntry.created_at)
        )
        return [HistoryEntry(e.at, e.user_id, e.action, e.before, e.after, e.details) for e in rows]


# --- checks ---------------------------------------------------------------------------------


def _reason(session: Session, reason_id: uuid.UUID) -> Reason:
    reason = session.get(Reason, reason_id)
    if reason is None:
        raise ValidationError(MSG_NO_REASON, field="reason")
    return reason


def get_category_row(session: Session, category_id: uuid.UUID) -> ReasonCategory:
    category = session.get(ReasonCategory, category_id)
    if category is None:
        raise ValidationError(MSG_NO_CATEGORY, field="category")
    return category


def check_code(session: Session, code: str, model: type[Reason] | type[ReasonCategory]) -> str:
    code = code.strip()
    if not CODE_PATTERN.match(code):
        raise ValidationError(MSG_CODE_FORMAT, field="code")
    taken = session.scalar(select(func.count()).select_from(model).where(model.code == code))
    if taken:
        raise ValidationError(MSG_CODE_TAKEN, field="code")
    return code


def check_unique_labels(
    session: Session,
    category_id: uuid.UUID,
    labels: dict[str, str | None],
    *,
    exclude: uuid.UUID | None = None,
) -> None:
    """Two active reasons of one category may not share a label in a language (folded)."""
    others = session.scalars(
        select(Reason).where(Reason.category_id == category_id, Reason.active.is_(True))
    )
    for other in others:
        if other.id == exclude:
            continue
        theirs = labels_of(other)
        for lang in LANGS:
            mine = labels.get(lang)
            if mine and fold(mine) == fold(theirs.get(lang)):
                raise ValidationError(MSG_DUPLICATE_LABEL, field=f"labels.{lang}")


def clean_team(team: str | None) -> str | None:
    team = (team or "").strip() or None
    if team and len(team) > 200:
        raise ValidationError(MSG_TEAM_TOO_LONG, field="team")
    return team


def new_code(session: Session, labels: dict[str, str | None], prefix: str = "") -> str:
    """A fresh code from the English (or first) label, never used before."""
    base_text = labels.get("en") or next((t for t in labels.values() if t), "reason")
    base = re.sub(r"[^a-z0-9]+", "_", fold(base_text)).strip("_")[:40].upper() or "REASON"
    base = f"{prefix}{base}"
    code, n = base, 1
    while session.scalar(select(func.count()).select_from(Reason).where(Reason.code == code)):
        n += 1
        code = f"{base}_{n}"
    return code


# --- reasons --------------------------------------------------------------------------------


def add_reason(
    sessions: Sessions,
    user: UserDTO,
    category_id: uuid.UUID,
    labels: dict[str, str | None],
    *,
    code: str | None = None,
    team: str | None = None,
) -> ReasonDTO:
    """Add an active reason at the end of its category; the code is made when not given."""
    require_supervisor(user)
    cleaned = clean_labels(labels)
    with sessions.begin() as session:
        category = get_category_row(session, category_id)
        code = check_code(session, code, Reason) if code else new_code(session, cleaned)
        check_unique_labels(session, category.id, cleaned)
        last = session.scalar(
            select(func.max(Reason.sort_order)).where(Reason.category_id == category.id)
        )
        reason = Reason(
            code=code,
            category_id=category.id,
            team=clean_team(team),
            sort_order=(last or 0) + 1,
            search_text=reason_search_text(cleaned),
        )
        set_labels(reason, cleaned)
        session.add(reason)
        session.flush()
        audit(session, user, "reason.add", "reasons", reason.id, None, reason_snapshot(reason))
        return reason_dto(reason, category)


def edit_reason(
    sessions: Sessions,
    user: UserDTO,
    reason_id: uuid.UUID,
    labels: dict[str, str | None],
    *,
    team: str | None,
) -> ReasonDTO:
    """Rename (labels) and set the team override; the code and every use stay."""
    require_supervisor(user)
    cleaned = clean_labels(labels)
    with sessions.begin() as session:
        reason = _reason(session, reason_id)
        if reason.active:
            check_unique_labels(session, reason.category_id, cleaned, exclude=reason.id)
        before = reason_snapshot(reason)
        set_labels(reason, cleaned)
        reason.team = clean_team(team)
        reason.search_text = reason_search_text(cleaned)
        after = reason_snapshot(reason)
        if after != before:
            audit(session, user, "reason.edit", "reasons", reason.id, before, after)
        return reason_dto(reason, get_category_row(session, reason.category_id))


def move_reason(
    sessions: Sessions, user: UserDTO, reason_id: uuid.UUID, category_id: uuid.UUID
) -> ReasonDTO:
    """Move a reason to another category (at its end); reviewing it clears ``needs_review``."""
    require_supervisor(user)
    with sessions.begin() as session:
        reason = _reason(session, reason_id)
        target = get_category_row(session, category_id)
        if reason.category_id == target.id:
            return reason_dto(reason, target)
        if reason.active:
            check_unique_labels(session, target.id, labels_of(reason), exclude=reason.id)
        before = reason_snapshot(reason)
        last = session.scalar(
            select(func.max(Reason.sort_order)).where(Reason.category_id == target.id)
        )
        reason.category_id = target.id
        reason.sort_order = (last or 0) + 1
        if not target.is_unreviewed:
            reason.needs_review = False
        audit(session, user, "reason.move", "reasons", reason.id, before, reason_snapshot(reason))
        return reason_dto(reason, target)


def reorder_reason(sessions: Sessions, user: UserDTO, reason_id: uuid.UUID, delta: int) -> None:
    """Move a reason ``delta`` places up (negative) or down within its category."""
    require_supervisor(user)
    with sessions.begin() as session:
        reason = _reason(session, reason_id)
        siblings = list(
            session.scalars(
                select(Reason)
                .where(Reason.category_id == reason.category_id)
                .order_by(Reason.sort_order, Reason.code)
            )
        )
        index = siblings.index(reason)
        new_index = max(0, min(len(siblings) - 1, index + delta))
        if new_index == index:
            return
        before = reason_snapshot(reason)
        siblings.insert(new_index, siblings.pop(index))
        for order, sibling in enumerate(siblings, start=1):
            if sibling.sort_order != order:
                sibling.sort_order = order
        audit(
            session, user, "reason.reorder", "reasons", reason.id, before, reason_snapshot(reason)
        )


def retire_reason(sessions: Sessions, user: UserDTO, reason_id: uuid.UUID) -> ReasonDTO:
    """Take a reason out of the picker; old calls and reports still show it."""
    require_supervisor(user)
    with sessions.begin() as session:
        reason = _reason(session, reason_id)
        if reason.active:
            before = reason_snapshot(reason)
            reason.active = False
            audit(
                session,
                user,
                "reason.retire",
                "reasons",
                reason.id,
                before,
                reason_snapshot(reason),
            )
        return reason_dto(reason, get_category_row(session, reason.category_id))


def restore_reason(sessions: Sessions, user: UserDTO, reason_id: uuid.UUID) -> ReasonDTO:
    """Bring a retired (not merged) reason back into the picker."""
    require_supervisor(user)
    with sessions.begin() as session:
        reason = _reason(session, reason_id)
        if reason.merged_into_id is not None:
            raise ValidationError(MSG_RETIRED, field="reason")
        if not reason.active:
            check_unique_labels(session, reason.category_id, labels_of(reason), exclude=reason.id)
            before = reason_snapshot(reason)
            reason.active = True
            audit(
                session,
                user,
                "reason.restore",
                "reasons",
                reason.id,
                before,
                reason_snapshot(reason),
            )
        return reason_dto(reason, get_category_row(session, reason.category_id))
