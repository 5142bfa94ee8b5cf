"""The schema a preset file is checked against (records: app/core/preset.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Short = Annotated[str, StringConstraints(max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Contact(_Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    role: Short | None = None
    email: Short | None = None
    phone: Short | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)] | None = None


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
