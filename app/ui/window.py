"""The main window: the wizard, menus, answer files, autosave and window geometry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app import APP_NAME, __version__
from app.core.i18n import N_, _, current_language, set_language

from . import none_guard, qt_words, scheme
from .autosave import Autosave
from .files import Files
from .keeping import AUTOSAVE_KEY, Keeping, when_words
from .language import LANGUAGE_KEY, draft_label, language_menu, rebuilt, show_draft
from .widgets import focus_ring
from .widgets.boxes import file_dialog, message_box
from .wizard import PlannerWizard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog


__all__ = ["AUTOSAVE_KEY", "MainWindow", "file_dialog", "message_box", "when_words"]
GEOMETRY_KEY = "window/geometry"
AUTOSAVE_DELAY_MS = 1000


def default_settings() -> QSettings:
    import platformdirs

    folder = Path(platformdirs.user_config_dir("profile-planner", appauthor=False))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


class MainWindow(Keeping, Files, QMainWindow):
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

    def _remake_menus(self) -> None:
        for action in self.actions():
            self.removeAction(action)
        for menu in (self._file_menu, self._language_menu, self._help_menu):
            menu.deleteLater()
        self.menuBar().clear()
        self._make_menus()
        self._install_shortcuts()

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

    # Menus ---------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[..., object],
                key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            self._keys.append((action, key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_menus(self) -> None:
        """The menu titles only: the bar takes its height before the first paint, so nothing
        moves when the actions are added just after it (_fill_menus)."""
        self._keys: list[tuple[QAction, QKeySequence.StandardKey]] = []
        self.menuBar().setAccessibleName(_("Menu bar"))
        self._file_menu = self.menuBar().addMenu(_("&File"))
        self._language_menu = language_menu(self.menuBar(), self.choose_language)
        self.menuBar().addMenu(self._language_menu)
        self._help_menu = self.menuBar().addMenu(_("&Help"))
        self._menus_filled = False

    def _fill_menus(self) -> None:
        if self._menus_filled:
            return
        self._menus_filled = True
        keys = QKeySequence.StandardKey
        file_menu, help_menu = self._file_menu, self._help_menu
        self.new_action = self._action(_("&New"), self.new_session, keys.New)
        self.open_action = self._action(_("&Open answers\u2026"), self.open_answers, keys.Open)
        self.recent_menu = QMenu(_("Open r&ecent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent(self.recent_menu))
        self.save_action = self._action(_("&Save answers"), self.save_answers, keys.Save)
        self.save_as_action = self._action(_("Save answers &as\u2026"), self.save_answers_as,
                                           keys.SaveAs)
        self.restore_discarded_action = self._action(_("Res&tore the plan you discarded"),
                                                     self.restore_discarded)
        from .keeping import DISCARDED

        self.restore_discarded_action.setEnabled(bool(DISCARDED))
        self.autosave_action = self._action(_("&Keep unfinished answers automatically"),
                                            self._on_autosave_setting)
        self.autosave_action.setCheckable(True)
        self.autosave_action.setChecked(self.autosave_enabled())
        self.quit_action = self._action(_("&Quit"), self.close, keys.Quit)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        for action in (self.save_action, self.save_as_action, self.restore_discarded_action):
            file_menu.addAction(action)
        from .roles import add_role_actions  # organisation packs and security-officer presets

        add_role_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.autosave_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.help_action = self._action(_("&Help"), self.show_help, keys.HelpContents)
        self.sources_action = self._action(_("&Sources of the guidance"), self.show_sources)
        self.statement_action = self._action(_("Accessibility s&tatement"),
                                             self.show_statement)
        self.about_action = self._action(_("&About Profile Planner"), self.show_about)
        for action in (self.help_action, self.sources_action, self.statement_action,
                       self.about_action):
            help_menu.addAction(action)

    # Start-up ------------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        # Shortcuts wake Qt's key enums (~30 ms), so they come just after the first paint.
        self._fill_menus()
        for action, key in self._keys:
            action.setShortcuts(QKeySequence.keyBindings(key))
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._keys = []

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

    # Help ----------------------------------------------------------------------------
    def show_help(self) -> QDialog:
        from .dialogs.help import show_help

        self._help = show_help(self)
        return self._help

    def show_sources(self) -> QDialog | None:
        if not self.wizard.ensure_loaded():
            return None
        from .dialogs.help import show_sources

        assert self.wizard.q is not None
        return show_sources(self, self.wizard.q)

    def show_statement(self) -> QDialog:
        from .dialogs.statement import show_statement

        self._statement = show_statement(self)
        return self._statement

    def show_about(self) -> None:
        message_box().about(self, _("About {app}").format(app=APP_NAME),
                            f"{APP_NAME} {__version__}\n\n" + _(
                                "Plan a safe, well-set-up social media account: a checklist "
                                "with the reasons and guidance behind it, and draft bios."
                                "\n\nIt works offline. Your answers stay on this computer."))

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

