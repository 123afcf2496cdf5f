"""ORM mapped classes: the whole data model of Recovery Desk.

Records that travel to the centre derive from :class:`Travelling`: a UUID primary key,
``created_at``, ``updated_at`` and a ``version`` that grows by one on every change (see
``storage/outbox.py``, which also queues them for sync). Money is integer cents; dates
without a time are ``Date``; instants are UTC (``UTCDateTime``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.storage.base import Base, Travelling
from recovery_desk.storage.types import UTCDateTime, utcnow


def _fk(target: str, *, nullable: bool = False, ondelete: str | None = None) -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


# --- people -------------------------------------------------------------------------------


class User(Travelling):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    login: Mapped[str | None] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # domain.enums.Role
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    handful_size: Mapped[int] = mapped_column(Integer, default=5)  # executives: 1-10


# --- customers ----------------------------------------------------------------------------


class Customer(Travelling):
    """A departed customer, as imported from the CRM or billing system."""

    __tablename__ = "customers"

    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))  # E.164 when it parsed, else as typed
    phone_valid: Mapped[bool] = mapped_column(Boolean, default=True)
    phone_alt: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(300))
    segment: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    currency: Mapped[str] = mapped_column(String(3), default="BRL")
    monthly_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    lifetime_value_cents: Mapped[int | None] = mapped_column(BigInteger)
    customer_since: Mapped[date | None] = mapped_column(Date)
    departed_on: Mapped[date | None] = mapped_column(Date, index=True)
    served_by: Mapped[str | None] = mapped_column(String(200))  # the front-line rep
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="departed", index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The departure reason known before any call (exit survey, CRM).
    imported_reason_id: Mapped[uuid.UUID | None] = _fk("reasons.id", nullable=True)
    imported_reason_text: Mapped[str | None] = mapped_column(String(300))
    # Denormalised current primary reason (migration 0010), kept by
    # ``services.primary_reason.refresh_primary_reasons``: the confirmed primary reason of
    # the latest finished call with one ("calls"), else the imported reason ("imported").
    primary_reason_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("reasons.id"), nullable=True
    )
    primary_reason_source: Mapped[str | None] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    won_back_on: Mapped[date | None] = mapped_column(Date)
    # Folded name for accent-insensitive sort (domain.text.fold).
    name_folded: Mapped[str] = mapped_column(String(300), default="", index=True)
    # What search-as-you-type matches: folded name, external id, phone digits, email.
    # Indexed by the FTS5 table ``customers_fts`` (kept in step by triggers).
    search_terms: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_customers_revenue", "monthly_revenue_cents"),
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_email", "email"),
        # Reports (migration 0006): covering indexes for the reasons report.
        Index("ix_customers_reason_revenue", "imported_reason_id", "monthly_revenue_cents"),
        Index("ix_customers_report", "id", "imported_reason_id", "monthly_revenue_cents"),
        Index(
            "ix_customers_selection",
            "departed_on",
            "monthly_revenue_cents",
            "segment",
            "region",
            "status",
            "do_not_call",
            "last_contact_at",
            "imported_reason_id",
            "currency",  # migration 0017: the funnel's revenue per currency, the band's
        ),
        # Reasons report (migration 0010): one GROUP BY over this covering index.
        Index(
            "ix_customers_primary_reason",
            "primary_reason_id",
            "primary_reason_source",
            "monthly_revenue_cents",
            "segment",
            "region",
            "departed_on",
        ),
    )


class HealthEvent(Travelling):
    """A health indicator of a returned customer: service call, purchase, support contact."""

    __tablename__ = "health_events"

    customer_id: Mapped[uuid.UUID] = _fk("customers.id", ondelete="CASCADE")
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))  # domain.enums.HealthKind
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)


# --- catalogues ---------------------------------------------------------------------------


class ReasonCategory(Travelling):
    __tablename__ = "reason_categories"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    label_pt_br: Mapped[str | None] = mapped_column(String(200))
    label_pt_pt: Mapped[str | None] = mapped_column(String(200))
    label_en: Mapped[str | None] = mapped_column(String(200))
    team: Mapped[str | None] = mapped_column(String(200))  # responsible team
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "Unreviewed": where imports put reasons the catalogue did not know.
    is_unreviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    # True when the category points at front-line service (drives coaching).
    front_line: Mapped[bool] = mapped_column(Boolean, default=False)


class Reason(Travelling):
    __tablename__ = "reasons"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    category_id: Mapped[uuid.UUID] = _fk("reason_categories.id")
    label_pt_br: Mapped[str | None] = mapped_column(String(200))
    label_pt_pt: Mapped[str | None] = mapped_column(String(200))
    label_en: Mapped[str | None] = mapped_column(String(200))
    team: Mapped[str | None] = mapped_column(String(200))  # overrides the category's
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[uuid.UUID | None] = _fk("reasons.id", nullable=True)
    # All labels folded, for the type-ahead picker.
    search_text: Mapped[str] = mapped_column(Text, default="")


class Offer(Travelling):
    """An offer in the catalogue, with its eligibility and approval limits."""

    __tablename__ = "offers"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # discount, credit, gift, upgrade, fee_waiver
    label_pt_br: Mapped[str | None] = mapped_column(String(200))
    label_pt_pt: Mapped[str | None] = mapped_column(String(200))
    label_en: Mapped[str | None] = mapped_column(String(200))
    value_cents: Mapped[int | None] = mapped_column(BigInteger)  # fixed value to the customer
    value_percent_bp: Mapped[int | None] = mapped_column(Integer)  # or basis points of revenue
    duration_months: Mapped[int] = mapped_column(Integer, default=1)
    cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)  # cost to the company
    # Every amount of the offer is in this currency; it is offered only to customers billed
    # in it (a limit in reais says nothing about a bill in euros).
    currency: Mapped[str] = mapped_column(String(3), default="BRL", server_default="BRL")
    eligible_segments: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: all
    eligible_categories: Mapped[list[str]] = mapped_column(JSON, default=list)  # codes
    min_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    max_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    # Largest cost each role may grant without a supervisor's approval.
    approval_limit_agent_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    approval_limit_executive_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    approval_limit_supervisor_cents: Mapped[int | None] = mapped_column(BigInteger)
    max_per_customer: Mapped[int | None] = mapped_column(Integer)
    period_days: Mapped[int] = mapped_column(Integer, default=365)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Script(Travelling):
    """The script and checklist of one call step in one language."""

    __tablename__ = "scripts"

    step: Mapped[str] = mapped_column(String(20))  # domain.enums.Step
    lang: Mapped[str] = mapped_column(String(5))  # domain.enums.Lang
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("step", "lang", name="uq_scripts_step_lang"),)


class Phrase(Travelling):
    """A defensive phrase to avoid in the Apologise step, with the hint to show instead."""

    __tablename__ = "phrases"

    lang: Mapped[str] = mapped_column(String(5))
    phrase: Mapped[str] = mapped_column(String(300))
    hint: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- rescue cycles ------------------------------------------------------------------------


class Cycle(Travelling):
    __tablename__ = "cycles"

    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")  # domain.enums.CycleStatus
    rules: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    weights: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    opened_by_id: Mapped[uuid.UUID | None] = _fk("users.id", nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Figures frozen when the cycle closed (contacted, reached, won back, revenue...).
    frozen_figures: Mapped[dict[str, object] | None] = mapped_column(JSON)


class Assignment(Travelling):
    __tablename__ = "assignments"

    # Two indexes only, which keeps bulk assignment of 100,000 customers fast: the unique
    # (customer_id, cycle_id) serves look-ups by customer, (cycle_id, assignee_id, priority)
    # a cycle's rows and each person's queue in priority order. No column has its own.
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cycles.id", ondelete="CASCADE"))
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("customers.id", ondelete="CASCADE")
    )
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id"), nullable=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=0)  # score 0-1000, higher first
    is_executive: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("customer_id", "cycle_id"),  # uq_assignments_customer_id
        Index("ix_assignments_cycle_queue", "cycle_id", "assignee_id", "priority"),
    )


# --- the recovery call --------------------------------------------------------------------


class Call(Travelling):
    """One recovery call (or attempt) with a departed customer."""

    __tablename__ = "calls"

    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    agent_id: Mapped[uuid.UUID] = _fk("users.id")
    cycle_id: Mapped[uuid.UUID | None] = _fk("cycles.id", nullable=True)
    assignment_id: Mapped[uuid.UUID | None] = _fk("assignments.id", nullable=True)
    is_executive: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # CallStatus
    current_step: Mapped[str] = mapped_column(String(20), default="apologise")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(20), index=True)  # Outcome
    outcome_notes: Mapped[str | None] = mapped_column(Text)
    verbatim: Mapped[str | None] = mapped_column(Text)  # the customer's own words
    readback_text: Mapped[str | None] = mapped_column(Text)
    diagnosis_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    assist_action: Mapped[str | None] = mapped_column(String(20))  # AssistAction
    ticket_ref: Mapped[str | None] = mapped_column(String(100))
    escalated_team: Mapped[str | None] = mapped_column(String(200))
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The four expectations the call met (domain.expectations bit mask, migration 0012);
    # None: not assessed (made before the assessment existed, or nobody answered).
    expectations_met: Mapped[int | None] = mapped_column(Integer)
    # UI state needed to resume a draft exactly where it was (focused step, picker text...).
    draft_state: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    # Reports (migration 0006): each customer's latest call without a sort.
    __table_args__ = (
        Index("ix_calls_latest", "customer_id", "started_at", "id", "status"),
        # Reason-log export (migration 0010): finished calls already in date order.
        Index("ix_calls_status_started", "status", "started_at", "id"),
    )


class CallStep(Travelling):
    """Notes and time spent in one step of a call."""

    __tablename__ = "call_steps"

    call_id: Mapped[uuid.UUID] = _fk("calls.id", ondelete="CASCADE")
    step: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    checklist_done: Mapped[list[int]] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("call_id", "step", name="uq_call_steps_call_step"),)


class CallReason(Travelling):
    """A reason given in a call: primary or secondary, verified back or not."""

    __tablename__ = "call_reasons"

    call_id: Mapped[uuid.UUID] = _fk("calls.id", ondelete="CASCADE")
    reason_id: Mapped[uuid.UUID] = _fk("reasons.id")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)
    verbatim: Mapped[str | None] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    # Reports (migration 0006): the confirmed primary reason of a call, from the index alone.
    __table_args__ = (
        Index("ix_call_reasons_confirmed", "call_id", "is_primary", "verified", "reason_id"),
    )


class OfferMade(Travelling):
    __tablename__ = "offers_made"

    call_id: Mapped[uuid.UUID] = _fk("calls.id", ondelete="CASCADE")
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    offer_id: Mapped[uuid.UUID] = _fk("offers.id")
    value_cents: Mapped[int | None] = mapped_column(BigInteger)
    cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    response: Mapped[str | None] = mapped_column(String(20))  # OfferResponse
    approval_status: Mapped[str] = mapped_column(String(20), default="granted")
    approved_by_id: Mapped[uuid.UUID | None] = _fk("users.id", nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Promise(Travelling):
    """A promise made to the customer: every promise has an owner and a deadline."""

    __tablename__ = "promises"

    call_id: Mapped[uuid.UUID] = _fk("calls.id", ondelete="CASCADE")
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    kept_on: Mapped[date | None] = mapped_column(Date)
    # Closing the loop: the customer was told and thanked after the promise was kept.
    loop_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Callback(Travelling):
    """A scheduled call back or next attempt, shown in the agent's follow-ups."""

    __tablename__ = "callbacks"

    call_id: Mapped[uuid.UUID | None] = _fk("calls.id", nullable=True, ondelete="CASCADE")
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    agent_id: Mapped[uuid.UUID] = _fk("users.id")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="callback")  # or next_attempt
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


