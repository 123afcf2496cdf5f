"""The work queue: departed customers to call, searched, sorted and paged in SQL.

The queue page shows one page of :data:`PAGE_SIZE` rows at a time over up to millions of
customers, so every function here returns a bounded list or a single number. Search uses
the FTS5 table ``customers_fts`` (prefix queries on folded terms, see
:mod:`recovery_desk.domain.customer_search`).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, text
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.domain.enums import CustomerStatus, CycleStatus
from recovery_desk.domain.text import digits, fold
from recovery_desk.storage.tables import Assignment, Customer, Cycle, User

PAGE_SIZE = 200
OPEN_STATUSES = (CustomerStatus.DEPARTED.value, CustomerStatus.IN_PROGRESS.value)
MIN_TOKEN = 2
_PHONE_LIKE = re.compile(r"[\d\s()+.\-/]+")
_TOKEN = re.compile(r"[^\W_]+")


PLAIN, WALK, PROBE = "plain", "walk", "probe"  # see _search_mode


class SortKey(StrEnum):
    """What the queue can be sorted by (``PRIORITY`` only means something in "My queue")."""

    PRIORITY = "priority"
    NAME = "name"
    PHONE = "phone"
    SEGMENT = "segment"
    REVENUE = "revenue"
    DEPARTED_ON = "departed_on"
    ATTEMPTS = "attempts"
    ASSIGNEE = "assignee"


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue."""

    id: uuid.UUID
    name: str
    phone: str | None
    segment: str | None
    currency: str
    monthly_revenue_cents: int | None
    departed_on: date | None
    attempts: int
    assignee: str | None


@dataclass(frozen=True)
class QueueScope:
    """The open cycle (latest open one) and how many of its customers ``user`` holds."""

    cycle_id: uuid.UUID | None
    mine: int


@dataclass(frozen=True)
class QueueQuery:
    """What the page asks for: scope, search text and order."""

    cycle_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None  # set: only this user's assignments ("My queue")
    search: str = ""
    sort: SortKey = SortKey.DEPARTED_ON
    descending: bool = True


