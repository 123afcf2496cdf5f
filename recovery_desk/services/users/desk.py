"""Setting up a desk without a window (``recovery-desk user``): the first supervisor, then
adding, finding, switching to and deactivating users.

The app's rules hold (``access``, ``admin``): the first user of a desk is a supervisor and
becomes its current user; later users are added by a supervisor, with an audit entry; the
last active supervisor cannot be deactivated. Messages here are the CLI's (English).
"""

from __future__ import annotations

from sqlalchemy import func, select

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users import access
from recovery_desk.services.users.admin import UserInput, save_user
from recovery_desk.storage.tables import User

FIRST_IS_SUPERVISOR = "the first user of a desk is its supervisor: add them with --role supervisor"
NAME_TAKEN = "a user named '%1' already exists: give the new one its own --login"
NOT_FOUND = "no user has the login or name '%1' (recovery-desk user list shows them)"
AMBIGUOUS = "%1 users are named '%2': name one by its login"
DEACTIVATED = "%1 is deactivated"
NOT_YOURSELF = "%1 is the current user of this desk: switch to another supervisor first"


def add_user(sessions: Sessions, actor: UserDTO | None, data: UserInput) -> tuple[UserDTO, bool]:
    """Add a user; returns it and whether it became the desk's current user.

    On a desk with no user yet, ``actor`` may be None: the user must be a supervisor and
    becomes the current one (as the app's first start does). Otherwise ``actor`` must be a
    supervisor (``PermissionDenied``), and a second user of the same name needs a login of
    its own, so scripts that run twice do not add the same person twice.
    """
    with sessions() as session:
        users = session.scalar(select(func.count()).select_from(User)) or 0
        same_name = session.scalars(
            select(User.login).where(func.lower(User.name) == data.name.strip().lower())
        ).all()
    if not users:
        if data.role is not Role.SUPERVISOR:
            raise ValidationError(FIRST_IS_SUPERVISOR, field="role")
        login = (data.login or "").strip() or None
        user = access.create_user(
            sessions, data.name, Role.SUPERVISOR, login=login, handful_size=data.handful_size
        )
        return user, True
    if same_name and not (data.login or "").strip():
        raise ValidationError(NAME_TAKEN, field="name", args=(data.name.strip(),))
    return save_user(sessions, access.require_supervisor(actor), data), False


def find_user(sessions: Sessions, login_or_name: str) -> UserDTO:
    """The user with this login, else with this name (either case), active or not."""
    wanted = login_or_name.strip()
    with sessions() as session:
        by_login = session.scalars(select(User).where(func.lower(User.login) == wanted.lower()))
        found = list(by_login)
        if not found:
            by_name = select(User).where(func.lower(User.name) == wanted.lower())
            found = list(session.scalars(by_name))
        if not found:
            raise ValidationError(NOT_FOUND, field="user", args=(wanted,))
        if len(found) > 1:
            raise ValidationError(AMBIGUOUS, field="user", args=(str(len(found)), wanted))
        return access.to_dto(found[0])


def switch_user(sessions: Sessions, login_or_name: str) -> UserDTO:
    """Make an active user the desk's current user."""
    user = find_user(sessions, login_or_name)
    if not user.active:
        raise ValidationError(DEACTIVATED, field="user", args=(user.name,))
    access.set_current_user(sessions, user.id)
    return user


def deactivate_user(sessions: Sessions, actor: UserDTO, login_or_name: str) -> tuple[UserDTO, bool]:
    """Deactivate a user (a supervisor's act); returns it and whether it changed (False:
    it was already deactivated). The current user and the last supervisor stay active."""
    access.require_supervisor(actor)
    user = find_user(sessions, login_or_name)
    if not user.active:
        return user, False
    if user.id == actor.id:
        raise ValidationError(NOT_YOURSELF, field="user", args=(user.name,))
    data = UserInput(
        name=user.name,
        role=user.role,
        active=False,
        login=user.login,
        handful_size=user.handful_size,
        id=user.id,
    )
    return save_user(sessions, actor, data), True
