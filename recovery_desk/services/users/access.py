"""Users and roles: the current user of this desktop, first start, permission checks."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.dto import UserDTO
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import User

CURRENT_USER_KEY = "current_user_id"
# The user this desk was set up by (its first user; after migration 0014, its current user
# then): without a password yet, they choose one at sign-in (``sign_in``).
OWNER_KEY = "desk_owner"
# Set by the demo generator on a desk it set up from empty: its people are invented, so it
# opens straight in and never locks, whatever its number of users (``sign_in``).
DEMO_KEY = "demo_desk"


def to_dto(user: User) -> UserDTO:
    return UserDTO(
        id=user.id,
        name=user.name,
        role=Role(user.role),
        active=user.active,
        login=user.login,
        handful_size=user.handful_size,
    )


def list_users(sessions: sessionmaker[Session], *, active_only: bool = True) -> list[UserDTO]:
    with sessions() as session:
        query = select(User).order_by(User.name)
        if active_only:
            query = query.where(User.active.is_(True))
        return [to_dto(u) for u in session.scalars(query)]


def has_users(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_user(
    sessions: sessionmaker[Session],
    name: str,
    role: Role,
    *,
    login: str | None = None,
    handful_size: int = 5,
    make_current: bool = False,
) -> UserDTO:
    """Create a user; the first user of an installation must be a supervisor."""
    name = name.strip()
    if not name:
        raise ValidationError("a name is required", field="name")
    if not 1 <= handful_size <= 10:
        raise ValidationError("the handful is 1 to 10 customers", field="handful_size")
    with sessions.begin() as session:
        first = not session.scalar(select(func.count()).select_from(User))
        if first and role is not Role.SUPERVISOR:
            raise ValidationError(
                "the first user of an installation is its supervisor", field="role"
            )
        user = User(name=name, role=role.value, login=login, handful_size=handful_size)
        session.add(user)
        session.flush()
        if make_current or first:
            set_setting(session, CURRENT_USER_KEY, str(user.id))
        if first:
            set_setting(session, OWNER_KEY, str(user.id))
        return to_dto(user)


def current_user(sessions: sessionmaker[Session]) -> UserDTO | None:
    """The user working at this desktop, or ``None`` before the first start finished."""
    with sessions() as session:
        raw = get_setting(session, CURRENT_USER_KEY)
        if not raw:
            return None
        user = session.get(User, uuid.UUID(raw))
        return to_dto(user) if user is not None and user.active else None


def set_current_user(sessions: sessionmaker[Session], user_id: uuid.UUID) -> None:
    with sessions.begin() as session:
        if session.get(User, user_id) is None:
            raise ValidationError("unknown user", field="user")
        set_setting(session, CURRENT_USER_KEY, str(user_id))


def require_role(user: UserDTO | None, *roles: Role) -> UserDTO:
    """Raise :class:`PermissionDenied` unless ``user`` holds one of ``roles``."""
    if user is None or user.role not in roles:
        names = ", ".join(r.value for r in roles)
        raise PermissionDenied(f"only {names} may do this")
    return user


def require_supervisor(user: UserDTO | None) -> UserDTO:
    """Only supervisors manage users and the catalogue (raises ``PermissionDenied``)."""
    return require_role(user, Role.SUPERVISOR)
