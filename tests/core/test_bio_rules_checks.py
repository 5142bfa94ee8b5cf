"""Bio rules a security officer could get wrong are caught; edited bios are the person's."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.answers import Answers
from app.core.engine import build_plan
from app.core.problems import ProblemsError
from tests.helpers.minis import load


def test_last_bio_profile_with_a_condition_is_refused():
    with pytest.raises(ProblemsError) as caught:
        load(("    - id: work\n      parts:", "    - id: work\n      when: {answered: name}\n"
              "      parts:"))
    assert any("last bio profile" in p.message and p.line for p in caught.value.problems)


def test_placeholder_that_no_question_fills_is_refused():
    with pytest.raises(ProblemsError) as caught:
        load(('"Posts about {topics}."', '"Based in {location}."'))
    assert any('"{location}" is never filled in' in p.message for p in caught.value.problems)


def test_because_lines_follow_the_questionnaire_order_not_the_file_order():
    q = load()
    lines = []
    for order in (["press", "listen"], ["listen", "press"]):
        a = Answers.blank(q)
        a.answers.update(activities=order)
        plan = build_plan(q, a)
        lines.append([pi.because for pi in plan.items if pi.item.id == "press-office"][0])
    assert lines[0] == lines[1] == ["Activities: Talk to the press"]


def test_an_edited_bio_is_used_as_typed_even_past_the_limit():
    q = load()
    a = Answers.blank(q)
    a.answers.update(purpose="personal", name="Ann Lee", platforms=["x"])
    drafted = build_plan(q, a).bios[0].text
    a.bios["x"] = "Ann 🙂 " * 40
    bio = build_plan(q, a).bios[0]
    assert bio.text == "Ann 🙂 " * 40 and bio.suggested == drafted
    assert bio.length == 6 * 40 and bio.over_limit  # graphemes: the emoji counts once


def test_validate_a_folder_with_no_questionnaires_fails_plainly(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "no questionnaire files (*.yaml) found" in capsys.readouterr().err


def test_handles_never_spell_the_employer_by_chance_when_it_must_not_be_named():
    from app.core.handles import suggest
    from app.core.questionnaire import HandleRules

    x = HandleRules(max=15, allowed="_")
    assert "SJones" in suggest("Sara Jones", "", x, use_org=False)  # usually suggested
    cores = suggest("Sara Jones", "SJ", x, use_org=False)
    assert cores and all("sj" not in c.lower() for c in cores)
    # A short name that is part of the person's own name cannot be avoided, and is not a leak.
    assert suggest("Ann Lee", "Lee", x, use_org=False)


def test_bio_styles_that_point_nowhere_are_refused_with_their_line():
    styles = ('  platforms:\n    - {id: x, name: X, bio_limit: 160,',
              '  styles:\n    - id: short\n      wording: {role: "{job_title:shout}", tpoics: x}\n'
              '      variants:\n        - {id: a, label: A, parts: [role, topcs]}\n'
              '  platforms:\n    - {id: x, name: X, style: shorty, bio_limit: 160,')
    with pytest.raises(ProblemsError) as caught:
        load(styles, ("text: \"{name}.\", label: your name}",
                      "text: \"{name}.\", label: your name, reveals: [nmae]}"))
    messages = [(p.message, p.line) for p in caught.value.problems]
    for words in ('unknown form "shout"', 'unknown bio part "tpoics"', 'unknown bio part "topcs"',
                  'unknown bio style "shorty". Did you mean "short"?', '"nmae" is not allowed for "reveals"'):
        assert any(words in m and line for m, line in messages), (words, messages)
