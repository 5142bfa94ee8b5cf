"""The questionnaire format: steps, questions, checklist items, tiers and bio rules."""

from __future__ import annotations

from typing import Literal, get_args

from .conditions import Condition
from .record import Record, field

SCHEMA_VERSIONS = (1,)

Priority = Literal["must", "should", "consider"]
QuestionType = Literal["single", "multi", "yesno", "text", "longtext"]
BioField = Literal["name", "job_title", "organisation", "org_short", "topics", "location",
                   "announcements"]
NOT_SURE = "not_sure"  # the third answer of a yes/no question that offers "Not sure"
PRIORITY_ORDER: dict[str, int] = {"must": 0, "should": 1, "consider": 2}
# What a piece of text (a checklist item's advice, a bio part) can reveal about the person.
# Reveal rules forbid some of these in some plans; see app/core/reveals.py.
Reveal = Literal["name", "employer", "role", "location", "work_topics", "clearance", "family",
                 "contact"]
REVEALS: tuple[str, ...] = get_args(Reveal)
# Who in an organisation a checklist item sends the person to; an organisation pack names them.
ContactKind = Literal["press_office", "security", "digital", "line_management", "it_support"]


class Source(Record):
    id: str
    title: str
    url: str | None = None
    publisher: str | None = None
    date: str | None = None


class Citation(Record):
    source: str
    section: str | None = None


class Option(Record):
    id: str
    label: str
    help: str | None = None


class Question(Record):
    id: str
    type: QuestionType
    label: str
    short_label: str | None = None
    help: str | None = None
    required: bool = False
    options: list[Option] = field(default_factory=list)
    max_length: int | None = None
    bio_field: BioField | None = None
    show_if: Condition | None = None
    skip_reason: str | None = None
    not_sure: str | None = None

    @property
    def summary_label(self) -> str:
        return self.short_label or self.label

    def option(self, option_id: str) -> Option | None:
        if self.type == "yesno" and self.not_sure and option_id == NOT_SURE:
            return Option(id=NOT_SURE, label=self.not_sure)
        return next((o for o in self.options if o.id == option_id), None)

    def choice_ids(self) -> list[str]:
        """The ids an answer may take besides true and false (yes/no), or its options."""
        if self.type == "yesno":
            return [NOT_SURE] if self.not_sure else []
        return [o.id for o in self.options]


class Step(Record):
    id: str
    title: str
    intro: str | None = None
    discussion: str | None = None
    show_if: Condition | None = None
    questions: list[Question]


class Section(Record):
    id: str
    title: str
    intro: str | None = None


class Item(Record):
    id: str
    section: str
    title: str
    detail: str
    how: str | None = None
    priority: Priority
    when: Condition | None = None
    sources: list[Citation]
    discussion: str | None = None
    contact: ContactKind | None = None
    settings: list[str] = field(default_factory=list)
    reveals: list[Reveal] = field(default_factory=list)
    minutes: int | None = None
    start_rank: int | None = None
    start_always: bool = False
    why_first: str | None = None


class Tier(Record):
    id: str
    label: str
    summary: str


class TierRule(Record):
    tier: str
    when: Condition


class RevealRule(Record):
    """What must not be revealed when a condition holds (always, without `when`)."""
    id: str
    when: Condition | None = None
    forbids: list[Reveal] = field(default_factory=list)
    together: list[Reveal] = field(default_factory=list)
    reason: str


class Hint(Record):
    """A gentle note on Check your answers, for answers that usually mean something else.

    It never blocks: the person can change the answer it names, or carry on.
    """
    id: str
    when: Condition
    text: str
    change: str
    button: str | None = None


class BioPart(Record):
    id: str
    text: str
    label: str
    reveals: list[Reveal] = field(default_factory=list)


class LeftOut(Record):
    part: str
    reason: str


class BioProfile(Record):
    id: str
    when: Condition | None = None
    parts: list[str]
    left_out: list[LeftOut] = field(default_factory=list)
    handle_uses_org: bool = False
    note: str | None = None
    fallback: str | None = None
    display_name: Literal["full", "first_and_initial"] = "full"
    handle_full_name: bool = True
    handle_reason: str | None = None


class BioVariant(Record):
    id: str
    label: str
    wording: dict[str, str] = field(default_factory=dict)
    parts: list[str]


class BioExtra(Record):
    """A longer text some platforms have besides the bio: LinkedIn's About."""
    id: str
    label: str
    limit: int
    paragraphs: list[list[str]]
    wording: dict[str, str] = field(default_factory=dict)


class BioStyle(Record):
    """How one kind of platform writes a bio: its wording of each part and its variants."""
    id: str
    separator: str = ' '
    wording: dict[str, str] = field(default_factory=dict)
    variants: list[BioVariant]


class HandleRules(Record):
    min: int = 1
    max: int
    allowed: str = ""
    forbidden: list[str] = field(default_factory=list)
    suffix: str = ""
    no_edge: str = ""
    lowercase: bool = False


class Platform(Record):
    id: str
    name: str
    bio_limit: int
    bio_label: str = "bio"
    handle: HandleRules | None = None
    handle_note: str | None = None
    sources: list[Citation] = field(default_factory=list)
    style: str | None = None
    shows_name: bool = False
    news: Literal["handle", "web"] = "web"
    extras: list[BioExtra] = field(default_factory=list)


class BioRules(Record):
    separator: str = ' '
    parts: list[BioPart]
    drop_order: list[str] = field(default_factory=list)
    profiles: list[BioProfile]
    styles: list[BioStyle] = field(default_factory=list)
    platforms: list[Platform]
    platform_question: str


class Questionnaire(Record):
    schema_version: Literal[1]
    id: str
    version: str
    title: str
    description: str | None = None
    language: str = "en-GB"
    reviewed: str | None = None
    sources: list[Source]
    steps: list[Step]
    tiers: list[Tier]
    tier_rules: list[TierRule] = field(default_factory=list)
    reveal_rules: list[RevealRule] = field(default_factory=list)
    hints: list[Hint] = field(default_factory=list)
    sections: list[Section]
    items: list[Item]
    bio: BioRules

    def questions(self) -> list[tuple[Step, Question]]:
        return [(s, q) for s in self.steps for q in s.questions]

    def question(self, question_id: str) -> Question | None:
        return next((q for _, q in self.questions() if q.id == question_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def tier(self, tier_id: str) -> Tier | None:
        return next((t for t in self.tiers if t.id == tier_id), None)
