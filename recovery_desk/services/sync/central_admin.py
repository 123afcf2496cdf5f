"""Setting up the central PostgreSQL: schema, roles, logins (the owner's connection)."""

from __future__ import annotations

import uuid

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


def init_centre(url: str) -> str:
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


def add_user(url: str, login: str, password: str, role: str, name: str | None = None) -> uuid.UUID:
    """Create a login role for a person, mapped to a central app user. Raises CentralError."""
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
