"""Builds the step pages on first use and keeps what they share (catalogue, scripts)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from recovery_desk.domain.enums import Step
from recovery_desk.services.calls import catalogue
from recovery_desk.services.calls.session import CallSession
from recovery_desk.ui.context import UiContext
from recovery_desk.ui.wizard.apologise_page import ApologisePage
from recovery_desk.ui.wizard.assist_page import AssistPage
from recovery_desk.ui.wizard.diagnose_page import DiagnosePage
from recovery_desk.ui.wizard.listen_page import ListenPage
from recovery_desk.ui.wizard.offer_page import OfferPage
from recovery_desk.ui.wizard.outcome_page import OutcomePage
from recovery_desk.ui.wizard.step_page import StepPage

# Before a pick the script shows a blank to fill ("Primary reason: ___."), not a gap.
REASON_BLANK = "___"


class PageFactory:
    """The call screen's catalogue data (read once per call screen) and its pages."""

    def __init__(self, ctx: UiContext, call: CallSession, lang: str, placeholders: dict[str, str]):
        self.ctx = ctx
        self.call = call
        self.lang = lang
        self.placeholders = placeholders
        self.index = catalogue.load_reason_index(ctx.sessions)
        self.scripts = catalogue.load_scripts(ctx.sessions, lang)
        self.phrases = catalogue.load_phrases(ctx.sessions, lang)
        self.readback = catalogue.readback_template(lang)
        self.pages: dict[Step, StepPage] = {}
        self._offers_for: list[str] | None = None
        self._update_reason_placeholder()

    def build(self, step: Step, parent: QWidget) -> StepPage:
        script = self.scripts.get(step.value)
        args = (self.call, script, self.placeholders)
        page: StepPage
        if step is Step.APOLOGISE:
            page = ApologisePage(*args, self.phrases, parent)
        elif step is Step.LISTEN:
            page = ListenPage(*args, parent)
        elif step is Step.DIAGNOSE:
            page = DiagnosePage(*args, self.index, self.readback, self.lang, parent)
        elif step is Step.ASSIST:
            page = AssistPage(*args, parent)
        elif step is Step.OFFER:
            page = OfferPage(*args, self.lang, parent)
            self._offers_for = list(self.call.flow.diagnosis.reason_ids)
        else:
            page = OutcomePage(*args, parent)
        self.pages[step] = page
        return page

    def refresh(self, step: Step) -> None:
        """Bring a page up to date with what other steps changed (reasons)."""
        self._update_reason_placeholder()
        page = self.pages.get(step)
        if page is None:
            return
        page.refresh_script()
        reasons = self.call.flow.diagnosis.reason_ids
        if isinstance(page, AssistPage):
            primary = self.index.get(reasons[0]) if reasons else None
            page.set_team(primary.team if primary else None)
        if isinstance(page, OfferPage) and self._offers_for != reasons:
            self._offers_for = list(reasons)
            page.reload()

    def reload_catalogue(self) -> None:
        """The catalogue changed: rebuild the folded reason index."""
        self.index = catalogue.load_reason_index(self.ctx.sessions)
        page = self.pages.get(Step.DIAGNOSE)
        if isinstance(page, DiagnosePage):
            page.set_index(self.index)

    def _update_reason_placeholder(self) -> None:
        reasons = self.call.flow.diagnosis.reason_ids
        entry = self.index.get(reasons[0]) if reasons else None
        self.placeholders["reason"] = entry.label(self.lang) if entry else REASON_BLANK
