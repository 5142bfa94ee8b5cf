"""Hostile text pasted into every text box of the wizard, as a person would: the wizard never
fails, keeps answering, shows the plan and saves exactly what was pasted."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from app.core import graphemes
from app.core.answers import load_answers
from app.ui.pages.step_page import StepPage
from tests.helpers import EXAMPLES
from tests.helpers.gui import answer_page_by_mouse, click, next_button
from tests.helpers.hostile import HOSTILE, REPRESENTATIVE, quick_first

BASE = EXAMPLES / "line-manager-session.json"


def paste(qtbot, widget, text: str) -> str:
    """Select all in the box and paste text from the clipboard; returns what the box holds."""
    QGuiApplication.clipboard().setText(text)
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def responsive(qtbot) -> None:
    """The event loop still turns: a queued call runs (no time limit is asserted)."""
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=30_000)


def to_result_pasting(qtbot, window, text: str) -> dict[str, str]:
    """Line-manager session with text pasted into every text box on the way to the plan;
    returns what each box held, by object name."""
    data = json.loads(BASE.read_text("utf-8"))
    wizard = window.wizard
    held: dict[str, str] = {}
    click(qtbot, wizard.start.mode_buttons["line_manager"])
    click(qtbot, next_button(wizard))
    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        choices = {k: v for k, v in data["answers"].items() if not isinstance(v, str)
                   or page.fields.get(k) is None or page.fields[k].question.type == "single"}
        answer_page_by_mouse(qtbot, page, choices, {})
        boxes = [f.edit for f in page.fields.values() if f.isVisible()
                 and f.question.type in ("text", "longtext")] + [page.notes]
        for box in boxes:
            held[box.objectName()] = paste(qtbot, box, text)
        responsive(qtbot)
        click(qtbot, next_button(wizard))
        if wizard.currentPage() is page:
            # Only a length limit may hold the person back, and it says so; cut and go on.
            problems = page.summary.messages()
            assert problems and all("characters or fewer" in p for p in problems), problems
            for fld in page.fields.values():
                limit = fld.question.max_length
                if fld.isVisible() and limit and graphemes.count(fld.value()) > limit:
                    cut = "".join(graphemes.clusters(fld.value())[:limit])
                    held[fld.edit.objectName()] = paste(qtbot, fld.edit, cut)
            click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, page.summary.messages()
    check = wizard.check_page
    assert wizard.currentId() == wizard.CHECK_ID
    for box in [check.agreed, *check.sign_off_edits.values()]:
        held[box.objectName()] = paste(qtbot, box, text)
    click(qtbot, next_button(wizard))
    if wizard.currentId() == wizard.CHECK_ID:
        # Only a date that is not a real one may hold the person back, and it says so.
        problems = check.summary.messages()
        assert problems and all("date" in p for p in problems), problems
        for key in ("date", "manager_date"):
            paste(qtbot, check.sign_off_edits[key], "27/3/2026")
        click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.RESULT_ID, check.summary.messages()
    responsive(qtbot)
    return held


@pytest.mark.parametrize("key", quick_first(REPRESENTATIVE))
def test_pasting_hostile_text_everywhere(key, make_window, qtbot, dialogs, tmp_path):
    text = HOSTILE[key]
    window = make_window()
    held = to_result_pasting(qtbot, window, text)
    if text.strip() and key != "lone-high":  # Qt's clipboard drops a lone half pair
        assert any(value.strip() for value in held.values()), "the paste arrived"
    page = window.wizard.result_page
    page.tabs.setCurrentWidget(page.bios)
    for pid, editor in page.bios.editors.items():
        held[f"bio-{pid}"] = paste(qtbot, editor.edit, text)
    page.tabs.setCurrentWidget(page.preview)  # renders the PDF, bios and all
    responsive(qtbot)
    assert page.pdf_bytes().startswith(b"%PDF")
    # What was pasted is what is kept: autosave and Save answers both round-trip it.
    answers = window.wizard.answers()
    for step_page in window.wizard.step_pages:
        name = step_page.notes.objectName()
        if name in held and held[name].strip():
            assert answers.notes[step_page.step.id] == held[name]
    assert answers.agreed_actions == held["agreed-actions"]
    assert window.write_autosave()
    dialogs.save_as.append(tmp_path / "answers.json")
    assert window.save_answers_as() == tmp_path / "answers.json"
    assert load_answers(tmp_path / "answers.json").model_copy(update={"saved_with": None}) \
        == answers
    assert not [shown for shown in dialogs.shown if shown[0] == "critical"]


@pytest.mark.slow
def test_pasting_more_than_a_note_can_hold(make_window, qtbot, dialogs, tmp_path):
    """30,000 characters into a note, the agreed actions and a bio: the boxes take what the
    file can keep and say so; nothing fails and what they hold is saved."""
    window = make_window()
    to_result_pasting(qtbot, window, "Short notes.")
    wizard = window.wizard
    huge = ("A long paste. " * 3000)[:30_000]
    page = wizard.result_page
    for editor in page.bios.editors.values():
        paste(qtbot, editor.edit, huge)
    wizard.back()
    paste(qtbot, wizard.check_page.agreed, huge)
    responsive(qtbot)
    told = [text for kind, title, text in dialogs.shown
            if kind == "information" and title == "Your text is too long"]
    assert told and "Actions you agreed together can hold up to 20,000 characters" in told[-1]
    answers = wizard.answers()  # within the limits every saved file keeps
    assert 0 < len(answers.agreed_actions) <= 20_000
    assert all(0 < len(bio) <= 20_000 for bio in answers.bios.values())
    assert window.write_autosave()
    dialogs.save_as.append(tmp_path / "answers.json")
    assert window.save_answers_as() is not None
    assert load_answers(tmp_path / "answers.json").model_copy(update={"saved_with": None}) \
        == answers
    assert not [shown for shown in dialogs.shown if shown[0] == "critical"]


def test_the_boxes_hold_what_a_saved_file_keeps():
    from app.core.answers import NOTE_MAX
    from app.ui.widgets.limits import NOTE_MAX as BOX_MAX
    from app.ui.widgets.limits import cut

    assert BOX_MAX == NOTE_MAX
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert cut("ab" + family, 4) == "ab"  # never half a character
    assert cut("ab" + family, 7) == "ab" + family
