"""The intensive-care settings: months between reviews of a returned customer."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recovery_desk.domain.care import DEFAULT_INTERVAL_MONTHS
from recovery_desk.domain.errors import ValidationError
from recovery_desk.storage.queries import get_setting, set_setting

CARE_INTERVAL_KEY = "care_review_interval_months"


def review_interval(session: Session) -> int:
    """Months between intensive-care reviews (setting, default six)."""
    raw = get_setting(session, CARE_INTERVAL_KEY, DEFAULT_INTERVAL_MONTHS)
    try:
        months = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_MONTHS
    return months if months >= 1 else DEFAULT_INTERVAL_MONTHS


def set_review_interval(session: Session, months: int) -> None:
    if not 1 <= months <= 60:
        raise ValidationError("the review interval is 1 to 60 months", field="interval")
    set_setting(session, CARE_INTERVAL_KEY, months)
