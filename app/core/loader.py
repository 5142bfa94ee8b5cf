"""Load and fully check a questionnaire file; every problem is reported together."""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .gcpause import paused_gc
from .problems import Problem, ProblemsError
from .questionnaire import SCHEMA_VERSIONS, Questionnaire
from .yamlfile import decode, parse_yaml, read_bytes

if TYPE_CHECKING:
    from pydantic import ValidationError

    from .yamlfile import Located

# The checking modules (crossref, validation and pydantic's errors) are imported when a file
# is checked: a questionnaire read back from the cache needs none of them.


def check_schema_version(located: Located) -> None:
    from .validation import check_version

    check_version(located, SCHEMA_VERSIONS)


def from_located(located: Located) -> Questionnaire:
    with paused_gc():  # a large tree of objects that all live on: see gcpause.py
        return _checked(located)


def _checked(located: Located) -> Questionnaire:
    from pydantic import ValidationError

    from .crossref import check
    from .record import schema_of
    from .validation import problems_from

    check_schema_version(located)
    try:
        q = Questionnaire.model_validate(located.data)
    except ValidationError as exc:
        problems = problems_from(exc, located, schema_of(Questionnaire))
        raise ProblemsError(problems + _after_repair(located, exc, problems)) from None
    except RecursionError:
        raise ProblemsError([Problem(located.name, 0, 0, "is nested too deeply.")]) from None
    problems = check(q, located)
    if problems:
        raise ProblemsError(problems)
    return q


def _after_repair(located: Located, exc: ValidationError, found: list[Problem]) -> list[Problem]:
    """The cross-reference problems too, when the schema errors are misspelt keys or
    values a guess can stand in for, so one run reports everything it can.

    The file's data is repaired in place (its problems are already located): a misspelt
    key is renamed to the close match it lacks, an unknown key dropped, a value not in a
    fixed list replaced by the closest one. Problems on a line already reported are left
    out: they could come from the guess.
    """
    from pydantic import ValidationError

    from .crossref import check
    from .record import schema_of
    from .validation import _choices, fields_at

    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        parent = _node_at(located.data, loc[:-1])
        last = loc[-1] if loc else None
        if err["type"] == "extra_forbidden" and isinstance(parent, dict) and last in parent:
            value = parent.pop(last)
            close = difflib.get_close_matches(str(last), sorted(
                fields_at(schema_of(Questionnaire), loc[:-1]) - set(parent)), n=1, cutoff=0.6)
            if close:
                parent[close[0]] = value
        elif err["type"] == "literal_error" and isinstance(parent, (dict, list)):
            choices = _choices(str((err.get("ctx") or {}).get("expected", "")))
            close = difflib.get_close_matches(str(err.get("input")), choices, n=1, cutoff=0.6)
            if not close or not _replace(parent, last, close[0]):
                return []
        elif err["type"] != "missing":  # a missing key may be one renamed above
            return []
    try:
        q = Questionnaire.model_validate(located.data)
    except (ValidationError, RecursionError):
        return []
    lines = {p.line for p in found}
    return [p for p in check(q, located) if p.line not in lines]


def _node_at(data: Any, path: tuple[Any, ...]) -> Any:
    """The node at pydantic's error path, skipping parts that name no key or index."""
    node = data
    for part in path:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
    return node


def _replace(parent: Any, key: Any, value: str) -> bool:
    if isinstance(parent, dict) and key in parent:
        parent[key] = value
        return True
    if isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
        parent[key] = value
        return True
    return False


def load_questionnaire(path: str | os.PathLike[str], use_cache: bool = True,
                       lang: str | None = None) -> Questionnaire:
    """The questionnaire at path, or ProblemsError listing every problem found.

    A file that passed every check before, byte for byte, is read back from the cache
    instead of being parsed and checked again (see cache.py). In a language other than
    English (lang, or the current one) the English is checked, then its translation
    applied (translations.py); that result is cached too, keyed by the translation's bytes.
    """
    from . import cache, i18n

    source = Path(path)
    lang = i18n.current_language() if lang is None else lang
    raw = read_bytes(source)
    if lang != i18n.SOURCE:
        from . import translations  # not imported at all in English

        both = raw + b"\0translation\0" + translations.overlay_bytes(source, lang)
        where = source.with_name(f"{source.name}.{lang}")
        found = cache.load(where, both) if use_cache else None
        if found is None:
            found = translations.translated(load_questionnaire(source, use_cache,
                                                               i18n.SOURCE), source, lang)
            if use_cache:
                cache.store(where, both, found)
        return found
    found = cache.load(source, raw) if use_cache else None
    if found is not None:
        return found
    q = from_located(parse_yaml(decode(raw, str(path)), str(path)))
    if use_cache:
        cache.store(source, raw, q)
    return q


def parse_questionnaire(text: str, name: str = "<text>") -> Questionnaire:
    return from_located(parse_yaml(text, name))


def validate_paths(paths: list[Path]) -> list[Problem]:
    problems: list[Problem] = []
    for path in paths:
        try:
            load_questionnaire(path, lang="en")
        except ProblemsError as exc:
            problems.extend(exc.problems)
    return problems
