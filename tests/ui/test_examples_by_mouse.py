"""Drive the whole wizard for every example answer file, clicking and typing as a person would,
and check that what it shows and saves matches `profile-planner plan` and `generate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.ui.conftest import answer_page_by_mouse, click, load_example, next_button, type_into

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def cli_plan(example: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    from app.cli import main as cli_main

    capsys.readouterr()
    assert cli_main(["plan", str(example), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def in_option_order(example: Path, q, folder: Path) -> Path:  # noqa: ANN001
    """The example with every list of choices in the questionnaire's option order: the same
    answers, in the order a person ticking boxes down the page gives them."""
    data = load_example(example)
    for qid, value in data["answers"].items():
        question = q.question(qid)
        if isinstance(value, list) and question is not None:
            order = [o.id for o in question.options]
            data["answers"][qid] = sorted(value, key=lambda v: order.index(v) if v in order
                                          else len(order))
    path = folder / example.name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def tick_by_mouse(qtbot, tree, row) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(row).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def drive(qtbot, window, data: dict) -> list[str]:  # noqa: ANN001
    """From the start page to the result page; returns the step ids visited."""
    from app.ui.pages.step_page import StepPage

    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons[data.get("mode", "alone")])
    click(qtbot, next_button(wizard))
    visited = []
    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        visited.append(page.step.id)
        answer_page_by_mouse(qtbot, page, data["answers"], data.get("notes", {}))
        click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, (page.step.id, page.summary.messages())
    assert wizard.currentId() == wizard.CHECK_ID
    check = wizard.check_page
    if data.get("mode") == "line_manager":
        if data.get("agreed_actions"):
            type_into(qtbot, check.agreed, data["agreed_actions"])
        for key, value in data.get("sign_off", {}).items():
            if value:
                type_into(qtbot, check.sign_off_edits[key], value)
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.RESULT_ID, check.summary.messages()
    result = wizard.result_page
    for item_id, done in data.get("ticks", {}).items():
        row = result.checklist.row_for(item_id)
        if done and row is not None:
            tick_by_mouse(qtbot, result.checklist.tree, row)
    return visited


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_wizard_driven_by_mouse_matches_the_command_line(example, make_window, qtbot, dialogs,
                                                         tmp_path, capsys, questionnaire):
    from app.cli import main as cli_main
    from app.core.answers import load_answers
    from app.core.engine import build_plan

    data = load_example(example)
    window = make_window()
    visited = drive(qtbot, window, data)
    expected = cli_plan(example, capsys)
    wizard = window.wizard
    result = wizard.result_page

    # The same questions were asked, and the same answers recorded.
    assert visited == expected["steps"]
    saved = wizard.answers()
    reference = build_plan(questionnaire, load_answers(example))
    # Choices come back in the questionnaire's option order, whatever order the file lists.
    assert {k: sorted(v) if isinstance(v, list) else v for k, v in saved.answers.items()} == {
        k: sorted(v) if isinstance(v, list) else v for k, v in reference.flow.answers.items()}
    assert saved.mode == data.get("mode", "alone")
    assert saved.notes == {k: v for k, v in data.get("notes", {}).items() if k in visited}

    # The checklist shown is the plan's, group by group, in the same order.
    assert result.checklist.titles() == [
        (group.title, [pi.item.title for pi in members])
        for group, members in reference.groups()]
    shown_titles = {t for _, titles in result.checklist.titles() for t in titles}
    assert shown_titles == {item["title"] for item in expected["checklist"]}
    assert expected["tier"]["label"] in result.tier.text()

    # The same bio drafts and handle ideas.
    assert result.bios.texts() == {b["platform"]: b["text"] for b in expected["bios"]}
    for bio in expected["bios"]:
        editor = result.bios.editors[bio["platform"]]
        assert str(bio["limit"] - bio["length"]) in editor.count.text()
        for handle in bio["handles"]:
            assert handle in editor.findChild(type(editor.count), f"handles-{bio['platform']}").text()

    # Save PDF writes exactly what `generate` writes, and the preview shows those bytes.
    pytest.importorskip("app.report.pdf")
    dialogs.save_as.append(tmp_path / "from-wizard.pdf")
    click(qtbot, result.save_pdf_button)
    ui_pdf = (tmp_path / "from-wizard.pdf").read_bytes()
    same = in_option_order(example, questionnaire, tmp_path)
    assert cli_main(["generate", str(same), "-o", str(tmp_path / "from-cli.pdf")]) == 0
    assert ui_pdf == (tmp_path / "from-cli.pdf").read_bytes()
    result.tabs.setCurrentWidget(result.preview)
    assert result.preview.shown_bytes == ui_pdf
    assert result.preview.page_count() >= 1
    assert str(tmp_path / "from-wizard.pdf") in result.status.text.text()
