"""The main window: the wizard, menus, answer files, autosave and window geometry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app import APP_NAME, __version__

from . import none_guard
from .autosave import Autosave, AutosaveError
from .wizard import PlannerWizard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from .autosave import Restored

AUTOSAVE_KEY = "autosave/enabled"
GEOMETRY_KEY = "window/geometry"
AUTOSAVE_DELAY_MS = 1000


def message_box() -> type[QMessageBox]:
    """QMessageBox, imported when first needed (its enums slow the first paint)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def file_dialog() -> type[QFileDialog]:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def default_settings() -> QSettings:
    import platformdirs

    folder = Path(platformdirs.user_config_dir("profile-planner", appauthor=False))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def when_words(stamp: float) -> str:
    import datetime

    if not stamp:
        return "earlier"
    moment = datetime.datetime.fromtimestamp(stamp)
    day = "today" if moment.date() == datetime.date.today() else moment.strftime("on %d %B %Y")
    return f"{day} at {moment.strftime('%H:%M')}"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, data_dir: Path | None = None,
                 questionnaire_path: Path | None = None, organisation_path: Path | None = None,
                 preset_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.settings = settings if settings is not None else default_settings()
        self.autosave = Autosave(data_dir)
        self.answers_path: Path | None = None
        self.finished = False
        self._started = False
        # Made without a parent: setCentralWidget then makes it a plain widget, not a dialog.
        self.wizard = PlannerWizard(None, questionnaire_path, organisation_path, preset_path)
        self.setCentralWidget(self.wizard)
        self.wizard.restart()  # an embedded QWizard does not start itself
        self._make_menus()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_autosave)
        self.wizard.changed.connect(self._schedule_autosave)
        self.wizard.finish_requested.connect(self.finish)
        self.wizard.loaded.connect(self._on_loaded)
        self.wizard.start.painted.connect(lambda: QTimer.singleShot(0, self._on_first_paint))
        banner = self.wizard.start.banner
        banner.resume.connect(self.resume)
        banner.discard.connect(self.discard_autosave)
        geometry = self.settings.value(GEOMETRY_KEY, None)
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            em = self.fontMetrics().height()
            self.resize(em * 58, em * 40)

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
        self._file_menu = self.menuBar().addMenu("&File")
        self._help_menu = self.menuBar().addMenu("&Help")
        self._menus_filled = False

    def _fill_menus(self) -> None:
        if self._menus_filled:
            return
        self._menus_filled = True
        keys = QKeySequence.StandardKey
        file_menu, help_menu = self._file_menu, self._help_menu
        self.new_action = self._action("&New", self.new_session, keys.New)
        self.open_action = self._action("&Open answers\u2026", self.open_answers, keys.Open)
        self.save_action = self._action("&Save answers", self.save_answers, keys.Save)
        self.save_as_action = self._action("Save answers &as\u2026", self.save_answers_as,
                                           keys.SaveAs)
        self.autosave_action = self._action("&Keep unfinished answers automatically",
                                            self._on_autosave_setting)
        self.autosave_action.setCheckable(True)
        self.autosave_action.setChecked(self.autosave_enabled())
        self.quit_action = self._action("&Quit", self.close, keys.Quit)
        for action in (self.new_action, self.open_action, self.save_action, self.save_as_action):
            file_menu.addAction(action)
        from .roles import add_role_actions  # organisation packs and security-officer presets

        add_role_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.autosave_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.sources_action = self._action("&Sources", self.show_sources, keys.HelpContents)
        self.about_action = self._action("&About Profile Planner", self.show_about)
        help_menu.addAction(self.sources_action)
        help_menu.addAction(self.about_action)

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
        if not self._started:
            self._started = True
            self.offer_autosave()

    def offer_autosave(self) -> None:
        if not self.autosave.exists() or not self.autosave_enabled():
            return
        banner = self.wizard.start.banner
        try:
            assert self.wizard.q is not None
            restored = self.autosave.read(self.wizard.q)
        except AutosaveError as exc:
            try:
                kept = f" A copy is kept at {self.autosave.set_aside()}."
            except OSError:
                kept = ""
            banner.warn("Your unfinished plan could not be opened",
                        f"Profile Planner could not open the plan you were working on, because "
                        f"{exc}. You can start again.{kept}")
            return
        self._pending: Restored | None = restored
        banner.offer(when_words(restored.saved_at))

    def resume(self) -> None:
        restored = getattr(self, "_pending", None)
        if restored is None:
            return
        self.wizard.start.banner.hide()
        self.wizard.set_answers(restored.answers)
        self.wizard.go_to(self.wizard.page_id_for(restored.page))
        self._pending = None

    def discard_autosave(self) -> None:
        self.wizard.start.banner.hide()
        self._pending = None
        self.autosave.remove()

    # Autosave ------------------------------------------------------------------------
    def autosave_enabled(self) -> bool:
        return bool(self.settings.value(AUTOSAVE_KEY, True, type=bool))

    def _on_autosave_setting(self, on: bool) -> None:
        self.settings.setValue(AUTOSAVE_KEY, on)
        self.settings.sync()
        if not on:
            self._timer.stop()
            self.autosave.remove()

    def _schedule_autosave(self) -> None:
        if self.autosave_enabled() and not self.finished and self.wizard.q is not None:
            self._timer.start()

    def write_autosave(self) -> bool:
        if not self.autosave_enabled() or self.finished or self.wizard.q is None:
            return False
        if not self.wizard.has_input():
            return False
        try:
            self.autosave.write(self.wizard.answers().to_json(), self.wizard.current_step_id())
        except OSError as exc:
            self.statusBar().showMessage(f"Your progress could not be kept: {exc.strerror}.")
            return False
        return True

    # Files ---------------------------------------------------------------------------
    def _ask_to_start_again(self) -> bool:
        if not self.wizard.has_input():
            return True
        reply = message_box().question(
            self, "Start again?", "This clears your answers. Save them first if you want to "
            "keep them. Start again?",
            message_box().StandardButton.Yes | message_box().StandardButton.No,
            message_box().StandardButton.No)
        return reply == message_box().StandardButton.Yes

    def new_session(self) -> None:
        if not self._ask_to_start_again():
            return
        self._start_fresh()

    def _start_fresh(self) -> None:
        self._timer.stop()
        self.wizard.clear()
        self.autosave.remove()
        self.answers_path = None
        self.finished = False
        self.setWindowFilePath("")

    def open_answers(self) -> bool:
        if not self.wizard.ensure_loaded():
            return False
        chosen, _ = file_dialog().getOpenFileName(self, "Open answers", str(self._folder()),
                                                "Answers (*.json);;All files (*)")
        if not chosen:
            return False
        return self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        from app.core.answers import AnswersError, check_against, load_answers

        if not self.wizard.ensure_loaded():
            return False
        assert self.wizard.q is not None
        try:
            answers = load_answers(path)
            check_against(answers, self.wizard.q)
        except AnswersError as exc:
            self._could_not_open(path, str(exc))
            return False
        self.wizard.start.banner.hide()
        self.wizard.set_answers(answers)
        self.wizard.go_to(self.wizard.CHECK_ID)
        self.answers_path = path
        self.setWindowFilePath(str(path))
        return True

    def _could_not_open(self, path: Path, reason: str) -> None:
        """Say why; the file is left as it was. With answers on screen, offer a fresh start
        (the person meant to replace them), keeping the current ones unless they agree."""
        said = (f"\u201c{path.name}\u201d could not be opened: {reason}. "
                "The file has not been changed.")
        if not self.wizard.has_input():
            message_box().warning(self, "Could not open answers", said)
            return
        buttons = message_box().StandardButton
        reply = message_box().question(
            self, "Could not open answers", f"{said}\n\nStart again with no answers? Choose No "
            "to carry on with the answers you have.", buttons.Yes | buttons.No, buttons.No)
        if reply == buttons.Yes:
            self._start_fresh()

    def _folder(self) -> Path:
        from .result_page import documents_dir

        return self.answers_path.parent if self.answers_path else documents_dir()

    def save_answers(self) -> Path | None:
        if self.answers_path is None:
            return self.save_answers_as()
        return self._save_to(self.answers_path)

    def save_answers_as(self) -> Path | None:
        if not self.wizard.ensure_loaded():
            return None
        chosen, _ = file_dialog().getSaveFileName(self, "Save answers",
                                                str(self._folder() / "my-answers.json"),
                                                "Answers (*.json)")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> Path | None:
        if not self.wizard.ensure_loaded():
            return None
        try:
            self.wizard.answers().save(path)
        except OSError as exc:
            message_box().warning(self, "Could not save answers",
                                f"Your answers could not be saved: {exc.strerror or exc}. "
                                "Try another folder or name.")
            return None
        self.answers_path = path
        self.setWindowFilePath(str(path))
        self.statusBar().showMessage(f"Saved your answers to {path}", 8000)
        return path

    # Help ----------------------------------------------------------------------------
    def show_sources(self) -> QDialog | None:
        if not self.wizard.ensure_loaded():
            return None
        import html

        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        from .checklist_view import open_link

        assert self.wizard.q is not None
        dialog = QDialog(self)
        dialog.setWindowTitle("Sources")
        lay = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setObjectName("sources")
        browser.setAccessibleName("Sources of the guidance")
        browser.setOpenLinks(False)
        browser.anchorClicked.connect(open_link)
        e = html.escape
        rows = []
        for s in self.wizard.q.sources:
            title = (f'<a href="{e(s.url, quote=True)}">{e(s.title)}</a>' if s.url
                     else e(s.title))
            extra = ", ".join(e(x) for x in (s.publisher, s.date) if x)
            rows.append(f"<li>{title}{' (' + extra + ')' if extra else ''}</li>")
        browser.setHtml("<p>Your plan rests on this public guidance. Links open in your "
                        "browser only when you choose one.</p><ul>" + "".join(rows) + "</ul>")
        lay.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        for b in buttons.buttons():
            b.setAccessibleName(b.text().replace("&", ""))
        lay.addWidget(buttons)
        em = self.fontMetrics().height()
        dialog.resize(em * 36, em * 24)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        message_box().about(self, f"About {APP_NAME}",
                          f"{APP_NAME} {__version__}\n\nPlan a safe, well-set-up social media "
                          "account: a checklist with the reasons and guidance behind it, and "
                          "draft bios.\n\nIt works offline. Your answers stay on this computer.")

    # Finishing and closing -----------------------------------------------------------
    def finish(self) -> None:
        page = self.wizard.result_page
        if page is not None and page.saved_pdf is None and page.save_pdf_button.isEnabled():
            reply = message_box().question(
                self, "Close without saving?",
                "You have not saved your plan as a PDF. Close anyway?",
                message_box().StandardButton.Yes | message_box().StandardButton.No,
                message_box().StandardButton.No)
            if reply != message_box().StandardButton.Yes:
                return
        self.finished = True
        self._timer.stop()
        self.autosave.remove()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        self._timer.stop()
        if not self.finished:
            self.write_autosave()
        event.accept()
        from .background import thaw

        thaw()  # this window's questions and pages may go now

    def show_error(self, message: str) -> None:
        """Called by the exception hook: keep the session, save progress, say what happened."""
        try:
            self.write_autosave()
        except Exception:
            pass
        message_box().critical(self, "Something went wrong", message)

