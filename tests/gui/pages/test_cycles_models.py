"""The Cycles page's models without a view, and under qtmodeltester."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from recovery_desk.domain.enums import CycleStatus
from recovery_desk.domain.priority import Weights
from recovery_desk.services.cycles.choices import AssignmentRowDTO
from recovery_desk.services.cycles.manage import CycleDTO
from recovery_desk.services.cycles.rules import CycleRules
from recovery_desk.ui.pages.cycles.models import AssignmentsModel, CyclesModel
from recovery_desk.ui.table_model import RowRole, SortRole
from recovery_desk.ui.tasks import InlineRunner


def _row(i: int, assignee: str | None = "Ana") -> AssignmentRowDTO:
    return AssignmentRowDTO(
        id=uuid.uuid4(),
        customer_id=uuid.uuid4(),
        customer_name=f"Cliente {i:03d}",
        monthly_revenue_cents=12_345 * (i + 1),
        currency="BRL",
        departed_on=date.today() - timedelta(days=i),
        priority=1000 - i,
        assignee_id=uuid.uuid4() if assignee else None,
        assignee_name=assignee,
        is_executive=i == 0,
        attempts=i % 3,
        last_outcome="not_reached" if i == 1 else None,
    )


def test_cycles_model_shows_frozen_recovery_rate(qtmodeltester: Any) -> None:
    closed = CycleDTO(
        uuid.uuid4(),
        "Outubro",
        date(2026, 10, 1),
        date(2026, 10, 31),
        CycleStatus.CLOSED,
        CycleRules(),
        Weights(),
        40,
        {"recovery_rate": 0.125},
    )
    opened = CycleDTO(
        uuid.uuid4(),
        "Novembro",
        date(2026, 11, 1),
        date(2026, 11, 30),
        CycleStatus.OPEN,
        CycleRules(),
        Weights(),
        3,
        None,
    )
    model = CyclesModel()
    model.set_rows([opened, closed], lang="pt_BR")
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert model.index(1, CyclesModel.COL_PERIOD).data() == "01/10/2026 – 31/10/2026"
    assert model.index(1, CyclesModel.COL_STATUS).data() == "Closed"
    assert model.index(1, CyclesModel.COL_RATE).data() == "12,5%"
    assert model.index(0, CyclesModel.COL_RATE).data() == ""
    assert model.index(0, 0).data(RowRole) is opened
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Recovery rate"
    qtmodeltester.check(model)


def test_assignments_model_fetches_pages_lazily(qtmodeltester: Any) -> None:
    data = [_row(i) for i in range(25)] + [_row(25, None)]
    calls: list[tuple[int, int]] = []

    def loader(offset: int, limit: int) -> list[AssignmentRowDTO]:
        calls.append((offset, limit))
        return data[offset : offset + limit]

    model = AssignmentsModel(InlineRunner(), page_size=10)
    model.set_source(loader, lambda: len(data), "pt_BR")
    assert model.rowCount() == 10 and model.total == 26
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 26 and not model.canFetchMore()
    assert calls == [(0, 10), (10, 10), (20, 10)]
    assert model.index(0, AssignmentsModel.COL_REVENUE).data() == "R$ 123,45"
    assert model.index(0, AssignmentsModel.COL_ROLE).data() == "Executive"
    assert model.index(2, AssignmentsModel.COL_ROLE).data() == "Agent"
    assert model.index(3, AssignmentsModel.COL_DAYS).data() == "3"
    assert model.index(1, AssignmentsModel.COL_OUTCOME).data() == "Not reached"
    assert model.index(25, AssignmentsModel.COL_ASSIGNEE).data() == "Unassigned"
    assert model.index(4, AssignmentsModel.COL_PRIORITY).data(SortRole) == 996
    qtmodeltester.check(model)

    model.set_source(None, None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_assignments_model_drops_a_page_of_an_older_source() -> None:
    pending: list[Any] = []

    class Deferred(InlineRunner):
        def run(self, fn: Any, *, on_done: Any = None, **_kw: Any) -> Any:
            pending.append((fn, on_done))

    model = AssignmentsModel(Deferred(), page_size=5)
    model.set_source(lambda o, n: [_row(i) for i in range(o, o + n)], lambda: 100)
    model.set_source(lambda o, n: [_row(i, "Bruno") for i in range(o, o + 2)], lambda: 2)
    (old_fn, old_done), (new_fn, new_done) = pending
    new_done(new_fn(None))
    old_done(old_fn(None))
    assert model.total == 2 and model.rowCount() == 2
    assert model.index(0, AssignmentsModel.COL_ASSIGNEE).data() == "Bruno"
