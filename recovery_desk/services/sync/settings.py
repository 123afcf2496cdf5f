"""Where the centre is: connection settings (no password) and the password in the keyring.

Settings live in the local ``settings`` table under ``central.*``: host, port, database,
user, sslmode, sslrootcert. The password never goes there (nor to a log, nor to a command
line): it is kept in the operating system's keyring (service ``RecoveryDesk``, account
``user@host:port/db``), or, for scripts on a machine with no keyring, read from the
``RECOVERY_DESK_PASSWORD`` environment variable (``RECOVERY_DESK_CENTRAL_PASSWORD``, its older
name, is read first). With no host configured, the SQLite file ``AppPaths.local_centre`` plays
the centre.

A centre named by a URL (``--central``) must not carry a password, since a command line is
visible to every user of the machine (``ps``): :func:`url_has_password` spots one on the raw
text, and :func:`scrub` takes URL credentials out of any text before it is shown or stored.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import asdict, dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.paths import AppPaths
from recovery_desk.storage.queries import get_setting, set_setting

KEYRING_SERVICE = "RecoveryDesk"
PASSWORD_ENV = "RECOVERY_DESK_PASSWORD"
LEGACY_PASSWORD_ENV = "RECOVERY_DESK_CENTRAL_PASSWORD"
PASSWORD_ENVS = (LEGACY_PASSWORD_ENV, PASSWORD_ENV)
"""Where scripts give the centre's password, in the order they are read."""
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
        # The same text as before passwords were dropped from it, so cursors carry over.
        return hashlib.sha1(self.describe().encode()).hexdigest()[:10]

    def describe(self) -> str:
        """The centre's URL without any password (for messages and logs)."""
        # URL.set() reads None as "keep": a URL is a named tuple, so replace the field.
        safe = self.url._replace(password=None).difference_update_query(["password"])
        return safe.render_as_string(hide_password=False)


def load_settings(sessions: sessionmaker[Session]) -> CentralSettings:
    with sessions() as session:
        stored = get_setting(session, "central", {}) or {}
    fields = {k: v for k, v in stored.items() if k in CentralSettings.__dataclass_fields__}
    return CentralSettings(**fields)


def save_settings(sessions: sessionmaker[Session], settings: CentralSettings) -> None:
    """Store the connection settings (never a password)."""
    if settings.sslmode not in SSL_MODES:
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
    """The password: the env variables first (scripts), then the keyring (None if neither)."""
    for name in PASSWORD_ENVS:
        if os.environ.get(name):
            return os.environ[name]
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


def target_from_url(url: str | URL, password: str | None = None) -> CentralTarget:
    """A centre named by a URL, for this run only.

    ``postgresql://`` means psycopg 3. With no password in the URL, ``password`` is used, else
    :func:`read_password` for the URL's ``user@host:port/db`` (the env variables, the keyring).
    Callers taking a URL from a command line refuse one with a password first
    (:func:`url_has_password`).

    Raises:
        ValidationError: not a PostgreSQL URL or an SQLite file (the text is not echoed).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError(NOT_A_CENTRE, field="central") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return CentralTarget(parsed, True)
    if backend != "postgresql":
        raise ValidationError(NOT_A_CENTRE, field="central")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.password is None:
        settings = CentralSettings(
            host=parsed.host or "",
            port=parsed.port or 5432,
            database=parsed.database or "",
            user=parsed.username or "",
        )
        given = password if password is not None else _url_password(settings)
        if given:
            parsed = parsed.set(password=given)
    return CentralTarget(parsed, False)


def _url_password(settings: CentralSettings) -> str | None:
    """:func:`read_password`, with a locked or broken keyring read as holding nothing: a
    command then fails on the centre's refusal, in one line, not on the keyring's error."""
    from keyring.errors import KeyringError

    try:
        return read_password(settings)
    except KeyringError:
        return None


NOT_A_CENTRE = (
    "not a centre's URL: give postgresql://user@host:port/database (or sqlite:///file for a "
    "stand-in)"
)

_PASSWORD_SETTING = re.compile(r"password\s*=", re.IGNORECASE)


def url_has_password(text: str) -> bool:
    """Whether a URL, as typed, carries a password: userinfo with a ``:``, or ``password=``.

    Looked for on the raw text, so a password holding an unescaped ``@`` (which a URL parser
    reads as part of the host) is caught too. When in doubt it says yes: an ``@`` in the
    query of a URL with a port must then be written ``%40``.
    """
    if _PASSWORD_SETTING.search(text):
        return True
    rest = text.split("://", 1)[1] if "://" in text else text
    if rest.startswith("/") or "@" not in rest:  # no authority (a file), or no userinfo
        return False
    return ":" in rest[: rest.index("@")]


_PASSWORD_VALUE = re.compile(r"""(password\s*=\s*)('[^']*'|"[^"]*"|[^\s&;,]+)""", re.IGNORECASE)
# Bounded runs: a long text without an '@' is scanned in linear time.
_URL_USERINFO = re.compile(r"([a-z][a-z0-9+.\-]{0,30}://)\S{0,500}@(?=\S)", re.IGNORECASE)
_USERINFO = re.compile(r"""[^\s"'<>()\[\]{},;=]{1,500}@(?=[^\s@])""")


def scrub(text: str) -> str:
    """``text`` with every URL credential taken out, for a message, a log or the history.

    Removes ``scheme://user:password@`` and bare ``user:password@`` userinfo (up to the last
    ``@``, so an unescaped ``@`` in a password goes too, as does the tail of such a password
    that a driver's message shows as part of a host name; an e-mail address loses its local
    part the same way) and the value of ``password=...``.
    """
    text = _PASSWORD_VALUE.sub(r"\1***", text)
    if "@" not in text:
        return text
    text = _URL_USERINFO.sub(r"\1", text)
    return _USERINFO.sub("", text)
