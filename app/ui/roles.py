"""File menu actions for organisation packs and security officers' presets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from app.core.i18n import N_, _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from app.core.session import Setup

    from .dialogs.preset_maker import PresetMaker
    from .window import MainWindow


def add_role_actions(window: MainWindow, menu: QMenu) -> None:
    menu.addSeparator()
    for name, text, slot in (
            ("open_preset_action", N_("Open p&reset\u2026"), lambda: open_preset(window)),
            ("open_org_action", N_("Open or&ganisation\u2026"),
             lambda: open_organisation(window)),
            ("make_preset_action", N_("&Make a preset\u2026"), lambda: make_preset(window))):
        action = QAction(_(text), window)
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
        setattr(window, name, action)


def _ask(window: MainWindow, title: str, kind: str) -> Path | None:
    from .widgets.boxes import file_dialog

    if not window.wizard.ensure_loaded():
        return None
    chosen, _filter = file_dialog().getOpenFileName(window, title, str(window._folder()),
                                            _("{kind} (*.yaml *.yml);;All files (*)").format(
                                                kind=kind))
    return Path(chosen) if chosen else None


def _refuse(window: MainWindow, title: str, what: str, path: Path, exc: Exception) -> None:
    from .loading import problem_words
    from .widgets.boxes import message_box

    message_box().warning(window, title, f"\u201c{path.name}\u201d: "
                          + problem_words(what, exc, carries_on=False))


def _open(window: MainWindow, path: Path | None, noun: tuple[str, str], kind: str, what: str,
          with_file: Callable[[Setup, Path], Setup]) -> Setup | None:
    """Ask for a file (unless given), check it and apply it; a plain message if it is bad.
    noun: the file dialog's title and the title of the message if the file is refused."""
    from app.core.problems import ProblemsError

    path = path or _ask(window, noun[0], kind)
    if path is None:
        return None
    wizard = window.wizard
    current = wizard.setup
    assert current is not None
    from .logo import with_drawable_logo
    from .setup_worker import in_worker

    try:  # checked (and an SVG logo drawn) off the UI thread
        setup = in_worker(window, lambda: with_drawable_logo(with_file(current, path)))
    except ProblemsError as exc:
        _refuse(window, noun[1], what, path, exc)
        return None
    wizard.apply_setup(setup)
    return setup


def open_preset(window: MainWindow, path: Path | None = None) -> bool:
    """Apply a security officer's preset: its locked answers cannot then be changed."""
    setup = window.wizard.setup
    if setup is not None and setup.preset_fixed and setup.preset is not None:
        from .widgets.boxes import message_box

        message_box().information(
            window, _("Preset set for this computer"), _(
                "This computer is set up with the preset \u201c{title}\u201d, so another cannot "
                "be opened. Ask {who} if it should change.").format(
                title=setup.preset.title, who=setup.preset.set_by.one_line()))
        return False
    setup = _open(window, path, (_("Open preset"), _("Could not open preset")), _("Presets"),
                  N_("preset"), lambda s, p: s.with_preset(p))
    if setup is None or setup.preset is None:
        return False
    window.statusBar().showMessage(_("Preset applied: {title}.").format(
        title=setup.preset.title), 8000)
    return True


def open_organisation(window: MainWindow, path: Path | None = None) -> bool:
    """Use an organisation's pack: its name, logo, contacts and extra checklist items."""
    from .widgets.boxes import message_box

    setup = _open(window, path, (_("Open organisation"), _("Could not open organisation")),
                  _("Organisation packs"), N_("organisation file"),
                  lambda s, p: s.with_organisation(p))
    if setup is None or setup.organisation is None:
        return False
    notes = window.wizard.logo_notes()
    if notes:
        # The pack is used; only the logo is left out, and the person should know why.
        message_box().warning(window, _("The logo cannot be shown"), " ".join(notes))
    window.statusBar().showMessage(_("Using the organisation pack for {name}.").format(
        name=setup.organisation.org.name), 8000)
    return True


def make_preset(window: MainWindow) -> PresetMaker | None:
    """Open the preset maker over the answers given so far; it is not modal."""
    from .dialogs.preset_maker import PresetMaker

    if not window.wizard.ensure_loaded():
        return None
    maker = PresetMaker(window.wizard, window)
    window.wizard.changed.connect(maker.answers_changed)  # it follows the session
    maker.show()
    window.preset_maker = maker  # type: ignore[attr-defined]
    return maker
