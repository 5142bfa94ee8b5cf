"""Moving between the wizard's pages (a mixin for PlannerWizard): QWizard's page ids on one
side, app.core.navigation's page names ("start", a step id, "check", "result") on the other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

    from app.core.flow import Flow
    from app.core.questionnaire import Questionnaire
    from app.core.session_state import Session

    from .pages.step_page import StepPage

    _Base = QWizard  # for the type checker: the host PlannerWizard is a QWizard
else:
    _Base = object


class Navigating(_Base):
    """Which page comes next, going back to a step, and where the person is."""

    if TYPE_CHECKING:  # what PlannerWizard provides
        START_ID: int
        STEP_BASE: int
        CHECK_ID: int
        RESULT_ID: int
        q: Questionnaire | None
        session: Session | None
        step_pages: list[StepPage]
        quiet_navigation: bool
        return_to_check: bool
        back_to_row: str | None

        def flow(self) -> Flow: ...

        def begin_page_change(self) -> None: ...

        def end_page_change(self) -> None: ...

        def focus_page(self, page: QWizardPage | None, target: QWidget | None = None,
                       _again: bool = False) -> None: ...

    def page_name(self, page_id: int) -> str:
        if self.STEP_BASE <= page_id < self.CHECK_ID and self.q is not None:
            return self.q.steps[page_id - self.STEP_BASE].id
        return {self.CHECK_ID: "check", self.RESULT_ID: "result"}.get(page_id, "start")

    def page_id_for(self, name: str) -> int:
        named = {"check": self.CHECK_ID, "result": self.RESULT_ID, "start": self.START_ID}
        if name in named:
            return named[name]
        return next((p.page_id for p in self.step_pages if p.step.id == name), self.START_ID)

    def next_id(self, page_id: int) -> int:
        if self.q is None:
            # Asked early only to choose between Continue and Finish: there is more to come.
            # Continue loads the questions (StartPage.validatePage) before moving on.
            return self.STEP_BASE if page_id == self.START_ID else -1
        from app.core.navigation import next_page

        shown = [s.id for s in self.flow().steps]
        after = next_page(self.page_name(page_id), [s.id for s in self.q.steps], shown,
                          self.return_to_check)
        return -1 if after is None else self.page_id_for(after)

    def change(self, step_id: str, question_id: str | None = None) -> None:
        """From the check page: go back to a step, then Continue returns to the check page."""
        page = next(p for p in self.step_pages if p.step.id == step_id)
        # Continue brings the person back to this row's Change button.
        self.back_to_row = question_id or f"notes-{step_id}"
        # The pages on the way are passed in silence: focus goes once, to the question.
        self.begin_page_change()
        quiet, self.quiet_navigation = self.quiet_navigation, True
        try:
            # QWizard will not go forward to a page it has already shown: step back to it.
            if page.page_id in self.visitedIds():
                while self.currentId() != page.page_id:
                    self.back()
            else:
                # Walked forward from the start: with return_to_check already set, the first
                # step's Continue would lead to Check your answers and on to the plan.
                self.return_to_check = False
                self.go_to(page.page_id)
            self.return_to_check = True
        finally:
            self.quiet_navigation = quiet
            self.end_page_change()
        target: QWidget | None = None
        if question_id and question_id in page.fields:
            target = page.fields[question_id].focus_target()
        elif question_id is None and page.notes.isVisible():
            target = page.notes
        self.focus_page(page, target)

    def go_to(self, target: int) -> None:
        """Walk the route from the start to target, stopping early at a page that needs an
        answer (QWizard keeps the history Back needs only for pages walked through)."""
        quiet, self.quiet_navigation = self.quiet_navigation, True
        try:
            self.restart()
            for _step in range(len(self.step_pages) + 3):
                if self.currentId() == target:
                    break
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.quiet_navigation = quiet

    def place(self) -> tuple[list[str], int]:
        """The steps to list beside the page, and which one is current."""
        titles = [_("Start")]
        ids = [self.START_ID]
        if self.session is not None:
            for step in self.flow().steps:
                titles.append(step.title)
                ids.append(self.page_id_for(step.id))
            titles += [_("Check your answers"), _("Your plan")]
            ids += [self.CHECK_ID, self.RESULT_ID]
        current = ids.index(self.currentId()) if self.currentId() in ids else 0
        return titles, current

    def current_step_id(self) -> str:
        return self.page_name(self.currentId())
