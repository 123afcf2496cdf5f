"""The queue service: search, sort, pages, scope, counts."""

from __future__ import annotations

from recovery_desk.domain.customer_search import search_terms
from recovery_desk.domain.enums import CustomerStatus
from recovery_desk.services.queue import listing as queue
from recovery_desk.services.queue.listing import QueueQuery, SortKey, fts_query
from tests.queue_data import add_customers, open_cycle


def test_fts_query_folds_and_prefixes() -> None:
    assert fts_query("") is None
    assert fts_query("  ") is None
    assert fts_query("Conceição SIL") == '"conceicao"* "sil"*'
    assert fts_query("(11) 9876-5432") == '"1198765432"*'
    assert fts_query('ab"cd OR e') == '"ab"* "cd"* "or"*'


def test_search_terms_hold_name_id_phone_and_email() -> None:
    terms = search_terms("José da Conceição", "AB-12", "+5511987654321", "Jose@Mail.com")
    assert terms.split() == [
        "jose",
        "da",
        "conceicao",
        "ab-12",
        "5511987654321",
        "11987654321",
        "jose@mail.com",
    ]


def test_search_is_accent_and_case_insensitive(sessions, supervisor) -> None:
    add_customers(sessions, 50, extra=[{"name": "Zélia Conceição", "phone": "+351912345678"}])
    for typed in ("zelia", "ZÉL", "conceicao ze", "912345678", "+351 912", "EXT-0005"):
        rows = queue.fetch_page(sessions, QueueQuery(search=typed), 0)
        names = [r.name for r in rows]
        assert names, typed
        if typed != "EXT-0005":
            assert names == ["Zélia Conceição"], typed
    assert queue.count(sessions, QueueQuery(search="zelia")) == 1
    assert queue.fetch_page(sessions, QueueQuery(search="xyzzy"), 0) == []


def test_sort_and_pages_cover_every_row_once(sessions, supervisor) -> None:
    add_customers(sessions, 250)
    query = QueueQuery(sort=SortKey.NAME, descending=False)
    rows = queue.fetch_page(sessions, query, 0, 100) + queue.fetch_page(sessions, query, 100, 200)
    assert len(rows) == 250 == queue.count(sessions, query)
    assert len({r.id for r in rows}) == 250
    names = [r.name.casefold() for r in rows]
    assert names == sorted(names) or len(set(names)) < 250  # folded order, ties by rowid
    by_revenue = queue.fetch_page(
        sessions, QueueQuery(sort=SortKey.REVENUE, descending=True), 0, 250
    )
    revenues = [r.monthly_revenue_cents or 0 for r in by_revenue]
    assert revenues == sorted(revenues, reverse=True)
    recent = queue.fetch_page(sessions, QueueQuery(), 0, 250)
    dates = [r.departed_on for r in recent]
    assert dates == sorted(dates, reverse=True)  # default: recent departures first


def test_closed_statuses_leave_the_queue(sessions, supervisor) -> None:
    add_customers(
        sessions,
        3,
        extra=[
            {"name": "Won Back", "status": CustomerStatus.WON_BACK.value},
            {"name": "In Progress", "status": CustomerStatus.IN_PROGRESS.value},
        ],
    )
    names = {r.name for r in queue.fetch_page(sessions, QueueQuery(), 0)}
    assert "In Progress" in names and "Won Back" not in names
    assert queue.count(sessions, QueueQuery()) == 4


def test_my_queue_in_priority_order_with_assignee(sessions, supervisor, agent) -> None:
    ids = add_customers(sessions, 20)
    assert queue.queue_scope(sessions, agent.id).cycle_id is None
    mine = [ids[7], ids[2], ids[11]]
    cycle_id = open_cycle(sessions, agent.id, mine)
    scope = queue.queue_scope(sessions, agent.id)
    assert scope.cycle_id == cycle_id and scope.mine == 3
    assert queue.queue_scope(sessions, supervisor.id).mine == 0
    query = QueueQuery(cycle_id=cycle_id, user_id=agent.id, sort=SortKey.PRIORITY)
    rows = queue.fetch_page(sessions, query, 0)
    assert [r.id for r in rows] == mine
    assert {r.assignee for r in rows} == {agent.name}
    everyone = queue.fetch_page(sessions, QueueQuery(cycle_id=cycle_id), 0)
    assert len(everyone) == 20
    assert sum(r.assignee == agent.name for r in everyone) == 3
    by_assignee = queue.fetch_page(
        sessions, QueueQuery(cycle_id=cycle_id, sort=SortKey.ASSIGNEE, descending=True), 0
    )
    assert by_assignee[0].assignee == agent.name


def test_broad_search_strategies_agree(sessions, supervisor) -> None:
    add_customers(sessions, 450, extra=[{"name": f"Zélia Conceição {n}"} for n in range(250)])
    for text, expected_mode in (("ex", queue.PROBE), ("conceicao", queue.WALK)):
        query = QueueQuery(search=text)
        with sessions() as session:
            assert queue._search_mode(session, query, 0) == expected_mode
            plain = queue._select_page(session, query, 0, 200, queue.PLAIN)
            walked = queue._select_page(session, query, 0, 200, queue.WALK)
            probed = queue._select_page(session, query, 0, 200, queue.PROBE)
        assert len(plain) == 200
        assert [r.id for r in walked] == [r.id for r in plain]
        # The probe sees only the first PROBE_ROWS customers: a prefix of the page.
        assert [r.id for r in probed] == [r.id for r in plain][: len(probed)]
        assert queue.fetch_page(sessions, query, 0) == plain


def test_single_letters_wait_for_the_next_key() -> None:
    assert fts_query("s") is None
    assert fts_query("maria s") == '"maria"*'
    assert fts_query("11") == '"11"*'
