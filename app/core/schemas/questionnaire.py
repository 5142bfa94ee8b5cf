"""The schema a questionnaire file is checked against (records: app/core/questionnaire.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..questionnaire import BioField, ContactKind, Priority, QuestionType, Reveal
from .conditions import Condition

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Source(Strict):
    id: Id
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$", max_length=500)] | None = None
    publisher: Text | None = None
    date: Annotated[str, StringConstraints(max_length=40)] | None = None


class Citation(Strict):
    source: Id
    section: Annotated[str, StringConstraints(max_length=200)] | None = None


class Option(Strict):
    id: Id
    label: Text
    help: Text | None = None


class Question(Strict):
    id: Id
    type: QuestionType
    label: Text
    short_label: Text | None = Field(
        default=None, description="A few words for summaries: 'Purpose', 'Threat to safety'.")
    help: Text | None = None
    required: bool = False
    options: list[Option] = Field(default_factory=list)
    max_length: Annotated[int, Field(ge=1, le=100_000)] | None = None
    bio_field: BioField | None = Field(
        default=None, description="Which bio detail this question collects.")
    show_if: Condition | None = None
    skip_reason: Text | None = Field(
        default=None, description="Said when the question is not asked; built from the answers "
        "if left out.")
    not_sure: Text | None = Field(
        default=None, description="For yes/no: the label of a third answer, 'not_sure'. A "
        "blank answer to such a question is listed in the plan as unanswered.")


class Step(Strict):
    id: Id
    title: Text
    intro: Text | None = None
    discussion: Text | None = Field(default=None, description="A prompt for a line manager.")
    show_if: Condition | None = None
    questions: list[Question] = Field(min_length=1)


class Section(Strict):
    id: Id
    title: Text
    intro: Text | None = None


class Item(Strict):
    id: Id
    section: Id
    title: Text
    detail: Text
    how: Text | None = Field(default=None, description="Practical steps, if any.")
    priority: Priority
    when: Condition | None = None
    sources: list[Citation] = Field(min_length=1)
    discussion: Text | None = None
    contact: ContactKind | None = Field(
        default=None, description="Who to ask: an organisation pack adds their details here.")
    settings: list[Id] = Field(default_factory=list, description="Platform settings this item "
                               "needs; the plan shows how to make each (platform-steps.yaml).")
    reveals: list[Reveal] = Field(
        default_factory=list, description="What following this item makes public about the "
        "person; validate refuses an item that can reach a plan whose reveal rules forbid it.")
    minutes: Annotated[int, Field(ge=1, le=600)] | None = Field(
        default=None, description="About how long the action takes. An item with a time is a "
        "one-off action to set up; an item without one is a good habit to keep.")
    start_rank: Annotated[int, Field(ge=1, le=99)] | None = Field(
        default=None, description="Candidates for 'Start here': lower comes first. Items the "
        "person's own answers trigger come before universal ones.")
    start_always: bool = Field(
        default=False, description="Always in 'Start here' unless ticked as done (2-step "
        "verification).")
    why_first: Text | None = Field(
        default=None, description="One line on why to do it first, for 'Start here'.")


class Tier(Strict):
    id: Id
    label: Text
    summary: Text


class TierRule(Strict):
    tier: Id
    when: Condition


class RevealRule(Strict):
    """What must not be revealed when a condition holds (always, without `when`)."""
    id: Id
    when: Condition | None = None
    forbids: list[Reveal] = Field(default_factory=list, description="Never revealed.")
    together: list[Reveal] = Field(
        default_factory=list, description="Not all revealed at once: when the others are, the "
        "last one is forbidden.")
    reason: Text = Field(description="Finishes 'left out because ...'.")


class Hint(Strict):
    """A gentle note on Check your answers, for answers that usually mean something else.

    It never blocks: the person can change the answer it names, or carry on.
    """
    id: Id
    when: Condition
    text: Text
    change: Id = Field(description="The question the note offers to change.")
    button: Text | None = Field(default=None, description="The Change button's words; "
                                "'Change <short label>' if left out.")


class BioPart(Strict):
    id: Id
    text: Text = Field(description="Wording with {placeholders} naming bio fields.")
    label: Text = Field(description="What the part is, for 'left out' notes: 'your job title'.")
    reveals: list[Reveal] = Field(default_factory=list,
                                  description="What the part makes public about the person.")


class LeftOut(Strict):
    part: Id
    reason: Text


class BioProfile(Strict):
    id: Id
    when: Condition | None = None
    parts: list[Id] = Field(min_length=1)
    left_out: list[LeftOut] = Field(default_factory=list)
    handle_uses_org: bool = False
    note: Text | None = None
    fallback: Text | None = Field(
        default=None, description="The bio when nothing else can be shown or fits.")
    display_name: Literal["full", "first_and_initial"] = Field(
        default="full", description="The display name to suggest.")
    handle_full_name: bool = Field(
        default=True, description="Whether handle ideas may spell out the whole name.")
    handle_reason: Text | None = Field(
        default=None, description="Why handle ideas do not give the whole name.")


class BioVariant(Strict):
    id: Id
    label: Text = Field(description="What a person chooses: 'Role first'.")
    wording: dict[Id, Text] = Field(default_factory=dict)
    parts: list[Id] = Field(min_length=1, description="Parts in order; the profile decides "
                            "which of them may be shown.")


class BioExtra(Strict):
    """A longer text some platforms have besides the bio: LinkedIn's About."""
    id: Id
    label: Text
    limit: Annotated[int, Field(ge=10, le=10_000)]
    paragraphs: list[list[Id]] = Field(min_length=1)
    wording: dict[Id, Text] = Field(default_factory=dict)


