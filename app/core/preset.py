"""Security-officer presets: answers set in advance, optionally locked, and stricter items."""

from __future__ import annotations

import os
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .answers import Answers, AnswersError, check_value
from .i18n import N_, _
from .problems import Problem, ProblemsError, did_you_mean
from .questionnaire import Questionnaire
from .yamlfile import Located, load_yaml, parse_yaml

Short = Annotated[str, StringConstraints(max_length=300)]
PRESET_VERSIONS = (1,)
MAX_PROBLEMS = 50
TOO_MANY = N_("too complex to check: simplify this preset; it names more unknown questions or "
              "items than the {n} reported, so fix those first.")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Contact(_Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    role: Short | None = None
    email: Short | None = None
    phone: Short | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)] | None = None

    def one_line(self) -> str:
        bits = [self.name + (f" ({self.role})" if self.role else "")]
        bits += [b for b in (self.email, self.phone, self.url) if b]
        return ", ".join(bits)


class PresetAnswer(_Strict):
    value: Annotated[bool | str | list[str], Field(union_mode="left_to_right")]
    locked: bool = False


class Preset(_Strict):
    schema_version: Literal[1]
    kind: Literal["preset"]
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
    title: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    questionnaire: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    set_by: Contact = Field(description="The security contact the person can ask.")
    answers: dict[str, PresetAnswer] = Field(default_factory=dict)
    raise_to_must: list[str] = Field(default_factory=list)
    note: Annotated[str, StringConstraints(max_length=2000)] | None = None
    review_every_months: Annotated[int, Field(ge=1, le=60)] | None = Field(
        default=None, description="How often the person reviews the plan (default 3).")

    def locked(self) -> dict[str, Any]:
        return {qid: a.value for qid, a in self.answers.items() if a.locked}

    def to_yaml_data(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


def _check(preset: Preset, q: Questionnaire, located: Located) -> list[Problem]:
    problems: list[Problem] = []
    if preset.questionnaire != q.id:
        problems.append(located.problem(("questionnaire",), _(
            'this preset is for questionnaire "{made_for}", not "{this}".').format(
            made_for=preset.questionnaire, this=q.id)))
    questions = {qu.id: qu for _, qu in q.questions()}
    for qid, ans in preset.answers.items():
        qu = questions.get(qid)
        if qu is None and len(problems) >= MAX_PROBLEMS:
            problems.append(located.problem(("answers", qid), _(TOO_MANY).format(
                n=MAX_PROBLEMS), key=True))
            return problems
        if qu is None:
            problems.append(located.problem(("answers", qid), _('unknown question "{id}".').format(
                id=qid) + did_you_mean(qid, questions), key=True))
            continue
        try:
            check_value(qid, qu.type, qu.choice_ids(), ans.value, qu.max_length)
        except AnswersError as exc:
            problems.append(located.problem(("answers", qid, "value"), f"{exc}."))
    items = [it.id for it in q.items]
    known = set(items)
    for k, iid in enumerate(preset.raise_to_must):
        if iid not in known:
            if len(problems) >= MAX_PROBLEMS:  # each "did you mean" costs; say so and stop
                problems.append(located.problem(("raise_to_must", k), _(TOO_MANY).format(
                    n=MAX_PROBLEMS)))
                break
            problems.append(located.problem(("raise_to_must", k), _(
                'unknown checklist item "{id}".').format(id=iid) + did_you_mean(iid, items)))
    return problems


def from_located(located: Located, q: Questionnaire) -> Preset:
    from .validation import validate_model  # not needed for a preset a session recorded

    preset = validate_model(located, Preset, PRESET_VERSIONS)
    problems = _check(preset, q, located)
    if problems:
        raise ProblemsError(sorted(problems))
    return preset


def load_preset(path: str | os.PathLike[str], q: Questionnaire) -> Preset:
    return from_located(load_yaml(path), q)


def parse_preset(text: str, q: Questionnaire, name: str = "<preset>") -> Preset:
    return from_located(parse_yaml(text, name), q)


def apply(preset: Preset, answers: Answers) -> Answers:
    """The answers with the preset's values filled in; locked ones always win.

    Unlocked values only fill gaps, so a person's own choice is kept.
    """
    merged = dict(answers.answers)
    for qid, a in preset.answers.items():
        if a.locked or qid not in merged:
            merged[qid] = a.value
    return answers.model_copy(update={"answers": merged})


def preset_yaml(preset_data: dict[str, Any]) -> str:
    """YAML text for a preset made in the app; validated by the caller before saving."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.default_flow_style = False
    buf = io.StringIO()
    buf.write("# A Profile Planner preset. Check it with: profile-planner validate FILE\n")
    yaml.dump(preset_data, buf)
    return buf.getvalue()