# --- after the call -----------------------------------------------------------------------


class CareReview(Travelling):
    """A six-monthly review of a customer who came back (intensive care)."""

    __tablename__ = "care_reviews"

    customer_id: Mapped[uuid.UUID] = _fk("customers.id", ondelete="CASCADE")
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewer_id: Mapped[uuid.UUID | None] = _fk("users.id", nullable=True)
    service_calls: Mapped[int | None] = mapped_column(Integer)
    purchases: Mapped[int | None] = mapped_column(Integer)
    support_contacts: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(20))  # CareOutcome
    follow_up_call_id: Mapped[uuid.UUID | None] = _fk("calls.id", nullable=True)


class CoachingNote(Travelling):
    """Closed-loop feedback to the front-line rep who served the customer."""

    __tablename__ = "coaching_notes"

    rep_name: Mapped[str] = mapped_column(String(200), index=True)
    call_id: Mapped[uuid.UUID | None] = _fk("calls.id", nullable=True)
    customer_id: Mapped[uuid.UUID | None] = _fk("customers.id", nullable=True)
    reason_id: Mapped[uuid.UUID | None] = _fk("reasons.id", nullable=True)
    author_id: Mapped[uuid.UUID | None] = _fk("users.id", nullable=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")  # CoachingStatus
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Travelling):
    """Who did what, when, with the record before and after."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None] = _fk("users.id", nullable=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    before: Mapped[dict[str, object] | None] = mapped_column(JSON)
    after: Mapped[dict[str, object] | None] = mapped_column(JSON)
    details: Mapped[dict[str, object] | None] = mapped_column(JSON)


# --- local-only bookkeeping (never travels) -----------------------------------------------
# The sync's own tables (outbox, cursors, held rows, redirects, conflicts) are in
# ``sync_tables.py``, imported at the end of this module.


class Setting(Base):
    """Per-installation settings (current user, language, central URL without password)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


# The privacy records (erasures) travel too: mapped before the list below is made.
from recovery_desk.storage.privacy_tables import Erasure  # noqa: E402

TRAVELLING_TABLES: tuple[str, ...] = tuple(
    mapper.class_.__tablename__
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Travelling)
)

# The sync's bookkeeping tables share this metadata (imported last: they need ``Base``).
from recovery_desk.storage.sync_tables import (  # noqa: E402
    OutboxEntry,
    SyncConflict,
    SyncCursor,
    SyncHeld,
    SyncRedirect,
)

__all__ = [
    "Erasure",
    "OutboxEntry",
    "SyncConflict",
    "SyncCursor",
    "SyncHeld",
    "SyncRedirect",
    "Travelling",
]

# Sign-in's local table (never travels), after the sync's for the same reason.
from recovery_desk.storage.credentials import UserCredential  # noqa: E402

__all__ += ["UserCredential"]
