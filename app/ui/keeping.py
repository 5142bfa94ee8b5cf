"""Keeping an unfinished session (a mixin for the main window): autosave, the offer to
resume, and Start again with a way back until the app closes."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.i18n import N_, _, ngettext

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
MODE_WORDS = {"alone": N_("on your own"), "line_manager": N_("with a line manager")}
# Kept for the life of the process, across windows: Start again can be undone until the app
# closes (File > Restore the plan you discarded).
DISCARDED: list[Restored] = []


def when_words(stamp: float) -> str:
    if not stamp:
        return _("earlier")
    moment = datetime.datetime.fromtimestamp(stamp)
    clock = moment.strftime("%H:%M")
    if moment.date() == datetime.date.today():
        return _("today at {time}").format(time=clock)
    from app.core.upkeep import long_date

    date = long_date(moment.date())
    return _("on {date} at {time}").format(date=date, time=clock)


def describe(restored: Restored, q: Questionnaire) -> str:
    """'Alex's plan, with a line manager, at “Your security”, saved today at 14:02.'"""
    answers = restored.answers.answers
    name = next((value for _, qu in q.questions()
                 if qu.bio_field == "name" and isinstance(value := answers.get(qu.id), str)
                 and value.strip()), "")
    whose = _("{name}\u2019s plan").format(name=name.strip()) if name else \
        _("A plan with no name yet")
    step = next((s.title for s in q.steps if s.id == restored.page), None)
    where = {"check": _("Check your answers"), "result": _("Your plan")}.get(restored.page,
                                                                           step)
    mode = _(MODE_WORDS.get(restored.answers.mode, MODE_WORDS["alone"]))
    when = when_words(restored.saved_at)
    if where:
        return _("{whose}, {mode}, at \u201c{where}\u201d, saved {when}.").format(
            whose=whose, mode=mode, where=where, when=when)
    return _("{whose}, {mode}, at the start, saved {when}.").format(whose=whose, mode=mode,
                                                                   when=when)


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
            self.statusBar().showMessage(_("Your progress could not be kept: {why}.").format(
                why=exc.strerror or exc))
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
                kept = " " + _("A copy is kept at {path}.").format(
                    path=self.autosave.set_aside(path))
            except OSError:
                kept = ""
            banner.warn(_("Your unfinished plan could not be opened"),
                        _("Profile Planner could not open the plan you were working on, "
                          "because {why}. You can start again.").format(why=exc) + kept)
            return
        self._pending = restored
        more = len(offers) - 1
        extra = " " + ngettext("You have {n} more unfinished plan; each is offered in turn.",
                               "You have {n} more unfinished plans; each is offered in turn.",
                               more).format(n=more) if more else ""
        banner.offer(describe(restored, self.wizard.q) + extra)

    def resume(self) -> None:
        restored = self._pending
        if restored is None:
            return
        if not self.ask_to_keep(N_("open your unfinished plan")):
            return
        if not self.autosave.adopt(restored.path):
            message_box().information(self, _("Open in another window"),
                                      _("This unfinished plan is open in another Profile Planner "
                                      "window. Carry on there."))
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
            self, _("Start again?"), _(
                "Discard your unfinished plan and start again? {plan} Until you close Profile "
                "Planner you can get it back with File > Restore the plan you discarded.").format(
                plan=describe(restored, self.wizard.q)),
            buttons.Yes | buttons.No, buttons.No)
        if reply != buttons.Yes:
            return
        self.autosave.remove(restored.path)
        DISCARDED.append(restored)
        self._pending = None
        self.wizard.start.banner.hide()
        self.restore_discarded_action.setEnabled(True)
        self.statusBar().showMessage(_("Your unfinished plan was discarded. File > Restore the "
                                     "plan you discarded brings it back."))
        self.offer_autosave()  # the next one, if there is one

    def restore_discarded(self) -> None:
        if not DISCARDED or not self.ask_to_keep(N_("restore the plan you discarded")):
            return
        restored = DISCARDED.pop()
        self._take_over(restored)
        self.restore_discarded_action.setEnabled(bool(DISCARDED))
        self.write_autosave()
