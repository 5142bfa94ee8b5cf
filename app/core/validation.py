"""Turn pydantic's validation errors into located, plain-English problems."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .conditions import OPERATORS
from .i18n import _, ngettext
from .problems import Problem, ProblemsError, describe_value, did_you_mean
from .record import Record, schema_of, to_record
from .yamlfile import Located

R = TypeVar("R", bound=Record)


def field_names(models: Iterable[type[BaseModel]]) -> set[str]:
    """Every key any of these models (and the models inside them) accepts."""
    names: set[str] = set()
    seen: set[type] = set()
    todo = list(models)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            names.add(field.alias or name)
            todo.extend(_models_in(field.annotation))
    return names


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        t = stack.pop()
        if isinstance(t, type) and issubclass(t, BaseModel):
            found.append(t)
        stack.extend(getattr(t, "__args__", ()) or ())
        stack.extend(getattr(t, "__metadata__", ()) or ())
        origin = getattr(t, "__origin__", None)
        if origin is not None and origin is not t:
            stack.append(origin)
    return found


def fields_at(root: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The keys allowed in the mapping at loc, following pydantic's error path.

    Parts that name no field (list indexes, union tags) leave the candidates as they are.
    """
    candidates: list[type[BaseModel]] = [root]
    for part in loc:
        if not isinstance(part, str):
            continue
        inner: list[type[BaseModel]] = []
        for model in candidates:
            for name, field in model.model_fields.items():
                if part in (name, field.alias):
                    inner.extend(_models_in(field.annotation))
        if inner:
            candidates = inner
    return {field.alias or name for m in candidates for name, field in m.model_fields.items()}


def _choices(expected: str) -> list[str]:
    return re.findall(r"'([^']*)'", expected) or re.findall(r"\b[\w-]+\b", expected)


def message_for(err: Any, vocabulary: set[str]) -> tuple[str, bool]:
    """(message, point at the key rather than the value).

    vocabulary: the keys allowed where the error is, for "did you mean".
    """
    kind = err["type"]
    loc = err["loc"]
    value = err.get("input")
    field = str(loc[-1]) if loc else "value"
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        return _('unknown key "{key}".').format(key=field) + did_you_mean(field, vocabulary), True
    if kind == "invalid_key":
        return _("keys should be text, not {found}.").format(found=describe_value(value)), True
    if kind == "union_scalar":
        return _('"{key}" should be text, true or false, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind == "missing":
        return _('"{key}" is required but missing.').format(key=field), False
    if kind == "literal_error":
        options = _choices(str(ctx.get("expected", "")))
        return (_('{found} is not allowed for "{key}"; use one of: {choices}.').format(
            found=describe_value(value), key=_named(loc), choices=", ".join(options))
            + did_you_mean(str(value), options)), False
    if kind == "condition":
        if isinstance(value, dict) and value:
            keys = [str(k) for k in value]
            bad = next((k for k in keys if k not in OPERATORS), keys[0])
            hint = did_you_mean(bad, OPERATORS)
            if len(keys) > 1 and all(k in OPERATORS for k in keys):
                return (_('a condition has one operator; wrap several in "all" or "any" (found '
                          "{found}).").format(found=", ".join(keys))), False
            return (_('"{found}" is not a condition; use one of: {choices}.').format(
                found=bad, choices=", ".join(OPERATORS)) + hint), False
        return (_("a condition should be a mapping with one of: {choices} (found {found}).")
                .format(choices=", ".join(OPERATORS), found=describe_value(value))), False
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern.startswith("^[a-z0-9]"):
            return (_("{found} is not a valid id: use lower-case letters, digits, '-' and '_', "
                      "starting with a letter or digit.").format(found=describe_value(value))
                    ), False
        if "https" in pattern:
            return _("{found} should be a web address starting https://.").format(
                found=describe_value(value)), False
        return _("{found} does not have the expected form.").format(
            found=describe_value(value)), False
    if kind in ("string_type", "str_type"):
        return _('"{key}" should be text, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind in ("bool_type", "bool_parsing"):
        return _('"{key}" should be true or false, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _('"{key}" should be a whole number, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind == "list_type":
        return _('"{key}" should be a list, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return _('"{key}" should be a mapping of keys and values, not {found}.').format(
            key=_named(loc), found=describe_value(value)), False
    if kind == "too_short":
        if isinstance(value, str):
            return _('"{key}" should not be empty.').format(key=_named(loc)), False
        least = ctx.get("min_length", 1)
        return ngettext('"{key}" needs at least {n} entry.', '"{key}" needs at least {n} entries.',
                        least if isinstance(least, int) else 1).format(
            key=_named(loc), n=least), False
    if kind in ("string_too_short",):
        return _('"{key}" should not be empty.').format(key=_named(loc)), False
    if kind in ("string_too_long", "too_long"):
        return _('"{key}" is too long (the limit is {limit}).').format(
            key=_named(loc), limit=ctx.get("max_length")), False
    if kind in ("greater_than_equal", "less_than_equal"):
        return f'"{_named(loc)}": {err["msg"].lower()}.', False
    return f'"{_named(loc)}": {err["msg"]}.', False


def _named(loc: tuple[Any, ...]) -> str:
    for part in reversed(loc):
        if isinstance(part, str) and part not in ("str", "bool", "function-after", "lax-or-strict"):
            return part
    return "value"


def problems_from(exc: ValidationError, located: Located,
                  root: type[BaseModel] | set[str]) -> list[Problem]:
    """Located problems for exc. root is the model validated (for "did you mean" from the
    keys allowed at each place) or, as before, a set of every key allowed anywhere."""
    problems: list[Problem] = []
    errors = exc.errors(include_url=False)
    by_place: dict[tuple[Any, ...], list[Any]] = {}
    for e in errors:
        # A union reports once per member; one message per place is enough.
        key = tuple(p for p in e["loc"] if p not in ("str", "bool"))
        by_place.setdefault(key, []).append(e)
    for group in by_place.values():
        err: dict[str, Any] = dict(group[0])
        kinds = {e["type"] for e in group}
        if {"bool_type", "string_type"} <= kinds:
            err["type"] = "union_scalar"
        loc = tuple(err["loc"])
        allowed: set[str] = set()
        if err["type"] == "extra_forbidden":
            allowed = set(root) if isinstance(root, set) else fields_at(root, loc[:-1])
        message, at_key = message_for(err, allowed)
        problems.append(located.problem(loc, message, key=at_key))
    return sorted(set(problems))


def check_version(located: Located, versions: tuple[int, ...]) -> None:
    """Refuse a missing or unknown schema_version, saying which versions are understood."""
    data = located.data
    understood = ", ".join(str(v) for v in versions)
    if "schema_version" not in data:
        raise ProblemsError([Problem(located.name, 1, 1, _(
            '"schema_version" is missing; this version of Profile Planner understands: '
            "{versions}.").format(versions=understood))])
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version not in versions:
        raise ProblemsError([located.problem(("schema_version",), _(
            "schema_version is {found}, which this version of Profile Planner does not "
            "understand; it understands: {versions}.").format(found=describe_value(version),
                                                               versions=understood))])


def validate_model(located: Located, kind: type[R], versions: tuple[int, ...]) -> R:
    """located.data checked against kind's schema, as records, after its schema_version is
    checked; ProblemsError if it is wrong."""
    check_version(located, versions)
    schema = schema_of(kind)
    try:
        found: R = to_record(schema.model_validate(located.data))
    except ValidationError as exc:
        raise ProblemsError(problems_from(exc, located, schema)) from None
    return found
