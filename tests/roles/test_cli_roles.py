"""The command line with presets, organisation packs and line-manager sessions: what the
PDF and HTML say, and plain messages for bad files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers import EXAMPLES, ROOT
from tests.helpers.report import flat, pdf_text
from tests.helpers.roles import GOOD, PACK, SMALL, png


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "small.yaml").write_text(SMALL)
    (tmp_path / "logo.png").write_bytes(png(40, 20))
    (tmp_path / "org.yaml").write_text(PACK)
    (tmp_path / "preset.yaml").write_text(GOOD)
    return tmp_path


def write_answers(folder: Path, **extra) -> Path:
    data = {"schema_version": 1, "questionnaire": {"id": "small", "version": "1"},
            "answers": {"purpose": "mixed", "threat": False, "flagged": False,
                        "name": "Ana Silva", "platforms": ["x"]}}
    data.update(extra)
    path = folder / "answers.json"
    path.write_text(json.dumps(data))
    return path


def run(work: Path, *args: str) -> int:
    return main(["--questionnaire", str(work / "small.yaml"), *args])


def test_generate_with_a_preset_reapplies_a_locked_answer_the_file_contradicts(work, capsys):
    answers = write_answers(work)  # says flagged: false; the preset locks it to true
    assert run(work, "generate", str(answers), "-o", str(work / "out.pdf"),
               "--html", str(work / "out.html"), "--preset", str(work / "preset.yaml")) == 0
    text = flat(pdf_text((work / "out.pdf").read_bytes()))
    assert "Risk level: High." in text
    assert "Leave your employer out" in text  # only a high-risk plan has this item
    assert ("Preset applied: High-risk staff, set by Sam Patel (Security officer), "
            "security@example.org.") in text
    assert "Flagged?: Yes" in text and "Your security officer made this a must." in text
    html = (work / "out.html").read_text()
    assert "Preset applied: High-risk staff, set by Sam Patel" in html
    assert "Risk level: High." in html
    # Without the preset the same file gives the standard plan.
    assert run(work, "generate", str(answers), "-o", str(work / "plain.pdf")) == 0
    plain = flat(pdf_text((work / "plain.pdf").read_bytes()))
    assert "Risk level: Standard." in plain and "Preset applied" not in plain


def test_organisation_contacts_are_in_the_items_that_need_them(work, capsys):
    answers = write_answers(work)
    assert run(work, "--org", str(work / "org.yaml"), "generate", str(answers),
               "-o", str(work / "out.pdf"), "--html", str(work / "out.html")) == 0
    assert capsys.readouterr().err == ""
    contact = "DfT press office, press@example.org, 020 7946 0000"
    text = flat(pdf_text((work / "out.pdf").read_bytes(), footers=False))
    press = text.index("Send journalists to the press office")
    after = text[press:]
    assert after.index(f"Contact: {contact}") < after.index("Source")  # inside this item
    assert text.count(f"Contact: {contact}") == 1  # and no other
    assert text.startswith("Department for Testing")  # the header names the organisation
    html = (work / "out.html").read_text()
    item = re.search(r'<li class="item" id="item-press">.*?</li>', html, re.S)
    assert item and f"<strong>Contact:</strong> {contact}" in item.group()
    assert html.count("<strong>Contact:</strong>") == 1
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+" '
                     r'alt="Department for Testing logo">', html)


@pytest.mark.parametrize("logo, words", [
    (None, "the logo file logo.png was not found; the plan is made without it."),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "the logo logo.png is not a PNG or SVG image"),
    (png(4, 4)[:40], "the logo logo.png is damaged and cannot be shown"),
    (b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>",
     "is an SVG image, which the command line cannot draw"),
])
def test_a_missing_or_corrupt_logo_is_a_clear_message_and_the_pdf_is_made(work, capsys,
                                                                          logo, words):
    (work / "logo.png").unlink()
    if logo is not None:
        name = "logo.svg" if logo.startswith(b"<svg") else "logo.png"
        (work / name).write_bytes(logo)
        (work / "org.yaml").write_text(PACK.replace("logo.png", name))
    answers = write_answers(work)
    code = run(work, "--org", str(work / "org.yaml"), "generate", str(answers),
               "-o", str(work / "out.pdf"), "--html", str(work / "out.html"))
    err = capsys.readouterr().err
    assert code == 0
    assert words in err and "Traceback" not in err
    text = pdf_text((work / "out.pdf").read_bytes())
    assert "Department for Testing" in text
    assert "<img" not in (work / "out.html").read_text() or logo.startswith(b"<svg")


def test_validate_reports_bad_presets_and_packs_at_their_place(work, capsys):
    (work / "preset.yaml").write_text(GOOD.replace("raise_to_must: [two-step]",
                                                   "raise_to_must: [two-stpe]"))
    (work / "org.yaml").write_text(PACK.replace("section: start\n      title: Tell",
                                                "section: strat\n      title: Tell"))
    code = run(work, "validate", str(work / "preset.yaml"), str(work / "org.yaml"))
    out = capsys.readouterr()
    assert code == 1
    assert f"{work / 'preset.yaml'}:10:17: unknown checklist item \"two-stpe\". " \
           'Did you mean "two-step"?' in out.out
    assert re.search(rf"^{re.escape(str(work / 'org.yaml'))}:22:\d+: unknown section \"strat\"",
                     out.out, re.M)
    assert "2 file(s) checked, 2 problem(s) in 2 file(s)." in out.err


def test_a_broken_preset_given_to_generate_stops_with_its_place(work, capsys):
    (work / "preset.yaml").write_text(GOOD.replace("set_by:", "set_bye:"))
    with pytest.raises(SystemExit) as stopped:
        run(work, "generate", str(write_answers(work)), "-o", str(work / "out.pdf"),
            "--preset", str(work / "preset.yaml"))
    err = capsys.readouterr().err
    assert stopped.value.code == 1 and not (work / "out.pdf").exists()
    assert f"{work / 'preset.yaml'}:6:1: unknown key \"set_bye\"" in err


def test_line_manager_notes_actions_and_sign_off_in_pdf_and_html(work):
    answers = write_answers(
        work, mode="line_manager",
        notes={"security": "We talked about the threat."},
        agreed_actions="Sam sends the press office contact.",
        sign_off={"person": "Ana Silva", "manager": "Bo Chen", "date": "12 November 2026"})
    assert run(work, "generate", str(answers), "-o", str(work / "out.pdf"),
               "--html", str(work / "out.html")) == 0
    text = flat(pdf_text((work / "out.pdf").read_bytes(), footers=False))
    answers_at = text.index("Your answers What you chose in each step.")
    notes_at = text.index("Notes from your conversation What you and your line manager")
    # The person's answers and the conversation's notes are separate parts, in that order.
    assert answers_at < notes_at
    assert "Security • Threat?: No • Flagged?: No" in text[answers_at:notes_at]
    assert "We talked about the threat." not in text[answers_at:notes_at]
    assert "Security We talked about the threat." in text[notes_at:]
    assert "Actions you agreed Sam sends the press office contact." in text[notes_at:]
    assert "Member of staff Ana Silva" in text and "Line manager Bo Chen" in text
    assert "Date: 12 November 2026" in text
    html = (work / "out.html").read_text()
    answers_html = html[html.index('<h2 id="answers">'):html.index('<h2 id="notes">')]
    notes_html = html[html.index('<h2 id="notes">'):]
    assert "Threat?: <strong>No</strong>" in answers_html
    assert "We talked about the threat." not in answers_html
    assert '<div class="panel"><p class="note">We talked about the threat.</p></div>' in notes_html
    assert "Sam sends the press office contact." in notes_html
    assert "Ana Silva" in notes_html and "Bo Chen" in notes_html


def test_shipped_examples_validate_and_make_a_plan(tmp_path, capsys):
    org = ROOT / "examples/organisations/department-for-example/organisation.yaml"
    preset = ROOT / "examples/presets/high-risk.yaml"
    assert main(["validate", str(org), str(preset)]) == 0
    capsys.readouterr()
    lm = next(p for p in sorted(EXAMPLES.glob("*.json"))
              if json.loads(p.read_text()).get("mode") == "line_manager")
    assert main(["--org", str(org), "generate", str(lm), "-o", str(tmp_path / "p.pdf"),
                 "--preset", str(preset)]) == 0
    assert capsys.readouterr().err == ""
    text = flat(pdf_text((tmp_path / "p.pdf").read_bytes()))
    assert text.startswith("Department for Example")
    assert "Preset applied: High-risk staff, set by Sam Patel" in text


def test_plan_reapplies_the_preset_saved_answers_were_made_with(tmp_path, capsys):
    """Answers saved in the app with a preset: `plan` applies it again with no --preset,
    and from its record (saying so) once the file is gone."""
    from app.cli import main
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire
    from app.core.session import Setup
    from app.core.session_state import Session
    from tests.helpers import EXAMPLES

    q = load_questionnaire(default_questionnaire())
    preset = tmp_path / "high-risk.yaml"
    preset.write_text((EXAMPLES / "presets" / "high-risk.yaml").read_text("utf-8"))
    session = Session(q, Setup.load(q, preset=preset, use_config=False))
    session.use_setup(session.setup)
    saved = tmp_path / "answers.json"
    session.answers().save(saved)
    for gone in (False, True):
        if gone:
            preset.unlink()
        assert main(["plan", str(saved), "--json"]) == 0
        out, err = capsys.readouterr()


        plan = json.loads(out)
        assert plan["preset"]["id"] == "high-risk"
        assert "officer_flag" in plan["preset"]["locked"] and plan["tier"]["id"] == "high"
        assert ("could not be found" in err) == gone
