"""The usual answers file, accepted without pydantic.

Every answers file the app writes has this shape, and `generate` reads one on each run:
checking it here spares the import of pydantic (a third of the command's time and memory).
What is accepted is a strict subset of the schema (app/core/schemas/answers.py), built into
the same records; anything else returns None and gets the full check, with its messages.
A test holds the two to the same answer.
"""

from __future__ import annotations

from typing import Any

from .answers import (
    NOTE_MAX,
    Answers,
    AnswerValue,
    AppliedOrganisation,
    AppliedPreset,
    QuestionnaireRef,
    SignOff,
    without_lone_surrogates,
)
from .changes import SavedWith
from .questionnaire import PRIORITY_ORDER


class _Unusual(Exception):
    """Not the usual shape: let the schema decide, and say why if it refuses."""


def usual_answers(data: dict[str, Any]) -> Answers | None:
    """data as Answers if it has the usual shape, else None."""
    try:
        return _answers(without_lone_surrogates(data))
    except _Unusual:
        return None


def _keys(data: Any, allowed: frozenset[str], needed: tuple[str, ...] = ()) -> dict[str, Any]:
    if type(data) is not dict or not data.keys() <= allowed or any(k not in data for k in needed):
        raise _Unusual
    return data


def _text(value: Any, limit: int | None = None) -> str:
    if type(value) is not str or (limit is not None and len(value) > limit):
        raise _Unusual
    return value


def _texts(value: Any, key_limit: int | None = None, limit: int | None = None
           ) -> dict[str, str]:
    if type(value) is not dict:
        raise _Unusual
    return {_text(k, key_limit): _text(v, limit) for k, v in value.items()}


def _answer(value: Any) -> AnswerValue:
    if type(value) is bool or type(value) is str:
        return value
    if type(value) is list and all(type(v) is str for v in value):
        return list(value)
    raise _Unusual


def _mapping(value: Any) -> dict[str, Any]:
    """A JSON object (keys are text), as a new dict."""
    if type(value) is not dict or any(type(k) is not str for k in value):
        raise _Unusual
    return dict(value)


def _flags(value: Any) -> dict[str, bool]:
    flags = _mapping(value)
    if any(type(v) is not bool for v in flags.values()):
        raise _Unusual
    return flags


def _saved_with(value: Any) -> SavedWith | None:
    if value is None:
        return None
    data = _keys(value, frozenset(SavedWith.record_fields()))
    items = _texts(data.get("items", {}), 200)
    if any(v not in PRIORITY_ORDER for v in items.values()):
        raise _Unusual
    return SavedWith(version=_text(data.get("version", ""), 40), items=items,  # type: ignore[arg-type]
                     titles=_texts(data.get("titles", {}), 200, 5000),
                     steps=_texts(data.get("steps", {}), 200, 10))


def _applied(value: Any, kind: type[AppliedPreset] | type[AppliedOrganisation], body: str
             ) -> Any:
    if value is None:
        return None
    data = _keys(value, frozenset(kind.record_fields()), ("id", "title"))
    inner = _mapping(data.get(body, {}))
    values: dict[str, Any] = {k: _text(data.get(k, ""))
                              for k in ("id", "title", "file", "sha256", "set_by")}
    values[body] = inner
    return kind(**values)


_TOP = frozenset(Answers.record_fields())
_REF = frozenset(QuestionnaireRef.record_fields())
_SIGN_OFF = frozenset(SignOff.record_fields())


def _answers(data: Any) -> Answers:
    data = _keys(data, _TOP, ("questionnaire",))
    if data.get("schema_version", 1) != 1 or type(data.get("schema_version", 1)) is not int:
        raise _Unusual
    ref = _keys(data["questionnaire"], _REF, ("id",))
    mode = data.get("mode", "alone")
    if mode not in ("alone", "line_manager"):
        raise _Unusual
    sign_off = _keys(data.get("sign_off", {}), _SIGN_OFF)
    return Answers(
        schema_version=1,
        questionnaire=QuestionnaireRef(id=_text(ref["id"]), version=_text(ref.get("version", ""))),
        mode=mode,
        answers={k: _answer(v) for k, v in _mapping(data.get("answers", {})).items()},
        ticks=_flags(data.get("ticks", {})),
        notes=_texts(data.get("notes", {}), None, NOTE_MAX),
        agreed_actions=_text(data.get("agreed_actions", ""), NOTE_MAX),
        sign_off=SignOff(**{k: _text(sign_off.get(k, ""), NOTE_MAX) for k in _SIGN_OFF}),
        bios=_texts(data.get("bios", {}), None, NOTE_MAX),
        saved_with=_saved_with(data.get("saved_with")),
        preset=_applied(data.get("preset"), AppliedPreset, "preset"),
        organisation=_applied(data.get("organisation"), AppliedOrganisation, "organisation"),
    )
