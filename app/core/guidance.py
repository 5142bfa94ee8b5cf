"""The content that sits beside a questionnaire: platform steps and incident routes.

Both live in the questionnaire's folder (platform-steps.yaml, incidents.yaml), are checked
like the questionnaire (file:line messages) and carry the date they were last reviewed.
Like the questionnaire, a file that passed every check is read back from the cache
(cache.py) until its bytes change: every plan carries them, and parsing YAML cost a plan
a YAML parser's import, its time and its memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from . import incidents as incmod
from . import platform_steps as stepsmod
from .problems import Problem, ProblemsError
from .questionnaire import Questionnaire
from .record import Record
from .yamlfile import Located, decode, load_yaml, parse_yaml, read_bytes

STEPS_FILE = "platform-steps.yaml"
INCIDENTS_FILE = "incidents.yaml"
KINDS = ("platform-steps", "incidents")
M = TypeVar("M", bound=Record)


@dataclass(frozen=True)
class Guidance:
    steps: stepsmod.PlatformSteps | None = None
    incidents: incmod.Incidents | None = None


def steps_from(located: Located) -> stepsmod.PlatformSteps:
    from .validation import validate_model

    steps = validate_model(located, stepsmod.PlatformSteps, stepsmod.STEPS_VERSIONS)
    problems = stepsmod.check(steps, located)
    if problems:
        raise ProblemsError(problems)
    return steps


def incidents_from(located: Located, q: Questionnaire | None = None) -> incmod.Incidents:
    from .validation import validate_model

    inc = validate_model(located, incmod.Incidents, incmod.INCIDENTS_VERSIONS)
    problems = incmod.check(inc, located)
    if q is not None:
        problems += incmod.check_tiers(inc, q, located)
    if problems:
        raise ProblemsError(sorted(problems))
    return inc


def parse_steps(text: str, name: str = "<platform steps>") -> stepsmod.PlatformSteps:
    return steps_from(parse_yaml(text, name))


def parse_incidents(text: str, name: str = "<incidents>",
                    q: Questionnaire | None = None) -> incmod.Incidents:
    return incidents_from(parse_yaml(text, name), q)


def check_located(located: Located, q: Questionnaire | None
                  ) -> stepsmod.PlatformSteps | incmod.Incidents:
    """Check a platform-steps or incidents file; ProblemsError if it is wrong."""
    if located.data.get("kind") == "platform-steps":
        return steps_from(located)
    return incidents_from(located, q)


def check_questionnaire(q: Questionnaire, located: Located, folder: Path) -> list[Problem]:
    """The questionnaire's items against the platform steps beside it, if there are any.

    A broken steps file is reported when that file is checked, not here.
    """
    path = folder / STEPS_FILE
    if not path.is_file():
        if any(it.settings for it in q.items):
            return [Problem(located.name, 0, 0, f"items name platform settings, but there is "
                            f"no {STEPS_FILE} beside this questionnaire.")]
        return []
    try:
        steps = steps_from(load_yaml(path))
    except ProblemsError:
        return []
    return stepsmod.check_items(q, steps, located)


def _checked(path: Path, kind: type[M], check: Callable[[Located], M]) -> M:
    """The file checked by check, from the cache when its bytes passed before."""
    from . import cache as stored

    raw = read_bytes(path)
    found = stored.load_model(path, raw, kind)
    if found is None:
        found = check(parse_yaml(decode(raw, str(path)), str(path)))
        stored.store(path, raw, found)
    return found


def load_guidance(folder: str | os.PathLike[str], q: Questionnaire | None = None,
                  lang: str | None = None) -> Guidance:
    """The guidance files in folder (either may be absent); ProblemsError if one is wrong.

    In a language other than English (lang, or the current one), each checked file has its
    translation applied (translations.py).
    """
    from . import i18n

    lang = i18n.current_language() if lang is None else lang
    english = _load_guidance(Path(folder), q)
    if lang == i18n.SOURCE:
        return english
    from .translations import translated

    base = Path(folder)
    return Guidance(
        translated(english.steps, base / STEPS_FILE, lang) if english.steps else None,
        translated(english.incidents, base / INCIDENTS_FILE, lang) if english.incidents
        else None)


def _load_guidance(base: Path, q: Questionnaire | None) -> Guidance:
    steps = inc = None
    problems: list[Problem] = []
    if (base / STEPS_FILE).is_file():
        try:
            steps = _checked(base / STEPS_FILE, stepsmod.PlatformSteps, steps_from)
        except ProblemsError as exc:
            problems += exc.problems
    if (base / INCIDENTS_FILE).is_file():
        try:
            # Checked against q's tiers, the file is not the only input: no cache then.
            inc = incidents_from(load_yaml(base / INCIDENTS_FILE), q) if q is not None else \
                _checked(base / INCIDENTS_FILE, incmod.Incidents, incidents_from)
        except ProblemsError as exc:
            problems += exc.problems
    if problems:
        raise ProblemsError(problems)
    return Guidance(steps, inc)


def default_guidance(lang: str | None = None) -> Guidance:
    """The shipped guidance in lang (default: the current language); empty (never an error)
    if its files cannot be read, so a plan is still made. The shipped files are checked by
    the test suite and `validate`."""
    from .i18n import current_language

    return _default_guidance(current_language() if lang is None else lang)


@cache
def _default_guidance(lang: str) -> Guidance:
    from .paths import questionnaires_dir

    try:
        return load_guidance(questionnaires_dir(), lang=lang)
    except (ProblemsError, FileNotFoundError):
        return Guidance()
