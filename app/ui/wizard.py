"""The wizard: a start page, one page per step, check your answers, and the result.

The questionnaire (and with it pydantic and the engine) is loaded only after the start page
is on screen, so the window appears as fast as a bare QWizard.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from .look import qt
from .side_panel import SidePanel
from .signals import emit
from .start_page import StartPage

if TYPE_CHECKING:
    from app.core.answers import Answers
    from app.core.engine import Plan
    from app.core.flow import Flow
    from app.core.questionnaire import Questionnaire
    from app.core.session import Setup

    from .background import Task
    from .check_page import CheckPage
    from .result_page import ResultPage
    from .step_page import StepPage

BUTTON_NAMES = {
    QWizard.WizardButton.BackButton: ("&Back", "Back"),
    QWizard.WizardButton.NextButton: ("&Continue", "Continue"),
    QWizard.WizardButton.FinishButton: ("&Finish", "Finish and close"),
    QWizard.WizardButton.CancelButton: ("Cancel", "Cancel"),
    QWizard.WizardButton.HelpButton: ("Help", "Help"),
    QWizard.WizardButton.CommitButton: ("Commit", "Commit"),
}


def problem_words(what: str, exc: Any) -> str:
    """One plain paragraph naming a file's first problems, with their places."""
    shown = [str(p) for p in exc.problems[:3]]
    more = len(exc.problems) - len(shown)
    extra = f" (and {more} more)" if more > 0 else ""
    return (f"The {what} could not be used, so the app carries on without it: "
            + "; ".join(shown) + extra + ".")


def read_questions(path: Path, organisation: Path | None = None, preset: Path | None = None,
                   with_setup: bool = False) -> Questionnaire:
    """Read and check the questionnaire; plain Python, so it can run in the worker. The
    modules the pages need next are imported here too, off the UI thread, and with_setup,
    the organisation pack and preset are checked too (see setup_worker)."""
    from app.core.gcpause import paused_gc
    from app.core.loader import load_questionnaire

    # Parsing makes few cycles, and a full collection midway holds the UI thread too (~90 ms
    # at 1,000 items); what it makes is frozen once the pages are built.
    with paused_gc():
        q = load_questionnaire(path)
    for module in ("app.core.flow", "app.core.session", "app.report.html"):
        with contextlib.suppress(ImportError):  # a copy without reports says so later
            importlib.import_module(module)
    if with_setup:
        from .setup_worker import prepare

        prepare(q, organisation, preset)
    return q


