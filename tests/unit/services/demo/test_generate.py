"""Demo data: believable, deterministic, and the CLI end to end."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recovery_desk.paths import AppPaths
from recovery_desk.services.calls.offers import offers_for_call
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.demo import generate as demo
from recovery_desk.services.reports.reasons import reasons_report
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.tables import (
    Call,
    CallReason,
    Customer,
    Cycle,
    Offer,
    OfferMade,
    OutboxEntry,
    Reason,
)
from tests.conftest import run_cli

TODAY = date(2026, 11, 1)


def test_demo_customers_look_real(sessions) -> None:  # type: ignore[no-untyped-def]
    summary = demo.generate(sessions, customers=400, seed=5, today=TODAY)
    assert summary.customers == 400
    with sessions() as session:
        rows = session.scalars(select(Customer)).all()
        assert len(rows) == 400
        assert all(re.fullmatch(r"\+55\d{2}9\d{8}", c.phone or "") for c in rows)
        assert {c.currency for c in rows} == {"BRL"}
        revenues = sorted(c.monthly_revenue_cents for c in rows if c.monthly_revenue_cents)
        assert revenues[-1] > 10 * revenues[len(revenues) // 2]  # skewed: a long tail
        departed = [c.departed_on for c in rows if c.departed_on]
        assert min(departed) >= date(2025, 4, 1) and max(departed) <= TODAY
        assert len({c.segment for c in rows}) >= 3
        assert session.scalar(select(func.count()).select_from(Cycle)) == 4
        assert session.scalar(select(func.count()).select_from(Call)) > 0
        assert session.scalar(select(func.count()).select_from(CallReason)) > 0
        # Demo data never travels: it lives in its own data folder.
        queued = select(func.count()).where(OutboxEntry.entity == "customers")
        assert session.scalar(queued) == 0
    assert users.current_user(sessions) is not None


def test_demo_history_is_consistent(sessions) -> None:  # type: ignore[no-untyped-def]
    demo.generate(sessions, customers=1500, seed=8, today=TODAY)
    with sessions() as session:
        calls = session.execute(
            select(Call.customer_id, Call.outcome, Call.started_at).order_by(Call.started_at)
        ).all()
        customers = {c.id: c for c in session.scalars(select(Customer))}
    assert calls
    per_customer: dict = {}
    for customer_id, outcome, _at in calls:
        per_customer.setdefault(customer_id, []).append(outcome)
    for customer_id, outcomes in per_customer.items():
        customer = customers[customer_id]
        assert customer.attempts == len(outcomes)
        # Nobody is called again after asking not to be, or after coming back.
        assert all(o not in ("do_not_call", "won_back") for o in outcomes[:-1])
        if outcomes[-1] == "do_not_call":
            assert customer.do_not_call
        if outcomes[-1] == "won_back":
            assert customer.status == "won_back"
    # Supervisors find offers to approve, and the history shows answers both ways.
    with sessions() as session:
        statuses = set(session.scalars(select(OfferMade.approval_status).distinct()))
    assert {"awaiting_approval", "approved", "rejected", "granted"} <= statuses


def test_demo_reasons_report_names_the_reasons(sessions) -> None:  # type: ignore[no-untyped-def]
    """What the README's Reports screenshot shows: known reasons, not one "unknown" bar."""
    demo.generate(sessions, customers=600, seed=3, today=TODAY)
    rows = reasons_report(sessions.kw["bind"])
    known = [r for r in rows if r.reason is not None]
    unknown = sum(r.customers for r in rows if r.reason is None)
    assert len(known) >= 5
    assert sum(r.customers for r in known) > unknown
    assert sum(r.customers for r in rows) == 600


def _names(base: Path, template: Path, seed: int) -> list[str]:
    shutil.copytree(template, base)
    ws = open_workspace(AppPaths(base, base / "logs"))
    demo.generate(ws.sessions, customers=60, seed=seed, today=TODAY)
    with ws.sessions() as session:
        names = list(session.scalars(select(Customer.name).order_by(Customer.external_id)))
    ws.close()
    return names


