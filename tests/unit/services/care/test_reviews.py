"""Intensive-care reviews, outcomes and the health CSV import."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recovery_desk.domain.enums import CareOutcome, HealthKind
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.care import reviews as care
from recovery_desk.services.care.health_import import HealthImportError, import_health
from recovery_desk.services.care.support import set_review_interval
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.progress import run_to_end
from recovery_desk.storage.tables import AuditEntry, Callback, CareReview, Customer, HealthEvent
from tests import care_data


def test_review_is_due_six_months_after_the_win_back_clamped(
    sessions: Sessions, agent: UserDTO
) -> None:
    cid = care_data.customer(sessions, "Ana", status="won_back", won_back_on=date(2025, 8, 31))
    care_data.call(sessions, cid, agent.id)
    due = care.due_reviews(sessions, until=date(2026, 12, 31), owner=agent)
    assert [(r.customer_id, r.due_on) for r in due] == [(cid, date(2026, 2, 28))]
    assert care.due_reviews(sessions, until=date(2026, 2, 27), owner=agent) == []
    # The day it falls due (28 Feb is six "months" after 31 Aug, clamped) it is listed.
    (due,) = care.due_reviews(sessions, until=date(2026, 2, 28), owner=agent)
    assert due.due_on == date(2026, 2, 28)


def test_interval_is_a_setting(sessions: Sessions, supervisor: UserDTO, agent: UserDTO) -> None:
    care_data.customer(sessions, "Bia", status="won_back", won_back_on=date(2024, 2, 29))
    assert care.get_interval(sessions) == 6
    care.set_interval(sessions, supervisor, 12)
    (due,) = care.due_reviews(sessions, until=date(2030, 1, 1), owner=supervisor)
    assert due.due_on == date(2025, 2, 28)
    with pytest.raises(PermissionDenied):
        care.set_interval(sessions, agent, 3)
    with pytest.raises(ValidationError, match="interval"):
        care.set_interval(sessions, supervisor, 0)
    with sessions() as session:
        assert "care_interval_changed" in set(session.scalars(select(AuditEntry.action)))
    with sessions.begin() as session:
        set_review_interval(session, 3)
    assert care.get_interval(sessions) == 3


def test_won_back_again_restarts_the_calendar(sessions: Sessions, supervisor: UserDTO) -> None:
    cid = care_data.customer(sessions, "Rui", status="won_back", won_back_on=date(2024, 1, 10))
    care.record_review(
        sessions, supervisor, cid, CareOutcome.LEFT_AGAIN,
        service_calls=0, purchases=0, support_contacts=0,
        now=datetime(2024, 7, 11, 9, tzinfo=UTC),
    )  # fmt: skip
    with sessions.begin() as session:  # the call helper wins them back again later
        customer = session.get(Customer, cid)
        assert customer is not None
        customer.status, customer.won_back_on = "won_back", date(2025, 3, 31)
    (due,) = care.due_reviews(sessions, until=date(2030, 1, 1))
    assert (due.due_on, due.since) == (date(2025, 9, 30), date(2025, 3, 31))


def test_health_since_the_last_review_and_healthy_outcome(
    sessions: Sessions, agent: UserDTO
) -> None:
    cid = care_data.customer(sessions, "Caio", status="won_back", won_back_on=date(2025, 1, 15))
    care_data.call(sessions, cid, agent.id)
    care.add_health_event(sessions, agent, cid, date(2025, 3, 1), HealthKind.PURCHASE, quantity=2)
    care.add_health_event(sessions, agent, cid, date(2025, 4, 1), HealthKind.SUPPORT_CONTACT)
    care.add_health_event(sessions, agent, cid, date(2024, 12, 1), HealthKind.SERVICE_CALL)
    review = care.review_for(sessions, cid, today=date(2025, 7, 20))
    assert review.due_on == date(2025, 7, 15)
    assert review.health == care.HealthSummary(service_calls=0, purchases=2, support_contacts=1)
    care.record_review(
        sessions, agent, cid, CareOutcome.HEALTHY,
        service_calls=0, purchases=2, support_contacts=1, now=datetime(2025, 7, 20, 9, tzinfo=UTC),
    )  # fmt: skip
    nxt = care.review_for(sessions, cid, today=date(2025, 7, 20))
    assert nxt.due_on == date(2026, 1, 15)
    with sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action.like("care%"))).one()
        assert entry.after is not None and entry.after["outcome"] == "healthy"


def test_at_risk_creates_a_care_call_for_the_last_agent(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO
) -> None:
    cid = care_data.customer(sessions, "Duda", status="won_back", won_back_on=date(2025, 1, 15))
    care_data.call(sessions, cid, agent.id)
    result = care.record_review(
        sessions, supervisor, cid, CareOutcome.AT_RISK,
        service_calls=3, purchases=0, support_contacts=4, notes="complaints again",
    )  # fmt: skip
    with sessions() as session:
        callback = session.get(Callback, result.callback_id)
        assert callback is not None
        assert (callback.kind, callback.agent_id, callback.customer_id) == ("care", agent.id, cid)
        assert callback.done_at is None
        assert session.get(Customer, cid).status == "won_back"  # type: ignore[union-attr]


def test_left_again_departs_the_customer_and_ends_the_reviews(
    sessions: Sessions, supervisor: UserDTO
) -> None:
    cid = care_data.customer(sessions, "Eva", status="won_back", won_back_on=date(2025, 1, 15))
    care.record_review(
        sessions, supervisor, cid, CareOutcome.LEFT_AGAIN,
        service_calls=0, purchases=0, support_contacts=0, now=datetime(2025, 7, 16, 9, tzinfo=UTC),
    )  # fmt: skip
    with sessions() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        assert (customer.status, customer.departed_on) == ("departed", date(2025, 7, 16))
        assert session.scalar(select(func.count()).select_from(CareReview)) == 1
    assert care.due_reviews(sessions, until=date(2030, 1, 1)) == []


def test_an_agent_cannot_review_another_agents_customer(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO, executive: UserDTO
) -> None:
    cid = care_data.customer(sessions, "Fabi", status="won_back", won_back_on=date(2025, 1, 15))
    care_data.call(sessions, cid, executive.id)
    with pytest.raises(PermissionDenied):
        care.record_review(
            sessions, agent, cid, CareOutcome.HEALTHY,
            service_calls=0, purchases=0, support_contacts=0,
        )  # fmt: skip


def _health_rows(sessions: Sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(HealthEvent)) or 0


def test_health_import_all_rows(sessions: Sessions, supervisor: UserDTO, tmp_path: Path) -> None:
    cid = care_data.customer(sessions, "Gil", external_id="C-1", status="won_back",
                             won_back_on=date(2025, 1, 1))  # fmt: skip
    path = tmp_path / "health.csv"
    path.write_text(
        "Customer;Date;Kind;Quantity;Note\n"
        "C-1;02/03/2025;purchase;2;loja\n"
        "C-1;2025-04-01;support_contact;;ligação\n",
        encoding="utf-8-sig",
    )
    result = run_to_end(import_health(sessions, supervisor, path))
    assert (result.rows, result.customers) == (2, 1)
    review = care.review_for(sessions, cid, today=date(2025, 7, 1))
    assert review.health == care.HealthSummary(purchases=2, support_contacts=1)


def test_health_import_bad_rows_name_row_and_field_and_write_nothing(
    sessions: Sessions, supervisor: UserDTO, tmp_path: Path
) -> None:
    care_data.customer(sessions, "Hugo", external_id="C-2")
    path = tmp_path / "health.csv"
    path.write_text(
        "customer,date,kind\nC-2,2025-01-02,purchase\nC-9,2025-01-02,purchase\n"
        "C-2,31/02/2025,purchase\nC-2,2025-01-02,visit\n",
        encoding="utf-8",
    )
    with pytest.raises(HealthImportError) as caught:
        run_to_end(import_health(sessions, supervisor, path))
    where = [(e.row, e.field) for e in caught.value.errors]
    assert where == [(3, "customer"), (4, "date"), (5, "kind")]
    assert "row 3" in str(caught.value) and "customer" in str(caught.value)
    assert _health_rows(sessions) == 0


def test_health_import_missing_column_and_permission(
    sessions: Sessions, supervisor: UserDTO, agent: UserDTO, tmp_path: Path
) -> None:
    path = tmp_path / "health.csv"
    path.write_text("customer,kind\nC-2,purchase\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="date"):
        run_to_end(import_health(sessions, supervisor, path))
    with pytest.raises(PermissionDenied):
        run_to_end(import_health(sessions, agent, path))


def test_health_import_cli(
    sessions: Sessions,
    supervisor: UserDTO,
    tmp_path: Path,
    data_paths,  # type: ignore[no-untyped-def]
) -> None:
    from tests.conftest import run_cli

    care_data.customer(sessions, "Iris", external_id="C-3")
    good = tmp_path / "good.csv"
    good.write_text("customer;date;kind\nC-3;01/02/2025;service_call\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("customer;date;kind\nC-3;01/02/2025;service_call\nC-3;x;purchase\n")
    failed = run_cli("care", "import-health", str(bad), data_dir=data_paths.data_dir)
    assert failed.returncode == 1
    assert "row 3" in failed.stderr and "'date'" in failed.stderr
    assert _health_rows(sessions) == 0
    done = run_cli("care", "import-health", str(good), data_dir=data_paths.data_dir)
    assert done.returncode == 0, done.stderr
    assert _health_rows(sessions) == 1
