"""Security-officer presets: validated with located messages, and locked answers always win."""

from __future__ import annotations

import pytest

from app.core.answers import Answers
from app.core.engine import build_plan
from app.core.preset import apply, parse_preset
from app.core.problems import ProblemsError
from tests.helpers.roles import GOOD


def test_locked_answer_overrides_a_hand_edited_answers_file(small):
    preset = parse_preset(GOOD, small)
    edited = Answers.blank(small)
    edited.answers.update(flagged=False, purpose="mixed")
    applied = apply(preset, edited)
    assert applied.answers["flagged"] is True  # locked: the preset wins
    assert applied.answers["purpose"] == "mixed"  # not locked: the person's choice stays
    assert build_plan(small, applied).tier.id == "high"


def test_unlocked_preset_value_fills_a_gap(small):
    applied = apply(parse_preset(GOOD, small), Answers.blank(small))
    assert applied.answers["purpose"] == "personal"


@pytest.mark.parametrize("text, line, words", [
    (GOOD.replace("flagged: {value", "flaged: {value"), 8, 'unknown question "flaged"'),
    (GOOD.replace("raise_to_must: [two-step]", "raise_to_must: [two-stpe]"), 10,
     'Did you mean "two-step"'),
    (GOOD.replace("purpose: {value: personal}", "purpose: {value: work}"), 9, "takes one of"),
    (GOOD.replace("set_by:", "set_bye:"), 6, 'unknown key "set_bye"'),
    (GOOD.replace("schema_version: 1", "schema_version: 7"), 1, "does not understand"),
    (GOOD.replace("questionnaire: small", "questionnaire: other"), 5, '"other"'),
])
def test_invalid_preset_is_rejected_with_a_located_message(small, text, line, words):
    with pytest.raises(ProblemsError) as caught:
        parse_preset(text, small, "preset.yaml")
    found = [p for p in caught.value.problems if words in p.message]
    assert found, [str(p) for p in caught.value.problems]
    assert found[0].file == "preset.yaml" and found[0].line == line
