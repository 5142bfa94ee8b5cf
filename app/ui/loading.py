"""Reading the questions: in the worker just after the first paint, or at once when the
window needs them first; a plain message if they cannot be used. A mixin for the wizard."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWizard

from app.core.i18n import _

from .signals import emit
from .widgets.look import qt

if TYPE_CHECKING:
    from PySide6.QtCore import Signal

    from app.core.questionnaire import Questionnaire
    from app.core.session import Setup

    from .background import Task
    from .pages.start_page import StartPage

    _Base = QWizard  # for the type checker: the host PlannerWizard is a QWizard
else:
    _Base = object


def problem_words(what: str, exc: Any, carries_on: bool = True) -> str:
    """One plain paragraph naming a file's first problems, with their places; what is
    English, marked with N_ where it is named ("preset", "organisation file")."""
    shown = [str(p) for p in exc.problems[:3]]
    more = len(exc.problems) - len(shown)
    extra = " " + _("(and {n} more)").format(n=more) if more > 0 else ""
    problems = "; ".join(shown) + extra
    # Translators: {what} is "preset" or "organisation file", translated on their own.
    if not carries_on:
        return _("The {what} could not be used: {problems}.").format(what=_(what),
                                                                     problems=problems)
    return _("The {what} could not be used, so the app carries on without it: "
             "{problems}.").format(what=_(what), problems=problems)


# The pages' modules, imported with the questions in the worker: defining their classes
# held the UI thread for about 60 ms when the pages were first built there. No Qt object is
# made when they are imported.
PAGE_MODULES = ("app.ui.pages.step_page", "app.ui.pages.check_page", "app.ui.pages.result_page")


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
        from app.core.guidance import default_guidance

        default_guidance()  # platform steps and incidents, read here rather than at the result
    for module in ("app.core.flow", "app.core.session_state", "app.report.html", *PAGE_MODULES):
        with contextlib.suppress(ImportError):  # a copy without reports says so later
            importlib.import_module(module)
    if with_setup:
        from .setup_worker import prepare

        prepare(q, organisation, preset)
    return q



_DONE = object()


class Loading(_Base):
    """The wizard's loading of its questions (mixed into PlannerWizard)."""

    if TYPE_CHECKING:  # what PlannerWizard provides
        START_ID: int
        loaded: Signal
        questionnaire_path: Path | None
        organisation_path: Path | None
        preset_path: Path | None
        q: Questionnaire | None
        setup: Setup | None
        setup_problems: list[str]
        load_error: str
        start: StartPage
        _reading: Task | None
        _continue_when_loaded: bool

        def _build(self, q: Questionnaire) -> None: ...

        def _build_pages(self, q: Questionnaire) -> Iterator[None]: ...

        def apply_setup(self, setup: Setup) -> None: ...

    def questionnaire_file(self) -> Path:
        from app.core.paths import default_questionnaire

        return self.questionnaire_path or default_questionnaire()

    def load_in_background(self) -> None:
        """Read the questions in the worker (just after the first paint); the pages are built
        on the UI thread when they arrive."""
        if self.q is not None or self.load_error or self._reading is not None \
                or self._pages_left is not None:
            return
        from . import background

        background.freeze_long_lived()  # what start-up made stays for the session
        self._reading = background.run(read_questions, self.questionnaire_file(),
                                       self.organisation_path, self.preset_path, True,
                                       then=self._on_read, owner=self)

    # The pages still to build after the questions came from the worker (see _on_read).
    _pages_left: Iterator[None] | None = None

    def _on_read(self, task: Task) -> None:
        """The questions are in: build the pages one at a time, each in its own turn of the
        event loop, so the window keeps answering (all at once, a questionnaire of 1,000
        items held it for 150 ms). ensure_loaded finishes them at once if needed."""
        if task is not self._reading:
            return  # ensure_loaded took it first
        self._reading = None
        self.start.show_loading(False)
        self.unsetCursor()
        q = self._checked(task.result)
        if q is None:
            self._continue_when_loaded = False
            return
        self._pages_left = self._build_pages(q)
        self._build_some()

    def _build_some(self) -> None:
        pages = self._pages_left
        if pages is None:
            return  # ensure_loaded finished them
        from PySide6.QtCore import QTimer

        if next(pages, _DONE) is not _DONE:
            QTimer.singleShot(0, self, self._build_some)  # the next page in the next turn
            return
        self._pages_left = None
        go_on, self._continue_when_loaded = self._continue_when_loaded, False
        self._after_build()
        if go_on and self.currentId() == self.START_ID:
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
        if self._pages_left is not None:  # being built in turns: the rest now
            pages, self._pages_left = self._pages_left, None
            for _page in pages:
                pass
            self._continue_when_loaded = False
            self._after_build()
            return True
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
        q = self._checked(read)
        if q is None:
            return False
        self._build(q)
        self._after_build()
        return True

    def _checked(self, read: Callable[[], Questionnaire]) -> Questionnaire | None:
        """What read() returns; None, with a plain message why, if it raises."""
        from app.core.problems import ProblemsError

        path = self.questionnaire_file()
        try:
            q = read()
        except ProblemsError as exc:
            first = exc.problems[0] if exc.problems else _("unknown problem")
            self.load_error = _("The questions could not be loaded from {path}: {problem}. "
                                "Ask whoever gave you this app for a corrected file.").format(
                path=path, problem=first)
        except OSError as exc:
            self.load_error = _("The questions could not be read from {path}: {why}.").format(
                path=path, why=exc.strerror or exc)
        if self.load_error:
            self.start.show_problem(self.load_error)
            self.button(QWizard.WizardButton.NextButton).setEnabled(False)
            return None
        return q

    def _after_build(self) -> None:
        self._initial_setup()
        from .background import freeze_long_lived

        freeze_long_lived()  # the questions and their pages live as long as the window
        emit(self.loaded)

    def _initial_setup(self) -> None:
        """Use --org and --preset, or the packs installed for this computer or person; say
        plainly if one fails."""
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

