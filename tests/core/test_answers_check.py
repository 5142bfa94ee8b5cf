"""The quick check of an answers file agrees with the full one.

`usual_answers` (app/core/answers_check.py) accepts the files the app writes without
pydantic. It may pass a file on to the full check, but whatever it accepts, the schema must
accept too, as the same answers: otherwise a hand-edited file could be planned from
unchecked values, or read differently depending on which check saw it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.core.answers import NOTE_MAX, AnswersError, answers_from
from app.core.answers_check import usual_answers
from app.core.record import to_record
from app.core.schemas.answers import Answers as Schema

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def _full(data: dict[str, Any]) -> Any:
    """The schema's answer: the records it gives, or None if it refuses the data."""
    try:
        return to_record(Schema.model_validate(data))
    except ValidationError:
        return None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_takes_the_quick_path_to_the_same_answers(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    quick = usual_answers(data)
    assert quick is not None
    assert quick == _full(data)
    assert quick.to_json() == to_record(Schema.model_validate(data)).to_json()


def test_a_session_the_app_saved_takes_the_quick_path(questionnaire):
    """With everything a saved session can record: a preset, a pack and the guidance."""
    from app.core.changes import stamp
    from app.core.session import Setup
    from app.core.session_state import Session
    from tests.helpers.content import example

    setup = Setup.load(questionnaire, use_config=False,
                       organisation=ROOT / "examples/organisations/department-for-example/"
                       "organisation.yaml", preset=ROOT / "examples/presets/high-risk.yaml")
    session = Session(setup.questionnaire, setup)
    session.load(example("line-manager-session"))
    session.saved_with = stamp(setup.plan(session.answers()))
    saved = json.loads(session.answers().to_json())
    assert saved["preset"] and saved["organisation"] and saved["saved_with"]["items"]
    assert usual_answers(saved) == _full(saved) is not None


# Well-formed files, at the edges of what is allowed (the longest note, half a UTF-16 pair,
# which becomes U+FFFD), and the same with one part made wrong: a wrong type, a value over
# its limit, a key the schema does not know, in the file or inside one of its parts.
_text = st.text(max_size=8)
_edge = st.sampled_from([NOTE_MAX, NOTE_MAX + 1, 41, 201, 5001]).map(lambda n: "x" * n)
_note = st.one_of(_text, st.just("x" * NOTE_MAX), st.just("a\ud800b"))
_scalar = st.one_of(st.booleans(), st.integers(), st.floats(allow_nan=False), st.none(), _text)
_odd = st.one_of(_scalar, _edge, st.lists(_scalar, max_size=2),
                 st.dictionaries(_text, st.one_of(_scalar, _edge), max_size=2))
_applied = st.fixed_dictionaries(
    {"id": _text, "title": _text},
    optional={"file": _text, "sha256": _text, "set_by": _text,
              "preset": st.dictionaries(_text, _odd, max_size=2),
              "organisation": st.dictionaries(_text, _odd, max_size=2)})
_good = st.fixed_dictionaries(
    {"questionnaire": st.fixed_dictionaries({"id": _text}, optional={"version": _text})},
    optional={
        "schema_version": st.just(1),
        "mode": st.sampled_from(["alone", "line_manager"]),
        "answers": st.dictionaries(_text, st.one_of(st.booleans(), _note,
                                                    st.lists(_text, max_size=3)), max_size=4),
        "ticks": st.dictionaries(_text, st.booleans(), max_size=3),
        "notes": st.dictionaries(_text, _note, max_size=3),
        "agreed_actions": _note,
        "sign_off": st.fixed_dictionaries({}, optional=dict.fromkeys(
            ("person", "manager", "date", "manager_date"), _note)),
        "bios": st.dictionaries(_text, _note, max_size=2),
        "saved_with": st.one_of(st.none(), st.fixed_dictionaries({}, optional={
            "version": _text,
            "items": st.dictionaries(_text, st.sampled_from(["must", "should", "consider"])),
            "titles": st.dictionaries(_text, _text, max_size=2),
            "steps": st.dictionaries(_text, st.just("2026-01-01"), max_size=2)})),
        "preset": st.one_of(st.none(), _applied),
        "organisation": st.one_of(st.none(), _applied),
    })


@st.composite
def _answers(draw: st.DrawFn) -> dict[str, Any]:
    data = draw(_good)
    if draw(st.booleans()):
        return data
    # One part made wrong: the file itself, or a mapping inside it.
    places = [data] + [v for v in data.values() if isinstance(v, dict)]
    place = draw(st.sampled_from(places))
    key = draw(st.one_of(st.sampled_from(sorted(place) or ["unknown"]), _text))
    place[key] = draw(_odd)
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_answers())
def test_whatever_the_quick_check_accepts_the_schema_accepts_the_same(data):
    quick = usual_answers(data)
    if quick is not None:
        assert quick == _full(data)


@settings(max_examples=200, deadline=None)
@given(_answers())
def test_a_file_gets_the_same_verdict_and_message_whichever_check_decides(data):
    """answers_from takes the quick path when it can: the result must not depend on it."""
    full = _full(data)
    try:
        found = answers_from(data)
    except AnswersError:
        assert full is None or type(data.get("schema_version", 1)) is not int
    else:
        assert found == full