def fts_query(search: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed (``None``: match everything).

    Each folded word of two characters or more becomes a quoted prefix term, all required
    (a single letter would match nearly everyone, slowly: it waits for the next key). Text
    that looks like a phone number ("(11) 9876-5432") is reduced to its digits, as phones
    are indexed.
    """
    tokens = search_tokens(search)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def search_tokens(search: str) -> list[str]:
    """The folded words of ``search`` that take part in the match (see :func:`fts_query`)."""
    search = search.strip()
    if _PHONE_LIKE.fullmatch(search) and len(digits(search)) >= 3:
        return [digits(search)]
    return [token for token in _TOKEN.findall(fold(search)) if len(token) >= MIN_TOKEN]


def queue_scope(sessions: sessionmaker[Session], user_id: uuid.UUID) -> QueueScope:
    """The open cycle and the number of open customers assigned to ``user_id`` in it."""
    with sessions() as session:
        cycle_id = session.scalar(
            select(Cycle.id)
            .where(Cycle.status == CycleStatus.OPEN.value)
            .order_by(Cycle.period_start.desc(), Cycle.created_at.desc())
            .limit(1)
        )
        if cycle_id is None:
            return QueueScope(cycle_id=None, mine=0)
        mine = session.scalar(
            select(func.count())
            .select_from(Assignment)
            .join(Customer, Customer.id == Assignment.customer_id)
            .where(
                Assignment.cycle_id == cycle_id,
                Assignment.assignee_id == user_id,
                Customer.status.in_(OPEN_STATUSES),
            )
        )
        return QueueScope(cycle_id=cycle_id, mine=mine or 0)


def _filters(query: QueueQuery, *, mode: str = PLAIN) -> list[ColumnElement[bool]]:
    # "+status" keeps SQLite from choosing the low-selectivity status index over the
    # index that serves the ORDER BY (a 200-row page then stops early).
    status: ColumnElement[str] = literal_column("+customers.status")
    conditions: list[ColumnElement[bool]] = [status.in_(OPEN_STATUSES)]
    match = fts_query(query.search)
    if match is not None and mode == PROBE:
        conditions += _probe_filters(query, match)
    elif match is not None:
        # "+rowid" (WALK): the search matches so many rows that walking the sort index
        # and testing each rowid against the matches finds a page sooner than fetching
        # every match and sorting them.
        rowid: ColumnElement[int] = literal_column(
            "+customers.rowid" if mode == WALK else "customers.rowid"
        )
        conditions.append(
            rowid.in_(
                text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :match")
                .bindparams(match=match)
                .columns(literal_column("rowid"))
            )
        )
    if query.user_id is not None:
        conditions.append(Assignment.assignee_id == query.user_id)
    return conditions


def _first_rowids(query: QueueQuery, count: int) -> Select[Any]:
    return (
        select(literal_column("customers.rowid"))
        .select_from(Customer)
        .where(literal_column("+customers.status").in_(OPEN_STATUSES))
        .order_by(*_order(query))
        .limit(count)
    )


def _probe(match: str) -> ColumnElement[bool]:
    return text(  # type: ignore[return-value]
        "EXISTS (SELECT 1 FROM customers_fts AS f "
        "WHERE f.customers_fts MATCH :match AND f.rowid = customers.rowid)"
    ).bindparams(match=match)


def _probe_filters(query: QueueQuery, match: str) -> list[ColumnElement[bool]]:
    """The first :data:`PROBE_ROWS` customers in sort order that match, one probe each."""
    rowid: ColumnElement[int] = literal_column("customers.rowid")
    return [rowid.in_(_first_rowids(query, PROBE_ROWS)), _probe(match)]


def _dense(session: Session, query: QueueQuery, match: str) -> bool:
    """True when most of the first customers in sort order match (a 40-probe sample)."""
    rowid: ColumnElement[int] = literal_column("customers.rowid")
    sample = select(func.count()).select_from(Customer)
    sample = sample.where(rowid.in_(_first_rowids(query, PROBE_SAMPLE)), _probe(match))
    return (session.scalar(sample) or 0) * 3 >= PROBE_SAMPLE * 2


def _base(
    query: QueueQuery, columns: list[Any], *, assignee: bool = True, mode: str = PLAIN
) -> Select[Any]:
    on = and_(Assignment.customer_id == Customer.id, Assignment.cycle_id == query.cycle_id)
    statement = select(*columns).select_from(Customer)
    if query.user_id is not None:
        statement = statement.join(Assignment, on)
    elif assignee:
        statement = statement.outerjoin(Assignment, on)
    return statement.where(*_filters(query, mode=mode))


def _order(query: QueueQuery) -> list[Any]:
    column: Any = {
        SortKey.PRIORITY: Assignment.priority,
        SortKey.NAME: Customer.name_folded,
        SortKey.PHONE: Customer.phone,
        SortKey.SEGMENT: Customer.segment,
        SortKey.REVENUE: Customer.monthly_revenue_cents,
        SortKey.DEPARTED_ON: Customer.departed_on,
        SortKey.ATTEMPTS: Customer.attempts,
        SortKey.ASSIGNEE: User.name,
    }[query.sort]
    rowid: ColumnElement[int] = literal_column("customers.rowid")
    if query.descending:
        return [column.desc(), rowid.desc()]
    return [column.asc(), rowid.asc()]


_INDEXED_SORTS = {SortKey.NAME, SortKey.PHONE, SortKey.REVENUE, SortKey.DEPARTED_ON}
BROAD_SHARE = 50  # a search matching 1 customer in 50 or more counts as broad
PROBE_ROWS = 300  # a very broad short prefix ("co" matches every ".com"): probe these
PROBE_MAX_TOKEN = 4  # FTS prefix indexes go to 4 characters: probes stay cheap up to there
PROBE_SAMPLE = 40  # probe when 2 in 3 of these match


def _search_mode(session: Session, query: QueueQuery, offset: int) -> str:
    """How to find the page: PLAIN (all matches, sorted), WALK or PROBE (broad searches)."""
    if not _broad_search(session, query):
        return PLAIN
    short = all(len(t) <= PROBE_MAX_TOKEN for t in search_tokens(query.search))
    if short and offset == 0 and _dense(session, query, fts_query(query.search) or ""):
        return PROBE
    return WALK


def _broad_search(session: Session, query: QueueQuery) -> bool:
    """True when the search matches a large share of all customers (cheap, capped count)."""
    match = fts_query(query.search)
    if match is None or query.user_id is not None or query.sort not in _INDEXED_SORTS:
        return False
    total = session.scalar(text("SELECT max(rowid) FROM customers")) or 0
    cap = max(total // BROAD_SHARE, PAGE_SIZE)
    hits = session.scalar(
        text(
            "SELECT count(*) FROM (SELECT rowid FROM customers_fts "
            "WHERE customers_fts MATCH :match LIMIT :cap)"
        ),
        {"match": match, "cap": cap},
    )
    return (hits or 0) >= cap and total > cap


def fetch_page(
    sessions: sessionmaker[Session], query: QueueQuery, offset: int, limit: int = PAGE_SIZE
) -> list[QueueRow]:
    """Rows ``offset`` to ``offset + limit`` of the queue in the query's order."""
    with sessions() as session:
        return _fetch_page(session, query, offset, limit)


def _fetch_page(session: Session, query: QueueQuery, offset: int, limit: int) -> list[QueueRow]:
    mode = _search_mode(session, query, offset)
    if mode == PROBE:
        rows = _select_page(session, query, offset, limit, PROBE)
        if len(rows) >= limit:  # the first PROBE_ROWS held a whole page
            return rows
        mode = WALK
    return _select_page(session, query, offset, limit, mode)


def _select_page(
    session: Session, query: QueueQuery, offset: int, limit: int, mode: str
) -> list[QueueRow]:
    statement = (
        _base(
            query,
            [
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.segment,
                Customer.currency,
                Customer.monthly_revenue_cents,
                Customer.departed_on,
                Customer.attempts,
                User.name,
            ],
            mode=mode,
        )
        .outerjoin(User, User.id == Assignment.assignee_id)
        .order_by(*_order(query))
        .limit(limit)
        .offset(offset)
    )
    return [
        QueueRow(
            id=row[0],
            name=row[1],
            phone=row[2],
            segment=row[3],
            currency=row[4],
            monthly_revenue_cents=row[5],
            departed_on=row[6],
            attempts=row[7] or 0,
            assignee=row[8],
        )
        for row in session.execute(statement)
    ]


def count(sessions: sessionmaker[Session], query: QueueQuery) -> int:
    """How many customers the query matches."""
    # One assignment per customer and cycle: the outer join cannot change the count.
    statement = _base(query, [func.count()], assignee=False)
    with sessions() as session:
        return session.scalar(statement) or 0
