"""Closed vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    EXECUTIVE = "executive"
    SUPERVISOR = "supervisor"


class CustomerStatus(StrEnum):
    DEPARTED = "departed"
    IN_PROGRESS = "in_progress"
    WON_BACK = "won_back"
    LOST = "lost"
    DO_NOT_CALL = "do_not_call"


class Step(StrEnum):
    APOLOGISE = "apologise"
    LISTEN = "listen"
    DIAGNOSE = "diagnose"
    ASSIST = "assist"
    OFFER = "offer"
    OUTCOME = "outcome"


STEP_ORDER: tuple[Step, ...] = tuple(Step)


class CallStatus(StrEnum):
    DRAFT = "draft"
    FINISHED = "finished"


class Outcome(StrEnum):
    WON_BACK = "won_back"
    THINKING = "thinking"
    DECLINED = "declined"
    NOT_REACHED = "not_reached"
    DO_NOT_CALL = "do_not_call"


class OfferResponse(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    THINKING = "thinking"


class ApprovalStatus(StrEnum):
    GRANTED = "granted"
    AWAITING = "awaiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"


class AssistAction(StrEnum):
    SOLVED = "solved"
    TICKET = "ticket"
    ESCALATED = "escalated"
    NONE = "none"


class CycleStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CoachingStatus(StrEnum):
    OPEN = "open"
    DELIVERED = "delivered"
    ACKNOWLEDGED = "acknowledged"


class CareOutcome(StrEnum):
    HEALTHY = "healthy"
    AT_RISK = "at_risk"
    LEFT_AGAIN = "left_again"


class HealthKind(StrEnum):
    SERVICE_CALL = "service_call"
    PURCHASE = "purchase"
    SUPPORT_CONTACT = "support_contact"


class Lang(StrEnum):
    PT_BR = "pt_BR"
    PT_PT = "pt_PT"
    EN = "en"
