"""The app's language: chosen at start, offered in a Language menu, remembered in settings.

At start the language is `--lang` if given, else the one chosen in the menu last time, else
the system's (app.core.i18n.system_language). Changing it while the app runs rebuilds the
wizard's pages from the session (app.core holds everything the person entered) and lands
on the same page, so nothing typed is lost and nothing locked unlocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from app.core.i18n import (
    LANGUAGES,
    _,
    current_language,
    draft_notice,
    known,
    language_from,
    set_language,
)

from .wizard import PlannerWizard

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

LANGUAGE_KEY = "ui/language"


def saved_language(settings: QSettings) -> str | None:
    code = settings.value(LANGUAGE_KEY, "", type=str)
    return code if isinstance(code, str) and code and known(code) else None


def choose_at_start(argv: list[str], settings: QSettings) -> None:
    """--lang wins (the command line has already set it); else the menu's last choice."""
    if language_from(argv) is None:
        saved = saved_language(settings)
        if saved is not None:
            set_language(saved)


def language_menu(parent: QWidget, choose: object) -> QMenu:
    """Language > English / Cymraeg, each named in its own language so a person who cannot
    read the current one still finds theirs."""
    menu = QMenu(_("Lang&uage"), parent)
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.setObjectName(f"language-{code}")
        # The language of the name, for a screen reader that switches voice.
        action.setToolTip(name)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))  # type: ignore[operator]
        group.addAction(action)
        menu.addAction(action)
    return menu


def draft_label(parent: QWidget) -> QLabel:
    """The one line that says a translation is a draft; hidden when it is not."""
    label = QLabel(parent)
    label.setObjectName("draft-translation")
    label.setWordWrap(False)
    show_draft(label)
    return label


def show_draft(label: QLabel) -> None:
    notice = draft_notice(current_language())
    label.setText(notice or "")
    label.setAccessibleName(notice or "")
    label.setVisible(bool(notice))


def rebuilt(old: PlannerWizard) -> PlannerWizard:
    """A new wizard in the current language showing old's session, on old's page.

    The questionnaire, setup and session are handed over as they are: the pages are built
    from them as when saved answers are opened, then the route is walked to the page the
    person was on (QWizard keeps Back's history only for pages walked through).
    """
    new = PlannerWizard(None, old.questionnaire_path, old.organisation_path, old.preset_path)
    new.load_error = old.load_error
    new.setup_problems = list(old.setup_problems)
    page_id = old.currentId()
    reading = getattr(old, "_reading", None)
    if reading is not None:
        reading.drop()  # the new wizard reads the questions itself
        old._reading = None
    old._pages_left = None  # pages half built in turns (loading.py): the new one builds its own
    if old.q is None:
        if old.load_error:
            new.start.show_problem(old.load_error)
        new.start.set_mode(old.start.mode())
        new.restart()
        return new
    new.q = old.q
    new._build(old.q)
    new.session = old.session
    new.setup = old.setup
    new.setup_version = old.setup_version + 1  # a PDF made in the old language is stale
    assert new.setup is not None and new.session is not None
    new.start.show_setup(new.setup)
    notes = new.setup_problems + new.logo_notes()
    if notes:
        new.start.show_problem("\n".join(notes))
    modified = new.session.modified
    new._show_session()
    new.session.modified = modified
    return_to_check = old.return_to_check
    new.go_to(page_id)
    new.return_to_check = return_to_check
    return new
