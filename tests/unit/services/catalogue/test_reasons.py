"""Reason catalogue: rename keeps history, retire hides from the picker, merge moves uses."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import PermissionDenied, ValidationError
from recovery_desk.services.catalogue import categories, merge, reasons
from recovery_desk.storage.tables import AuditEntry, Customer, OutboxEntry, Reason
from tests.unit.services.catalogue.helpers import (
    any_label,
    call_reason_ids,
    call_with_reason,
    category,
    customer,
    first_reason,
    unreviewed_reason,
)


def test_rename_keeps_history(sessions, supervisor, agent):
    reason = first_reason(sessions)
    call = call_with_reason(sessions, agent, reason.id)
    renamed = reasons.edit_reason(
        sessions, supervisor, reason.id, {**reason.labels, "en": "Too expensive"}, team=None
    )
    assert renamed.code == reason.code and renamed.id == reason.id
    assert call_reason_ids(sessions, call) == [reason.id]
    assert reasons.reason_label(sessions, reason.id, "en").text == "Too expensive"
    history = reasons.reason_history(sessions, supervisor, reason.id)
    assert [h.action for h in history] == ["reason.edit"]
    assert history[0].before["labels"]["en"] == reason.labels["en"]
    assert history[0].after["labels"]["en"] == "Too expensive"
    assert history[0].user_id == supervisor.id


def test_retire_hides_from_picker_and_keeps_reports(sessions, supervisor, agent):
    reason = first_reason(sessions)
    call = call_with_reason(sessions, agent, reason.id)
    assert reason.id in {p.id for p in reasons.picker_reasons(sessions, "pt_BR")}
    reasons.retire_reason(sessions, supervisor, reason.id)
    assert reason.id not in {p.id for p in reasons.picker_reasons(sessions, "pt_BR")}
    assert call_reason_ids(sessions, call) == [reason.id]
    assert reasons.reason_label(sessions, reason.id, "pt_BR").text == reason.labels["pt_BR"]
    tree = reasons.list_tree(sessions)
    assert any(r.id == reason.id and not r.active for c in tree for r in c.reasons)


def test_merge_moves_every_use_and_is_audited(sessions, supervisor, agent):
    source_id = unreviewed_reason(sessions, "preço caro demais")
    target = first_reason(sessions)
    call = call_with_reason(sessions, agent, source_id)
    cust = customer(sessions, revenue=5000, reason_id=source_id)
    with sessions() as session:
        queued = session.scalar(select(func.count()).select_from(OutboxEntry))
    result = merge.merge_reasons(sessions, supervisor, source_id, target.id)
    assert (result.calls_moved, result.customers_moved) == (1, 1)
    assert call_reason_ids(sessions, call) == [target.id]
    with sessions() as session:
        assert session.get(Customer, cust).imported_reason_id == target.id
        source = session.get(Reason, source_id)
        assert not source.active and source.merged_into_id == target.id
        # call reason + customer + source reason + two audit entries travel with sync
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) >= queued + 5
        moved = session.get(Customer, cust)
        queued_customer = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.entity == "customers", OutboxEntry.entity_id == cust
            )
        ).all()
        assert moved.version in [e.version for e in queued_customer]
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "reason.merge"))
        assert entry.entity_id == str(source_id) and entry.user_id == supervisor.id
    assert [h.action for h in reasons.reason_history(sessions, supervisor, source_id)] == [
        "reason.merge"
    ]
    assert "reason.merged_from" in [
        h.action for h in reasons.reason_history(sessions, supervisor, target.id)
    ]
    assert reasons.reason_label(sessions, source_id, "pt_BR").text == "preço caro demais"


def test_review_list_counts_customers_and_revenue(sessions, supervisor):
    rid = unreviewed_reason(sessions, "mudou de cidade")
    customer(sessions, revenue=12000, reason_id=rid)
    customer(sessions, revenue=3000, reason_id=rid)
    rows = merge.review_list(sessions, supervisor, "en")
    row = next(r for r in rows if r.reason_id == rid)
    assert (row.customers, row.revenue_by_currency) == (2, {"BRL": 15000})
    assert row.label.text == "mudou de cidade" and row.label.fallback


def test_review_list_says_the_currency_of_its_customers(sessions, supervisor):
    from sqlalchemy import update

    from recovery_desk.storage.tables import Customer

    rid = unreviewed_reason(sessions, "mudou-se para o Porto")
    customer(sessions, revenue=4500, reason_id=rid)
    with sessions.begin() as session:  # a Portuguese centre bills in euros
        session.execute(update(Customer).values(currency="EUR"))
    row = next(r for r in merge.review_list(sessions, supervisor, "en") if r.reason_id == rid)
    assert row.revenue_by_currency == {"EUR": 4500}


def test_duplicate_active_label_in_category_refused(sessions, supervisor):
    reason = first_reason(sessions)
    lang, text = any_label(reason.labels)
    with pytest.raises(ValidationError) as info:
        reasons.add_reason(sessions, supervisor, reason.category_id, {lang: f"  {text.upper()} "})
    assert info.value.field == f"labels.{lang}"
    reasons.retire_reason(sessions, supervisor, reason.id)
    added = reasons.add_reason(sessions, supervisor, reason.category_id, {lang: text})
    assert added.code != reason.code


def test_codes_are_never_reused(sessions, supervisor):
    reason = first_reason(sessions)
    reasons.retire_reason(sessions, supervisor, reason.id)
    with pytest.raises(ValidationError) as info:
        reasons.add_reason(
            sessions, supervisor, reason.category_id, {"en": "New"}, code=reason.code
        )
    assert info.value.field == "code"


def test_move_and_reorder(sessions, supervisor):
    rid = unreviewed_reason(sessions, "outro motivo")
    target = category(sessions)
    moved = reasons.move_reason(sessions, supervisor, rid, target.id)
    assert moved.category_id == target.id and not moved.needs_review
    reasons.reorder_reason(sessions, supervisor, rid, -100)
    tree = {c.id: c for c in reasons.list_tree(sessions)}
    assert tree[target.id].reasons[0].id == rid
    assert moved.effective_team == target.team


def test_only_supervisors(sessions, agent):
    reason = first_reason(sessions)
    with pytest.raises(PermissionDenied):
        reasons.retire_reason(sessions, agent, reason.id)
    assert agent.role is Role.AGENT


def test_retired_category_leaves_the_picker(sessions, supervisor):
    reason = first_reason(sessions)
    categories.set_category_active(sessions, supervisor, reason.category_id, False)
    assert reason.id not in {p.id for p in reasons.picker_reasons(sessions, "en")}
    categories.set_category_active(sessions, supervisor, reason.category_id, True)
    assert reason.id in {p.id for p in reasons.picker_reasons(sessions, "en")}
    categories.reorder_category(sessions, supervisor, reason.category_id, 1)
    tree = reasons.list_tree(sessions)
    assert tree[1].id == reason.category_id


def test_review_list_keeps_each_currency_apart(sessions, supervisor):
    """Issue 18: a reason carried by customers billed in reais and in euros shows an amount
    in each, never their sum, and the list ranks by the commonest currency's revenue."""
    from sqlalchemy import update

    mixed = unreviewed_reason(sessions, "mudou de país")
    in_euros = unreviewed_reason(sessions, "mudou-se para Lisboa")
    small = unreviewed_reason(sessions, "sem motivo")
    for revenue, rid, currency in (
        (12000, mixed, "BRL"),
        (1000, mixed, "BRL"),
        (3000, mixed, "EUR"),
        (20000, in_euros, "EUR"),
        (500, small, "BRL"),
    ):
        cid = customer(sessions, revenue=revenue, reason_id=rid)
        with sessions.begin() as session:
            session.execute(update(Customer).where(Customer.id == cid).values(currency=currency))
    rows = [r for r in merge.review_list(sessions, supervisor, "en") if r.customers]
    assert [(r.reason_id, r.customers, r.revenue_by_currency) for r in rows] == [
        (mixed, 3, {"BRL": 13000, "EUR": 3000}),  # never R$ 160 for reais and euros together
        (small, 1, {"BRL": 500}),
        (in_euros, 1, {"EUR": 20000}),  # ranked by reais (most customers pay in them): none
    ]
