"""What a person notices page by page: errors, going back, changing answers, counts, links,
files, menus and the window remembering itself."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from tests.helpers import EXAMPLES, ROOT
from tests.helpers.gui import click, drive, load_example, next_button, type_into


def example_path(mode: str = "alone") -> Path:
    files = sorted(EXAMPLES.glob("*.json"))
    return next((p for p in files if load_example(p).get("mode", "alone") == mode), files[0])


def to_first_step(qtbot, window):
    click(qtbot, next_button(window.wizard))
    return window.wizard.currentPage()


def test_next_with_a_missing_answer_shows_a_summary_that_takes_focus(make_window, qtbot):
    window = make_window()
    page = to_first_step(qtbot, window)
    required = [f for f in page.fields.values() if f.isVisible() and f.question.required]
    assert required, "the first step should ask something required"
    click(qtbot, next_button(window.wizard))
    assert window.wizard.currentPage() is page
    assert page.summary.isVisible()
    assert QApplication.focusWidget() is page.summary
    messages = page.summary.messages()
    assert len(messages) == len(required)
    for fld, message in zip(required, messages, strict=True):
        assert fld.question.label in message
        assert fld.error.isVisible() and message in fld.error.text.text()
        assert message in fld.focus_target().accessibleDescription()
    # The link in the summary, reached by Tab and activated by Enter, takes you to the field.
    link = page.summary._links[0]
    qtbot.keyClick(page.summary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is link
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert QApplication.focusWidget() in required[0].inputs()
    # Answering clears the problem on the next try.
    click(qtbot, next(iter(required[0].buttons.values())))
    for fld in required[1:]:
        click(qtbot, next(iter(fld.buttons.values())))
    click(qtbot, next_button(window.wizard))
    assert window.wizard.currentPage() is not page


def test_back_and_next_lose_nothing(make_window, qtbot):
    window = make_window()
    data = load_example(example_path())
    drive(qtbot, window, data)
    wizard = window.wizard
    before = wizard.answers()
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    for _ in range(3):
        click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.RESULT_ID
    assert wizard.answers() == before


def test_change_goes_to_the_step_and_back_to_check_answers(make_window, qtbot):
    window = make_window()
    data = load_example(example_path())
    drive(qtbot, window, data)
    wizard = window.wizard
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentId() == wizard.CHECK_ID
    check = wizard.check_page
    text_q = next(f.question for p in wizard.step_pages for f in p.fields.values()
                  if f.question.type == "text" and f.question.id in data["answers"])
    click(qtbot, check.change_buttons[text_q.id])
    page = wizard.currentPage()
    assert text_q.id in page.fields
    edit = page.findChild(QLineEdit, f"q-{text_q.id}")
    assert QApplication.focusWidget() is edit
    type_into(qtbot, edit, "Changed Name")
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.CHECK_ID  # straight back, not the next step
    answer = check.findChild(QLabel,
                             f"answer-{text_q.id}")
    assert answer.text() == "Changed Name"


def test_every_answer_is_on_the_check_page_by_section(make_window, qtbot, questionnaire):
    from app.core.answers import load_answers
    from app.core.engine import build_plan
    from app.ui.pages.check_page import answer_text

    example = example_path("line_manager")
    window = make_window()
    drive(qtbot, window, load_example(example))
    wizard = window.wizard
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    plan = build_plan(questionnaire, load_answers(example))
    check = wizard.check_page
    for qu in plan.flow.questions:
        assert qu.id in check.change_buttons
        label = check.findChild(QLabel, f"answer-{qu.id}")
        assert label.text() == answer_text(qu, plan.flow.answers.get(qu.id))
    for step in plan.flow.steps:
        assert f"notes-{step.id}" in check.change_buttons  # line-manager notes, too


def test_character_count_warns_but_lets_you_type_on(make_window, qtbot):
    window = make_window()
    wizard = window.wizard
    fld = next(f for p in wizard.step_pages for f in p.fields.values()
               if f.question.type == "text" and f.question.max_length)
    limit = fld.question.max_length
    fld.set_value("")
    qtbot.keyClicks(fld.edit, "a" * (limit - 2))
    assert fld.count.text() == "You have 2 characters remaining"
    qtbot.keyClicks(fld.edit, "bcd")
    assert fld.count.text() == "You have 1 character too many"
    assert fld.value() == "a" * (limit - 2) + "bcd"  # nothing cut off
    assert "characters or fewer" in fld.problem()


def test_bio_counter_copy_and_links(make_window, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr("app.ui.widgets.checklist_view.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    window = make_window()
    data = load_example(example_path())
    drive(qtbot, window, data)
    result = window.wizard.result_page
    pid, editor = next(iter(result.bios.editors.items()))
    result.tabs.setCurrentWidget(result.bios)
    limit = editor.draft.limit
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "x" * (limit + 3))
    assert editor.count.text() == "You have 3 characters too many"
    assert editor.text() == "x" * (limit + 3)
    click(qtbot, editor.copy)
    assert QGuiApplication.clipboard().text() == "x" * (limit + 3)
    assert editor.copy.text() == "Copied"
    # The edited bio is what goes into the PDF.
    assert result.output_plan().bios[0].text == "x" * (limit + 3)

    # Links are never opened by showing the plan; only when the person picks one.
    result.tabs.setCurrentWidget(result.checklist)
    assert opened == []
    detail = result.checklist.detail
    detail.setFocus()
    qtbot.keyClick(detail, Qt.Key.Key_Tab)  # to the first link: in the text, or a source
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].scheme() == "https"


def test_ticks_are_kept_in_the_answers(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, load_example(example_path()))
    tree = window.wizard.result_page.checklist.tree
    row = tree.topLevelItem(0).child(0)
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    tree.setCurrentItem(row)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    item_id = row.data(0, Qt.ItemDataRole.UserRole)
    assert window.wizard.answers().ticks == {item_id: True}
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(1, rect.center().y()))
    assert tree.currentItem() is row


def test_musts_only_filter_and_progress_as_a_person_uses_them(make_window, qtbot):
    window = make_window()
    drive(qtbot, window, load_example(example_path()))
    view = window.wizard.result_page.checklist
    plan = window.wizard.result_page.plan
    total = len(plan.items)
    musts = [pi.item.title for pi in plan.items if pi.item.priority == "must"]
    assert view.progress.text() == f"0 of {total} done"
    assert [title for title, _ in view.titles()][0] == "Do now"
    # Tick the first action with the keyboard: the count goes up at once.
    row = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(row)
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    assert view.progress.text() == f"1 of {total} done"
    assert "Why first:" in view.detail.toPlainText()
    # Musts only, by the mnemonic a keyboard user would press.
    click(qtbot, view.musts_only)
    shown = [t for _, titles in view.titles() for t in titles]
    assert sorted(shown) == sorted(musts)
    done = sum(view.row_for(pi.item.id).checkState(0) == Qt.CheckState.Checked
               for pi in plan.items if pi.item.priority == "must")
    assert view.progress.text() == f"{done} of {len(musts)} done"
    click(qtbot, view.musts_only)
    assert sum(len(t) for _, t in view.titles()) == total


def test_save_answers_with_the_standard_shortcut(make_window, qtbot, dialogs, tmp_path):
    from app.core.answers import load_answers

    window = make_window()
    drive(qtbot, window, load_example(example_path()))
    dialogs.save_as.append(tmp_path / "mine")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "mine.json"
    assert saved.exists()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert load_answers(saved) == window.wizard.answers()
    assert window.windowFilePath() == str(saved)


def test_open_answers_goes_to_check_your_answers(make_window, qtbot, dialogs):
    window = make_window()
    example = example_path("line_manager")
    dialogs.open_paths.append(example)
    window.open_action.trigger()
    wizard = window.wizard
    assert wizard.currentId() == wizard.CHECK_ID
    assert wizard.mode() == "line_manager"
    assert wizard.answers().notes
    assert dialogs.shown == []


def test_a_bad_answers_file_gives_a_plain_message(make_window, dialogs, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", "utf-8")
    window = make_window()
    dialogs.open_paths.append(bad)
    window.open_action.trigger()
    kind, title, text = dialogs.shown[-1]
    assert kind == "warning" and title == "Could not open answers"
    assert text.startswith("\u201cbroken.json\u201d could not be opened: not valid JSON (line 1")
    assert window.wizard.currentId() == window.wizard.START_ID


def test_new_asks_before_clearing(make_window, qtbot, dialogs):
    window = make_window()
    drive(qtbot, window, load_example(example_path()))
    dialogs.answer = dialogs.answer.No
    window.new_action.trigger()
    assert window.wizard.answers().answers
    dialogs.answer = dialogs.answer.Yes
    window.new_action.trigger()
    assert window.wizard.currentId() == window.wizard.START_ID
    assert window.wizard.answers().answers == {}


def test_escape_never_throws_the_session_away(make_window, qtbot):
    window = make_window()
    page = to_first_step(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.wizard.isVisible() and window.wizard.currentPage() is page


def test_unexpected_error_is_logged_and_explained_and_the_session_kept(make_window, qtbot,
                                                                      dialogs, tmp_path,
                                                                      monkeypatch):
    from app.ui import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = make_window()
    page = to_first_step(qtbot, window)
    logs = tmp_path / "logs"
    crash.install(window.show_error, logs)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log = logs / crash.LOG_NAME
    # Where it failed, but not the message, which may quote answers (tests/reliability).
    assert "RuntimeError (message left out" in log.read_text("utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    kind, title, text = dialogs.shown[-1]
    assert kind == "critical" and "Your answers are still here" in text and str(log) in text
    assert window.isVisible() and window.wizard.currentPage() is page


def test_typing_for_a_long_time_does_not_wear_out_true(make_window, qtbot):
    """PySide6 6.12's Signal.emit() drops a reference to True each call; thousands of
    keystrokes used to free True and abort Python. app.ui's guard gives True a reserve that
    no session can use up (tests/ui/test_refcounts.py runs 20,000 in a fresh process)."""
    from app.ui import refcounts

    window = make_window()
    fld = next(f for p in window.wizard.step_pages for f in p.fields.values()
               if f.question.type == "text")
    qtbot.keyClicks(fld.edit, "x" * 300)
    assert fld.value() == "x" * 300
    fld.set_value("")
    if refcounts.needed(refcounts.pyside_version()):
        assert sys.getrefcount(True) > refcounts.RESERVE // 2


def test_a_long_session_does_not_wear_out_none(tmp_path):
    """PySide6 6.12 drops a reference to None on every void call (setText, show...); a
    loaded wizard holds ~20,000, so a long session used to free None and abort Python."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.ui.main import configure, create_window\n"
        "configure(app)\n"
        "window = create_window()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "window.after_first_paint()\n"
        "label = window.wizard.start.problem\n"
        "for _ in range(200_000):  # ten times what None holds without the guard\n"
        "    label.setText('')\n"
        "window.finished = True\n"
        "print('still running', flush=True)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env=env)
    assert "none_dealloc" not in out.stderr
    assert out.returncode == 0 and "still running" in out.stdout


