"""Load and fully check a questionnaire file; every problem is reported together."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from .crossref import check
from .problems import Problem, ProblemsError, describe_value
from .questionnaire import SCHEMA_VERSIONS, Questionnaire
from .validation import problems_from
from .yamlfile import Located, load_yaml, parse_yaml


def check_schema_version(located: Located) -> None:
    data = located.data
    understood = ", ".join(str(v) for v in SCHEMA_VERSIONS)
    if "schema_version" not in data:
        raise ProblemsError([Problem(located.name, 1, 1, '"schema_version" is missing; this '
                                     f"version of Profile Planner understands: {understood}.")])
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) \
            or version not in SCHEMA_VERSIONS:
        raise ProblemsError([located.problem(("schema_version",), "schema_version is "
                                             f"{describe_value(version)}, which this version "
                                             "of Profile Planner does not understand; it "
                                             f"understands: {understood}.")])


def from_located(located: Located) -> Questionnaire:
    check_schema_version(located)
    try:
        q = Questionnaire.model_validate(located.data)
    except ValidationError as exc:
        raise ProblemsError(problems_from(exc, located, Questionnaire)) from None
    except RecursionError:
        raise ProblemsError([Problem(located.name, 0, 0, "is nested too deeply.")]) from None
    problems = check(q, located)
    if problems:
        raise ProblemsError(problems)
    return q


def load_questionnaire(path: str | os.PathLike[str]) -> Questionnaire:
    """The questionnaire at path, or ProblemsError listing every problem found."""
    return from_located(load_yaml(path))


def parse_questionnaire(text: str, name: str = "<text>") -> Questionnaire:
    return from_located(parse_yaml(text, name))


def validate_paths(paths: list[Path]) -> list[Problem]:
    problems: list[Problem] = []
    for path in paths:
        try:
            load_questionnaire(path)
        except ProblemsError as exc:
            problems.extend(exc.problems)
    return problems
