"""`profile-planner validate` on broken files: located, readable, complete, never a traceback.

Each file in tests/data/invalid-questionnaires/ is the small inline questionnaire
(tests/core/minis.py) with one thing broken, or a file that is not a questionnaire at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "data" / "invalid-questionnaires"

# file -> every expected problem as (line, words in the message); line 0: whole file.
EXPECTED: dict[str, list[tuple[int, str]]] = {
    "yaml-syntax-unclosed-bracket": [(107, "YAML syntax error: expected ',' or ']'")],
    "tab-indentation": [(93, "YAML syntax error: found character '\\t'")],
    "wrong-type-title-is-a-list": [(4, '"title" should be text, not a list')],
    "misspelt-key-whne": [(87, '"when" is required but missing'),
                          (88, 'unknown key "whne". Did you mean "when"?')],
    "misspelt-key-titel": [(30, '"title" is required but missing'),
                           (31, 'unknown key "titel". Did you mean "title"?')],
    "unknown-question-in-condition": [
        (124, 'unknown question "activity". Did you mean "activities"?')],
    "unknown-option-value": [(124, '"pres" is not an option of question "activities"; its '
                                   'options are: listen, network, press. Did you mean "press"?')],
    "unknown-source": [(112, 'unknown source "codes". Did you mean "code"?')],
    "unknown-section": [(102, 'unknown section "protekt". Did you mean "protect"?')],
    "duplicate-question-id": [(41, 'duplicate question id "purpose" (first used on line 14)')],
    "duplicate-item-id": [(107, 'duplicate item id "must-protect" (first used on line 101)')],
    "forward-reference": [(58, 'refers to question "topics", which is not asked until later')],
    "question-depends-on-itself": [(58, 'question "job_title" depends on its own answer')],
    "tier-rule-uses-tier": [(90, "a tier rule cannot depend on the tier itself")],
    "step-uses-tier-decided-later": [
        (32, 'uses the tier, which depends on question "motto" asked at or after this point')],
    "unreachable-item": [(125, 'item "press-office" can never appear')],
    "item-reveals-what-a-tier-forbids": [(132, 'reveal rule "high-tier" forbids that')],
    "step-never-shown": [(33, 'step "plans" can never be shown'),
                         (126, 'item "press-office" can never appear')],
    "schema-version-2": [(1, "schema_version is the number 2, which this version of Profile "
                             "Planner does not understand; it understands: 1.")],
    "schema-version-missing": [(1, '"schema_version" is missing')],
    "top-level-list": [(1, "should be a mapping of keys and values at the top level")],
    "unknown-operator-equal": [(88, '"equal" is not a condition; use one of: all, any, not, '
                                    'equals, in, answered, tier, mode. Did you mean "equals"?')],
    "two-operators-in-one-condition": [
        (88, 'a condition has one operator; wrap several in "all" or "any" (found equals, '
             'answered)')],
    "bad-placeholder-in-bio-part": [(137, '"{job_titel}" is not a bio field')],
    "stray-brace-in-bio-part": [(138, "the wording has a stray brace")],
    "unused-source": [(10, 'source "extra" is never cited')],
    "three-independent-errors": [(26, 'unknown key "requird". Did you mean "required"?'),
                                 (100, '"could" is not allowed for "priority"'),
                                 (103, 'unknown section "protekt". Did you mean "protect"?')],
    "wrong-priority-value": [(99, '"Must" is not allowed for "priority"; use one of: must, '
                                  'should, consider. Did you mean "must"?')],
    "word-yes-for-a-yes-no-question": [
        (88, 'question "secret" is yes/no: compare it with true or false, not "yes"')],
    "duplicate-key": [(13, 'found duplicate key "title"')],
    "unknown-tier-in-condition": [(131, 'unknown tier "hihg"; the tiers are: standard, '
                                        'elevated, high. Did you mean "high"?')],
    "unquoted-date": [(8, '"date" should be text, not the date 2013-07-05 (put it in quotes')],
    "single-choice-with-one-option": [(15, 'question "purpose" is single choice but has 1 '
                                           'option(s)')],
    "invalid-id": [(30, '"Your Plans" is not a valid id')],
    "source-url-not-https": [(8, "should be a web address starting https://")],
    "platform-option-without-platform": [(82, 'option "tiktok" has no platform')],
    "two-documents": [(170, "but found another document")],
    "condition-as-expression-string": [
        (88, 'a condition should be a mapping with one of: all, any, not, equals, in, answered, '
             'tier, mode (found "secret == true")')],
    "unknown-bio-part-in-drop-order": [(140, 'unknown bio part "topic". Did you mean "topics"?')],
    "text-question-with-options": [(44, 'question "motto" is "text", which takes no options')],
    "billion-laughs-aliases": [(0, "is too large once its aliases (*name) are expanded")],
    "nested-100-deep": [(4, "is nested more than 64 levels deep")],
    "not-utf8": [(9, "is not UTF-8 text (save it as UTF-8)")],
    "utf16-with-bom": [(1, "is not UTF-8 text")],
    "empty": [(0, "is empty")],
    "comments-only": [(0, "is empty")],
    "binary-with-nul": [(1, "is not UTF-8 text")],
    "nul-byte-in-text": [(7, "contains a NUL byte: this looks like a binary file")],
}

LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<msg>.+)$")
WHOLE = re.compile(r"^(?P<file>.+?\.yaml): (?P<msg>.+)$")


def validate(capsys, path: Path) -> tuple[int, list[str], str]:
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_the_corpus_is_complete_and_every_file_has_expectations():
    names = {p.stem for p in CORPUS.glob("*.yaml")}
    assert len(names) >= 30
    assert names == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_file_gives_located_readable_problems(capsys, name):
    path = CORPUS / f"{name}.yaml"
    code, lines, err = validate(capsys, path)
    assert code == 1
    assert "Traceback" not in err and "unexpected error" not in err
    found: list[tuple[int, str]] = []
    for line in lines:
        m = LOCATED.match(line)
        if m:
            assert m["file"] == str(path)
            assert int(m["col"]) >= 1
            found.append((int(m["line"]), m["msg"]))
        else:
            m = WHOLE.match(line)
            assert m and m["file"] == str(path), line
            found.append((0, m["msg"]))
    assert len(found) == len(EXPECTED[name]), lines
    for (line, words), (got_line, message) in zip(EXPECTED[name], sorted(found), strict=True):
        assert got_line == line, (name, message)
        assert words in message
        # plain sentences: a capital or a quote first is fine; no Python reprs or classes
        assert "pydantic" not in message and "Error" not in message and "<class" not in message
    assert f"1 file(s) checked, {len(found)} problem(s) in 1 file(s)." in err


def test_several_files_are_reported_together(capsys):
    paths = [CORPUS / "unknown-source.yaml", CORPUS / "empty.yaml"]
    assert main(["validate", *map(str, paths)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert "2 file(s) checked, 2 problem(s) in 2 file(s)." in err


@pytest.mark.slow
def test_a_folder_of_files_is_checked(capsys):
    assert main(["validate", str(CORPUS)]) == 1
    out, _ = capsys.readouterr()
    assert {line.split(":")[0] for line in out.splitlines()} == {
        str(p) for p in CORPUS.glob("*.yaml")}


def test_a_missing_file_is_a_problem_not_a_traceback(capsys, tmp_path):
    code, lines, err = validate(capsys, tmp_path / "nowhere.yaml")
    assert code == 1 and lines == [f"{tmp_path / 'nowhere.yaml'}: no such file."]
    assert "Traceback" not in err


def test_ten_thousand_levels_deep(capsys, tmp_path):
    for text in ("a: " + "[" * 10_000 + "]" * 10_000,
                 "a: " + "{a: " * 10_000 + "1" + "}" * 10_000,
                 "".join(" " * i + f"k{i}:\n" for i in range(3_000)) + " " * 3_000 + "x"):
        path = tmp_path / "deep.yaml"
        path.write_text(text)
        code, lines, err = validate(capsys, path)
        assert code == 1 and len(lines) == 1
        assert "is nested more than 64 levels deep." in lines[0]
        assert LOCATED.match(lines[0]), lines[0]


def test_a_50_mb_file_is_refused_without_reading_it(capsys, tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.write(b"schema_version: 1\ntitle: " + b"x" * (50 * 1024 * 1024) + b"\n")
    code, lines, _ = validate(capsys, path)
    assert code == 1
    assert lines == [f"{path}: is too large (50.0 MB); the limit is 5 MB."]


def test_a_folder_given_to_the_loader(tmp_path):
    from app.core.loader import load_questionnaire
    from app.core.problems import Problem, ProblemsError

    with pytest.raises(ProblemsError) as info:
        load_questionnaire(tmp_path)
    assert info.value.problems == [Problem(str(tmp_path), 0, 0, "is a folder, not a file.")]


def test_line_breaks_and_escapes_in_ids_cannot_break_the_output(capsys, tmp_path):
    """An id quoted in a message may hold anything; each problem stays on one line."""
    from tests.helpers.minis import mini

    path = tmp_path / "sneaky.yaml"
    path.write_text(mini(("when: {in: {question: activities, values: [press]}}",
                          'when: {in: {question: "act\\nivities\\e[2J\\u202e", '
                          "values: [press]}}")))
    code, lines, _ = validate(capsys, path)
    assert code == 1 and len(lines) == 1
    assert "\x1b" not in lines[0] and "\u202e" not in lines[0]
    assert 'unknown question "act\\nivities\\u001b[2J\\u202e"' in lines[0]


def test_an_anchor_used_twice_does_not_garble_the_report(capsys, tmp_path):
    path = tmp_path / "anchors.yaml"
    path.write_text("a: &x 1\nb: &x 2\n")
    code, lines, err = validate(capsys, path)
    assert code == 1
    assert lines == [f'{path}:1:1: "schema_version" is missing; this version of Profile '
                     "Planner understands: 1."]
    assert "Warning" not in err and err.count("\n") == 1
