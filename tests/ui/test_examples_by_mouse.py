"""Drive the whole wizard for every example answer file, clicking and typing as a person would,
and check that what it shows and saves matches `profile-planner plan` and `generate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, in_option_order, load_example

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def cli_plan(example: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    from app.cli import main as cli_main

    capsys.readouterr()
    assert cli_main(["plan", str(example), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("example", [  # one example for make test-fast, the rest slow
    p if p.stem == "personal-new-starter" else pytest.param(p, marks=pytest.mark.slow)
    for p in EXAMPLE_FILES], ids=[p.stem for p in EXAMPLE_FILES])
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
