"""An unfinished session survives a crash, a damaged one never stops the app, and the setting
to turn it off is honoured."""

from __future__ import annotations

import stat

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QRadioButton

from tests.helpers.gui import click, next_button, type_into


def first_step_answers(qtbot, window) -> str:
    """Answer the first step by mouse, go on; returns the id of the step now shown."""
    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons["line_manager"])
    click(qtbot, next_button(wizard))
    page = wizard.currentPage()
    for fld in page.fields.values():
        if fld.isVisible() and fld.question.type in ("single", "yesno"):
            click(qtbot, next(iter(fld.buttons.values())))
        elif fld.isVisible() and fld.question.type == "text":
            type_into(qtbot, fld.edit, "Alex")
    type_into(qtbot, page.notes, "We talked it through.")
    click(qtbot, next_button(wizard))
    assert wizard.currentPage() is not page, page.summary.messages()
    return wizard.current_step_id()


def test_restores_after_a_crash(make_window, qtbot):
    window = make_window()
    step = first_step_answers(qtbot, window)
    before = window.wizard.answers()
    qtbot.waitUntil(window.autosave.exists, timeout=3000)  # written shortly after a change
    assert stat.S_IMODE(window.autosave.path.stat().st_mode) == 0o600
    # The process dies: nothing is closed or cleaned up (its lock on the file goes with it).
    # The next start offers the session.
    window.autosave.release()
    again = make_window()
    banner = again.wizard.start.banner
    assert banner.isVisible() and banner.resume_button.isVisible()
    assert banner.title.text() == "You have an unfinished plan"
    click(qtbot, banner.resume_button)
    assert again.wizard.current_step_id() == step
    restored = again.wizard.answers()
    assert restored.answers == before.answers
    assert restored.mode == "line_manager"
    assert restored.notes == before.notes


def test_quitting_keeps_the_session_and_finishing_removes_it(make_window, qtbot, dialogs,
                                                            tmp_path):
    window = make_window()
    first_step_answers(qtbot, window)
    window.close()
    assert window.autosave.exists()
    again = make_window()
    click(qtbot, again.wizard.start.banner.resume_button)
    dialogs.answer = dialogs.answer.Discard  # "Save your answers?" Discard
    again.finish()
    assert not again.autosave.exists()
    assert any(title == "Save your answers?" for _, title, _ in dialogs.shown)


def test_start_again_discards_the_session(make_window, qtbot):
    window = make_window()
    first_step_answers(qtbot, window)
    window.write_autosave()
    window.autosave.release()  # the first run has ended
    again = make_window()
    click(qtbot, again.wizard.start.banner.discard_button)
    assert not again.autosave.exists()
    assert not again.wizard.start.banner.isVisible()
    assert again.wizard.answers().answers == {}


def test_a_damaged_session_is_kept_aside_with_a_clear_message(make_window, qtbot, tmp_path,
                                                             dialogs):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "unfinished-session.json").write_text('{"kind": "profile-planner-autos', "utf-8")
    window = make_window()
    banner = window.wizard.start.banner
    assert banner.isVisible()
    assert banner.title.text() == "Your unfinished plan could not be opened"
    assert "damaged" in banner.message.text()
    kept = list(folder.glob("unfinished-session.unreadable-*.json"))
    assert len(kept) == 1 and str(kept[0]) in banner.message.text()
    assert kept[0].read_text("utf-8") == '{"kind": "profile-planner-autos'
    assert not (folder / "unfinished-session.json").exists()
    assert dialogs.shown == []  # said on the page, not in a box that blocks start-up
    # The app still works: on to the first question.
    click(qtbot, next_button(window.wizard))
    assert window.wizard.currentPage().findChildren(QRadioButton)


def test_a_session_for_other_questions_is_kept_aside(make_window, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "unfinished-session.json").write_text(
        '{"kind": "profile-planner-autosave", "page": "start", "answers": {"schema_version": 1,'
        ' "questionnaire": {"id": "civil-service", "version": "1"}, "answers": {"nope": 1}}}',
        "utf-8")
    window = make_window()
    assert "do not fit these questions" in window.wizard.start.banner.message.text()
    assert list(folder.glob("unfinished-session.unreadable-*.json"))


def test_setting_turns_autosave_off(make_window, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("autosave/enabled", False)
    settings.sync()
    window = make_window()
    assert not window.autosave_action.isChecked()
    first_step_answers(qtbot, window)
    assert window.write_autosave() is False
    window.close()
    assert not window.autosave.exists()
    # Turned on again from the File menu, it saves.
    window.autosave_action.trigger()
    assert window.autosave_enabled()
    assert window.write_autosave() is True


def test_default_folders_follow_the_user_data_dirs(private_dirs):
    from app.ui.autosave import default_folder
    from app.ui.crash import default_log_dir

    assert default_folder().is_relative_to(private_dirs)
    assert default_log_dir().is_relative_to(private_dirs)


def test_text_typed_survives_a_crash_mid_page(make_window, qtbot):
    window = make_window()
    wizard = window.wizard
    click(qtbot, next_button(wizard))
    # Walk to the first page with a text box, answering as little as allowed.
    for _ in range(len(wizard.step_pages)):
        page = wizard.currentPage()
        boxes = [f for f in page.fields.values() if f.isVisible() and f.question.type == "text"]
        if boxes:
            break
        for fld in page.fields.values():
            if fld.isVisible() and fld.question.required:
                click(qtbot, next(iter(fld.buttons.values())))
        click(qtbot, next_button(wizard))
    assert boxes
    type_into(qtbot, boxes[0].edit, "Ffion")
    qtbot.waitUntil(window.autosave.exists, timeout=3000)
    window.autosave.release()  # the process dies, and its lock on the file with it
    again = make_window()
    click(qtbot, again.wizard.start.banner.resume_button)
    box = again.wizard.currentPage().findChild(QLineEdit, f"q-{boxes[0].question.id}")
    assert box is not None and box.text() == "Ffion"
