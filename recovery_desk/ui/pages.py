"""The pages of the main window, in navigation order.

Each entry names a ``QWidget`` subclass (imported lazily, so start-up stays fast) that
provides ``PAGE_ID``, ``allowed(user) -> bool`` (classmethod), ``page_title() -> str``
(classmethod, translated), a constructor ``(ctx: UiContext, parent)`` and
optionally ``activated()`` (called each time it is shown). A page appears only for the
roles it allows; a page that is not built does not appear at all.
"""

from __future__ import annotations

PAGES: list[str] = [
    # The day's work first, then the supervisor's tools.
    "recovery_desk.ui.queue_page:QueuePage",
    "recovery_desk.ui.followups_page:FollowUpsPage",
    "recovery_desk.ui.departed_page:DepartedPage",
    "recovery_desk.ui.cycles.page:CyclesPage",
    "recovery_desk.ui.reports.page:ReportsPage",
    "recovery_desk.ui.insights_page:InsightsPage",
    "recovery_desk.ui.coaching_page:CoachingPage",
    "recovery_desk.ui.catalogue.page:CataloguePage",
]