def test_same_seed_same_people(tmp_path: Path, template_data_dir: Path) -> None:
    first = _names(tmp_path / "a", template_data_dir, seed=11)
    assert first == _names(tmp_path / "b", template_data_dir, seed=11)
    assert first != _names(tmp_path / "c", template_data_dir, seed=12)


def test_portuguese_market(sessions) -> None:  # type: ignore[no-untyped-def]
    demo.generate(sessions, customers=50, seed=2, market="pt", today=TODAY)
    with sessions() as session:
        phones = session.scalars(select(Customer.phone)).all()
        currencies = set(session.scalars(select(Customer.currency)))
    assert all(re.fullmatch(r"\+3519[1236]\d{7}", p or "") for p in phones)
    assert currencies == {"EUR"}


def test_portuguese_demo_customers_are_offered_offers_in_euros(sessions) -> None:  # type: ignore[no-untyped-def]
    demo.generate(sessions, customers=50, seed=2, market="pt", today=TODAY)
    with sessions() as session:
        assert set(session.scalars(select(Offer.currency))) == {"EUR"}
        made = session.scalars(
            select(Offer.currency).join(OfferMade, OfferMade.offer_id == Offer.id)
        ).all()
        customer = session.scalars(
            select(Customer.id).where(Customer.monthly_revenue_cents.is_not(None))
        ).first()
        reason = session.scalar(select(Reason.id).where(Reason.code == "PRICE_TOO_HIGH"))
    assert made and set(made) == {"EUR"}
    me = users.current_user(sessions)
    assert me is not None and customer is not None
    call = CallSession.start(sessions, me, customer)
    call.pick_reason(str(reason))
    listed = offers_for_call(call, "pt_PT", datetime.now(UTC))
    assert listed and {o.currency for o in listed} == {"EUR"}


def test_cli_demo_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "d"
    done = run_cli("demo", "--customers", "300", "--seed", "4", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "300 customers" in done.stdout
    assert (data / "recovery-desk.sqlite3").exists()


def test_cli_demo_refuses_bad_count(tmp_path: Path) -> None:
    done = run_cli("demo", "--customers", "0", data_dir=tmp_path / "d")
    assert done.returncode == 1
    assert "--customers" in done.stderr


def test_default_catalogue_ids_are_the_same_on_every_desktop(
    tmp_path: Path, template_data_dir: Path
) -> None:
    """Two installations seeded from the defaults agree on ids (sync upserts by id)."""
    from recovery_desk.storage.tables import Offer, Reason

    ids = []
    for name in ("one", "two"):
        ws = open_workspace(AppPaths(tmp_path / name, tmp_path / name / "logs"))
        with ws.sessions() as session:
            ids.append(
                (
                    dict(session.execute(select(Reason.code, Reason.id)).all()),
                    dict(session.execute(select(Offer.code, Offer.id)).all()),
                )
            )
        ws.close()
    assert ids[0] == ids[1] and len(ids[0][0]) > 40


def test_demo_conversations_are_judged_on_the_four_expectations(sessions) -> None:  # type: ignore[no-untyped-def]
    from recovery_desk.domain.expectations import Expectation
    from recovery_desk.services.reports.expectations import expectations_report

    demo.generate(sessions, customers=1500, seed=8, today=TODAY)
    with sessions() as session:
        marks = session.execute(select(Call.outcome, Call.expectations_met)).all()
    assert all((mask is None) == (outcome == "not_reached") for outcome, mask in marks)
    engine = sessions.kw["bind"]
    everyone, *agents = expectations_report(engine)
    assert len(agents) > 3  # the demo team's agents and executives
    solutions, respect = everyone.share(Expectation.SOLUTIONS), everyone.share(Expectation.RESPECT)
    assert solutions is not None and respect is not None
    assert 0.5 < solutions < respect < 1  # believable, not all or none


def test_demo_data_goes_only_into_a_database_without_customers(sessions) -> None:  # type: ignore[no-untyped-def]
    demo.generate(sessions, customers=40, seed=1, today=TODAY)
    with pytest.raises(demo.NotEmpty) as refused:
        demo.generate(sessions, customers=40, seed=2, today=TODAY)
    assert refused.value.customers == 40
    assert demo.customer_count(sessions) == 40
