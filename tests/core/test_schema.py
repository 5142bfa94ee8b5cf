"""The JSON Schemas for editors: draft 7, committed, and true to the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator
from ruamel.yaml import YAML

from app.cli import main
from app.core.paths import default_questionnaire
from app.core.schema import schema_text
from tests.helpers.minis import MINI, mini

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "questionnaires" / "schema"


def plain_yaml(text: str):
    return YAML(typ="safe", pure=True).load(text)


@pytest.mark.parametrize("kind", ["questionnaire", "answers"])
def test_cli_prints_the_committed_schema(capsys, kind):
    assert main(["schema", kind]) == 0
    out = capsys.readouterr().out
    committed = (COMMITTED / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert out == schema_text(kind) == committed, (
        f"regenerate with: profile-planner schema {kind} > questionnaires/schema/{kind}.schema.json")


@pytest.mark.parametrize("kind", ["questionnaire", "answers"])
def test_schema_is_draft_7_for_editors(kind):
    schema = json.loads(schema_text(kind))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    Draft7Validator.check_schema(schema)
    text = json.dumps(schema)
    for later in ("2020-12", "2019-09", "$defs", "prefixItems", "unevaluated", "$dynamicRef"):
        assert later not in text


def test_shipped_questionnaire_meets_the_schema():
    validator = Draft7Validator(json.loads(schema_text("questionnaire")))
    data = plain_yaml(default_questionnaire().read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(data)] == []
    assert [e.message for e in validator.iter_errors(plain_yaml(MINI))] == []


def test_examples_meet_the_answers_schema(example_files):
    validator = Draft7Validator(json.loads(schema_text("answers")))
    assert example_files
    for path in example_files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert [e.message for e in validator.iter_errors(data)] == [], path


@pytest.mark.parametrize("change", [
    ("    title: Your plans", "    titel: Your plans"),  # misspelt key
    ("    priority: consider", "    priority: could"),  # not one of the priorities
    ("    when: {tier: [high]}", "    when: {tier: [high], mode: [alone]}"),  # two operators
    ("    when: {tier: [high]}", "    when: {equal: {question: threat, value: true}}"),
    ("schema_version: 1", "schema_version: 2"),
    ("        type: yesno\n", "        type: boolean\n"),
])
def test_editors_are_warned_of_what_validate_refuses(change):
    validator = Draft7Validator(json.loads(schema_text("questionnaire")))
    assert list(validator.iter_errors(plain_yaml(mini(change))))
