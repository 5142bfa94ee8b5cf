"""The schema a platform-steps file is checked against (records: app/core/platform_steps.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..platform_steps import Sure
from .questionnaire import Id, Text

Url = Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)]
Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Setting(_Strict):
    id: Id
    label: Text = Field(description="What the setting is, in a few words: '2-step verification'.")


class PlatformStep(_Strict):
    setting: Id
    how: Text | None = Field(default=None, description="Where the setting is and what to "
                             "choose; 'Look for ... in Settings' when the path is not sure.")
    not_possible: Text | None = Field(default=None, description="Said plainly when the "
                                      "platform cannot do what the checklist asks.")
    instead: Text | None = Field(default=None, description="The nearest alternative.")
    help: Url = Field(description="The platform's own help page.")
    checked: Day = Field(description="When the step was last checked, YYYY-MM-DD.")
    sure: Sure


class PlatformEntry(_Strict):
    platform: Id
    name: Text
    help_centre: Url
    note: Text | None = None
    steps: list[PlatformStep] = Field(default_factory=list)


class PlatformSteps(_Strict):
    schema_version: Literal[1]
    kind: Literal["platform-steps"]
    reviewed: Day = Field(description="When the whole file was last reviewed, YYYY-MM-DD.")
    settings: list[Setting] = Field(min_length=1)
    platforms: list[PlatformEntry] = Field(min_length=1)
