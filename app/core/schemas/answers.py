"""The schema an answers file is checked against (records: app/core/answers.py).

Most files never reach it: app/core/answers_check.py accepts the usual shape without
pydantic, and anything else comes here for the full check and its messages.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..answers import NOTE_MAX, AnswerValue, without_lone_surrogates
from .changes import SavedWith

Note = Annotated[str, StringConstraints(max_length=NOTE_MAX)]


class SignOff(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    person: Note = ""
    manager: Note = ""
    date: Note = Field(default="", description="The date the member of staff signs.")
    manager_date: Note = Field(default="", description="The date the line manager signs.")


class QuestionnaireRef(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    id: str
    version: str = ""


class AppliedFile(BaseModel):
    """An organisation pack or preset a session used: what it was and which file it came
    from, so the session can be set up the same way again."""
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    id: str
    title: str
    file: str = ""
    sha256: str = ""


class AppliedPreset(AppliedFile):
    """A preset as applied: who set it, and the preset itself (its locked answers and raised
    items), so its locks hold even where the file cannot be found."""
    set_by: str = ""
    preset: dict[str, Any] = Field(default_factory=dict)


class AppliedOrganisation(AppliedFile):
    """An organisation pack as applied: who set it (its security contact, else its name) and
    the pack itself (contacts, links, its own and replaced checklist items and sources), so
    its items stay in the plan where the file cannot be found. An organisation pack locks no
    answers; a preset does that."""
    set_by: str = ""
    organisation: dict[str, Any] = Field(default_factory=dict)


class Answers(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)
    schema_version: Literal[1] = 1
    questionnaire: QuestionnaireRef
    mode: Literal["alone", "line_manager"] = "alone"
    answers: dict[str, Annotated[AnswerValue, Field(union_mode="left_to_right")]] = Field(
        default_factory=dict)
    ticks: dict[str, bool] = Field(default_factory=dict)
    notes: dict[str, Note] = Field(default_factory=dict, description="Notes per step id.")
    agreed_actions: Note = ""
    sign_off: SignOff = Field(default_factory=SignOff)
    bios: dict[str, Note] = Field(default_factory=dict,
                                  description="Bios the person edited, by platform id.")
    # Issue 17: the guidance this file was saved with, to say what changed (changes.py).
    saved_with: SavedWith | None = None
    preset: AppliedPreset | None = Field(default=None, description="The preset applied.")
    organisation: AppliedOrganisation | None = Field(
        default=None, description="The organisation pack used.")

    @model_validator(mode="before")
    @classmethod
    def _whole_characters(cls, data: Any) -> Any:
        return without_lone_surrogates(data)
