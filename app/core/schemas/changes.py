"""The schema of the guidance an answers file records (records: app/core/changes.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Key = Annotated[str, StringConstraints(max_length=200)]


class SavedWith(BaseModel):
    """The answers file's record of the guidance it was saved with (see app/core/changes.py)."""
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    version: Annotated[str, StringConstraints(max_length=40)] = ""
    items: dict[Key, Literal["must", "should", "consider"]] = Field(
        default_factory=dict, description="Every item's priority, by id.")
    titles: dict[Key, Annotated[str, StringConstraints(max_length=5000)]] = Field(
        default_factory=dict, description="The titles of the items in the person's plan.")
    steps: dict[Key, Annotated[str, StringConstraints(max_length=10)]] = Field(
        default_factory=dict, description="'platform/setting' -> the date the step was checked.")