def _present(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != []


class PlannerWizard(QWizard):
    START_ID = 0
    STEP_BASE = 100
    CHECK_ID = 900
    RESULT_ID = 901

    changed = Signal()  # anything the person entered changed
    loaded = Signal()  # the pages are built and the setup applied
    finish_requested = Signal()

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
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(accessible)
        self.questionnaire_path = questionnaire_path
        self.organisation_path = organisation_path
        self.preset_path = preset_path
        self.q: Questionnaire | None = None
        self.setup: Setup | None = None  # the organisation pack and preset in use
        self.setup_version = 0  # counts changes of setup, for anything cached from a plan
        self.setup_problems: list[str] = []  # why a file given at start-up was not used
        self.step_pages: list[StepPage] = []
        self.check_page: CheckPage | None = None
        self.result_page: ResultPage | None = None
        self.ticks: dict[str, bool] = {}
        self.bios: dict[str, str] = {}  # bios the person edited, by platform id
        self.quiet_navigation = False
        self.return_to_check = False
        self.load_error = ""
        self._reading: Task | None = None  # the questions being read in the worker
        self._continue_when_loaded = False  # Continue was pressed while they were read
        self.start = StartPage(self)
        self.setPage(self.START_ID, self.start)
        self.side = SidePanel(self)
        self.setSideWidget(self.side)
        self.currentIdChanged.connect(self._on_page)
        self._update_side()

    # Loading -------------------------------------------------------------------------
    def questionnaire_file(self) -> Path:
        from app.core.paths import default_questionnaire

        return self.questionnaire_path or default_questionnaire()

    def load_in_background(self) -> None:
        """Read the questions in the worker (just after the first paint); the pages are built
        on the UI thread when they arrive."""
        if self.q is not None or self.load_error or self._reading is not None:
            return
        from . import background

        background.freeze_long_lived()  # what start-up made stays for the session
        self._reading = background.run(read_questions, self.questionnaire_file(),
                                       self.organisation_path, self.preset_path, True,
                                       then=self._on_read, owner=self)

    def _on_read(self, task: Task) -> None:
        if task is not self._reading:
            return  # ensure_loaded took it first
        self._reading = None
        go_on, self._continue_when_loaded = self._continue_when_loaded, False
        self.start.show_loading(False)
        self.unsetCursor()
        if self._take(task.result) and go_on and self.currentId() == self.START_ID:
            self.next()

    def continue_from_start(self) -> bool:
        """Continue on the start page: on at once if the questions are ready; while they are
        still being read, say so and go on by itself when they arrive."""
        if self._reading is None or self._reading.done():
            return self.ensure_loaded()
        self._continue_when_loaded = True
        self.start.show_loading(True)
        self.setCursor(qt().CursorShape.BusyCursor)
        return False

    def ensure_loaded(self) -> bool:
        """Load the questionnaire and build its pages, once, waiting for the worker if it is
        reading them; False (and a message) if it fails."""
        if self.q is not None:
            return True
        if self.load_error:
            return False
        task, self._reading = self._reading, None
        if task is not None:
            task.drop()  # taken here: its late delivery is not needed
            self.start.show_loading(False)
            self.unsetCursor()
            self._continue_when_loaded = False
            return self._take(task.result)
        path = self.questionnaire_file()
        return self._take(lambda: read_questions(path))

    def _take(self, read: Callable[[], Questionnaire]) -> bool:
        """Build the pages from what read() returns; say plainly why if it raises."""
        from app.core.problems import ProblemsError

        path = self.questionnaire_file()
        try:
            q = read()
        except ProblemsError as exc:
            first = exc.problems[0] if exc.problems else "unknown problem"
            self.load_error = (f"The questions could not be loaded from {path}: {first}. "
                               "Ask whoever gave you this app for a corrected file.")
        except OSError as exc:
            self.load_error = (f"The questions could not be read from {path}: "
                               f"{exc.strerror or exc}.")
        if self.load_error:
            self.start.show_problem(self.load_error)
            self.button(QWizard.WizardButton.NextButton).setEnabled(False)
            return False
        self._build(q)
        self._initial_setup()
        from .background import freeze_long_lived

        freeze_long_lived()  # the questions and their pages live as long as the window
        emit(self.loaded)
        return True

    def _initial_setup(self) -> None:
        """Use --org (or the configured organisation) and --preset; say plainly if one fails."""
        from . import setup_worker

        assert self.q is not None
        # Checked in the worker with the questions; here only if they were read here.
        setup, problems = setup_worker.take(self.q) or setup_worker.load_setup(
            self.q, self.organisation_path, self.preset_path)
        self.setup_problems.extend(problems)
        self.apply_setup(setup)
        notes = list(self.setup_problems) + self.logo_notes()
        if notes:
            self.start.show_problem("\n".join(notes))

    def logo_notes(self) -> list[str]:
        """Plain sentences about an organisation logo that cannot be shown."""
        if self.setup is None:
            return []
        from app.report.logo import logo_problem

        loaded = self.setup.organisation
        notes = [n[0].upper() + n[1:] for n in (loaded.notes if loaded else [])]
        problem = logo_problem(self.setup.organisation)
        if problem:
            notes.append(problem[0].upper() + problem[1:])
        return notes

    def apply_setup(self, setup: Setup) -> None:
        """Use this organisation pack and preset: lock the answers the preset fixes and fill
        empty ones with its suggestions and the organisation's names."""
        from .check_page import answer_text
        from .logo import with_drawable_logo

        self.setup = with_drawable_logo(setup)
        self.setup_version += 1
        locked = self.setup.locked()
        note = self.setup.locked_note()
        for page in self.step_pages:
            for qid, field in page.fields.items():
                if qid in locked:
                    # The answer in words too: a disabled button is hard to read.
                    field.lock(locked[qid], f"Your answer: "
                               f"{answer_text(field.question, locked[qid])}.\n{note}")
                else:
                    field.unlock()
        self._fill_gaps()
        self.start.show_setup(self.setup)
        for page in self.step_pages:
            page.refresh()
        self._on_changed()

    def _fill_gaps(self) -> None:
        """Empty fields take the preset's suggestions and the organisation's name."""
        if self.setup is None:
            return
        values = self._given()
        for page in self.step_pages:
            for qid, field in page.fields.items():
                if qid in values and not field.locked and not field.is_answered():
                    field.set_value(values[qid])

    def plan(self, build: Any = None) -> Plan:
        """The plan for the answers so far, with the organisation pack and preset applied."""
        from app.core.session import Setup

        assert self.q is not None
        setup = self.setup or Setup(self.q)
        return setup.plan(self.answers(), build) if build else setup.plan(self.answers())

    def _build(self, q: Questionnaire) -> None:
        from .check_page import CheckPage
        from .result_page import ResultPage
        from .step_page import StepPage

        self.q = q
        for n, step in enumerate(q.steps):
            page = StepPage(step, self.STEP_BASE + n, self)
            page.changed.connect(self._on_changed)
            self.setPage(page.page_id, page)
            self.step_pages.append(page)
        self.check_page = CheckPage(self)
        self.setPage(self.CHECK_ID, self.check_page)
        self.result_page = ResultPage(self)
        self.setPage(self.RESULT_ID, self.result_page)
        self._update_side()

    # Answers -------------------------------------------------------------------------
    def mode(self) -> str:
        return self.start.mode()

    def typed_answers(self) -> dict[str, Any]:
        """Everything typed or chosen on every page, hidden or not; empty answers left out."""
        raw: dict[str, Any] = {}
        for page in self.step_pages:
            raw.update({k: v for k, v in page.values().items() if _present(v)})
        return raw

    def raw_answers(self) -> dict[str, Any]:
        """The typed answers with the preset's locked answers always on top."""
        raw = self.typed_answers()
        if self.setup is not None:
            raw.update(self.setup.locked())
        return raw

    def flow(self) -> Flow:
        from app.core.flow import walk

        assert self.q is not None
        return walk(self.q, self.raw_answers(), self.mode())

    def visible_question_ids(self) -> set[str]:
        return {qu.id for qu in self.flow().questions} if self.q else set()

    def answers(self) -> Answers:
        """The session as the Answers model: only answers to questions the person was asked."""
        from app.core.answers import Answers, QuestionnaireRef

        assert self.q is not None
        items = {it.id for it in self.q.items}
        notes = {}
        if self.mode() == "line_manager":
            notes = {p.step.id: p.notes.toPlainText() for p in self.step_pages
                     if p.notes.toPlainText().strip()}
        data: dict[str, Any] = {}
        if self.check_page is not None:
            data["agreed_actions"] = self.check_page.agreed_actions()
            data["sign_off"] = self.check_page.sign_off()
        return Answers(
            questionnaire=QuestionnaireRef(id=self.q.id, version=self.q.version),
            mode=self.mode(),  # type: ignore[arg-type]
            answers=dict(self.flow().answers),
            ticks={k: v for k, v in self.ticks.items() if k in items and v},
            notes=notes, bios=dict(self.bios), **data)

    def set_answers(self, answers: Answers) -> None:
        """Fill every page from saved answers (the questionnaire must be loaded)."""
        self.start.set_mode(answers.mode)
        for page in self.step_pages:
            for qid, field in page.fields.items():
                field.set_value(answers.answers.get(qid))
                field.show_problem(None)
            page.notes.setPlainText(answers.notes.get(page.step.id, ""))
            page.summary.clear()
        self.ticks = dict(answers.ticks)
        self.bios = dict(answers.bios)
        if self.check_page is not None:
            self.check_page.set_agreed_actions(answers.agreed_actions)
            self.check_page.set_sign_off(answers.sign_off.model_dump())
        if self.setup is not None:
            # A saved file may say otherwise, but a locked answer is the preset's.
            locked = self.setup.locked()
            for page in self.step_pages:
                for qid, field in page.fields.items():
                    if field.locked and qid in locked:
                        field.set_value(locked[qid])
        for page in self.step_pages:
            page.refresh()

    def clear(self) -> None:
        """Forget every answer and go back to the start page."""
        if self.q is not None:
            from app.core.answers import Answers

            self.set_answers(Answers.blank(self.q))
            self._fill_gaps()
        self.start.set_mode("alone")
        self.restart()

    def has_input(self) -> bool:
        """Whether the person entered anything (what a preset or organisation filled in, or
        locked, does not count)."""
        typed = self.typed_answers()
        if self.setup is not None:
            typed = {k: v for k, v in typed.items() if v != self._given().get(k)}
        return bool(typed) or self.mode() != "alone"

    def _given(self) -> dict[str, Any]:
        """Values the setup put in: locked and suggested answers, the organisation's names."""
        assert self.setup is not None
        given: dict[str, Any] = {}
        loaded = self.setup.organisation
        if loaded is not None:
            names = {"organisation": loaded.org.name, "org_short": loaded.org.short_name}
            given.update({qu.id: names[qu.bio_field] for _, qu in self.setup.base.questions()
                          if qu.bio_field in names})
        if self.setup.preset is not None:
            given.update({qid: a.value for qid, a in self.setup.preset.answers.items()})
        return given

    # Navigation ----------------------------------------------------------------------
    def next_id(self, page_id: int) -> int:
        if page_id == self.CHECK_ID:
            return self.RESULT_ID
        if page_id == self.RESULT_ID:
            return -1
        if self.q is None:
            # Asked early only to choose between Continue and Finish: there is more to come.
            # Continue loads the questions (StartPage.validatePage) before moving on.
            return self.STEP_BASE
        if self.return_to_check and page_id != self.START_ID:
            return self.CHECK_ID
        assert self.q is not None
        shown = {s.id for s in self.flow().steps}
        first = 0 if page_id == self.START_ID else page_id - self.STEP_BASE + 1
        for n in range(first, len(self.q.steps)):
            if self.q.steps[n].id in shown:
                return self.STEP_BASE + n
        return self.CHECK_ID

    def change(self, step_id: str, question_id: str | None = None) -> None:
        """From the check page: go back to a step, then Continue returns to the check page."""
        page = next(p for p in self.step_pages if p.step.id == step_id)
        self.return_to_check = True
        # QWizard will not go forward to a page it has already shown, so step back to it.
        if page.page_id in self.visitedIds():
            while self.currentId() != page.page_id:
                self.back()
        else:
            self.go_to(page.page_id)
            self.return_to_check = True
        if question_id and question_id in page.fields:
            page.fields[question_id].focus_target().setFocus(qt().FocusReason.OtherFocusReason)

    def go_to(self, target: int) -> None:
        """Walk forward from the start to target, stopping early at a page that needs an answer."""
        self.quiet_navigation = True
        try:
            self.restart()
            for _ in range(len(self.step_pages) + 3):
                if self.currentId() == target:
                    break
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.quiet_navigation = False

    def accept(self) -> None:
        # Embedded in the main window: Finish asks the window, which may close.
        emit(self.finish_requested)

    def reject(self) -> None:
        # Escape must never throw the session away.
        pass

    # Keeping the page in step ------------------------------------------------------------
    def _on_changed(self) -> None:
        self._update_side()
        emit(self.changed)

    def on_mode_changed(self) -> None:
        for page in self.step_pages:
            page.refresh()
        self._on_changed()

    def _on_page(self, page_id: int) -> None:
        if page_id == self.CHECK_ID:
            self.return_to_check = False
        page = self.page(page_id)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self._update_side()
        focus = getattr(page, "first_focus", None)
        widget = focus() if focus is not None else None
        if widget is not None:
            widget.setFocus(qt().FocusReason.TabFocusReason)
        if self.q is not None:  # nothing to save before the questions are loaded
            emit(self.changed)

    def place(self) -> tuple[list[str], int]:
        """The steps to list beside the page, and which one is current."""
        titles = ["Start"]
        ids = [self.START_ID]
        if self.q is not None:
            for step in self.flow().steps:
                page = next(p for p in self.step_pages if p.step.id == step.id)
                titles.append(step.title)
                ids.append(page.page_id)
            titles += ["Check your answers", "Your plan"]
            ids += [self.CHECK_ID, self.RESULT_ID]
        current = ids.index(self.currentId()) if self.currentId() in ids else 0
        return titles, current

    def _update_side(self) -> None:
        if self.q is None:
            return  # the steps are listed once the questions are loaded, just after start-up
        titles, current = self.place()
        self.side.show_steps(titles, current)

    def current_step_id(self) -> str:
        page = self.currentPage()
        step = getattr(page, "step", None)
        if step is not None:
            return step.id
        return {self.CHECK_ID: "check", self.RESULT_ID: "result"}.get(self.currentId(), "start")

    def page_id_for(self, name: str) -> int:
        named = {"check": self.CHECK_ID, "result": self.RESULT_ID, "start": self.START_ID}
        if name in named:
            return named[name]
        return next((p.page_id for p in self.step_pages if p.step.id == name), self.START_ID)