def test_save_answers_button_on_the_result_page(make_window, qtbot, dialogs, tmp_path):
    window = make_window()
    drive(qtbot, window, load_example(example_path()))
    dialogs.save_as.append(tmp_path / "from-result.json")
    click(qtbot, window.wizard.result_page.answers_button)
    assert (tmp_path / "from-result.json").exists()


def test_window_size_is_remembered(make_window, qtbot):
    window = make_window()
    window.resize(640, 480)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (640, 480)


@pytest.mark.slow
def test_sources_dialog_lists_every_source(make_window, qtbot, questionnaire):
    window = make_window()
    dialog = window.show_sources()
    qtbot.addWidget(dialog)
    from app.ui.widgets.links import LinkButton

    links = {link.accessibleName() for link in dialog.findChildren(LinkButton)}
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for source in questionnaire.sources:
        assert source.title in (links if source.url else text)


def test_showing_the_window_does_not_load_the_heavy_parts(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.ui.main import configure, create_window\n"
        "configure(app)\n"
        "window = create_window()\n"
        "window.show()\n"
        "heavy = [m for m in ('pydantic', 'reportlab', 'PySide6.QtPdf', 'app.core.engine',"
        " 'app.report', 'ruamel') if m in sys.modules]\n"
        "print(heavy, window.wizard.currentId())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=True, env=env)
    assert out.stdout.split("\n")[0] == "[] 0"


@pytest.mark.parametrize("mode", ["alone", "line_manager"])
def test_discussion_prompts_only_with_a_line_manager(make_window, qtbot, mode):
    window = make_window()
    click(qtbot, window.wizard.start.mode_buttons[mode])
    page = to_first_step(qtbot, window)
    assert page.discussion.isVisible() == (mode == "line_manager")


def test_check_answers_gently_flags_a_personal_account_that_deals_with_journalists(
        make_window, qtbot):
    data = load_example(EXAMPLES / "personal-new-starter.json")
    data["answers"]["activities"] = ["personal_life", "journalists"]
    del data["answers"]["threat"]  # one security question left blank
    window = make_window()
    drive(qtbot, window, data)
    wizard = window.wizard
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    check = wizard.check_page
    assert wizard.currentId() == wizard.CHECK_ID
    texts = " ".join(check.hint_texts())
    assert "completely personal account" in texts and "journalists" in texts
    assert "blank" in texts
    # It never blocks: Continue still goes on to the plan ...
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.RESULT_ID
    plan = wizard.result_page.plan
    assert [qu.id for qu in plan.unanswered()] == ["threat"]
    assert "You left blank: Threat to your safety" in wizard.result_page.because.text()
    # ... and Change takes the person to the purpose question, then straight back.
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, check.hint_buttons["personal-but-work"])
    page = wizard.currentPage()
    assert "purpose" in page.fields
    click(qtbot, page.fields["purpose"].buttons["mixed"])
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.CHECK_ID
    assert "personal-but-work" not in check.hint_buttons


def test_not_sure_is_an_answer_of_its_own(make_window, qtbot):
    data = load_example(EXAMPLES / "mixed-new-starter.json")
    window = make_window()
    drive(qtbot, window, data)
    wizard = window.wizard
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.check_page.change_buttons["clearance"])
    field = wizard.currentPage().fields["clearance"]
    assert field.buttons["not_sure"].text() == "Not sure"
    click(qtbot, field.buttons["not_sure"])
    click(qtbot, next_button(wizard))
    assert wizard.check_page.findChild(QLabel, "answer-clearance").text() == "Not sure"
    click(qtbot, next_button(wizard))
    plan = wizard.result_page.plan
    assert plan.tier.id == "elevated"
    assert plan.start_here()[0].item.id == "check-unsure"
