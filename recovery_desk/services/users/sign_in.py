"""Signing in on a desk: passwords (Argon2 hashes, local only), the increasing delay after
failed tries, and the audit entries of sign-in, failed sign-in, switch and lock.

The rules (docs/security.md says why):

- A desk with one active user opens straight in; with more, the app asks who and the
  password at start, on File → Switch user and after the idle lock.
- A user without a password on this desk may sign in only if they are the desk's own user
  (the user of its centre login; on a desk that never synced, the user who set it up), and must
  choose a password right then. Anyone else needs a supervisor to set one first: an agent
  must never become a supervisor by choosing the supervisor's first password.
- After two failed tries each further one makes the next wait longer (5 s, 10 s, 20 s… at
  most 15 minutes): never a permanent lock-out, so the last supervisor always gets back in.
- A password can be replaced, never removed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import (
    CURRENT_USER_KEY,
    DEMO_KEY,
    OWNER_KEY,
    require_supervisor,
    to_dto,
)
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import User, UserCredential
from recovery_desk.storage.types import utcnow

# The sync's record of the user behind this desk's centre login (services/sync/identity.py;
# read here by its key, as users sit below sync).
IDENTITY_KEY = "sync.identity"
MIN_LENGTH = 8
FREE_TRIES = 2
FIRST_DELAY_S = 5
MAX_DELAY_S = 15 * 60

MSG_WRONG = QT_TRANSLATE_NOOP("messages", "wrong password for %1")
MSG_WAIT = QT_TRANSLATE_NOOP("messages", "too many failed tries: wait %1 seconds and try again")
MSG_NO_PASSWORD = QT_TRANSLATE_NOOP(
    "messages",
    "%1 has no password on this desk yet: a supervisor sets one (Catalogue → Users)",
)
MSG_CHOOSE = QT_TRANSLATE_NOOP(
    "messages", "%1 has no password on this desk yet: choose one to sign in"
)
MSG_SHORT = QT_TRANSLATE_NOOP("messages", "a password has at least %1 characters")
MSG_INACTIVE = QT_TRANSLATE_NOOP("messages", "%1 is deactivated and cannot sign in")
MSG_UNKNOWN = QT_TRANSLATE_NOOP("messages", "the user does not exist")
MSG_NOT_YOURS = QT_TRANSLATE_NOOP("messages", "only a supervisor sets another user's password")

# Argon2id with argon2-cffi's defaults (RFC 9106's second recommendation, ~50 ms here).
_hasher = PasswordHasher()


class SignInRefused(ValidationError):
    """A sign-in that did not happen; ``wait_seconds`` > 0 when the delay is running and
    ``choose`` when the user must choose a first password."""

    def __init__(
        self,
        message: str,
        *,
        args: tuple[str, ...] = (),
        wait_seconds: int = 0,
        choose: bool = False,
    ):
        super().__init__(message, field="password", args=args)
        self.wait_seconds = wait_seconds
        self.choose = choose


@dataclass(frozen=True)
class PasswordState:
    """What the sign-in form needs to know about a user on this desk."""

    has_password: bool
    may_choose: bool  # no password yet, and the desk's own user: chooses one now
    wait_seconds: int  # the delay after failed tries still running


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed tries in a row."""
    if failures <= FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_TRIES - 1))


def needs_sign_in(sessions: Sessions) -> bool:
    """Whether this desk asks who signs in: it has more than one active user, and is not a
    demo desk (invented people, made in an empty folder by ``services/demo``)."""
    with sessions() as session:
        if get_setting(session, DEMO_KEY):
            return False
        count = session.scalar(select(func.count()).select_from(User).where(User.active.is_(True)))
    return (count or 0) > 1


def _own_user(session: Session) -> str | None:
    """The desk's own user: its centre login's, else (never synced) the user who set it up
    (its first user; on a desk older than sign-in, its current user at the upgrade)."""
    own = get_setting(session, IDENTITY_KEY) or get_setting(session, OWNER_KEY)
    return str(own) if own else None


def _may_choose(session: Session, user_id: uuid.UUID) -> bool:
    """Whether ``user_id`` (without a password here) chooses one at sign-in: the desk's own
    user; on a desk with no own user known and no password at all yet (set up with the
    centre's owner login), whoever signs in first, who becomes its own user."""
    if session.get(UserCredential, user_id) is not None:
        return False
    own = _own_user(session)
    if own is not None:
        return own == str(user_id)
    return session.scalar(select(func.count()).select_from(UserCredential)) == 0


def _wait(cred: UserCredential | None, now: datetime) -> int:
    if cred is None or cred.next_try_at is None or cred.next_try_at <= now:
        return 0
    return ceil((cred.next_try_at - now).total_seconds())


def password_state(
    sessions: Sessions, user_id: uuid.UUID, *, now: datetime | None = None
) -> PasswordState:
    """Whether ``user_id`` has a password here, may choose one, or must wait."""
    now = now or utcnow()
    with sessions() as session:
        cred = session.get(UserCredential, user_id)
        return PasswordState(cred is not None, _may_choose(session, user_id), _wait(cred, now))


