"""The wizard with a security officer's preset and an organisation pack, driven like a person:
locked answers refuse mouse and keyboard, bad files and logos get plain messages, and an
officer can make a preset in the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.core.preset import load_preset
from tests.helpers import EXAMPLES
from tests.helpers.gui import click, load_example, next_button, type_into
from tests.helpers.report import pdf_text
from tests.helpers.roles import PACK, png
from tests.helpers.wizard_fixtures import dialogs, make_window, private_dirs  # noqa: F401


def first_choice(questionnaire):
    """The first step's first question, which every session is asked."""
    step = questionnaire.steps[0]
    qu = step.questions[0]
    assert qu.type == "single" and len(qu.options) >= 3 and step.show_if is None
    return step, qu


def a_text_question(questionnaire):
    return next((s, qu) for s, qu in questionnaire.questions()
                if qu.type == "text" and qu.show_if is None and s.show_if is None)


def write_preset(folder: Path, questionnaire, locks: dict, name: str = "preset.yaml") -> Path:
    answers = "".join(f"  {qid}: {{value: {json.dumps(v)}, locked: true}}\n"
                      for qid, v in locks.items())
    path = folder / name
    path.write_text(f"""schema_version: 1
kind: preset
id: test
title: High-risk staff
questionnaire: {questionnaire.id}
set_by: {{name: Sam Patel, role: Security officer, email: security@example.org}}
answers:
{answers}""")
    return path


def example() -> Path:
    return next(p for p in sorted(EXAMPLES.glob("*.json"))
                if load_example(p).get("mode", "alone") == "alone")


def open_preset(window, dialogs, path: Path) -> None:  # noqa: F811
    dialogs.open_paths.append(path)
    window.open_preset_action.trigger()


def test_a_locked_choice_refuses_mouse_and_keyboard(make_window, qtbot, dialogs,  # noqa: F811
                                                     questionnaire, tmp_path):
    step, qu = first_choice(questionnaire)
    locked = qu.options[1].id
    window = make_window()
    open_preset(window, dialogs, write_preset(tmp_path, questionnaire, {qu.id: locked}))
    assert dialogs.shown == []
    click(qtbot, next_button(window.wizard))
    page = window.wizard.currentPage()
    assert page.step.id == step.id
    field = page.fields[qu.id]
    note = page.findChild(QLabel, f"locked-{qu.id}")
    assert note.isVisible()
    assert "Set by your security officer: Sam Patel (Security officer), security@example.org" \
        in note.text()
    others = [b for oid, b in field.buttons.items() if oid != locked]
    for button in others:
        click(qtbot, button)
        assert field.value() == locked
    # Keyboard: Tab through the whole page; no locked button ever takes focus, and
    # arrows and space where focus lands change nothing.
    next_button(window.wizard).setFocus()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in field.buttons.values()
    for button in field.buttons.values():
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space):
            qtbot.keyClick(button, key)
    assert field.value() == locked
    assert window.wizard.answers().answers[qu.id] == locked


def test_a_locked_text_answer_cannot_be_typed_over(make_window, qtbot, dialogs,  # noqa: F811
                                                   questionnaire, tmp_path):
    step, qu = a_text_question(questionnaire)
    window = make_window()
    window.open_path(example())
    open_preset(window, dialogs, write_preset(tmp_path, questionnaire, {qu.id: "Sam Patel"}))
    window.wizard.change(step.id, qu.id)
    edit = window.wizard.currentPage().findChild(QLineEdit, f"q-{qu.id}")
    assert edit.isVisible() and edit.isReadOnly()
    type_into(qtbot, edit, "Someone else")
    assert edit.text() == "Sam Patel"
    assert window.wizard.answers().answers[qu.id] == "Sam Patel"


def test_a_hand_edited_answers_file_cannot_undo_a_lock(make_window, qtbot, dialogs,  # noqa: F811
                                                       questionnaire, tmp_path):
    step, qu = first_choice(questionnaire)
    locked, other = qu.options[1].id, qu.options[0].id
    data = load_example(example())
    data["answers"][qu.id] = other
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data))
    window = make_window()
    open_preset(window, dialogs, write_preset(tmp_path, questionnaire, {qu.id: locked}))
    assert window.open_path(edited)
    wizard = window.wizard
    assert wizard.currentId() == wizard.CHECK_ID
    assert wizard.plan().answers.answers[qu.id] == locked
    shown = wizard.check_page.findChild(QLabel, f"answer-{qu.id}")
    assert qu.option(locked).label in shown.text()
    assert "Set by your security officer" in shown.text()
    assert not wizard.check_page.change_buttons[qu.id].isVisible()


