"""Fixtures for driving the wizard like a person: a private home for settings and autosave,
recorded message boxes instead of real ones, and a shown, loaded main window. The GUI tests'
conftest.py files use them; so does a test module outside those folders that drives the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may reach the real user's folders."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    return home


@dataclass
class Dialogs:
    """Every message box the app tried to show, and what the 'person' answers to questions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    queue: list[QMessageBox.StandardButton] = field(default_factory=list)  # first, in turn
    save_as: list[Path] = field(default_factory=list)
    open_paths: list[Path] = field(default_factory=list)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    rec = Dialogs()

    def box(kind: str):
        def show(parent, title, text, buttons=None, *args, **kwargs):
            rec.shown.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            answer = rec.queue.pop(0) if rec.queue else rec.answer
            std = QMessageBox.StandardButton
            if buttons is not None and not (buttons & answer) and buttons & std.Discard:
                # Yes ("go ahead") to Save / Discard / Cancel is Discard; No is Cancel.
                answer = std.Discard if answer == std.Yes else std.Cancel
            return answer
        return staticmethod(show)

    for kind in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))

    def save_name(*args, **kwargs):
        return (str(rec.save_as.pop(0)), "") if rec.save_as else ("", "")

    def open_name(*args, **kwargs):
        return (str(rec.open_paths.pop(0)), "") if rec.open_paths else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    return rec


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    """A main window with its settings and autosave in tmp_path, shown and loaded."""
    from app.ui.window import MainWindow

    def make(load: bool = True, **files: Path) -> MainWindow:
        """load=False leaves the questions to the background read after the first paint, as
        at a real start; files are MainWindow's questionnaire/organisation/preset paths."""
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=tmp_path / "data", **files)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        if load:
            window.after_first_paint()
        return window

    return make
