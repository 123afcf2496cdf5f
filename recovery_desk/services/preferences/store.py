"""Per-installation preferences kept in the ``settings`` table (language, window layout)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.errors import ValidationError
from recovery_desk.storage.queries import get_setting, set_setting

LANGUAGE_KEY = "ui_language"
GEOMETRY_KEY = "ui_window_geometry"
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
