"""User administration for supervisors: add and edit users, roles, handful size.

The last active supervisor can be neither deactivated nor given another role, so an
installation always has someone who can manage it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor, to_dto
from recovery_desk.storage.tables import User

MSG_NAME = QT_TRANSLATE_NOOP("messages", "a name is required")
MSG_HANDFUL = QT_TRANSLATE_NOOP("messages", "the handful is 1 to 10 customers")
MSG_LOGIN_TAKEN = QT_TRANSLATE_NOOP("messages", "another user already has this login")
MSG_LAST_SUPERVISOR = QT_TRANSLATE_NOOP(
    "messages",
    "this is the last active supervisor; make someone else a supervisor first",
)
MSG_NO_USER = QT_TRANSLATE_NOOP("messages", "the user does not exist")


@dataclass(frozen=True)
class UserInput:
    """What the user form edits; ``id`` is None for a new user."""

    name: str
    role: Role
    active: bool = True
    login: str | None = None
    handful_size: int = 5
    id: uuid.UUID | None = None


def _snapshot(user: User) -> dict[str, object]:
    return {
        "name": user.name,
        "login": user.login,
        "role": user.role,
        "active": user.active,
        "handful_size": user.handful_size,
    }


def list_all_users(sessions: Sessions, actor: UserDTO) -> list[UserDTO]:
    """Every user, active or not, by name."""
    require_supervisor(actor)
    with sessions() as session:
        return [to_dto(u) for u in session.scalars(select(User).order_by(User.name))]


def _validate(session: Session, data: UserInput) -> UserInput:
    name = data.name.strip()
    if not name:
        raise ValidationError(MSG_NAME, field="name")
    if not isinstance(data.handful_size, int) or not 1 <= data.handful_size <= 10:
        raise ValidationError(MSG_HANDFUL, field="handful_size")
    login = (data.login or "").strip() or None
    if login is not None:
        clash = session.scalar(select(User).where(User.login == login))
        if clash is not None and clash.id != data.id:
            raise ValidationError(MSG_LOGIN_TAKEN, field="login")
    return UserInput(name, Role(data.role), data.active, login, data.handful_size, data.id)


def _other_supervisors(session: Session, user_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.SUPERVISOR.value, User.active.is_(True), User.id != user_id)
        )
        or 0
    )


def save_user(sessions: Sessions, actor: UserDTO, data: UserInput) -> UserDTO:
    """Create or update a user; refuses to leave no active supervisor."""
    require_supervisor(actor)
    with sessions.begin() as session:
        data = _validate(session, data)
        if data.id is None:
            user = User(
                name=data.name,
                login=data.login,
                role=data.role.value,
                active=data.active,
                handful_size=data.handful_size,
            )
            session.add(user)
            session.flush()
            audit(session, actor, "user.add", "users", user.id, None, _snapshot(user))
            return to_dto(user)
        row = session.get(User, data.id)
        if row is None:
            raise ValidationError(MSG_NO_USER, field="user")
        stays_supervisor = data.role is Role.SUPERVISOR and data.active
        if (
            row.role == Role.SUPERVISOR.value
            and row.active
            and not stays_supervisor
            and not _other_supervisors(session, row.id)
        ):
            raise ValidationError(
                MSG_LAST_SUPERVISOR, field="active" if not data.active else "role"
            )
        before = _snapshot(row)
        row.name, row.login, row.role = data.name, data.login, data.role.value
        row.active, row.handful_size = data.active, data.handful_size
        after = _snapshot(row)
        if after != before:
            audit(session, actor, "user.edit", "users", row.id, before, after)
        return to_dto(row)
