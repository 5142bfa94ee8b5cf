"""The JSON Schemas for the platform-steps and incidents files: committed, current, draft 7,
and met by the shipped files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator
from ruamel.yaml import YAML

from app.cli import main
from app.core.schema import schema_text

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"platform-steps": "platform-steps.yaml", "incidents": "incidents.yaml"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_cli_prints_the_committed_schema(capsys, kind):
    assert main(["schema", kind]) == 0
    committed = (ROOT / "questionnaires" / "schema" / f"{kind}.schema.json").read_text(
        encoding="utf-8")
    assert capsys.readouterr().out == schema_text(kind) == committed, (
        f"regenerate with: profile-planner schema {kind} > questionnaires/schema/{kind}.schema.json")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_shipped_file_meets_its_draft_7_schema(kind):
    schema = json.loads(schema_text(kind))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    Draft7Validator.check_schema(schema)
    data = YAML(typ="safe", pure=True).load((ROOT / "questionnaires" / KINDS[kind]).read_text(
        encoding="utf-8"))
    assert [e.message for e in Draft7Validator(schema).iter_errors(data)] == []
