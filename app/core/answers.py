"""The saved session: a person's answers, ticks and notes, as JSON on disk."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from . import atomic, graphemes, safe_read
from .changes import SavedWith
from .problems import describe_value, did_you_mean, one_line
from .questionnaire import Questionnaire

ANSWERS_VERSIONS = (1,)
MAX_ANSWERS_BYTES = 2 * 1024 * 1024
NOTE_MAX = 20_000  # characters (code points) in a note, agreed actions, sign-off or a bio
Note = Annotated[str, StringConstraints(max_length=NOTE_MAX)]
AnswerValue = bool | str | list[str]


class AnswersError(Exception):
    """An answers file that cannot be used; the message is one plain line."""

    def __init__(self, message: str) -> None:
        # The message may quote keys from the file, which may hold line breaks or escapes.
        super().__init__(one_line(message))


class SignOff(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    person: Note = ""
    manager: Note = ""
    date: Note = Field(default="", description="The date the member of staff signs.")
    manager_date: Note = Field(default="", description="The date the line manager signs.")


class QuestionnaireRef(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    id: str
    version: str = ""


class AppliedFile(BaseModel):
    """An organisation pack or preset a session used: what it was and which file it came
    from, so the session can be set up the same way again."""
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    id: str
    title: str
    file: str = ""
    sha256: str = ""


class AppliedPreset(AppliedFile):
    """A preset as applied: who set it, and the preset itself (its locked answers and raised
    items), so its locks hold even where the file cannot be found."""
    set_by: str = ""
    preset: dict[str, Any] = Field(default_factory=dict)


class AppliedOrganisation(AppliedFile):
    """An organisation pack as applied: who set it (its security contact, else its name) and
    the pack itself (contacts, links, its own and replaced checklist items and sources), so
    its items stay in the plan where the file cannot be found. An organisation pack locks no
    answers; a preset does that."""
    set_by: str = ""
    organisation: dict[str, Any] = Field(default_factory=dict)


class Answers(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    schema_version: Literal[1] = 1
    questionnaire: QuestionnaireRef
    mode: Literal["alone", "line_manager"] = "alone"
    answers: dict[str, Annotated[AnswerValue, Field(union_mode="left_to_right")]] = Field(
        default_factory=dict)
    ticks: dict[str, bool] = Field(default_factory=dict)
    notes: dict[str, Note] = Field(default_factory=dict, description="Notes per step id.")
    agreed_actions: Note = ""
    sign_off: SignOff = Field(default_factory=SignOff)
    bios: dict[str, Note] = Field(default_factory=dict,
                                  description="Bios the person edited, by platform id.")
    # Issue 17: the guidance this file was saved with, to say what changed (changes.py).
    saved_with: SavedWith | None = None
    preset: AppliedPreset | None = Field(default=None, description="The preset applied.")
    organisation: AppliedOrganisation | None = Field(
        default=None, description="The organisation pack used.")

    @model_validator(mode="before")
    @classmethod
    def _whole_characters(cls, data: Any) -> Any:
        return without_lone_surrogates(data)

    @classmethod
    def blank(cls, q: Questionnaire) -> Answers:
        return cls(questionnaire=QuestionnaireRef(id=q.id, version=q.version))

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

    def save(self, path: str | os.PathLike[str]) -> None:
        atomic.write_text(path, self.to_json())


def without_lone_surrogates(value: Any) -> Any:
    """Strings with each half of a broken UTF-16 pair made U+FFFD, in nested dicts and lists.

    JSON's "\\ud800" and some clipboards give Python such halves; they are no character,
    cannot be written as UTF-8 and would make saving fail, so they become a visible marker.
    Whole pairs written as two escapes become the one character they stand for.
    """
    if isinstance(value, str):
        if value.isascii():
            return value
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_lone_surrogates(v) for v in value]
    return value


_UNION_TAGS = ("str", "bool", "list[str]")
_EXPECTED = {
    "answers": "true or false, text, or a list of option ids",
    "ticks": "true or false",
    "notes": "text",
}


def _one_line(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    # A union reports once per member; count each place once.
    places = list(dict.fromkeys(_place(e["loc"]) for e in errors))
    err = errors[0]
    loc = places[0]
    where = ".".join(str(p) for p in loc)
    more = len(places) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    if err["type"] == "extra_forbidden":
        return f'unknown key "{where}"{extra}'
    if err["type"] == "missing":
        return f'"{where}" is missing{extra}'
    if len(loc) == 2 and loc[0] in _EXPECTED:
        what = {"answers": "the answer to", "ticks": "the tick for", "notes": "the note for"}
        value = _data_at(err)
        found = "a list holding something other than text" if isinstance(value, list) \
            else describe_value(value)
        return (f'{what[str(loc[0])]} "{loc[1]}" should be {_EXPECTED[str(loc[0])]}, not '
                f"{found}{extra}")
    kind = err["type"]
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f'"{where}" should be a JSON object, not {describe_value(err.get("input"))}{extra}'
    if kind in ("string_type", "bool_type", "literal_error"):
        expected = {"string_type": "text", "bool_type": "true or false"}.get(
            kind, "one of: " + str((err.get("ctx") or {}).get("expected", "")))
        return f'"{where}" should be {expected}, not {describe_value(err.get("input"))}{extra}'
    return f"{where or 'file'}: {err['msg'].lower()}{extra}"


def _place(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Where an error is, without pydantic's union tags; an answer's list entries count
    as the answer."""
    place = tuple(p for p in loc if p not in _UNION_TAGS)
    return place[:2] if place and place[0] in _EXPECTED else place


