"""Answers files: read without change, refused with one plain line and exit code 2."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from app.cli import main
from app.core.answers import AnswersError, check_against, load_answers, parse_answers


def good(questionnaire) -> dict:
    return {"schema_version": 1,
            "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
            "answers": {}}


def test_plan_succeeds_on_every_example(example_files, capsys):
    assert example_files
    for path in example_files:
        assert main(["plan", str(path)]) == 0, path
        out = capsys.readouterr().out
        assert "Risk level:" in out and "Checklist (" in out


def test_loading_never_changes_the_file(example_files, tmp_path, questionnaire, capsys):
    for example in example_files:
        path = tmp_path / example.name
        shutil.copy2(example, path)
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        os.chmod(path, 0o444)
        before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)
        check_against(load_answers(path), questionnaire)
        assert main(["plan", str(path), "--json"]) == 0
        capsys.readouterr()
        assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            e.name for e in example_files if e.name <= example.name)


def text_answer(questionnaire) -> str:
    return next(qu.id for _, qu in questionnaire.questions() if qu.type == "text")


def yesno(questionnaire) -> str:
    return next(qu.id for _, qu in questionnaire.questions() if qu.type == "yesno")


BAD = {
    "wrong type for yes/no": (lambda q, d: d["answers"].update({yesno(q): "sometimes"}),
                              "takes true or false"),
    "a number": (lambda q, d: d["answers"].update({yesno(q): 1}),
                 "should be true or false, text, or a list of option ids, not the number 1"),
    "unknown question": (lambda q, d: d["answers"].update({"favourite_colour": "blue"}),
                         'answers an unknown question "favourite_colour"'),
    "future version": (lambda q, d: d.update({"schema_version": 99}),
                       "schema_version 99 is not understood"),
    "version given as true": (lambda q, d: d.update({"schema_version": True}),
                              "schema_version true is not understood"),
    "unknown key": (lambda q, d: d.update({"answer": {}}), 'unknown key "answer"'),
    "other questionnaire": (lambda q, d: d["questionnaire"].update({"id": "elsewhere"}),
                            'was made for questionnaire "elsewhere"'),
    "unknown tick": (lambda q, d: d.update({"ticks": {"no-such-item": True}}),
                     'ticks an unknown checklist item "no-such-item"'),
    "tick not true or false": (lambda q, d: d.update({"ticks": {"x": "yes"}}),
                               'the tick for "x" should be true or false, not "yes"'),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_answers_give_one_line_and_exit_2(case, questionnaire, tmp_path, capsys):
    change, words = BAD[case]
    data = good(questionnaire)
    change(questionnaire, data)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    assert_refused(path, words, capsys)


def assert_refused(path, words, capsys):
    with pytest.raises(SystemExit) as info:
        main(["plan", str(path)])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"profile-planner: {path}: "), err
    assert words in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("raw", "words"), [
    (b'{"schema_version": 1, "questionnaire": {"id": "civil', "not valid JSON (line 1"),
    (b"purpose: mixed\n", "not valid JSON"),
    (b"", "not valid JSON"),
    (b"[1, 2]", "should hold a JSON object"),
    (b'{"a": "Si\xe2n"}', "is not UTF-8 text"),
    (b"\x00\x01\x02binary", "not valid JSON"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_files_that_are_not_answers(raw, words, tmp_path, capsys):
    path = tmp_path / "answers.json"
    path.write_bytes(raw)
    assert_refused(path, words, capsys)


def test_a_folder_and_a_missing_file(tmp_path, capsys):
    assert_refused(tmp_path, "is a folder, not an answers file", capsys)
    assert_refused(tmp_path / "gone.json", "no such file", capsys)


def test_keys_with_line_breaks_stay_on_one_line(questionnaire, tmp_path, capsys):
    data = good(questionnaire)
    data["answers"]["evil\n\x1b[2Jline"] = 5
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    assert_refused(path, 'the answer to "evil\\n\\u001b[2Jline"', capsys)


def test_text_that_looks_like_yes_or_no_stays_text(questionnaire):
    """JSON "yes" is text; it used to become true, and then the answer was refused."""
    qid = text_answer(questionnaire)
    data = good(questionnaire)
    for word in ("yes", "no", "on", "off", "true", "0", "1", "y"):
        data["answers"][qid] = word
        answers = parse_answers(json.dumps(data))
        assert answers.answers[qid] == word
        check_against(answers, questionnaire)


def test_wrong_types_are_refused_not_converted(questionnaire):
    data = good(questionnaire)
    data["answers"][yesno(questionnaire)] = "true"
    with pytest.raises(AnswersError, match="takes true or false"):
        check_against(parse_answers(json.dumps(data)), questionnaire)
    for version in (1.0, "1", True):
        with pytest.raises(AnswersError, match="schema_version"):
            parse_answers(json.dumps({**good(questionnaire), "schema_version": version}))


def test_a_saved_session_reads_back_the_same(questionnaire, tmp_path):
    from app.core.answers import Answers

    answers = Answers.blank(questionnaire)
    answers.answers[text_answer(questionnaire)] = "Siân 👩‍👩‍👧 <b>{name}</b>"
    answers.notes["general"] = "Line one\nline two"
    path = tmp_path / "saved.json"
    answers.save(path)
    assert load_answers(path) == answers
    assert path.stat().st_mode & 0o777 == 0o600
