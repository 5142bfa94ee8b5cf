"""The main window's menus (a mixin for the main window): File, Language and Help, their
actions and shortcuts, and the Help menu's windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app import APP_NAME, __version__
from app.core.i18n import _

from .language import language_menu
from .widgets.boxes import message_box

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialog, QMainWindow

    from .wizard import PlannerWizard

    _Base = QMainWindow  # for the type checker: the host MainWindow is a QMainWindow
else:
    _Base = object


class Menus(_Base):
    """File, Language and Help. The host provides the slots the actions run."""

    if TYPE_CHECKING:
        wizard: PlannerWizard

        def choose_language(self, code: str) -> None: ...
        def new_session(self) -> None: ...
        def open_answers(self) -> bool: ...
        def save_answers(self) -> Path | None: ...
        def save_answers_as(self) -> Path | None: ...
        def restore_discarded(self) -> None: ...
        def autosave_enabled(self) -> bool: ...
        def _on_autosave_setting(self, on: bool) -> None: ...
        def _fill_recent(self, menu: QMenu) -> None: ...

    def _remake_menus(self) -> None:
        for action in self.actions():
            self.removeAction(action)
        for menu in (self._file_menu, self._language_menu, self._help_menu):
            menu.deleteLater()
        self.menuBar().clear()
        self._make_menus()
        self._install_shortcuts()

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
        from PySide6.QtGui import QKeySequence

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

        add_role_actions(self, file_menu)  # type: ignore[arg-type]  # self is the MainWindow
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

    def _install_shortcuts(self) -> None:
        # Shortcuts wake Qt's key enums (~30 ms), so they come just after the first paint.
        from PySide6.QtGui import QKeySequence

        self._fill_menus()
        for action, key in self._keys:
            action.setShortcuts(QKeySequence.keyBindings(key))
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._keys = []
