"""The sync's bookkeeping on a desk (never travels): the outbox of local changes, pull
cursors, received rows waiting for a parent, merged twins and overruled values.

Part of ``Base``'s metadata (the migrations and the schema check see them there).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.storage.base import Base
from recovery_desk.storage.types import UTCDateTime, utcnow


class OutboxEntry(Base):
    """A change waiting to be pushed to the centre; removed once the centre committed it."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(60))  # table name
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # The version the centre had when this change was made (migration 0013): a centre row
    # newer than that was changed elsewhere meanwhile, and the push is a conflict.
    base_version: Mapped[int | None] = mapped_column(Integer)
    # The columns the change touched, with the values they had before, as JSON text
    # ({"notes": null}); None: the whole row (a new row, a bulk write). In a conflict the
    # centre keeps its values of the other columns, and a column both sides changed
    # keeps a conflict record.
    fields: Mapped[str | None] = mapped_column(Text)
    # Why the centre can never take this change (this login may not write it); such
    # entries are kept and shown, not sent again.
    refused: Mapped[str | None] = mapped_column(String(200))


class SyncCursor(Base):
    """Where the last pull from the centre stopped, per stream."""

    __tablename__ = "sync_cursors"

    stream: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    # Inside a position shared by many rows (one central transaction), the last id read.
    after_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncHeld(Base):
    """A pulled row that could not be applied yet (its parent is not here): tried again
    at every sync, and counted in the status bar until it is applied."""

    __tablename__ = "sync_held"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    problem: Mapped[str] = mapped_column(String(300))
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncRedirect(Base):
    """Two rows of one natural key (a reason code, a login, an external id) made on two
    desks: ``from_id`` now reads as ``to_id`` here (the lower id wins on every desk)."""

    __tablename__ = "sync_redirects"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    from_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    to_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class SyncConflict(Base):
    """A change the centre's conflict rule overruled, kept so a supervisor can see it
    (pulled from the centre's ``rd_conflicts``)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    lost: Mapped[dict[str, object]] = mapped_column(JSON)
    won_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the user whose push won
