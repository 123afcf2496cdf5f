"""Reason categories: add, edit (labels, team, front line), retire/restore, reorder."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from recovery_desk.services.audit import audit
from recovery_desk.services.catalogue.common import clean_labels, set_labels
from recovery_desk.services.catalogue.reasons import (
    CategoryDTO,
    category_dto,
    category_snapshot,
    check_code,
    clean_team,
    get_category_row,
)
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.tables import ReasonCategory


def add_category(
    sessions: Sessions,
    user: UserDTO,
    labels: dict[str, str | None],
    *,
    code: str,
    team: str | None = None,
    front_line: bool = False,
) -> CategoryDTO:
    require_supervisor(user)
    cleaned = clean_labels(labels)
    with sessions.begin() as session:
        code = check_code(session, code, ReasonCategory)
        last = session.scalar(select(func.max(ReasonCategory.sort_order))) or 0
        category = ReasonCategory(
            code=code, team=clean_team(team), front_line=front_line, sort_order=last + 1
        )
        set_labels(category, cleaned)
        session.add(category)
        session.flush()
        audit(
            session,
            user,
            "category.add",
            "reason_categories",
            category.id,
            None,
            category_snapshot(category),
        )
        return category_dto(category)


def update_category(
    sessions: Sessions,
    user: UserDTO,
    category_id: uuid.UUID,
    labels: dict[str, str | None],
    *,
    team: str | None,
    front_line: bool | None = None,
) -> CategoryDTO:
    require_supervisor(user)
    cleaned = clean_labels(labels)
    with sessions.begin() as session:
        category = get_category_row(session, category_id)
        before = category_snapshot(category)
        set_labels(category, cleaned)
        category.team = clean_team(team)
        if front_line is not None:
            category.front_line = front_line
        after = category_snapshot(category)
        if after != before:
            audit(session, user, "category.edit", "reason_categories", category.id, before, after)
        return category_dto(category)


def set_category_active(
    sessions: Sessions, user: UserDTO, category_id: uuid.UUID, active: bool
) -> CategoryDTO:
    """Retire (or restore) a category: its reasons leave the picker, old calls keep them."""
    require_supervisor(user)
    with sessions.begin() as session:
        category = get_category_row(session, category_id)
        if category.active != active:
            before = category_snapshot(category)
            category.active = active
            action = "category.restore" if active else "category.retire"
            audit(
                session,
                user,
                action,
                "reason_categories",
                category.id,
                before,
                category_snapshot(category),
            )
        return category_dto(category)


def reorder_category(sessions: Sessions, user: UserDTO, category_id: uuid.UUID, delta: int) -> None:
    """Move a category ``delta`` places up (negative) or down."""
    require_supervisor(user)
    with sessions.begin() as session:
        category = get_category_row(session, category_id)
        siblings = list(
            session.scalars(
                select(ReasonCategory).order_by(ReasonCategory.sort_order, ReasonCategory.code)
            )
        )
        index = siblings.index(category)
        new_index = max(0, min(len(siblings) - 1, index + delta))
        if new_index == index:
            return
        before = category_snapshot(category)
        siblings.insert(new_index, siblings.pop(index))
        for order, sibling in enumerate(siblings):
            if sibling.sort_order != order:
                sibling.sort_order = order
        audit(
            session,
            user,
            "category.reorder",
            "reason_categories",
            category.id,
            before,
            category_snapshot(category),
        )
