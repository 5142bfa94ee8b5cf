"""Fixtures for driving the wizard like a person: a private home for settings and autosave,
recorded message boxes instead of real ones, and helpers that click and type."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWizard,
)


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
        def show(parent, title, text, buttons=None, *args, **kwargs):  # noqa: ANN001, ANN202
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

    def save_name(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return (str(rec.save_as.pop(0)), "") if rec.save_as else ("", "")

    def open_name(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return (str(rec.open_paths.pop(0)), "") if rec.open_paths else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    return rec


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
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


def load_example(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def next_button(wizard: QWizard):  # noqa: ANN201
    return wizard.button(QWizard.WizardButton.NextButton)


def click(qtbot, widget) -> None:  # noqa: ANN001
    """Click where a person would: on the box or circle of a check box or radio button (a
    stretched button ignores clicks beyond its text), in the middle of anything else."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        pos = QPoint(widget.fontMetrics().height() // 2, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Click into a text box, clear it as a person would, and type, line by line."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for ch in line:
            type_char(widget, ch)


def type_char(widget, ch: str) -> None:  # noqa: ANN001
    """One key press. QTest maps only Latin-1 characters to keys (others abort the process),
    so anything else arrives as a key event carrying just its text, as an input method sends."""
    if ord(ch) < 128:
        QTest.keyClicks(widget, ch)
    else:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def answer_page_by_mouse(qtbot, page, answers: dict[str, Any], notes: dict[str, str]) -> None:  # noqa: ANN001
    """Click and type the given answers into the visible questions of one step page."""
    for qid, fld in page.fields.items():
        if not fld.isVisible() or qid not in answers:
            continue
        value = answers[qid]
        qtype = fld.question.type
        if qtype == "yesno":
            click(qtbot, page.findChild(QRadioButton, f"q-{qid}-{'yes' if value else 'no'}"))
        elif qtype == "single":
            click(qtbot, page.findChild(QRadioButton, f"q-{qid}-{value}"))
        elif qtype == "multi":
            for oid in value:
                box = page.findChild(QCheckBox, f"q-{qid}-{oid}")
                if not box.isChecked():
                    click(qtbot, box)
        elif qtype == "text":
            type_into(qtbot, page.findChild(QLineEdit, f"q-{qid}"), value)
        else:
            type_into(qtbot, page.findChild(QPlainTextEdit, f"q-{qid}"), value)
    note = notes.get(page.step.id)
    if note and page.notes.isVisible():
        type_into(qtbot, page.notes, note)
