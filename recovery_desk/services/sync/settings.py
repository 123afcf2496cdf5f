"""Where the centre is: connection settings (no password) and the password in the keyring.

Settings live in the local ``settings`` table under ``central.*``: host, port, database,
user, sslmode, sslrootcert. The password never goes there (nor to a log): it is kept in the
operating system's keyring (service ``RecoveryDesk``), or, for scripts on a machine with no
keyring, read from the ``RECOVERY_DESK_CENTRAL_PASSWORD`` environment variable. With no host
configured, the SQLite file ``AppPaths.local_centre`` plays the centre.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.paths import AppPaths
from recovery_desk.storage.queries import get_setting, set_setting

KEYRING_SERVICE = "RecoveryDesk"
PASSWORD_ENV = "RECOVERY_DESK_CENTRAL_PASSWORD"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
NO_KEYRING = QT_TRANSLATE_NOOP("sync", "no keyring available")


class KeyringUnavailable(Exception):
    """The operating system offers no keyring to keep the password in."""


@dataclass(frozen=True)
class CentralSettings:
    host: str = ""
    port: int = 5432
    database: str = "recovery_desk"
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())


@dataclass(frozen=True)
class CentralTarget:
    """The centre one sync talks to. ``url`` may hold a password: never log or store it."""

    url: URL
    standin: bool

    @property
    def key(self) -> str:
        """A short name of this centre (no password), used to key pull cursors."""
        safe = self.url.render_as_string(hide_password=True).replace(":***@", "@")
        return hashlib.sha1(safe.encode()).hexdigest()[:10]

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)


def load_settings(sessions: sessionmaker[Session]) -> CentralSettings:
    with sessions() as session:
        stored = get_setting(session, "central", {}) or {}
    fields = {k: v for k, v in stored.items() if k in CentralSettings.__dataclass_fields__}
    return CentralSettings(**fields)


def save_settings(sessions: sessionmaker[Session], settings: CentralSettings) -> None:
    """Store the connection settings (never a password)."""
    if settings.sslmode not in SSL_MODES:
        from recovery_desk.domain.errors import ValidationError

        raise ValidationError("unknown sslmode", field="sslmode")
    with sessions.begin() as session:
        set_setting(session, "central", asdict(settings))


def _keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "fail" in type(backend).__module__:
        raise KeyringUnavailable(NO_KEYRING)
    return keyring


def store_password(settings: CentralSettings, password: str) -> None:
    """Keep ``password`` in the OS keyring. Raises KeyringUnavailable."""
    _keyring().set_password(KEYRING_SERVICE, _account(settings), password)


def read_password(settings: CentralSettings) -> str | None:
    """The password: the env variable first (scripts), then the keyring (None if neither)."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    try:
        return _keyring().get_password(KEYRING_SERVICE, _account(settings))
    except KeyringUnavailable:
        return None


def _account(settings: CentralSettings) -> str:
    return f"{settings.user}@{settings.host}:{settings.port}/{settings.database}"


def target_from_settings(
    settings: CentralSettings, paths: AppPaths, password: str | None = None
) -> CentralTarget:
    """The centre to use: PostgreSQL when a host is set, else the stand-in SQLite file."""
    if not settings.configured:
        return CentralTarget(URL.create("sqlite", database=str(paths.local_centre)), True)
    query: dict[str, str] = {"sslmode": settings.sslmode}
    if settings.sslrootcert:
        query["sslrootcert"] = settings.sslrootcert
    url = URL.create(
        "postgresql+psycopg",
        username=settings.user or None,
        password=password if password is not None else read_password(settings),
        host=settings.host.strip(),
        port=settings.port,
        database=settings.database,
        query=query,
    )
    return CentralTarget(url, False)


def target_from_url(url: str) -> CentralTarget:
    """A centre named on the command line (its password is used for this run only)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return CentralTarget(parsed, True)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.password is None and os.environ.get(PASSWORD_ENV):
        parsed = parsed.set(password=os.environ[PASSWORD_ENV])
    return CentralTarget(parsed, False)
