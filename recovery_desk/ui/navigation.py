"""The pages of the main window, in navigation order, and who may see each: the one gate.

Each :class:`PageSpec` names a ``QWidget`` subclass (``module:Class``) with the roles that
see it and its navigation title, so the window lists the pages without importing them:
a page module is imported the first time it is shown, which keeps start-up fast. The class
provides ``PAGE_ID``, a constructor ``(ctx: UiContext, parent)`` and optionally
``activated()`` (called each time it is shown). A page that is not built does not appear.

:data:`PAGES` alone decides which roles see which page and what it is called; the pages
themselves do not ask (:func:`pages_for` is what the main window shows a user).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import UserDTO

EVERYONE = frozenset({"agent", "executive", "supervisor"})
MANAGERS = frozenset({"executive", "supervisor"})
SUPERVISORS = frozenset({"supervisor"})


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    target: str  # "module:Class"
    roles: frozenset[str]
    title: str  # English source text, context "pages"

    def allowed(self, user: UserDTO) -> bool:
        """Whether ``user``'s role sees this page."""
        return user.role.value in self.roles

    def translated_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    def load(self) -> Any:
        module_name, _, class_name = self.target.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


PAGES: list[PageSpec] = [
    # The day's work first, then the supervisor's tools.
    PageSpec(
        "queue",
        "recovery_desk.ui.pages.queue.page:QueuePage",
        EVERYONE,
        QT_TRANSLATE_NOOP("pages", "Queue"),
    ),
    PageSpec(
        "followups",
        "recovery_desk.ui.pages.followups.page:FollowUpsPage",
        EVERYONE,
        QT_TRANSLATE_NOOP("pages", "Follow-ups"),
    ),
    PageSpec(
        "approvals",
        "recovery_desk.ui.pages.approvals.page:ApprovalsPage",
        MANAGERS,
        QT_TRANSLATE_NOOP("pages", "Approvals"),
    ),
    PageSpec(
        "departed",
        "recovery_desk.ui.pages.departed.page:DepartedPage",
        MANAGERS,
        QT_TRANSLATE_NOOP("pages", "Departed"),
    ),
    PageSpec(
        "cycles",
        "recovery_desk.ui.pages.cycles.page:CyclesPage",
        SUPERVISORS,
        QT_TRANSLATE_NOOP("pages", "Cycles"),
    ),
    PageSpec(
        "reports",
        "recovery_desk.ui.pages.reports.page:ReportsPage",
        MANAGERS,
        QT_TRANSLATE_NOOP("pages", "Reports"),
    ),
    PageSpec(
        "insights",
        "recovery_desk.ui.pages.insights.page:InsightsPage",
        MANAGERS,
        QT_TRANSLATE_NOOP("pages", "Insights"),
    ),
    PageSpec(
        "coaching",
        "recovery_desk.ui.pages.coaching.page:CoachingPage",
        SUPERVISORS,
        QT_TRANSLATE_NOOP("pages", "Coaching"),
    ),
    PageSpec(
        "catalogue",
        "recovery_desk.ui.pages.catalogue.page:CataloguePage",
        SUPERVISORS,
        QT_TRANSLATE_NOOP("pages", "Catalogue"),
    ),
    PageSpec(
        "audit",
        "recovery_desk.ui.pages.audit.page:AuditPage",
        SUPERVISORS,
        QT_TRANSLATE_NOOP("pages", "Audit"),
    ),
]


def pages_for(user: UserDTO) -> list[PageSpec]:
    """The pages ``user`` sees, in navigation order."""
    return [spec for spec in PAGES if spec.allowed(user)]


def page_spec(page_id: str) -> PageSpec:
    """The page with ``page_id`` (``KeyError`` if there is none)."""
    for spec in PAGES:
        if spec.page_id == page_id:
            return spec
    raise KeyError(page_id)
