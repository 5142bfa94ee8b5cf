"""The main window: the wizard, menus, answer files, autosave and window geometry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow

from app import APP_NAME
from app.core.i18n import N_, _, current_language, set_language

from . import none_guard, qt_words, scheme
from .autosave import Autosave
from .files import Files
from .keeping import AUTOSAVE_KEY, Keeping, when_words
from .language import LANGUAGE_KEY, draft_label, rebuilt, show_draft
from .menus import Menus
from .widgets import focus_ring
from .widgets.boxes import file_dialog, message_box
from .wizard import PlannerWizard

if TYPE_CHECKING:

    from PySide6.QtGui import QCloseEvent


__all__ = ["AUTOSAVE_KEY", "MainWindow", "file_dialog", "message_box", "when_words"]
GEOMETRY_KEY = "window/geometry"
AUTOSAVE_DELAY_MS = 1000


def default_settings() -> QSettings:
    import platformdirs

    folder = Path(platformdirs.user_config_dir("profile-planner", appauthor=False))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


class MainWindow(Menus, Keeping, Files, QMainWindow):
    def __init__(self, settings: QSettings | None = None, data_dir: Path | None = None,
                 questionnaire_path: Path | None = None, organisation_path: Path | None = None,
                 preset_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        focus_ring.install()
        qt_words.install()  # Qt's own buttons in the person's language
        scheme.install()  # light, dark or high contrast as the system asks
        self.setWindowTitle(APP_NAME)
        self.settings = settings if settings is not None else default_settings()
        self.autosave = Autosave(data_dir)
        self.finished = False
        self._started = False
        self._pending = None  # an unfinished session offered on the start page
        self._open_later: Path | None = None  # a file to open once the questions are in
        self._saved_words = ""  # the status bar's last 'Saved ...' message
        # Made without a parent: setCentralWidget then makes it a plain widget, not a dialog.
        self.wizard = PlannerWizard(None, questionnaire_path, organisation_path, preset_path)
        self.setCentralWidget(self.wizard)
        self.wizard.restart()  # an embedded QWizard does not start itself
        self._make_menus()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_autosave)
        self._connect_wizard()
        self.wizard.start.painted.connect(lambda: QTimer.singleShot(0, self._on_first_paint))
        self._draft = draft_label(self)  # "Cyfieithiad drafft: ..." while Welsh is a draft
        self.statusBar().addWidget(self._draft, 1)  # one line; a passing message covers it
        geometry = self.settings.value(GEOMETRY_KEY, None)
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            em = self.fontMetrics().height()
            self.resize(em * 58, em * 40)
        self._fit_screen()

    def _connect_wizard(self) -> None:
        self.wizard.changed.connect(self._schedule_autosave)
        self.wizard.changed.connect(self._on_entered)
        self.wizard.told.connect(lambda words: self.statusBar().showMessage(words))
        self.wizard.finish_requested.connect(self.finish)
        self.wizard.loaded.connect(self._on_loaded)
        banner = self.wizard.start.banner
        banner.resume.connect(self.resume)
        banner.discard.connect(self.discard_autosave)

    def choose_language(self, code: str) -> None:
        """Language menu: remember the choice and show everything in it at once. The wizard
        is rebuilt from the session (app.core holds all that was entered), on the same page."""
        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()
        if code == current_language():
            return
        set_language(code)
        self.wizard = rebuilt(self.wizard)
        self.setCentralWidget(self.wizard)  # the old wizard is deleted once it is hidden
        self._connect_wizard()
        self._remake_menus()
        show_draft(self._draft)
        self._saved_words = ""
        self.statusBar().clearMessage()
        if self.wizard.q is not None:
            self._on_loaded()
            if self._pending is not None:
                self.offer_autosave()  # the offer, in the new language
        elif not self.wizard.load_error:
            self.wizard.load_in_background()
        self._update_title()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (at 200% text the natural size is)."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # The frame (title bar, borders) is not known before the window is shown: leave room.
        width = min(self.width(), free.width() - 16)
        height = min(self.height(), free.height() - 48)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(free.x() + (free.width() - width) // 2,
                      free.y() + max(0, (free.height() - height - 40) // 2))

    def _on_entered(self) -> None:
        """The title's modified marker, and a 'Saved ...' message that no longer holds."""
        session = self.wizard.session
        if session is None:
            return
        self._update_title()
        if session.modified and self._saved_words and \
                self.statusBar().currentMessage() == self._saved_words:
            self.statusBar().showMessage(_("{saved}; changed since.").format(
                saved=self._saved_words))

    # Start-up ------------------------------------------------------------------------
    def _on_first_paint(self) -> None:
        """Just after the window is first painted: menus and shortcuts, and start reading the
        questions in the background (an unfinished session is offered once they are in)."""
        none_guard.guard()  # before the worker starts
        self._install_shortcuts()
        if not self._started:
            self.wizard.load_in_background()
        from . import warmup  # reportlab and the fonts, so the first PDF preview is quick
        warmup.start(self)

    def after_first_paint(self) -> None:
        """Finish starting up now: the questions (waiting for them if the worker is reading
        them) and the offer of an unfinished session."""
        none_guard.guard()
        self._install_shortcuts()
        self.wizard.ensure_loaded()

    def _on_loaded(self) -> None:
        self._install_shortcuts()
        if self.wizard.result_page is not None:
            self.wizard.result_page.save_answers_requested.connect(self.save_answers_as)
            self.wizard.result_page.saved.connect(self.show_saved)
        self._update_title()
        if not self._started:
            self._started = True
            self.offer_autosave()
        later, self._open_later = self._open_later, None
        if later is not None:
            self.open_file(later)

    # Finishing and closing -----------------------------------------------------------
    def finish(self) -> None:
        """Finish: ask before unsaved changes go; then the unfinished session goes too."""
        page = self.wizard.result_page
        session = self.wizard.session
        if session is not None and session.modified and session.has_input():
            if not self.ask_to_keep(N_("finish")):
                return
        elif page is not None and page.saved_pdf is None and page.save_pdf_button.isEnabled():
            buttons = message_box().StandardButton
            reply = message_box().question(
                self, _("Close without saving?"),
                _("You have not saved your plan as a PDF. Close anyway?"),
                buttons.Yes | buttons.No, buttons.No)
            if reply != buttons.Yes:
                return
        self.finished = True
        self._timer.stop()
        self.autosave.remove()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.finished and not self.ask_to_keep(N_("close")):
            event.ignore()
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        self._timer.stop()
        if not self.finished:
            self.write_autosave()
        self.autosave.release()
        event.accept()
        from .background import thaw

        thaw()  # this window's questions and pages may go now

    def show_error(self, message: str) -> None:
        """Called by the exception hook: keep the session, save progress, say what happened."""
        try:
            self.write_autosave()
        except Exception:
            pass
        message_box().critical(self, _("Something went wrong"), message)

