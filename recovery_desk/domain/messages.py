"""Marking user-visible messages produced below the UI for translation.

Services may not import Qt, yet their messages must be translated where they are shown.
``pyside6-lupdate`` extracts calls by name, so this pure-Python no-op with Qt's name marks
the text (context ``"messages"``); the UI translates it with
``QCoreApplication.translate("messages", text)``.
"""

from __future__ import annotations

MESSAGES = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for it
    """Return ``text`` unchanged; its only job is to be found by lupdate."""
    return text
