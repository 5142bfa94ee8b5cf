"""The wizard: a thin Qt shell over the session (app.core.session_state).

Pages write what the person enters into the session and read it back from there; they ask
the wizard only what the Host protocol (pages/host.py) offers. Which page comes next is
app.core.navigation's answer. The questions are read after the start page is on screen
(loading.py), so the window appears as fast as a bare QWizard.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from app.core.i18n import N_, _

from .loading import Loading, problem_words
from .navigating import Navigating
from .page_focus import PageFocus
from .pages.start_page import StartPage
from .signals import emit
from .widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from collections.abc import Iterator

    from app.core.answers import Answers
    from app.core.engine import Plan
    from app.core.flow import Flow
    from app.core.questionnaire import Questionnaire
    from app.core.session import Setup
    from app.core.session_state import Session

    from .background import Task
    from .pages.check_page import CheckPage
    from .pages.result_page import ResultPage
    from .pages.step_page import StepPage

__all__ = ["PlannerWizard", "problem_words"]
# Qt ships no Welsh: the wizard's own buttons are named here, in the person's language.
BUTTON_NAMES = {
    QWizard.WizardButton.BackButton: (N_("&Back"), N_("Back")),
    QWizard.WizardButton.NextButton: (N_("&Continue"), N_("Continue")),
    QWizard.WizardButton.FinishButton: (N_("Fi&nish"), N_("Finish and close")),
    QWizard.WizardButton.CancelButton: (N_("Cancel"), N_("Cancel")),
    QWizard.WizardButton.HelpButton: (N_("Help"), N_("Help")),
    QWizard.WizardButton.CommitButton: (N_("Commit"), N_("Commit")),
}


def plain_buttons(page: QWidget) -> None:
    """Enter means Continue (or Finish) wherever focus is, except in text of several lines:
    buttons on the page answer Space, and never take the default for themselves when
    focus visits them (which left Enter pressing a Change button)."""
    for button in page.findChildren(QPushButton):
        button.setAutoDefault(False)


class PlannerWizard(Loading, Navigating, PageFocus, QWizard):
    START_ID = 0
    STEP_BASE = 100
    CHECK_ID = 900
    RESULT_ID = 901

    changed = Signal()  # anything the person entered changed
    loaded = Signal()  # the pages are built and the setup applied
    finish_requested = Signal()
    told = Signal(str)  # a sentence for the status bar

    def __init__(self, parent: QWidget | None = None, questionnaire_path: Path | None = None,
                 organisation_path: Path | None = None, preset_path: Path | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        opt = QWizard.WizardOption
        # One call: each setOption lays the wizard out again.
        self.setOptions((self.options() | opt.IndependentPages | opt.NoCancelButton
                         | opt.NoBackButtonOnStartPage) & ~opt.NoDefaultButton)
        for which, (text, accessible) in BUTTON_NAMES.items():
            self.setButtonText(which, _(text))
            self.button(which).setAccessibleName(_(accessible))
        self.questionnaire_path = questionnaire_path
        self.organisation_path = organisation_path
        self.preset_path = preset_path
        self.q: Questionnaire | None = None
        self.session: Session | None = None  # everything entered; made once q is read
        self.setup: Setup | None = None  # the organisation pack and preset in use
        self.setup_version = 0  # counts changes of setup, for anything cached from a plan
        self.setup_problems: list[str] = []  # why a file given at start-up was not used
        self.step_pages: list[StepPage] = []
        self.check_page: CheckPage | None = None
        self.result_page: ResultPage | None = None
        self.quiet_navigation = False
        self.return_to_check = False
        self.load_error = ""
        self._filling = False  # showing the session on the pages: nothing new entered
        self._reading: Task | None = None  # the questions being read in the worker
        self._continue_when_loaded = False  # Continue was pressed while they were read
        self.start = StartPage(self)
        self.setPage(self.START_ID, self.start)
        plain_buttons(self.start)
        self.init_page_focus()
        self.side = SidePanel(self)
        self.setSideWidget(self.side)
        self.currentIdChanged.connect(self._on_page)
        self._update_side()

    # The setup and the session ---------------------------------------------------------------
    def apply_setup(self, setup: Setup) -> None:
        """Use this organisation pack and preset: lock the answers the preset fixes and fill
        empty ones with its suggestions and the organisation's names."""
        from app.core.session_state import Session

        from .logo import with_drawable_logo

        assert self.q is not None
        self.setup = with_drawable_logo(setup)
        self.setup_version += 1
        if self.session is None:
            self.session = Session(self.q, self.setup, mode=self.start.mode())
        modified = self.session.modified
        self.session.use_setup(self.setup)
        self.session.modified = modified  # what the setup fills in is not the person's
        self.start.show_setup(self.setup)
        self._show_session()

    def restore_setup(self, answers: Answers) -> list[str]:
        """Set up as saved answers were made (their preset and organisation pack); returns
        what the person should be told."""
        from app.core.session_state import restore_setup

        assert self.setup is not None
        setup, told = restore_setup(self.setup, answers)
        if setup is not self.setup:
            self.apply_setup(setup)
        return told

    def _show_session(self) -> None:
        """Every page shows the session as it is now."""
        from app.core.session_state import answer_text

        assert self.session is not None and self.setup is not None
        locked = self.setup.locked()
        note = self.setup.locked_note()

        def locked_words(question: Any, value: Any) -> str:
            # The answer in words too: a disabled button is hard to read.
            return _("Your answer: {answer}.").format(answer=answer_text(question, value)) \
                + f"\n{note}"

        self._filling = True
        try:
            self.start.set_mode(self.session.mode)
            for page in self.step_pages:
                page.show_session(locked, locked_words)
            if self.check_page is not None:
                self.check_page.show_session()
        finally:
            self._filling = False
        self._on_changed()

    def plan(self, build: Any = None) -> Plan:
        """The plan for the answers so far, with the organisation pack and preset applied."""
        assert self.session is not None
        answers = self.session.plan_answers()
        setup = self.session.setup
        return setup.plan(answers, build) if build else setup.plan(answers)

    def _build(self, q: Questionnaire) -> None:
        for _page in self._build_pages(q):
            pass

    def _build_pages(self, q: Questionnaire) -> Iterator[None]:
        """Build the pages, pausing after each (loading.py builds them over several turns
        of the event loop); q is set once they are all there."""
        from .pages.check_page import CheckPage
        from .pages.result_page import ResultPage
        from .pages.step_page import StepPage

        for n, step in enumerate(q.steps):
            page = StepPage(step, self.STEP_BASE + n, self)
            page.changed.connect(self._on_changed)
            self.setPage(page.page_id, page)
            self.step_pages.append(page)
            yield
        self.check_page = CheckPage(self)
        self.setPage(self.CHECK_ID, self.check_page)
        yield
        self.result_page = ResultPage(self)
        self.setPage(self.RESULT_ID, self.result_page)
        yield
        self.q = q
        self._update_side()

    # Answers ---------------------------------------------------------------------------------
    def mode(self) -> str:
        return self.session.mode if self.session is not None else self.start.mode()

    def flow(self) -> Flow:
        assert self.session is not None
        return self.session.flow()

    def visible_question_ids(self) -> set[str]:
        return {qu.id for qu in self.flow().questions} if self.session else set()

    def answers(self) -> Answers:
        """The session as the Answers model: only answers to questions the person was asked."""
        assert self.session is not None
        return self.session.answers()

    def set_answers(self, answers: Answers, path: Path | None = None) -> None:
        """Fill every page from saved answers (the questionnaire must be loaded)."""
        assert self.session is not None
        self.session.load(answers, path)
        for page in self.step_pages:
            page.summary.clear()
        self._show_session()

    def clear(self) -> None:
        """Forget every answer and go back to the start page."""
        if self.session is not None:
            self.session.clear()
            self._show_session()
        self.restart()

    def has_input(self) -> bool:
        """Whether the person entered anything (what a preset or organisation filled in, or
        locked, does not count)."""
        if self.session is None:
            return self.start.mode() != "alone"
        return self.session.has_input()

    def accept(self) -> None:
        # Embedded in the main window: Finish asks the window, which may close.
        emit(self.finish_requested)

    def reject(self) -> None:
        # Escape must never throw the session away.
        pass

    # Keeping the page in step ----------------------------------------------------------------
    def entered(self) -> None:
        """A page says the person entered something."""
        self._on_changed()

    def _on_changed(self) -> None:
        self._update_side()
        if not self._filling:
            emit(self.changed)

    def on_mode_changed(self) -> None:
        if self._filling or self.session is None:
            return
        said = self.session.set_mode(self.start.mode())
        for page in self.step_pages:
            page.refresh()
        if said:
            emit(self.told, said)
        self._on_changed()

    def _on_page(self, page_id: int) -> None:
        if not self.quiet_navigation:  # a walk through pages ends the change itself
            self.end_page_change()
        row = None
        if page_id == self.CHECK_ID:
            self.return_to_check = False
            row, self.back_to_row = self.back_to_row, None
        page = self.page(page_id)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        if page is not None:  # None while the wizard restarts
            plain_buttons(page)
        self._update_side()
        if not self.quiet_navigation:  # Change walking back through pages says nothing
            back_to = None
            if row is not None and self.check_page is not None:
                back_to = self.check_page.change_buttons.get(row)
            self.focus_page(page, back_to)
        if self.q is not None:  # nothing to save before the questions are loaded
            emit(self.changed)

    def _update_side(self) -> None:
        if self.session is None:
            return  # the steps are listed once the questions are loaded, just after start-up
        titles, current = self.place()
        self.side.show_steps(titles, current)
