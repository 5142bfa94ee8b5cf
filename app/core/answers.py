"""The saved session: a person's answers, ticks and notes, as JSON on disk."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Literal

from . import atomic, graphemes, safe_read
from .changes import SavedWith
from .i18n import N_, _, ngettext
from .problems import describe_value, did_you_mean, one_line
from .questionnaire import Questionnaire
from .record import Record, field

if TYPE_CHECKING:
    from pydantic import ValidationError

ANSWERS_VERSIONS = (1,)
MAX_ANSWERS_BYTES = 2 * 1024 * 1024
NOTE_MAX = 20_000  # characters (code points) in a note, agreed actions, sign-off or a bio
AnswerValue = bool | str | list[str]


class AnswersError(Exception):
    """An answers file that cannot be used; the message is one plain line."""

    def __init__(self, message: str) -> None:
        # The message may quote keys from the file, which may hold line breaks or escapes.
        super().__init__(one_line(message))


class SignOff(Record, frozen=False):
    person: str = ""
    manager: str = ""
    date: str = ""  # the date the member of staff signs
    manager_date: str = ""  # the date the line manager signs


class QuestionnaireRef(Record, frozen=False):
    id: str
    version: str = ""


class AppliedFile(Record, frozen=False):
    """An organisation pack or preset a session used: what it was and which file it came
    from, so the session can be set up the same way again."""
    id: str
    title: str
    file: str = ""
    sha256: str = ""


class AppliedPreset(AppliedFile, frozen=False):
    """A preset as applied: who set it, and the preset itself (its locked answers and raised
    items), so its locks hold even where the file cannot be found."""
    set_by: str = ""
    preset: dict[str, Any] = field(default_factory=dict)


class AppliedOrganisation(AppliedFile, frozen=False):
    """An organisation pack as applied: who set it (its security contact, else its name) and
    the pack itself, so its items stay in the plan where the file cannot be found."""
    set_by: str = ""
    organisation: dict[str, Any] = field(default_factory=dict)


class Answers(Record, frozen=False):
    schema_version: Literal[1] = 1
    questionnaire: QuestionnaireRef
    mode: Literal["alone", "line_manager"] = "alone"
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    ticks: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # by step id
    agreed_actions: str = ""
    sign_off: SignOff = field(default_factory=SignOff)
    bios: dict[str, str] = field(default_factory=dict)  # bios the person edited, by platform
    # Issue 17: the guidance this file was saved with, to say what changed (changes.py).
    saved_with: SavedWith | None = None
    preset: AppliedPreset | None = None
    organisation: AppliedOrganisation | None = None

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
    "answers": N_("true or false, text, or a list of option ids"),
    "ticks": N_("true or false"),
    "notes": N_("text"),
}


def _one_line(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    # A union reports once per member; count each place once.
    places = list(dict.fromkeys(_place(e["loc"]) for e in errors))
    err = errors[0]
    loc = places[0]
    where = ".".join(str(p) for p in loc)
    more = len(places) - 1
    extra = ngettext(" (and {n} more problem)", " (and {n} more problems)", more).format(
        n=more) if more else ""
    if err["type"] == "extra_forbidden":
        return _('unknown key "{key}"').format(key=where) + extra
    if err["type"] == "missing":
        return _('"{key}" is missing').format(key=where) + extra
    if err["type"] == "string_too_long":  # a note, sign-off or bio over NOTE_MAX
        return _('"{key}" is too long ({found} characters; the limit is {limit})').format(
            key=where, found=f"{len(str(err.get('input', ''))):,}",
            limit=f"{(err.get('ctx') or {}).get('max_length', NOTE_MAX):,}") + extra
    if len(loc) == 2 and loc[0] in _EXPECTED:
        what = {"answers": _('the answer to "{id}" should be {expected}, not {found}'),
                "ticks": _('the tick for "{id}" should be {expected}, not {found}'),
                "notes": _('the note for "{id}" should be {expected}, not {found}')}
        value = _data_at(err)
        found = _("a list holding something other than text") if isinstance(value, list) \
            else describe_value(value)
        return what[str(loc[0])].format(id=loc[1], expected=_(_EXPECTED[str(loc[0])]),
                                        found=found) + extra
    kind = err["type"]
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return _('"{key}" should be a JSON object, not {found}').format(
            key=where, found=describe_value(err.get("input"))) + extra
    if kind in ("string_type", "bool_type", "literal_error"):
        expected = {"string_type": _("text"), "bool_type": _("true or false")}.get(
            kind, _("one of: {choices}").format(
                choices=str((err.get("ctx") or {}).get("expected", ""))))
        return _('"{key}" should be {expected}, not {found}').format(
            key=where, expected=expected, found=describe_value(err.get("input"))) + extra
    place = where or _("file")
    return f"{place}: {err['msg'].lower()}{extra}"


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
        raise AnswersError(_("schema_version {shown} is not understood; this version of "
                             "Profile Planner reads {versions}").format(shown=shown,
                                                                        versions=versions))


def parse_answers(text: str) -> Answers:
    try:
        data = safe_read.loads(text)
    except safe_read.JSONProblem as exc:
        raise AnswersError(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise AnswersError(_("not valid JSON (line {line}, column {column}: {why})").format(
            line=exc.lineno, column=exc.colno, why=exc.msg.lower())) from None
    except RecursionError:
        raise AnswersError(_("nested too deeply to read")) from None
    return answers_from(data)


def answers_from(data: Any) -> Answers:
    """Answers from parsed JSON, or AnswersError with a one-line reason."""
    if not isinstance(data, dict):
        raise AnswersError(_("should hold a JSON object at the top level"))
    _check_version(data)
    from .answers_check import usual_answers

    found = usual_answers(data)
    if found is not None:
        return found
    from pydantic import ValidationError  # the full check, for its messages

    try:
        return Answers.model_validate(data)
    except ValidationError as exc:
        raise AnswersError(_one_line(exc)) from None


def load_answers(path: str | os.PathLike[str]) -> Answers:
    """Read an answers file without changing it; AnswersError gives a one-line reason."""
    try:
        raw = safe_read.read_bytes(path, MAX_ANSWERS_BYTES)
    except safe_read.Unreadable as exc:
        raise AnswersError(_("is too large to be an answers file") if exc.too_large
                           else str(exc).replace(_("not a file"), _("not an answers file"))
                           ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError(_("is not UTF-8 text")) from None
    return parse_answers(text)


def check_against(answers: Answers, q: Questionnaire) -> None:
    """Every answer must name a question of q and fit its type."""
    if answers.questionnaire.id != q.id:
        raise AnswersError(_('was made for questionnaire "{made_for}", not "{this}"').format(
            made_for=answers.questionnaire.id, this=q.id))
    questions = {qu.id: qu for _, qu in q.questions()}
    for qid, value in answers.answers.items():
        qu = questions.get(qid)
        if qu is None:
            raise AnswersError(_('answers an unknown question "{id}".').format(id=qid)
                               + did_you_mean(qid, questions))
        check_value(qid, qu.type, qu.choice_ids(), value, qu.max_length)
    item_ids = {it.id for it in q.items}
    # A tick for an item the guidance has since removed is expected in a file saved with
    # another version (changes.py reports it); the tick is then left out, not refused.
    removed = set(answers.saved_with.items) if answers.saved_with else set()
    older = bool(answers.questionnaire.version) and answers.questionnaire.version != q.version
    for iid in answers.ticks:
        if iid not in item_ids and not older and iid not in removed:
            raise AnswersError(_('ticks an unknown checklist item "{id}".').format(id=iid)
                               + did_you_mean(iid, item_ids))
    step_ids = {s.id for s in q.steps}
    for sid in answers.notes:
        if sid not in step_ids and sid != "general":
            raise AnswersError(_('has notes for an unknown step "{id}".').format(id=sid)
                               + did_you_mean(sid, step_ids))


def check_value(qid: str, kind: str, options: list[str], value: Any,
                max_length: int | None = None) -> None:
    if kind == "yesno":
        if not isinstance(value, bool) and value not in options:
            raise AnswersError(_('question "{id}" takes true or false').format(id=qid)
                               + "".join(_(' or "{option}"').format(option=o) for o in options))
    elif kind == "single":
        if not isinstance(value, str) or value not in options:
            raise AnswersError(_('question "{id}" takes one of: {options}').format(
                id=qid, options=", ".join(options)) + did_you_mean(str(value), options))
    elif kind == "multi":
        if not isinstance(value, list):
            raise AnswersError(_('question "{id}" takes a list of: {options}').format(
                id=qid, options=", ".join(options)))
        for v in value:
            if v not in options:
                raise AnswersError(_('question "{id}" has an unknown choice "{choice}".').format(
                    id=qid, choice=v) + did_you_mean(v, options))
    elif not isinstance(value, str):
        raise AnswersError(_('question "{id}" takes text').format(id=qid))
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
        raise AnswersError(_('the answer to question "{id}" is too long ({found} characters; '
                             "the limit is {limit})").format(id=qid, found=f"{found:,}",
                                                              limit=f"{limit:,}"))
