"""Setting up the central PostgreSQL: schema, roles, logins (the owner's connection).

The owner's URL comes with its password already set (the CLI takes it from stdin, the
environment or the keyring, never from its command line: see ``services.sync.settings``).
"""

from __future__ import annotations

import uuid

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from recovery_desk.domain.errors import ValidationError
from recovery_desk.storage.central import roles
from recovery_desk.storage.central.engine import (
    CentralError,
    head_revision,
    make_engine,
    translate,
    upgrade_schema,
)

APP_ROLES = ("agent", "executive", "supervisor")


def init_centre(url: str | URL) -> str:
    """Create or upgrade the central schema and (on PostgreSQL) its two roles.

    Returns the schema revision. Raises CentralError.
    """
    engine = make_engine(url)
    try:
        upgrade_schema(engine)
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                roles.install_roles(conn)
    except (DBAPIError, SQLAlchemyError) as exc:
        raise translate(exc) from exc
    finally:
        engine.dispose()
    return head_revision()


def add_user(
    url: str | URL, login: str, password: str, role: str, name: str | None = None
) -> uuid.UUID:
    """Create a login role for a person, mapped to a central app user. Raises CentralError.

    ``password`` is the new login's: it goes to the server only, never to a message or a log.
    """
    if role not in APP_ROLES:
        raise ValidationError("unknown role", field="role")
    if not login.replace("_", "").replace(".", "").isalnum() or len(login) > 63:
        raise ValidationError("a login is letters, digits, '_' or '.'", field="login")
    engine = make_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            raise CentralError("failed", "logins exist only on a PostgreSQL centre")
        with engine.begin() as conn:
            return roles.add_login(conn, login, password, role, name)
    except (DBAPIError, SQLAlchemyError) as exc:
        raise translate(exc) from exc
    finally:
        engine.dispose()