def _data_at(err: Any) -> Any:
    """The whole answer an error is about (pydantic gives the bad list entry)."""
    value = err.get("input")
    if "list[str]" in err["loc"] and isinstance(err["loc"][-1], int):
        return [value]
    return value


def _check_version(data: dict[str, Any]) -> None:
    version = data.get("schema_version", ANSWERS_VERSIONS[-1])
    if isinstance(version, bool) or version not in ANSWERS_VERSIONS \
            or not isinstance(version, int):
        versions = ", ".join(map(str, ANSWERS_VERSIONS))
        shown = json.dumps(version, ensure_ascii=False)
        shown = shown if len(shown) <= 20 else shown[:17] + "..."
        raise AnswersError(f"schema_version {shown} is not understood; this "
                           f"version of Profile Planner reads {versions}")


def parse_answers(text: str) -> Answers:
    try:
        data = safe_read.loads(text)
    except safe_read.JSONProblem as exc:
        raise AnswersError(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise AnswersError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: "
                           f"{exc.msg.lower()})") from None
    except RecursionError:
        raise AnswersError("nested too deeply to read") from None
    return answers_from(data)


def answers_from(data: Any) -> Answers:
    """Answers from parsed JSON, or AnswersError with a one-line reason."""
    if not isinstance(data, dict):
        raise AnswersError("should hold a JSON object at the top level")
    _check_version(data)
    try:
        return Answers.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(_one_line(exc)) from None


def load_answers(path: str | os.PathLike[str]) -> Answers:
    """Read an answers file without changing it; AnswersError gives a one-line reason."""
    try:
        raw = safe_read.read_bytes(path, MAX_ANSWERS_BYTES)
    except safe_read.Unreadable as exc:
        raise AnswersError("is too large to be an answers file" if exc.too_large
                           else str(exc).replace("not a file", "not an answers file")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError("is not UTF-8 text") from None
    return parse_answers(text)


def check_against(answers: Answers, q: Questionnaire) -> None:
    """Every answer must name a question of q and fit its type."""
    if answers.questionnaire.id != q.id:
        raise AnswersError(f'was made for questionnaire "{answers.questionnaire.id}", not '
                           f'"{q.id}"')
    questions = {qu.id: qu for _, qu in q.questions()}
    for qid, value in answers.answers.items():
        qu = questions.get(qid)
        if qu is None:
            raise AnswersError(f'answers an unknown question "{qid}".'
                               + did_you_mean(qid, questions))
        check_value(qid, qu.type, qu.choice_ids(), value, qu.max_length)
    item_ids = {it.id for it in q.items}
    # A tick for an item the guidance has since removed is expected in a file saved with
    # another version (changes.py reports it); the tick is then left out, not refused.
    removed = set(answers.saved_with.items) if answers.saved_with else set()
    older = bool(answers.questionnaire.version) and answers.questionnaire.version != q.version
    for iid in answers.ticks:
        if iid not in item_ids and not older and iid not in removed:
            raise AnswersError(f'ticks an unknown checklist item "{iid}".'
                               + did_you_mean(iid, item_ids))
    step_ids = {s.id for s in q.steps}
    for sid in answers.notes:
        if sid not in step_ids and sid != "general":
            raise AnswersError(f'has notes for an unknown step "{sid}".'
                               + did_you_mean(sid, step_ids))


def check_value(qid: str, kind: str, options: list[str], value: Any,
                max_length: int | None = None) -> None:
    if kind == "yesno":
        if not isinstance(value, bool) and value not in options:
            raise AnswersError(f'question "{qid}" takes true or false'
                               + "".join(f' or "{o}"' for o in options))
    elif kind == "single":
        if not isinstance(value, str) or value not in options:
            raise AnswersError(f'question "{qid}" takes one of: ' + ", ".join(options)
                               + did_you_mean(str(value), options))
    elif kind == "multi":
        if not isinstance(value, list):
            raise AnswersError(f'question "{qid}" takes a list of: ' + ", ".join(options))
        for v in value:
            if v not in options:
                raise AnswersError(f'question "{qid}" has an unknown choice "{v}".'
                                   + did_you_mean(v, options))
    elif not isinstance(value, str):
        raise AnswersError(f'question "{qid}" takes text')
    else:
        check_length(qid, value, max_length)


def check_length(qid: str, text: str, max_length: int | None) -> None:
    """The limits the wizard keeps to, for answers from anywhere: the question's max_length
    in characters a person sees, and NOTE_MAX code points for any text."""
    limit = min(max_length or NOTE_MAX, NOTE_MAX)
    if len(text) <= limit:
        return  # never more characters seen than code points: no need to count
    # Past NOTE_MAX code points it is too long whatever it holds; counting could be slow.
    found = len(text) if len(text) > NOTE_MAX else graphemes.count(text)
    if found > limit:
        raise AnswersError(f'the answer to question "{qid}" is too long ({found:,} '
                           f"characters; the limit is {limit:,})")