def test_a_bad_preset_is_refused_with_its_place(make_window, dialogs, questionnaire,  # noqa: F811
                                               tmp_path):
    _, qu = first_choice(questionnaire)
    path = write_preset(tmp_path, questionnaire, {qu.id + "x": qu.options[0].id})
    window = make_window()
    open_preset(window, dialogs, path)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "Could not open preset")
    assert f"{path}:8:3: unknown question \"{qu.id}x\"" in text
    assert window.wizard.setup.preset is None


@pytest.mark.parametrize("logo, words", [
    (None, "The logo file logo.png was not found; the plan is made without it."),
    (png(4, 4)[:40], "The logo logo.png is damaged and cannot be shown"),
])
def test_a_missing_or_broken_logo_is_said_plainly_and_the_plan_still_made(
        make_window, dialogs, tmp_path, logo, words):  # noqa: F811
    if logo is not None:
        (tmp_path / "logo.png").write_bytes(logo)
    (tmp_path / "org.yaml").write_text(PACK)
    window = make_window()
    dialogs.open_paths.append(tmp_path / "org.yaml")
    window.open_org_action.trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "The logo cannot be shown")
    assert words in text
    assert window.wizard.setup.organisation.org.name == "Department for Testing"
    window.open_path(example())
    window.wizard.go_to(window.wizard.RESULT_ID)
    text = pdf_text(window.wizard.result_page.pdf_bytes())
    assert text.startswith("Department for Testing")


def test_an_svg_logo_is_drawn_for_the_pdf(make_window, dialogs, tmp_path):  # noqa: F811
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        '<rect width="40" height="20" fill="#005e56"/></svg>')
    (tmp_path / "org.yaml").write_text(PACK.replace("logo.png", "logo.svg"))
    window = make_window()
    dialogs.open_paths.append(tmp_path / "org.yaml")
    window.open_org_action.trigger()
    assert dialogs.shown == []
    loaded = window.wizard.setup.organisation
    assert loaded.logo_kind == "png" and loaded.logo.startswith(b"\x89PNG")
    window.open_path(example())
    window.wizard.go_to(window.wizard.RESULT_ID)
    assert b"/Subtype /Image" in window.wizard.result_page.pdf_bytes()


def test_an_officer_makes_a_preset_that_then_locks_the_answer(make_window, qtbot, dialogs,  # noqa: F811
                                                               questionnaire, tmp_path):
    _, qu = first_choice(questionnaire)
    window = make_window()
    window.open_path(example())
    chosen = window.wizard.answers().answers[qu.id]
    window.make_preset_action.trigger()
    maker = window.preset_maker
    qtbot.waitExposed(maker)
    # Nothing is saved without a title and a name.
    click(qtbot, maker.save_button)
    assert maker.problem.isVisible() and "Enter a title" in maker.problem.text()
    type_into(qtbot, maker.title_edit, "High-risk staff")
    type_into(qtbot, maker.contact_edits["name"], "Sam Patel")
    type_into(qtbot, maker.contact_edits["email"], "security@example.org")
    click(qtbot, maker.lock[qu.id])
    assert maker.include[qu.id].isChecked()
    saved = tmp_path / "made"
    dialogs.save_as.append(saved)
    click(qtbot, maker.save_button)
    assert not maker.problem.isVisible()
    path = tmp_path / "made.yaml"
    preset = load_preset(path, questionnaire)  # a valid preset file
    assert preset.title == "High-risk staff" and preset.set_by.name == "Sam Patel"
    assert preset.locked() == {qu.id: chosen}
    maker.close()
    # A member of staff opens it: the answer is set and locked.
    other = make_window()
    open_preset(other, dialogs, path)
    field = other.wizard.step_pages[0].fields[qu.id]
    assert field.value() == chosen and field.locked


def test_files_named_at_start_up_are_used_or_said_to_be_wrong(qtbot, questionnaire, tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.main import _files
    from app.ui.window import MainWindow

    assert _files(["--org", "o.yaml", "-style", "fusion", "--preset", "p.yaml"]) == (
        None, Path("o.yaml"), Path("p.yaml"))
    _, qu = first_choice(questionnaire)
    bad = write_preset(tmp_path, questionnaire, {qu.id: "no-such-option"})
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path / "data", preset_path=bad)
    qtbot.addWidget(window)
    window.show()
    window.after_first_paint()
    problem = window.wizard.start.problem
    assert problem.isVisible()
    assert problem.text().startswith("The preset could not be used, so the app carries on "
                                     f"without it: {bad}:8:")
    assert window.wizard.setup is not None and window.wizard.setup.preset is None
