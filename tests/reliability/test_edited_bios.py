"""Nothing the person typed is lost: an edited bio is part of the answers, so Save answers,
the autosave and the PDF keep it, and reopening brings it back."""

from __future__ import annotations

import io
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.answers import load_answers
from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, load_example, type_into

EDIT = "Tax nerd at HMRC \u2013 views my own \U0001f9fe"


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


def edit_first_bio(qtbot, window) -> tuple[str, str]:
    """Type over the first draft bio on the result page; returns (platform id, draft)."""
    page = window.wizard.result_page
    page.tabs.setCurrentWidget(page.bios)
    pid, editor = next(iter(page.bios.editors.items()))
    draft = editor.text()
    type_into(qtbot, editor.edit, EDIT)
    return pid, draft


def test_an_edited_bio_is_saved_reopened_and_printed(make_window, qtbot, dialogs, tmp_path):
    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    pid, draft = edit_first_bio(qtbot, window)
    assert draft != EDIT
    assert window.wizard.answers().bios == {pid: EDIT}
    saved = tmp_path / "mine.json"
    dialogs.save_as.append(saved)
    click(qtbot, window.wizard.result_page.answers_button)
    assert load_answers(saved).bios == {pid: EDIT}
    assert json.loads(saved.read_text("utf-8"))["bios"] == {pid: EDIT}
    # A new window, File > Open answers: the edit is there, not the draft.
    again = make_window()
    dialogs.open_paths.append(saved)
    again.open_action.trigger()
    wizard = again.wizard
    assert wizard.currentId() == wizard.CHECK_ID
    wizard.next()
    page = wizard.result_page
    assert page.bios.editors[pid].text() == EDIT
    assert EDIT.split(" \U0001f9fe")[0] in pdf_text(page.pdf_bytes())
    from app.report.html import render_html

    assert EDIT in render_html(page.output_plan())


@pytest.mark.slow
def test_an_edited_bio_survives_a_crash(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "mixed-new-starter.json"))
    pid, _ = edit_first_bio(qtbot, window)
    qtbot.waitUntil(lambda: window.autosave.exists()
                    and EDIT in window.autosave.path.read_text("utf-8"), timeout=5000)
    window.autosave.release()  # the first window is never closed: as if the app had died
    again = make_window()
    click(qtbot, again.wizard.start.banner.resume_button)
    assert again.wizard.answers().bios == {pid: EDIT}
    again.wizard.go_to(again.wizard.RESULT_ID)
    assert again.wizard.result_page.bios.editors[pid].text() == EDIT


def test_a_bio_typed_back_to_the_draft_is_no_edit(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "mixed-new-starter.json"))
    pid, draft = edit_first_bio(qtbot, window)
    editor = window.wizard.result_page.bios.editors[pid]
    editor.edit.setPlainText(draft)  # pasted back
    assert window.wizard.answers().bios == {}
    # A later draft (a changed answer) is then used, not a stale copy of the old one.
    assert window.wizard.result_page.output_plan().bios[0].suggested is None


def test_changed_answers_offer_a_new_draft_beside_the_edited_bio(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "mixed-new-starter.json"))
    pid, _ = edit_first_bio(qtbot, window)
    wizard = window.wizard
    before = wizard.result_page.bios.editors[pid].draft.suggested
    # A different job title makes a different draft; the edit stays as the person wrote it.
    job = next(qu for _, qu in wizard.q.questions() if qu.bio_field == "job_title")
    step = next(s for s in wizard.q.steps if job in s.questions)
    wizard.session.set_answer(job.id, "Head of Widgets")
    wizard.go_to(wizard.RESULT_ID)
    editor = wizard.result_page.bios.editors[pid]
    assert editor.text() == EDIT
    offer = editor.findChild(QWidget, "new-draft")
    assert offer is not None and "Head of Widgets" in offer.text.text()
    assert editor.draft.suggested != before
    offer.button.click()
    assert "Head of Widgets" in editor.text()
    # Taking the new draft is one step Undo takes back: the person's own words are not lost.
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == EDIT
    assert step  # the job title is asked on a step the person saw
