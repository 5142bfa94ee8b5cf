"""Organisation packs and presets checked in the worker, so the UI thread does no
validation (a crafted pack may use its whole budget): those given at start-up with the
questions, those opened from the File menu while the window waits (in_worker).

Plain Python and QtSvg only (an SVG logo is drawn to PNG here too, off the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.i18n import N_, _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.questionnaire import Questionnaire
    from app.core.session import Setup

T = TypeVar("T")

Prepared = tuple["Setup", list[str]]
_prepared: dict[int, Prepared] = {}


def load_setup(q: Questionnaire, organisation: Path | None, preset: Path | None) -> Prepared:
    """The setup for these files, and a plain sentence for each that could not be used."""
    from app.core.problems import ProblemsError
    from app.core.session import Setup

    from .loading import problem_words
    from .logo import with_drawable_logo

    problems: list[str] = []
    try:
        setup = Setup.load(q, organisation)
    except ProblemsError as exc:
        bad = str(exc.problems[0].file) if exc.problems else ""
        what = N_("preset") if bad.endswith("preset.yaml") else N_("organisation file")
        problems.append(problem_words(what, exc))
        setup = Setup(q)
    if preset is not None and setup.preset_fixed:
        assert setup.preset is not None
        problems.append(_(
            "The preset {given} was not used: this computer is set up with the preset "
            "\u201c{title}\u201d, which comes first.").format(given=preset,
                                                           title=setup.preset.title))
    elif preset is not None:
        try:
            setup = setup.with_preset(preset)
        except ProblemsError as exc:
            problems.append(problem_words(N_("preset"), exc))
    return with_drawable_logo(setup), problems


def prepare(q: Questionnaire, organisation: Path | None, preset: Path | None) -> None:
    """In the worker: check the files now; the wizard takes the result with take(q)."""
    try:
        _prepared[id(q)] = load_setup(q, organisation, preset)
    except Exception:  # the UI thread tries again and says what went wrong
        _prepared.pop(id(q), None)


def take(q: Questionnaire) -> Prepared | None:
    return _prepared.pop(id(q), None)


def in_worker(owner: QWidget, fn: Callable[..., T], *args: Any) -> T:
    """fn(*args) run in the worker, the window kept painting (but not taking input) until it
    is done; returns what fn returns or raises what it raised. For checks a person waits for
    (File > Open preset), which must not hold the UI thread however long a file takes."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from . import background

    loop = QEventLoop()
    task = background.run(fn, *args, then=lambda _task: loop.quit(), owner=owner)
    if not task.done():
        owner.destroyed.connect(loop.quit)
        owner.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            loop.exec()
        finally:
            QApplication.restoreOverrideCursor()
            owner.setEnabled(True)
    return task.result()
