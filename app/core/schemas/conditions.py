"""The schema a condition in a file is checked against (records: app/core/conditions.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from ..conditions import OPERATORS, Scalar


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class QuestionValue(_Strict):
    question: str = Field(min_length=1)
    value: Annotated[Scalar, Field(union_mode="left_to_right")]


class QuestionValues(_Strict):
    question: str = Field(min_length=1)
    values: list[Annotated[Scalar, Field(union_mode="left_to_right")]] = Field(min_length=1)


class AllOf(_Strict):
    all: list[Condition] = Field(min_length=1)


class AnyOf(_Strict):
    any: list[Condition] = Field(min_length=1)


class Not(_Strict):
    not_: Condition = Field(alias="not")
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True,
                              defer_build=True)


class Equals(_Strict):
    equals: QuestionValue


class In(_Strict):
    in_: QuestionValues = Field(alias="in")
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True,
                              defer_build=True)


class Answered(_Strict):
    answered: str = Field(min_length=1)


class TierIs(_Strict):
    tier: list[str] = Field(min_length=1)


class ModeIs(_Strict):
    mode: list[Literal["alone", "line_manager"]] = Field(min_length=1)


def _operator_of(value: Any) -> str | None:
    """Pick the union member by the mapping's single key."""
    if isinstance(value, Mapping):
        keys = list(value.keys())
        if len(keys) == 1 and keys[0] in OPERATORS:
            return str(keys[0])
        return None
    if isinstance(value, BaseModel):
        for op, cls in _CLASSES.items():
            if isinstance(value, cls):
                return op
    return None


Condition = Annotated[
    Annotated[AllOf, Tag("all")] | Annotated[AnyOf, Tag("any")] | Annotated[Not, Tag("not")] | Annotated[Equals, Tag("equals")] | Annotated[In, Tag("in")] | Annotated[Answered, Tag("answered")] | Annotated[TierIs, Tag("tier")] | Annotated[ModeIs, Tag("mode")],
    Discriminator(
        _operator_of,
        custom_error_type="condition",
        custom_error_message="a condition needs exactly one of: " + ", ".join(OPERATORS),
    ),
]

_CLASSES: dict[str, type[BaseModel]] = {
    "all": AllOf, "any": AnyOf, "not": Not, "equals": Equals, "in": In,
    "answered": Answered, "tier": TierIs, "mode": ModeIs,
}

# AllOf, AnyOf and Not refer to Condition, defined after them: pydantic resolves the name
# when a model is first used (defer_build), so no model is built at import.
