"""The schema an incidents file is checked against (records: app/core/incidents.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..questionnaire import ContactKind
from .platform_steps import Day, Url
from .questionnaire import Id, Source, Text

Short = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Tell(_Strict):
    who: Short = Field(description="Who to tell; said when the organisation pack names no one.")
    what: Text | None = None
    contact: ContactKind | None = Field(
        default=None, description="The organisation pack's contact to name instead of 'who'.")
    platform: bool = Field(default=False, description="One line per chosen platform, with "
                           "its help centre.")
    phone: Short | None = None
    url: Url | None = None


class Route(_Strict):
    id: Id
    title: Text
    first_steps: list[Text] = Field(min_length=1)
    tell: list[Tell] = Field(min_length=1)
    sources: list[Id] = Field(min_length=1)


class FootprintStep(_Strict):
    id: Id
    title: Text
    detail: Text
    source: Id


class Footprint(_Strict):
    tiers: list[Id] = Field(min_length=1, description="Shown only at these risk levels.")
    title: Text
    intro: Text | None = None
    steps: list[FootprintStep] = Field(min_length=1)


class Incidents(_Strict):
    schema_version: Literal[1]
    kind: Literal["incidents"]
    reviewed: Day
    sources: list[Source] = Field(min_length=1)
    routes: list[Route] = Field(min_length=1)
    footprint: Footprint | None = None
