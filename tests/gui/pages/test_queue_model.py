"""The lazy queue model: qtmodeltester, pages on demand, sort, counts, urgency."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from recovery_desk.services.queue.listing import PAGE_SIZE, QueueQuery
from recovery_desk.ui.pages.queue import model as queue_model
from recovery_desk.ui.pages.queue.model import (
    COL_DAYS,
    COL_NAME,
    COL_REVENUE,
    QueueModel,
    urgency,
)
from recovery_desk.ui.table_model import RIGHT, RowRole
from recovery_desk.ui.tasks import InlineRunner
from tests.queue_data import TODAY, add_customers


def _model(sessions, query: QueueQuery | None = None) -> QueueModel:
    model = QueueModel(sessions, InlineRunner())
    model.set_query(query or QueueQuery())
    return model


def test_qtmodeltester(qtmodeltester, sessions, supervisor) -> None:
    add_customers(sessions, 30)
    model = _model(sessions)
    qtmodeltester.check(model)


def test_pages_load_on_demand_and_count_fills_in(sessions, supervisor) -> None:
    add_customers(sessions, PAGE_SIZE + 50)
    model = _model(sessions)
    counts: list[int] = []
    model.sig_count_changed.connect(counts.append)
    assert model.rowCount() == PAGE_SIZE + 50 and model.exact
    assert list(model._pages) == [0]  # only the first page was fetched
    last = model.index(PAGE_SIZE + 49, COL_NAME)
    assert model.data(last) not in (None, "…")
    assert sorted(model._pages) == [0, 1]
    model.set_query(QueueQuery(search="zzzz-no-match"))
    assert model.rowCount() == 0 and counts[-1] == 0


def test_cells_are_formatted_and_days_coloured(sessions, supervisor) -> None:
    add_customers(
        sessions,
        0,
        extra=[
            {
                "name": "Recente",
                "departed_on": TODAY - timedelta(days=3),
                "monthly_revenue_cents": 123456,
            },
            {"name": "Antigo", "departed_on": TODAY - timedelta(days=200)},
        ],
    )
    model = _model(sessions)
    assert model.data(model.index(0, COL_NAME)) == "Recente"
    assert model.data(model.index(0, COL_REVENUE)) == "R$ 1,234.56"  # English in tests
    days = model.index(0, COL_DAYS)
    assert model.data(days) == "3"
    assert model.data(days, Qt.ItemDataRole.FontRole).bold()
    assert "Urgent" in model.data(days, Qt.ItemDataRole.ToolTipRole)
    old = model.index(1, COL_DAYS)
    colour = model.data(old, Qt.ItemDataRole.ForegroundRole).color()
    assert colour == queue_model.OLD_COLOUR
    assert model.data(model.index(1, COL_NAME), RowRole).name == "Antigo"
    assert model.data(days, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(days, Qt.ItemDataRole.AccessibleTextRole) == "3"
    assert model.headerData(COL_DAYS, Qt.Orientation.Horizontal) == "Days"
    tooltip = model.headerData(COL_DAYS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Days since departure"
    texts = [queue_model.urgency_text(d) for d in (0, 1, 2)]
    assert texts[0] == "Urgent: departed today." and texts[1] == "Urgent: departed yesterday."
    assert texts[2].startswith("Urgent: departed 2 days ago")
    assert [urgency(d) for d in (0, 30, 31, 90, 91, None)] == [
        "urgent",
        "urgent",
        "soon",
        "soon",
        "old",
        "",
    ]


def test_sort_runs_in_sql(sessions, supervisor) -> None:
    add_customers(sessions, 40)
    model = _model(sessions)
    model.sort(COL_REVENUE, Qt.SortOrder.AscendingOrder)
    values = [
        model.data(model.index(r, COL_REVENUE), RowRole).monthly_revenue_cents
        for r in range(model.rowCount())
    ]
    assert values == sorted(values)
    model.sort(COL_DAYS, Qt.SortOrder.AscendingOrder)  # fewest days first = latest departure
    first, last = (model.data(model.index(r, COL_DAYS)) for r in (0, model.rowCount() - 1))
    assert int(first) <= int(last)
