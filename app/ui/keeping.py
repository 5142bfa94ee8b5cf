"""Keeping an unfinished session (a mixin for the main window): autosave, the offer to
resume, and Start again with a way back until the app closes."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .autosave import AutosaveError
from .widgets.boxes import message_box

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from app.core.questionnaire import Questionnaire

    from .autosave import Autosave, Restored
    from .wizard import PlannerWizard

    _Base = QMainWindow  # for the type checker: the host MainWindow is a QMainWindow
else:
    _Base = object

AUTOSAVE_KEY = "autosave/enabled"
MODE_WORDS = {"alone": "on your own", "line_manager": "with a line manager"}
# Kept for the life of the process, across windows: Start again can be undone until the app
# closes (File > Restore the plan you discarded).
DISCARDED: list[Restored] = []


def when_words(stamp: float) -> str:
    if not stamp:
        return "earlier"
    moment = datetime.datetime.fromtimestamp(stamp)
    day = "today" if moment.date() == datetime.date.today() else moment.strftime("on %d %B %Y")
    return f"{day} at {moment.strftime('%H:%M')}"


def describe(restored: Restored, q: Questionnaire) -> str:
    """'Alex's plan, with a line manager, at “Your security”, saved today at 14:02.'"""
    answers = restored.answers.answers
    name = next((value for _, qu in q.questions()
                 if qu.bio_field == "name" and isinstance(value := answers.get(qu.id), str)
                 and value.strip()), "")
    whose = f"{name.strip()}\u2019s plan" if name else "A plan with no name yet"
    step = next((s.title for s in q.steps if s.id == restored.page), None)
    where = {"check": "Check your answers", "result": "Your plan"}.get(restored.page, step)
    at = f", at \u201c{where}\u201d" if where else ", at the start"
    return (f"{whose}, {MODE_WORDS.get(restored.answers.mode, 'on your own')}{at}, saved "
            f"{when_words(restored.saved_at)}.")


class Keeping(_Base):
    """Autosave and the resume offer (mixed into MainWindow)."""

    if TYPE_CHECKING:  # what MainWindow (and the Files mixin) provide
        wizard: PlannerWizard
        settings: QSettings
        autosave: Autosave
        finished: bool
        restore_discarded_action: QAction
        _timer: QTimer
        _pending: Restored | None

        def ask_to_keep(self, doing: str) -> bool: ...

        def tell(self, told: list[str]) -> None: ...

        def _update_title(self) -> None: ...

    # Autosave ----------------------------------------------------------------------------
    def autosave_enabled(self) -> bool:
        return bool(self.settings.value(AUTOSAVE_KEY, True, type=bool))

    def _on_autosave_setting(self, on: bool) -> None:
        self.settings.setValue(AUTOSAVE_KEY, on)
        self.settings.sync()
        if not on:
            self._timer.stop()
            self.autosave.remove()

    def _schedule_autosave(self) -> None:
        if self.autosave_enabled() and not self.finished and self.wizard.session is not None:
            self._timer.start()

    def write_autosave(self) -> bool:
        session = self.wizard.session
        if not self.autosave_enabled() or self.finished or session is None:
            return False
        if not session.has_input():
            return False
        try:
            self.autosave.write(session.answers().to_json(), self.wizard.current_step_id(),
                                str(session.path or ""), session.modified)
        except OSError as exc:
            self.statusBar().showMessage(f"Your progress could not be kept: "
                                         f"{exc.strerror or exc}.")
            return False
        return True

    # The offer -----------------------------------------------------------------------------
    def offer_autosave(self) -> None:
        """Offer the newest unfinished session no other window is using."""
        self._pending = None
        if not self.autosave_enabled() or self.wizard.q is None:
            return
        banner = self.wizard.start.banner
        offers = self.autosave.offers()
        if not offers:
            return
        path = offers[0]
        try:
            restored = self.autosave.read(self.wizard.q, path)
        except AutosaveError as exc:
            try:
                kept = f" A copy is kept at {self.autosave.set_aside(path)}."
            except OSError:
                kept = ""
            banner.warn("Your unfinished plan could not be opened",
                        f"Profile Planner could not open the plan you were working on, because "
                        f"{exc}. You can start again.{kept}")
            return
        self._pending = restored
        more = len(offers) - 1
        extra = (f" You have {more} more unfinished plan{'s' if more > 1 else ''}; "
                 "each is offered in turn.") if more else ""
        banner.offer(describe(restored, self.wizard.q) + extra)

    def resume(self) -> None:
        restored = self._pending
        if restored is None:
            return
        if not self.ask_to_keep("open your unfinished plan"):
            return
        if not self.autosave.adopt(restored.path):
            message_box().information(self, "Open in another window",
                                      "This unfinished plan is open in another Profile Planner "
                                      "window. Carry on there.")
            return
        self._pending = None
        self._take_over(restored)

    def _take_over(self, restored: Restored) -> None:
        self.wizard.start.banner.hide()
        told = self.wizard.restore_setup(restored.answers)
        opened = Path(restored.answers_path) if restored.answers_path else None
        self.wizard.set_answers(restored.answers, opened)
        assert self.wizard.session is not None
        self.wizard.session.modified = restored.modified
        self.wizard.go_to(self.wizard.page_id_for(restored.page))
        self.tell(told)
        self._update_title()

    def discard_autosave(self) -> None:
        """Start again: ask first; the plan can be restored until the app closes."""
        restored = self._pending
        if restored is None:
            self.wizard.start.banner.hide()
            return
        assert self.wizard.q is not None  # an offer is made only once the questions are in
        buttons = message_box().StandardButton
        reply = message_box().question(
            self, "Start again?", "Discard your unfinished plan and start again? "
            + describe(restored, self.wizard.q) + " Until you close Profile Planner you can "
            "get it back with File > Restore the plan you discarded.",
            buttons.Yes | buttons.No, buttons.No)
        if reply != buttons.Yes:
            return
        self.autosave.remove(restored.path)
        DISCARDED.append(restored)
        self._pending = None
        self.wizard.start.banner.hide()
        self.restore_discarded_action.setEnabled(True)
        self.statusBar().showMessage("Your unfinished plan was discarded. File > Restore the "
                                     "plan you discarded brings it back.")
        self.offer_autosave()  # the next one, if there is one

    def restore_discarded(self) -> None:
        if not DISCARDED or not self.ask_to_keep("restore the plan you discarded"):
            return
        restored = DISCARDED.pop()
        self._take_over(restored)
        self.restore_discarded_action.setEnabled(bool(DISCARDED))
        self.write_autosave()
