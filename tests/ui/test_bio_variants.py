"""The Bios tab as a person uses it: pick a variant with a click, see the live check as they
type, edit LinkedIn's About, and see a gentle warning where a clearance is typed."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, next_button, type_into


def mixed_starter() -> dict:
    return json.loads((EXAMPLES / "mixed-new-starter.json").read_text("utf-8"))


def test_a_variant_is_chosen_with_a_click_kept_and_undone(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, mixed_starter())
    result = window.wizard.result_page
    result.tabs.setCurrentWidget(result.bios)
    editor = result.bios.editors["x"]
    assert editor.variant_buttons["role-first"].isChecked()
    drafted = editor.text()
    short = next(v for v in editor.draft.variants if v.id == "minimal")
    click(qtbot, editor.variant_buttons["minimal"])
    assert editor.text() == short.text and editor.variant_buttons["minimal"].isChecked()
    # The choice is kept with the answers and goes into the PDF.
    assert window.wizard.session.bios["x"] == short.text
    plan = result.output_plan()
    x = next(b for b in plan.bios if b.platform.id == "x")
    assert x.text == short.text and x.chosen == "minimal" and x.suggested is None
    # Ctrl+Z brings back what was there before the click.
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == drafted and editor.variant_buttons["role-first"].isChecked()
    assert "x" not in window.wizard.session.bios
    # Typing your own words unticks every variant.
    qtbot.keyClicks(editor.edit, " Hi")
    assert not any(b.isChecked() for b in editor.variant_buttons.values())


def test_the_live_check_speaks_up_as_the_person_types(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, mixed_starter())
    result = window.wizard.result_page
    result.tabs.setCurrentWidget(result.bios)
    editor = result.bios.editors["bluesky"]
    check = editor.box.findings
    assert check.isHidden()
    type_into(qtbot, editor.edit, "SC cleared analyst. Views my own.")
    assert check.isVisible()
    assert "security clearance" in check.text() and "Views my own" in check.text()
    assert check.accessibleName() == check.text()
    type_into(qtbot, editor.edit, "Analyst. Personal account.")
    assert check.isHidden()


def test_linkedin_about_is_drafted_editable_and_kept(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, mixed_starter())
    result = window.wizard.result_page
    result.tabs.setCurrentWidget(result.bios)
    editor = result.bios.editors["linkedin"]
    (extra, box), = editor.extras.values()
    assert extra.label == "About" and "Department for Education" in box.text()
    assert editor.findChild(type(editor.box.count), "display-name-linkedin").text().startswith(
        "Display name: Siân Jones")
    type_into(qtbot, box.edit, "I help colleges with apprenticeships.")
    assert window.wizard.session.bios["linkedin:about"] == "I help colleges with apprenticeships."
    plan = result.output_plan()
    about = next(b for b in plan.bios if b.platform.id == "linkedin").extras[0]
    assert about.text == "I help colleges with apprenticeships." and about.suggested


def test_a_clearance_typed_in_a_job_title_gets_a_gentle_note_there(make_window, qtbot):
    from app.ui.pages.step_page import StepPage

    window = make_window()
    data = mixed_starter()
    data["answers"]["job_title"] = "DV cleared policy adviser"
    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons["alone"])
    click(qtbot, next_button(wizard))
    from tests.helpers.gui import answer_page_by_mouse

    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        answer_page_by_mouse(qtbot, page, data["answers"], {})
        if "job_title" in page.fields:
            note = page.fields["job_title"].findChild(type(page.fields["job_title"].label),
                                                      "screen-note-job_title")
            assert note.isVisible() and "“DV cleared” will be left out" in note.text()
            assert "security clearance" in note.text()
            assert not page.fields["job_title"].error.isVisible()  # advice, not an error
            assert "DV cleared" in page.fields["job_title"].edit.accessibleDescription()
        click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, "the note never blocks"
    click(qtbot, next_button(wizard))
    plan = wizard.result_page.output_plan()
    assert all("DV" not in b.text for b in plan.bios)
    assert plan.answers.answers["job_title"] == "DV cleared policy adviser"  # kept as typed


def test_high_tier_full_name_handles_only_when_asked(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, json.loads((EXAMPLES / "high-risk-under-threat.json").read_text("utf-8")))
    result = window.wizard.result_page
    result.tabs.setCurrentWidget(result.bios)
    editor = result.bios.editors["x"]
    shown = editor.findChild(type(editor.box.count), "handles-x").text()
    assert "LlyrEvans" not in shown
    full = editor.findChild(type(editor.box.count), "full-name-handle-ideas-x")
    assert full.isHidden()
    ask = [w for w in editor.children() if w.objectName() == "full-name-handles-x"][0]
    click(qtbot, ask)
    assert full.isVisible() and "LlyrEvans" in full.text()
    # Asking shows them in the app only; the PDF keeps the private ideas.
    assert "LlyrEvans" not in " ".join(next(
        b for b in result.output_plan().bios if b.platform.id == "x").handles)
