"""Who this desk is at the centre: the app user and role behind its centre login.

A desk joining a centre takes its identity from the login it syncs with, not from the
local "first user is a supervisor" rule: the first sync with an agent's login makes the
desk that agent's (its current user becomes the agent, once pulled). What a desk pushes
follows the login's role, so it never sends what the centre would refuse.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.services.users import access as users
from recovery_desk.storage.central.schema import AUTHORED, ORDERED
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import User

IDENTITY_KEY = "sync.identity"
OWNER = "owner"


@dataclass(frozen=True)
class Identity:
    """``user_id`` None: the centre's owner or the stand-in file (this desk's own user)."""

    user_id: uuid.UUID | None
    role: str

    @property
    def supervises(self) -> bool:
        return self.role in (OWNER, "supervisor")

    def writable(self) -> set[str]:
        """Tables the centre takes from this login."""
        return set(ORDERED) if self.supervises else set(AUTHORED)


def at_centre(conn: Connection) -> Identity:
    """The identity of the login ``conn`` uses."""
    if conn.dialect.name != "postgresql":
        return Identity(None, OWNER)
    row = conn.exec_driver_sql("SELECT user_id, role FROM rd_whoami()").first()
    if row is None:  # the owner (or a login made by hand): full rights, no app user
        return Identity(None, OWNER)
    return Identity(row[0], str(row[1]))


def acting_user(sessions: sessionmaker[Session], identity: Identity) -> uuid.UUID | None:
    """The user this desk's rows are checked against before a push."""
    if identity.user_id is not None:
        return identity.user_id
    me = users.current_user(sessions)
    return me.id if me is not None else None


def adopt(sessions: sessionmaker[Session], identity: Identity) -> bool:
    """After a pull: the first sync with a login makes its user this desk's current user.

    Returns True when the current user changed.
    """
    if identity.user_id is None:
        return False
    with sessions.begin() as session:
        if get_setting(session, IDENTITY_KEY) == str(identity.user_id):
            return False
        if session.get(User, identity.user_id) is None:
            return False  # not pulled yet (the login's user is inactive, or hidden)
        set_setting(session, IDENTITY_KEY, str(identity.user_id))
    users.set_current_user(sessions, identity.user_id)
    return True
