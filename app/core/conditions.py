"""Conditions: structured data over question and option ids, never expression strings.

A condition is a mapping with exactly one operator key:

    all: [cond, ...]                  every one holds
    any: [cond, ...]                  at least one holds
    not: cond                         it does not hold
    equals: {question: q, value: v}   q's answer is v (for multiple choice: v is ticked)
    in: {question: q, values: [...]}  q's answer is one of these (multiple: any ticked)
    answered: q                       q was shown and has an answer
    tier: [elevated, high]            the computed risk tier is one of these
    mode: [line_manager]              the session is held this way
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal

from .record import Record, field

Scalar = bool | str

OPERATORS = ("all", "any", "not", "equals", "in", "answered", "tier", "mode")
SESSION_MODES = ("alone", "line_manager")


class QuestionValue(Record):
    question: str
    value: Scalar


class QuestionValues(Record):
    question: str
    values: list[Scalar]


class AllOf(Record):
    all: list[Condition]


class AnyOf(Record):
    any: list[Condition]


class Not(Record):
    not_: Condition = field(key="not")


class Equals(Record):
    equals: QuestionValue


class In(Record):
    in_: QuestionValues = field(key="in")


class Answered(Record):
    answered: str


class TierIs(Record):
    tier: list[str]


class ModeIs(Record):
    mode: list[Literal["alone", "line_manager"]]


Condition = AllOf | AnyOf | Not | Equals | In | Answered | TierIs | ModeIs


def parse_condition(data: Any) -> Condition:
    """A condition from a file's data; pydantic's ValidationError if it is not one."""
    from pydantic import TypeAdapter

    from .record import to_record
    from .schemas.conditions import Condition as Schema

    found: Condition = to_record(TypeAdapter(Schema).validate_python(data))
    return found


class Context:
    """What a condition is evaluated against: visible answers, the tier, the mode."""

    def __init__(self, answers: Mapping[str, Any], tier: str | None = None,
                 mode: str = "alone") -> None:
        self.answers = answers
        self.tier = tier
        self.mode = mode


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list):
        return len(value) > 0
    return True


def _matches(answer: Any, wanted: Scalar) -> bool:
    if isinstance(answer, list):
        return wanted in answer
    if isinstance(answer, str) and isinstance(wanted, str):
        return answer.strip() == wanted
    return bool(answer == wanted and type(answer) is type(wanted))


def evaluate(cond: Any, ctx: Context) -> bool:
    """True when the condition holds; a missing condition always holds."""
    if cond is None:
        return True
    if isinstance(cond, AllOf):
        return all(evaluate(c, ctx) for c in cond.all)
    if isinstance(cond, AnyOf):
        return any(evaluate(c, ctx) for c in cond.any)
    if isinstance(cond, Not):
        return not evaluate(cond.not_, ctx)
    if isinstance(cond, Equals):
        return _matches(ctx.answers.get(cond.equals.question), cond.equals.value)
    if isinstance(cond, In):
        answer = ctx.answers.get(cond.in_.question)
        return any(_matches(answer, v) for v in cond.in_.values)
    if isinstance(cond, Answered):
        return is_answered(ctx.answers.get(cond.answered))
    if isinstance(cond, TierIs):
        if ctx.tier is None:
            raise ValueError("a tier condition was evaluated before the tier was known")
        return ctx.tier in cond.tier
    if isinstance(cond, ModeIs):
        return ctx.mode in cond.mode
    raise TypeError(f"not a condition: {cond!r}")


def leaves(cond: Any) -> Iterator[Any]:
    """Every leaf condition (equals, in, answered, tier, mode) inside cond."""
    if cond is None:
        return
    if isinstance(cond, AllOf):
        for c in cond.all:
            yield from leaves(c)
    elif isinstance(cond, AnyOf):
        for c in cond.any:
            yield from leaves(c)
    elif isinstance(cond, Not):
        yield from leaves(cond.not_)
    else:
        yield cond


def questions_named(cond: Any) -> set[str]:
    """The question ids a condition reads."""
    names: set[str] = set()
    for leaf in leaves(cond):
        if isinstance(leaf, Equals):
            names.add(leaf.equals.question)
        elif isinstance(leaf, In):
            names.add(leaf.in_.question)
        elif isinstance(leaf, Answered):
            names.add(leaf.answered)
    return names


def uses_tier(cond: Any) -> bool:
    return any(isinstance(leaf, TierIs) for leaf in leaves(cond))


def triggers(cond: Any, ctx: Context) -> list[Any]:
    """The leaves that made a true condition true, for "because you said ..." lines.

    For `not`, nothing is reported: an absence is not something the person said.
    """
    if cond is None or not evaluate(cond, ctx):
        return []
    if isinstance(cond, AllOf):
        return [leaf for c in cond.all for leaf in triggers(c, ctx)]
    if isinstance(cond, AnyOf):
        return [leaf for c in cond.any if evaluate(c, ctx) for leaf in triggers(c, ctx)]
    if isinstance(cond, Not):
        return []
    return [cond]


def blockers(cond: Any, ctx: Context) -> list[Any]:
    """The leaves that made a false condition false, for "not asked because ..." lines."""
    if cond is None or evaluate(cond, ctx):
        return []
    if isinstance(cond, AllOf):
        return [leaf for c in cond.all if not evaluate(c, ctx) for leaf in blockers(c, ctx)]
    if isinstance(cond, AnyOf):
        return [leaf for c in cond.any for leaf in blockers(c, ctx)]
    if isinstance(cond, Not):
        return triggers(cond.not_, ctx)
    return [cond]
