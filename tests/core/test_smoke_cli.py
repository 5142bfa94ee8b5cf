"""The command line works on the shipped questionnaire and examples."""

from __future__ import annotations

import json

from app.cli import main


def test_validate_shipped_questionnaires_is_clean(capsys):
    assert main(["validate"]) == 0
    assert "0 problem(s)" in capsys.readouterr().err


def test_plan_prints_checklist_and_bios_for_every_example(example_files, capsys):
    assert example_files, "examples/ should hold answer files"
    for path in example_files:
        assert main(["plan", str(path), "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
        assert plan["checklist"], path
        for bio in plan["bios"]:
            assert bio["length"] <= bio["limit"]