class BioStyle(Strict):
    """How one kind of platform writes a bio: its wording of each part and its variants."""
    id: Id
    separator: Annotated[str, StringConstraints(max_length=10)] = " "
    wording: dict[Id, Text] = Field(default_factory=dict, description="Part id to wording, "
                                    "in place of the part's own text.")
    variants: list[BioVariant] = Field(min_length=1)


class HandleRules(Strict):
    min: Annotated[int, Field(ge=1, le=100)] = 1
    max: Annotated[int, Field(ge=1, le=100)]
    allowed: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description="Characters allowed besides letters and digits, for example '_' or '._'.",
        default="")
    forbidden: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list, description="Words a handle may not contain (any case).")
    suffix: Annotated[str, StringConstraints(max_length=60)] = ""
    no_edge: Annotated[str, StringConstraints(max_length=10)] = Field(
        default="", description="Characters that may not start or end a handle.")
    lowercase: bool = Field(default=False, description="Suggest handles in lower case.")


class Platform(Strict):
    id: Id
    name: Text
    bio_limit: Annotated[int, Field(ge=10, le=10_000)]
    bio_label: Text = "bio"
    handle: HandleRules | None = None
    handle_note: Text | None = None
    sources: list[Citation] = Field(default_factory=list)
    style: Id | None = Field(default=None, description="Which bio style this platform uses.")
    shows_name: bool = Field(default=False, description="The platform shows a display name "
                             "beside the bio, so the bio does not repeat it.")
    news: Literal["handle", "web"] = Field(
        default="web", description="How an official-news pointer is written: an X handle "
        "or a web address.")
    extras: list[BioExtra] = Field(default_factory=list)


class BioRules(Strict):
    separator: Annotated[str, StringConstraints(max_length=10)] = " "
    parts: list[BioPart] = Field(min_length=1)
    drop_order: list[Id] = Field(
        default_factory=list, description="Parts dropped first when a bio is too long.")
    profiles: list[BioProfile] = Field(min_length=1)
    styles: list[BioStyle] = Field(default_factory=list)
    platforms: list[Platform] = Field(min_length=1)
    platform_question: Id = Field(description="The multiple-choice question naming platforms.")


class Questionnaire(Strict):
    schema_version: Literal[1]
    id: Id
    version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    title: Text
    description: Text | None = None
    language: Annotated[str, StringConstraints(max_length=20)] = "en-GB"
    reviewed: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = Field(
        default=None, description="When the content was last reviewed, YYYY-MM-DD.")
    sources: list[Source] = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    tiers: list[Tier] = Field(min_length=1, description="Lowest first.")
    tier_rules: list[TierRule] = Field(default_factory=list)
    reveal_rules: list[RevealRule] = Field(default_factory=list)
    hints: list[Hint] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)
    bio: BioRules
