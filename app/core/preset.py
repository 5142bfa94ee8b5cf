"""Security-officer presets: answers set in advance, optionally locked, and stricter items."""

from __future__ import annotations

import os
from typing import Any, Literal

from .answers import Answers, AnswersError, check_value
from .i18n import N_, _
from .problems import Problem, ProblemsError, did_you_mean
from .questionnaire import Questionnaire
from .record import Record, field
from .yamlfile import Located, load_yaml, parse_yaml

PRESET_VERSIONS = (1,)
MAX_PROBLEMS = 50
TOO_MANY = N_("too complex to check: simplify this preset; it names more unknown questions or "
              "items than the {n} reported, so fix those first.")


class Contact(Record):
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None

    def one_line(self) -> str:
        bits = [self.name + (f" ({self.role})" if self.role else "")]
        bits += [b for b in (self.email, self.phone, self.url) if b]
        return ", ".join(bits)


class PresetAnswer(Record):
    value: bool | str | list[str]
    locked: bool = False


class Preset(Record):
    schema_version: Literal[1]
    kind: Literal["preset"]
    id: str
    title: str
    questionnaire: str
    set_by: Contact
    answers: dict[str, PresetAnswer] = field(default_factory=dict)
    raise_to_must: list[str] = field(default_factory=list)
    note: str | None = None
    review_every_months: int | None = None

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

