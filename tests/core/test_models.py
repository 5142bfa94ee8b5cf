"""The questionnaire models: strict types, unknown keys refused, plain problem lines."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.core.problems import Problem, did_you_mean, one_line
from app.core.questionnaire import HandleRules, Option, Question
from tests.helpers.minis import load


def test_problem_lines():
    assert str(Problem("q.yaml", 3, 7, "unknown key.")) == "q.yaml:3:7: unknown key."
    assert str(Problem("q.yaml", 0, 0, "is empty.")) == "q.yaml: is empty."
    assert Problem("q.yaml", 1, 1, "a\nb").message == "a\\nb"


def test_did_you_mean_and_one_line():
    assert did_you_mean("whne", ["when", "show_if"]) == ' Did you mean "when"?'
    assert did_you_mean("zzz", ["when"]) == ""
    assert one_line("Siân 👩‍👩‍👧\u202e\x1b") == "Siân 👩‍👩‍👧\\u202e\\u001b"


@pytest.mark.parametrize("data", [
    {"id": "q", "type": "yesno", "label": "Q", "required": "yes"},  # text, not true
    {"id": "q", "type": "text", "label": "Q", "max_length": "80"},  # text, not a number
    {"id": "q", "type": "text", "label": "Q", "max_length": 80.5},
    {"id": "q", "type": "text", "label": "Q", "lable": "typo"},
    {"id": "Q 1", "type": "text", "label": "Q"},
    {"id": "q", "type": "text", "label": ""},
])
def test_questions_refuse_loose_values(data):
    with pytest.raises(ValidationError):
        Question.model_validate(data)


def test_models_are_frozen():
    opt = Option(id="a", label="A")
    with pytest.raises(AttributeError):
        opt.label = "B"  # type: ignore[misc]
    assert opt.model_copy(update={"label": "B"}).label == "B" and opt.label == "A"


def test_handle_rules_defaults():
    rules = HandleRules(max=15)
    assert (rules.min, rules.allowed, rules.suffix, rules.forbidden) == (1, "", "", [])


def test_lookups_on_a_loaded_questionnaire():
    q = load()
    assert q.question("purpose").summary_label == "Purpose"
    assert q.question("motto").option("x") is None
    assert q.question("purpose").option("work").label == "Work"
    assert q.question("nope") is None
    assert q.source("code").title == "The code"
    assert q.section("protect").title == "Protect"
    assert q.tier("high").label == "High"
    assert [s.id for s, _ in q.questions()][:3] == ["about", "about", "about"]


def test_yaml_yes_and_no_stay_text():
    """YAML 1.2: `yes` is a word. An option id `yes` must compare as that word."""
    q = load(("          - {id: personal, label: Personal}\n          - {id: mixed, label: Mixed}"
              "\n          - {id: work, label: Work}",
              "          - {id: personal, label: Personal}\n          - {id: mixed, label: Mixed}"
              "\n          - {id: work, label: Work}\n          - {id: yes, label: Yes}"),
             ("    when: {tier: [high]}\n", "    when: {equals: {question: purpose, value: yes}}\n"))
    item = next(it for it in q.items if it.id == "high-only")
    assert item.when.equals.value == "yes"
