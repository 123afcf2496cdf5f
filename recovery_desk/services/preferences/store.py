"""Per-installation preferences kept in the ``settings`` table (language, window layout,
the idle minutes before the app locks)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.errors import ValidationError
from recovery_desk.storage.queries import get_setting, set_setting

LANGUAGE_KEY = "ui_language"
GEOMETRY_KEY = "ui_window_geometry"
LOCK_KEY = "ui_lock_minutes"
LOCK_DEFAULT, LOCK_MIN, LOCK_MAX = 15, 1, 240
LANGUAGES = ("pt_BR", "pt_PT", "en")


def language(sessions: sessionmaker[Session]) -> str | None:
    """The language chosen in View → Language (``None``: follow the system)."""
    with sessions() as session:
        value = get_setting(session, LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def set_language(sessions: sessionmaker[Session], lang: str | None) -> None:
    """Remember ``lang`` (``None``: follow the system) for the next starts."""
    if lang is not None and lang not in LANGUAGES:
        raise ValidationError(f"unknown language {lang!r}", field="language")
    with sessions.begin() as session:
        set_setting(session, LANGUAGE_KEY, lang)


def window_geometry(sessions: sessionmaker[Session]) -> str | None:
    """The main window's saved geometry (base64 text), if any."""
    with sessions() as session:
        value = get_setting(session, GEOMETRY_KEY)
    return value if isinstance(value, str) else None


def set_window_geometry(sessions: sessionmaker[Session], encoded: str) -> None:
    with sessions.begin() as session:
        set_setting(session, GEOMETRY_KEY, encoded)


def lock_minutes(sessions: sessionmaker[Session]) -> int:
    """Minutes without input before the app locks behind a sign-in (default 15)."""
    with sessions() as session:
        value = get_setting(session, LOCK_KEY)
    if isinstance(value, int) and LOCK_MIN <= value <= LOCK_MAX:
        return value
    return LOCK_DEFAULT


def set_lock_minutes(sessions: sessionmaker[Session], minutes: int) -> None:
    """Set the idle minutes before the lock (1 to 240)."""
    if not LOCK_MIN <= minutes <= LOCK_MAX:
        raise ValidationError(
            f"the lock waits {LOCK_MIN} to {LOCK_MAX} minutes", field="lock_minutes"
        )
    with sessions.begin() as session:
        set_setting(session, LOCK_KEY, minutes)
