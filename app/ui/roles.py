"""File menu actions for organisation packs and security officers' presets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from app.core.session import Setup

    from .dialogs.preset_maker import PresetMaker
    from .window import MainWindow


def add_role_actions(window: MainWindow, menu: QMenu) -> None:
    menu.addSeparator()
    for name, text, slot in (
            ("open_preset_action", "Open p&reset\u2026", lambda: open_preset(window)),
            ("open_org_action", "Open or&ganisation\u2026", lambda: open_organisation(window)),
            ("make_preset_action", "&Make a preset\u2026", lambda: make_preset(window))):
        action = QAction(text, window)
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
        setattr(window, name, action)


def _ask(window: MainWindow, title: str, kind: str) -> Path | None:
    from .widgets.boxes import file_dialog

    if not window.wizard.ensure_loaded():
        return None
    chosen, _ = file_dialog().getOpenFileName(window, title, str(window._folder()),
                                            f"{kind} (*.yaml *.yml);;All files (*)")
    return Path(chosen) if chosen else None


def _refuse(window: MainWindow, title: str, what: str, path: Path, exc: Exception) -> None:
    from .loading import problem_words
    from .widgets.boxes import message_box

    message_box().warning(window, title, f"\u201c{path.name}\u201d: "
                          + problem_words(what, exc).replace(" so the app carries on "
                                                             "without it", ""))


def _open(window: MainWindow, path: Path | None, noun: str, kind: str, what: str,
          with_file: Callable[[Setup, Path], Setup]) -> Setup | None:
    """Ask for a file (unless given), check it and apply it; a plain message if it is bad."""
    from app.core.problems import ProblemsError

    path = path or _ask(window, f"Open {noun}", kind)
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
        _refuse(window, f"Could not open {noun}", what, path, exc)
        return None
    wizard.apply_setup(setup)
    return setup


def open_preset(window: MainWindow, path: Path | None = None) -> bool:
    """Apply a security officer's preset: its locked answers cannot then be changed."""
    setup = window.wizard.setup
    if setup is not None and setup.preset_fixed and setup.preset is not None:
        from .widgets.boxes import message_box

        message_box().information(
            window, "Preset set for this computer", "This computer is set up with the preset "
            f"\u201c{setup.preset.title}\u201d, so another cannot be opened. Ask "
            f"{setup.preset.set_by.one_line()} if it should change.")
        return False
    setup = _open(window, path, "preset", "Presets", "preset",
                  lambda s, p: s.with_preset(p))
    if setup is None or setup.preset is None:
        return False
    window.statusBar().showMessage(f"Preset applied: {setup.preset.title}.", 8000)
    return True


def open_organisation(window: MainWindow, path: Path | None = None) -> bool:
    """Use an organisation's pack: its name, logo, contacts and extra checklist items."""
    from .widgets.boxes import message_box

    setup = _open(window, path, "organisation", "Organisation packs",
                  "organisation file", lambda s, p: s.with_organisation(p))
    if setup is None or setup.organisation is None:
        return False
    notes = window.wizard.logo_notes()
    if notes:
        # The pack is used; only the logo is left out, and the person should know why.
        message_box().warning(window, "The logo cannot be shown", " ".join(notes))
    window.statusBar().showMessage(
        f"Using the organisation pack for {setup.organisation.org.name}.", 8000)
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
