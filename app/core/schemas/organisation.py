"""The schema an organisation pack is checked against (records: app/core/organisation.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..questionnaire import ContactKind
from .preset import Contact
from .questionnaire import Item, Section, Source


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class PolicyLink(_Strict):
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)]


class OrgContent(_Strict):
    """Extra or overriding content, in the questionnaire's own format.

    An item or source with an existing id replaces it; a new id is added.
    """
    sources: list[Source] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)


class Organisation(_Strict):
    schema_version: Literal[1]
    kind: Literal["organisation"]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    short_name: Annotated[str, StringConstraints(min_length=1, max_length=20)]
    logo: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    contacts: dict[ContactKind, Contact] = Field(default_factory=dict)
    policy_links: list[PolicyLink] = Field(default_factory=list)
    handling_note: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = \
        Field(default=None, description="Marking text on page 1 of an elevated or high-risk "
              "plan, instead of the default handling note.")
    content: OrgContent = Field(default_factory=OrgContent)
    # Keeping the plan fresh (upkeep.py): when the pack was reviewed, and its own periods.
    reviewed: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    stale_after_months: Annotated[int, Field(ge=1, le=120)] | None = None
    review_every_months: Annotated[int, Field(ge=1, le=60)] | None = None
