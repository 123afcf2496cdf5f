"""Catalogue management shared helpers: the supervisor check, the audit log, labels.

The catalogue editor is split by kind: ``catalogue_reasons`` (categories and reasons),
``catalogue_offers``, ``catalogue_scripts`` (scripts and defensive phrases),
``catalogue_files`` (export/import) and ``user_admin``. Every change goes through
:func:`audit` in the same transaction, and the ORM outbox hook queues it for sync.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy.orm import Session

from recovery_desk.domain.enums import Lang, Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.labels import Label, pick_label
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.catalogue_defaults import LANG_COLUMNS
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import require_role
from recovery_desk.storage.tables import AuditEntry

log = logging.getLogger("recovery_desk.catalogue")

LANGS: tuple[str, ...] = tuple(lang.value for lang in Lang)
LABEL_MAX = 200

MSG_LABEL_REQUIRED = QT_TRANSLATE_NOOP("messages", "at least one label is required")
MSG_LABEL_TOO_LONG = QT_TRANSLATE_NOOP("messages", "a label is at most 200 characters")


def require_supervisor(user: UserDTO | None) -> UserDTO:
    """Only supervisors edit the catalogue (raises ``PermissionDenied``)."""
    return require_role(user, Role.SUPERVISOR)


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


def jsonable(value: Any) -> Any:
    """Snapshot values for the audit log (UUIDs as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def audit(
    session: Session,
    user: UserDTO,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    details: dict[str, Any] | None = None,
) -> None:
    """Write who did what, with the record before and after, in the caller's transaction."""
    session.add(
        AuditEntry(
            user_id=user.id,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=jsonable(before) if before is not None else None,
            after=jsonable(after) if after is not None else None,
            details=jsonable(details) if details is not None else None,
        )
    )
    log.info("%s %s %s by %s", action, entity, entity_id, user.name)
