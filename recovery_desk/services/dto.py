"""Frozen DTOs shared by several services and handed to ui/ and cli/, and ``Sessions``.

Area-specific DTOs live beside their service; only the shared ones are here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import Role

Sessions = sessionmaker[Session]
"""The session factory services take (opaque to the UI and the CLI)."""


@dataclass(frozen=True)
class UserDTO:
    id: uuid.UUID
    name: str
    role: Role
    active: bool = True
    login: str | None = None
    handful_size: int = 5

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


@dataclass(frozen=True)
class CustomerDTO:
    """Everything known about a departed customer, for the call header and details."""

    id: uuid.UUID
    external_id: str | None
    name: str
    phone: str | None
    phone_valid: bool
    email: str | None
    segment: str | None
    region: str | None
    currency: str
    monthly_revenue_cents: int | None
    lifetime_value_cents: int | None
    customer_since: date | None
    departed_on: date | None
    served_by: str | None
    do_not_call: bool
    status: str
    attempts: int
    last_contact_at: datetime | None
    imported_reason_id: uuid.UUID | None
    imported_reason_label: str | None
