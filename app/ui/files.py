"""Answers files for the main window (a mixin): open, save, recent files, the title, and the
Save / Discard / Cancel question before anything would drop unsaved changes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app import APP_NAME
from app.core.i18n import N_, _

from .widgets.boxes import documents_dir, file_dialog, message_box

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QMainWindow, QMenu

    from .autosave import Autosave
    from .window import MainWindow
    from .wizard import PlannerWizard

    _Base = QMainWindow  # for the type checker: the host MainWindow is a QMainWindow
else:
    _Base = object

RECENT_KEY = "files/recent"
RECENT_MAX = 8
ANSWERS_FILTER = N_("Answers (*.json);;All files (*)")


class Files(_Base):
    """Answers files (mixed into MainWindow)."""

    if TYPE_CHECKING:  # what MainWindow (and the Keeping mixin) provide
        wizard: PlannerWizard
        settings: QSettings
        autosave: Autosave
        finished: bool
        _timer: QTimer
        _open_later: Path | None
        _saved_words: str

        def autosave_enabled(self) -> bool: ...

        def write_autosave(self) -> bool: ...

    # Unsaved changes -----------------------------------------------------------------------
    def ask_to_keep(self, doing: str) -> bool:
        """Before something would drop unsaved changes: Save / Discard / Cancel. True to go on
        (saved, or the person chose to discard). doing ends "Save them before you ...?", in
        English as marked with N_ where it is named."""
        session = self.wizard.session
        if session is None or not session.modified or not session.has_input():
            return True
        buttons = message_box().StandardButton
        kept = (" " + _("If you do not save, your unfinished plan is still kept on this "
                        "computer and offered when you next start.") if doing == "close" and
                self.autosave_enabled() else "")
        # Translators: {doing} is one of the actions marked "before you ...", such as "close"
        # or "start a new plan"; write those in the form this sentence needs.
        reply = message_box().question(
            self, _("Save your answers?"), _("Your answers have changes you have not saved. "
                                             "Save them before you {doing}?").format(
                doing=_(doing)) + kept, buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save)
        if reply == buttons.Save:
            return self.save_answers() is not None
        return reply == buttons.Discard

    def _update_title(self) -> None:
        session = self.wizard.session
        if session is None:
            self.setWindowTitle(APP_NAME)
            return
        name = session.path.name if session.path else _("Unsaved plan")
        self.setWindowTitle(f"{name}[*] \u2013 {APP_NAME}")
        self.setWindowFilePath(str(session.path or ""))
        self.setWindowModified(session.modified)

    # New and open ---------------------------------------------------------------------------
    def new_session(self) -> None:
        if self.ask_to_keep(N_("start a new plan")):
            self._start_fresh()

    def _start_fresh(self) -> None:
        self._timer.stop()
        self.wizard.clear()
        self.autosave.remove()  # this window's own; another window's is never touched
        self.finished = False
        self._update_title()

    def open_answers(self) -> bool:
        if not self.wizard.ensure_loaded() or not self.ask_to_keep(N_("open other answers")):
            return False
        chosen, _filter = file_dialog().getOpenFileName(self, _("Open answers"), str(self._folder()),
                                                  _(ANSWERS_FILTER))
        return self.open_path(Path(chosen), asked=True) if chosen else False

    def open_path(self, path: Path, asked: bool = False) -> bool:
        """Open an answers file, with the preset and organisation pack it was made with."""
        from app.core.answers import AnswersError, check_against, load_answers

        if not self.wizard.ensure_loaded():
            return False
        if not asked and not self.ask_to_keep(N_("open other answers")):
            return False
        assert self.wizard.q is not None
        try:
            answers = load_answers(path)
            check_against(answers, self.wizard.q)
        except AnswersError as exc:
            self._could_not_open(path, str(exc))
            return False
        self.wizard.start.banner.hide()
        told = self.wizard.restore_setup(answers)
        self.wizard.set_answers(answers, path)
        self.wizard.go_to(self.wizard.CHECK_ID)
        self._remember(path)
        self._update_title()
        self.tell(told)
        self._say_what_changed(path)
        return True

    def _say_what_changed(self, path: Path) -> None:
        """Progress, and what changed in the guidance since the file was saved."""
        from .widgets.upkeep_view import opened_summary

        progress, changed = opened_summary(self.wizard.plan())
        if progress:
            self.statusBar().showMessage(_("Opened {name}: {progress}.").format(
                name=path.name, progress=progress), 15000)
        if changed:
            message_box().information(
                self, _("The guidance has changed"), _(
                    "You have done {progress}. Since you saved this plan, the guidance "
                    "changed:\n\n{changes}\n\nYour ticks are kept. The result page and the PDF "
                    "list these changes.").format(
                    progress=progress, changes="\n".join(f"\u2022 {c}" for c in changed)))

    def open_when_loaded(self, path: Path) -> None:
        """Open a file given on the command line or by the system, once the questions are in."""
        if self.wizard.q is None:
            self._open_later = path
            return
        self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """An answers file, preset or organisation pack, told apart by its content."""
        from app.core.config_packs import file_kind

        from .roles import open_organisation, open_preset

        kind = file_kind(path)
        window = cast("MainWindow", self)  # this mixin only ever lives in MainWindow
        if kind == "preset":
            return open_preset(window, path)
        if kind == "organisation":
            return open_organisation(window, path)
        if kind == "answers":
            return self.open_path(path)
        message_box().warning(self, _("Could not open this file"),
                              _("\u201c{name}\u201d is not answers, a preset or an "
                                "organisation pack, so Profile Planner cannot open it.").format(
                                  name=path.name))
        return False

    def tell(self, told: list[str]) -> None:
        """Say what the person must know after opening a plan (a preset not found)."""
        if told:
            message_box().information(self, _("About this plan"), "\n\n".join(told))

    def _could_not_open(self, path: Path, reason: str) -> None:
        """Say why; the file is left as it was. With answers on screen, offer a fresh start
        (the person meant to replace them), keeping the current ones unless they agree."""
        said = _("\u201c{name}\u201d could not be opened: {reason}. The file has not been "
                 "changed.").format(name=path.name, reason=reason)
        if not self.wizard.has_input():
            message_box().warning(self, _("Could not open answers"), said)
            return
        buttons = message_box().StandardButton
        reply = message_box().question(
            self, _("Could not open answers"), said + "\n\n" + _(
                "Start again with no answers? Choose No to carry on with the answers you have."),
            buttons.Yes | buttons.No, buttons.No)
        if reply == buttons.Yes:
            self._start_fresh()

    def _folder(self) -> Path:
        session = self.wizard.session
        return session.path.parent if session and session.path else documents_dir()

    # Recent files ---------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        # type=list makes QSettings return a list; the stubs only say object.
        value = cast("list[object]", self.settings.value(RECENT_KEY, [], type=list))
        return [Path(p) for p in value if isinstance(p, str) and p][:RECENT_MAX]

    def _remember(self, path: Path) -> None:
        paths = [str(path.resolve())] + [str(p) for p in self.recent_files()
                                         if str(p) != str(path.resolve())]
        self.settings.setValue(RECENT_KEY, paths[:RECENT_MAX])
        self.settings.sync()

    def _fill_recent(self, menu: QMenu) -> None:
        """The Open Recent menu, made as it opens; numbers are its access keys."""
        menu.clear()
        recent = self.recent_files()
        for n, path in enumerate(recent, 1):
            action = menu.addAction(f"&{n} {path.name.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda *_, p=path: self.open_path(p))
        if not recent:
            menu.addAction(_("No recent files")).setEnabled(False)

    # Saving ----------------------------------------------------------------------------------
    def save_answers(self) -> Path | None:
        session = self.wizard.session
        if session is None or session.path is None:
            return self.save_answers_as()
        return self._save_to(session.path)

    def save_answers_as(self) -> Path | None:
        if not self.wizard.ensure_loaded():
            return None
        chosen, _filter = file_dialog().getSaveFileName(self, _("Save answers"),
                                                  str(self._folder() / "my-answers.json"),
                                                  _("Answers (*.json)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> Path | None:
        if not self.wizard.ensure_loaded():
            return None
        session = self.wizard.session
        assert session is not None
        from .widgets.upkeep_view import stamped

        try:
            stamped(self.wizard).save(path)  # with the guidance it is saved with (issue 17)
        except OSError as exc:
            message_box().warning(self, _("Could not save answers"),
                                  _("Your answers could not be saved: {why}. Try another "
                                    "folder or name.").format(why=exc.strerror or exc))
            return None
        session.saved_to(path)
        self._remember(path)
        self._update_title()
        self.show_saved(N_("answers"), path)
        self.write_autosave()  # the kept copy now names the file and is not 'modified'
        return path

    def show_saved(self, what: str, path: Path) -> None:
        """'Saved your answers to my-answers.json at 14:02' until something changes; what is
        English, marked with N_ where it is named."""
        # Translators: {what} is "answers", "PDF" or "web page", translated on their own.
        self._saved_words = _("Saved your {what} to {path} at {time}").format(
            what=_(what), path=path, time=time.strftime("%H:%M"))
        self.statusBar().showMessage(self._saved_words)
