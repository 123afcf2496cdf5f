"""What the catalogue's editors share: the supervisor check and the labels of a row.

The catalogue is split by kind: ``reasons`` (categories and reasons, with ``categories``),
``offers``, ``scripts`` (scripts and defensive phrases), ``merge``, ``files`` (export and
import of catalogue files, checked by ``file_check``) and ``defaults`` (the packaged
catalogue a new desk starts with). Every change is written to the audit log in the same
transaction, and the ORM outbox hook queues it for sync.
"""

from __future__ import annotations

import logging
from typing import Any

from recovery_desk.domain.enums import Lang
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import Label, pick_label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue.defaults import LANG_COLUMNS

log = logging.getLogger("recovery_desk.catalogue")

LANGS: tuple[str, ...] = tuple(lang.value for lang in Lang)
LABEL_MAX = 200

MSG_LABEL_REQUIRED = QT_TRANSLATE_NOOP("messages", "at least one label is required")
MSG_LABEL_TOO_LONG = QT_TRANSLATE_NOOP("messages", "a label is at most 200 characters")


def labels_of(row: Any) -> dict[str, str | None]:
    """``{"pt_BR": ..., "pt_PT": ..., "en": ...}`` of a row with ``label_*`` columns."""
    return {lang: getattr(row, column) for lang, column in LANG_COLUMNS.items()}


def clean_labels(labels: dict[str, str | None], *, field: str = "labels") -> dict[str, str | None]:
    """Trim labels, drop empty ones, require at least one; raise ``ValidationError``."""
    cleaned: dict[str, str | None] = {}
    for lang in LANGS:
        text = (labels.get(lang) or "").strip()
        if len(text) > LABEL_MAX:
            raise ValidationError(MSG_LABEL_TOO_LONG, field=f"{field}.{lang}")
        cleaned[lang] = text or None
    if not any(cleaned.values()):
        raise ValidationError(MSG_LABEL_REQUIRED, field=field)
    return cleaned


def set_labels(row: Any, labels: dict[str, str | None]) -> None:
    for lang, column in LANG_COLUMNS.items():
        setattr(row, column, labels.get(lang))


def label_in(labels: dict[str, str | None], lang: str) -> Label:
    """The label in ``lang``, falling back (marked) to another language."""
    return pick_label(labels, lang)
