"""The erasure record: what must be anonymised on every desk and at the centre.

An erasure (on request, LGPD art. 18 VI / GDPR art. 17) or a retention purge travels as a
record of its own, never as deletions: the desk that makes it anonymises its own copy
(``storage/privacy.apply_erasure``) and pushes the record; the centre applies it to its
rows and passes it down to every other desk, which apply it too. Applying one twice
changes nothing. ``docs/privacy.md`` lists what it removes.

Part of ``Base``'s metadata; ``tables.py`` imports it (and lists it in TRAVELLING_TABLES).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.storage.base import Travelling
from recovery_desk.storage.types import UTCDateTime, utcnow

SCOPE_CUSTOMER = "customer"
"""Everything that identifies the customer, and every free text about them."""
SCOPE_CALL_NOTES = "call_notes"
"""The free-text notes of one call (retention of call notes)."""
REASON_REQUEST = "request"
REASON_RETENTION = "retention"


class Erasure(Travelling):
    """One erasure: a customer's personal data, or one call's free-text notes."""

    __tablename__ = "erasures"

    scope: Mapped[str] = mapped_column(String(20))  # SCOPE_CUSTOMER | SCOPE_CALL_NOTES
    # No foreign keys: the rows stay (pseudonymised), and a desk may not hold them yet.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    call_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(20))  # REASON_REQUEST | REASON_RETENTION
    request_ref: Mapped[str | None] = mapped_column(String(100))
    # sha256 of the customer's external code: a second request for the code is a no-op.
    code_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    erased_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
