"""Sign-in on this desk: password hashes and failed tries (local only, never travels), and
the rule that keeps the audit log append-only.

``users`` travels to the centre, where every agent can read it: a hash there would be a
hash every colleague could attack at leisure. So the hash lives here, in a table the sync
never sends, one row per user who has a password on this desk.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.storage.base import Base
from recovery_desk.storage.types import UTCDateTime, utcnow


class UserCredential(Base):
    """A user's password on this desk (an Argon2 hash) and the count of failed tries."""

    __tablename__ = "user_credentials"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    # No try is checked before this instant (the delay grows with each failure).
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# The audit log's rows are never changed or removed on a desk. Two updates stay open:
# - the erasure's redaction: ``before``, ``after`` and ``details`` set to NULL (SQL NULL, or
#   the JSON ``null`` the ORM writes for None), nothing else changed but ``version`` and
#   ``updated_at`` (the sync's bookkeeping);
# - the sync's merge of two users of one login: ``user_id`` moved from one user to the
#   other, nothing else changed (as every other reference to the merged user moves).
_SAME = " AND ".join(
    f"NEW.{c} IS OLD.{c}" for c in ("id", "at", "action", "entity", "entity_id", "created_at")
)
AUDIT_TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"WHEN NOT ({_SAME} AND ("
    "(COALESCE(NEW.before, 'null') = 'null' AND COALESCE(NEW.after, 'null') = 'null'"
    " AND COALESCE(NEW.details, 'null') = 'null' AND NEW.user_id IS OLD.user_id)"
    " OR (OLD.user_id IS NOT NULL AND NEW.user_id IS NOT NULL"
    " AND NEW.before IS OLD.before AND NEW.after IS OLD.after AND NEW.details IS OLD.details"
    " AND NEW.version IS OLD.version)"
    ")) BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
"""SQLite triggers (migration 0014) that refuse any other UPDATE and every DELETE."""

DROP_AUDIT_TRIGGERS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
)