def check_new(password: str) -> None:
    """Refuse a new password shorter than :data:`MIN_LENGTH`."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(MSG_SHORT, field="password", args=(str(MIN_LENGTH),))


def _store(session: Session, user_id: uuid.UUID, password: str) -> None:
    cred = session.get(UserCredential, user_id)
    if cred is None:
        cred = UserCredential(user_id=user_id, password_hash="", failed_count=0)
        session.add(cred)
    cred.password_hash = _hasher.hash(password)
    cred.failed_count, cred.next_try_at, cred.changed_at = 0, None, utcnow()


def _user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(MSG_UNKNOWN, field="user")
    if not user.active:
        raise SignInRefused(MSG_INACTIVE, args=(user.name,))
    return user


def _current(session: Session) -> UserDTO | None:
    raw = get_setting(session, CURRENT_USER_KEY)
    user = session.get(User, uuid.UUID(raw)) if raw else None
    return to_dto(user) if user is not None else None


def sign_in(
    sessions: Sessions,
    user_id: uuid.UUID,
    password: str,
    *,
    via: str = "app",
    new_password: str | None = None,
    now: datetime | None = None,
) -> UserDTO:
    """Check ``password`` and make ``user_id`` the desk's current user.

    Args:
        via: where it happened (``app``, ``unlock``, ``cli``), kept in the audit entry.
        new_password: the first password of a user who may choose one (``password`` is
            then ignored).
        now: the clock (tests).

    Raises:
        SignInRefused: wrong password (audited, counted, slowed), a delay still running
            (neither checked nor counted), no password yet, a deactivated user.
        ValidationError: a first password that is too short.
    """
    now = now or utcnow()
    failed: SignInRefused | None = None
    with sessions.begin() as session:
        user = _user(session, user_id)
        before = _current(session)
        cred = session.get(UserCredential, user_id)
        if cred is None:
            if not _may_choose(session, user_id):
                raise SignInRefused(MSG_NO_PASSWORD, args=(user.name,))
            if new_password is None:
                raise SignInRefused(MSG_CHOOSE, args=(user.name,), choose=True)
            check_new(new_password)
            if _own_user(session) is None:
                set_setting(session, OWNER_KEY, str(user_id))
            _store(session, user_id, new_password)
            audit(session, to_dto(user), "user.password", "users", user_id, details={"first": True})
        else:
            wait = _wait(cred, now)
            if wait:
                raise SignInRefused(MSG_WAIT, args=(str(wait),), wait_seconds=wait)
            if not _verify(cred.password_hash, password):
                cred.failed_count += 1
                delay = delay_after(cred.failed_count)
                cred.next_try_at = now + timedelta(seconds=delay) if delay else None
                # Who tried is not known: the entry is the desk's current user's (or the
                # app's), about the user whose password was wrong.
                details = {"via": via, "failures": cred.failed_count, "delay_seconds": delay}
                audit(session, before, "sign_in.failed", "users", user_id, details=details)
                # Raised once committed: the count and the entry stay.
                failed = SignInRefused(MSG_WRONG, args=(user.name,), wait_seconds=delay)
            else:
                cred.failed_count, cred.next_try_at = 0, None
        if failed is None:
            switched = before is not None and before.id != user_id
            details = {"via": via, **({"from": str(before.id)} if switched and before else {})}
            action = "sign_in.switch" if switched else "sign_in"
            audit(session, to_dto(user), action, "users", user_id, details=details)
            set_setting(session, CURRENT_USER_KEY, str(user_id))
        signed_in = to_dto(user)
    if failed is not None:
        raise failed
    return signed_in


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def record_lock(sessions: Sessions, user: UserDTO, *, idle_minutes: int) -> None:
    """Audit that the app locked itself after ``idle_minutes`` without input."""
    with sessions.begin() as session:
        audit(
            session, user, "sign_in.lock", "users", user.id, details={"idle_minutes": idle_minutes}
        )


def set_password(sessions: Sessions, actor: UserDTO, user_id: uuid.UUID, password: str) -> None:
    """Set or replace a password: a user their own, a supervisor anyone's (audited, never
    with the password). Clears the failed tries."""
    if actor.id != user_id:
        try:
            require_supervisor(actor)
        except PermissionDenied as exc:
            raise ValidationError(MSG_NOT_YOURS, field="user") from exc
    check_new(password)
    with sessions.begin() as session:
        user = session.get(User, user_id)
        if user is None:
            raise ValidationError(MSG_UNKNOWN, field="user")
        first = session.get(UserCredential, user_id) is None
        _store(session, user_id, password)
        details = {"first": first, "by_supervisor": actor.id != user_id}
        audit(session, actor, "user.password", "users", user_id, details=details)


def recover_last_supervisor(
    sessions: Sessions, user_id: uuid.UUID, password: str, os_user: str
) -> None:
    """Set the password of the only active supervisor without signing in: the way back for
    whoever holds the desk's OS account (who can read the database file anyway), audited
    with that account's name. Refused for anyone else."""
    check_new(password)
    with sessions.begin() as session:
        user = _user(session, user_id)
        supervisors = session.scalars(
            select(User.id).where(User.role == "supervisor", User.active.is_(True))
        ).all()
        if list(supervisors) != [user_id]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "only the password of a desk's only supervisor can be recovered"
                ),
                field="user",
            )
        _store(session, user_id, password)
        details = {"recovered_by_os_user": os_user}
        audit(session, None, "user.password_recovered", "users", user.id, details=details)
