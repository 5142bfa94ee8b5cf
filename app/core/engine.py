"""The engine: a questionnaire and a person's answers in, a tailored plan out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import bio as biomod
from . import i18n
from .answers import Answers
from .conditions import (
    Answered,
    Context,
    Equals,
    In,
    ModeIs,
    TierIs,
    blockers,
    evaluate,
    is_answered,
    questions_named,
    triggers,
)
from .flow import Flow, walk
from .gcpause import without_gc
from .i18n import _
from .questionnaire import (
    PRIORITY_ORDER,
    Item,
    Question,
    Questionnaire,
    Section,
    Source,
    Step,
    Tier,
)
from .reveals import forbidden_reveals

if TYPE_CHECKING:
    from .organisation import LoadedOrganisation
    from .preset import Preset
    from .startwith import Group


@dataclass
class Cited:
    source: Source
    section: str | None


@dataclass
class PlanItem:
    item: Item
    section: Section
    because: list[str]
    sources: list[Cited]
    contact: str | None = None  # "DfT press office: ...", from an organisation pack
    steps: list[Any] = field(default_factory=list)  # platform_steps.ShownStep, chosen platforms

    def to_dict(self, ticked: bool = False, group: str | None = None) -> dict[str, Any]:
        it = self.item
        return {
            "id": it.id, "section": self.section.id, "section_title": self.section.title,
            "title": it.title, "detail": it.detail, "how": it.how, "priority": it.priority,
            "group": group, "minutes": it.minutes, "reveals": list(it.reveals),
            "because": self.because, "discussion": it.discussion, "ticked": ticked,
            "sources": [{"id": c.source.id, "title": c.source.title, "url": c.source.url,
                         "section": c.section} for c in self.sources],
            "contact": self.contact,
            "platform_steps": [{"platform": s.platform, "setting": s.setting, "how": s.step.how,
                                "not_possible": s.step.not_possible, "instead": s.step.instead,
                                "help": s.step.help, "checked": s.step.checked}
                               for s in self.steps],
        }


@dataclass
class Skipped:
    step: Step
    question: Question
    reason: str


@dataclass
class Plan:
    questionnaire: Questionnaire
    answers: Answers
    flow: Flow
    tier: Tier
    tier_because: list[str]
    items: list[PlanItem]
    bios: list[biomod.BioDraft]
    skipped: list[Skipped] = field(default_factory=list)
    # Set by app.core.session when a security officer's preset or an organisation pack is used.
    preset: Preset | None = None
    organisation: LoadedOrganisation | None = None
    locked: frozenset[str] = frozenset()  # question ids whose answers the preset fixed
    upkeep: Any = None  # upkeep.Upkeep: review dates, changes since saved, incidents (session)

    def sections(self) -> list[tuple[Section, list[PlanItem]]]:
        """Items grouped by section in the questionnaire's order (priority order within)."""
        groups: list[tuple[Section, list[PlanItem]]] = []
        for section in self.questionnaire.sections:
            members = [pi for pi in self.items if pi.section.id == section.id]
            if members:
                groups.append((section, members))
        return groups

    def start_here(self, most: int = 5) -> list[PlanItem]:
        """Up to `most` actions to do first, chosen for this person; see app.core.startwith."""
        from .startwith import start_here

        return start_here(self, most)

    def start_why(self, pi: PlanItem) -> str:
        """One line on why an action is in 'Start here'."""
        from .startwith import why_first

        return why_first(self, pi)

    def groups(self) -> list[tuple[Group, list[PlanItem]]]:
        """Do now (the start-here actions), set up this week, good habits; empty ones left out."""
        from .startwith import groups

        return groups(self)

    def unanswered(self) -> list[Question]:
        """Security questions offering "Not sure" that were left blank: never silently "no".

        Security questions are those in a step whose answers can set the risk level; a blank
        elsewhere (an election coming up) is not one to take to a security officer.
        """
        q = self.questionnaire
        read = set().union(*(questions_named(r.when) for r in q.tier_rules))
        steps = {s.id for s in q.steps if any(qu.id in read for qu in s.questions)}
        security = {qu.id for s in q.steps if s.id in steps for qu in s.questions}
        return [qu for qu in self.flow.questions if qu.id in security
                and qu.not_sure and not is_answered(self.flow.answers.get(qu.id))]

    def to_dict(self) -> dict[str, Any]:
        q = self.questionnaire
        return {
            "questionnaire": {"id": q.id, "version": q.version, "title": q.title},
            "mode": self.answers.mode,
            "tier": {"id": self.tier.id, "label": self.tier.label, "summary": self.tier.summary,
                     "because": self.tier_because},
            "steps": [s.id for s in self.flow.steps],
            "start_here": [{"id": pi.item.id, "title": pi.item.title,
                            "why": self.start_why(pi)} for pi in self.start_here()],
            "checklist": [pi.to_dict(self.answers.ticks.get(pi.item.id, False), g.id)
                          for g, members in self.groups() for pi in members],
            "unanswered": [{"question": qu.id, "label": qu.label}
                           for qu in self.unanswered()],
            "forbidden_reveals": sorted(forbidden_reveals(
                self.questionnaire, self.flow.context(self.answers.mode))),
            "bios": [b.to_dict() for b in self.bios],
            "not_asked": [{"question": s.question.id, "label": s.question.label,
                           "reason": s.reason} for s in self.skipped],
            "preset": None if self.preset is None else {
                "id": self.preset.id, "title": self.preset.title,
                "set_by": self.preset.set_by.one_line(), "locked": sorted(self.locked)},
            "organisation": None if self.organisation is None else {
                "name": self.organisation.org.name,
                "short_name": self.organisation.org.short_name},
        }


def _option_label(qu: Question, value: str) -> str:
    opt = qu.option(value)
    return opt.label if opt else value


def _answer_words(qu: Question, value: Any, only: set[Any] | None = None) -> str:
    if isinstance(value, bool):
        return i18n._("Yes") if value else i18n._("No")
    if isinstance(value, list):
        # The questionnaire's order, so the same answers always read the same way.
        chosen = [o.id for o in qu.options if o.id in value and (only is None or o.id in only)]
        return ", ".join(_option_label(qu, v) for v in chosen)
    if qu.type in ("single", "yesno") and isinstance(value, str):
        return _option_label(qu, value)
    return _("answered")


class Describer:
    """Turns leaf conditions into short 'you said' phrases."""

    def __init__(self, q: Questionnaire, ctx: Context) -> None:
        self.q = q
        self.ctx = ctx
        self.questions = {qu.id: qu for _, qu in q.questions()}
        # What the person answered that set the tier: a tier leaf is said in these words,
        # so "because you said" names answers, never only the risk level.
        self.tier_words: list[str] = []

    def said(self, leaf: Any) -> str | None:
        """What the person said that made the leaf true."""
        if isinstance(leaf, (Equals, In)):
            qid = leaf.equals.question if isinstance(leaf, Equals) else leaf.in_.question
            wanted = {leaf.equals.value} if isinstance(leaf, Equals) else set(leaf.in_.values)
            qu = self.questions[qid]
            return f"{qu.summary_label}: {_answer_words(qu, self.ctx.answers.get(qid), wanted)}"
        if isinstance(leaf, Answered):
            qu = self.questions[leaf.answered]
            return f"{qu.summary_label}: " + _("answered")
        if isinstance(leaf, TierIs):
            tier = self.q.tier(self.ctx.tier or "")
            return i18n._("Risk level: {level}").format(level=tier.label if tier
                                                         else self.ctx.tier)
        if isinstance(leaf, ModeIs):
            return i18n._("Session held with your line manager") \
                if self.ctx.mode == "line_manager" \
                else i18n._("Working through this on your own")
        return None

    def actual(self, leaf: Any) -> str | None:
        """What the person actually answered to the question a leaf reads."""
        qid = None
        if isinstance(leaf, Equals):
            qid = leaf.equals.question
        elif isinstance(leaf, In):
            qid = leaf.in_.question
        elif isinstance(leaf, Answered):
            qid = leaf.answered
        if qid is None:
            return self.said(leaf)
        qu = self.questions[qid]
        value = self.ctx.answers.get(qid)
        if value is None or value == [] or value == "":
            return _("you did not answer \u201c{question}\u201d").format(question=qu.summary_label)
        return f"{qu.summary_label}: {_answer_words(qu, value)}"

    def phrases(self, leaves: list[Any], fn: Any) -> list[str]:
        out: list[str] = []
        for leaf in leaves:
            texts = self.tier_words if isinstance(leaf, TierIs) and self.tier_words \
                else [fn(leaf)]
            for text in texts:
                if text and text not in out:
                    out.append(text)
        return out


def _skip_reason(q: Questionnaire, step: Step, qu: Question, flow: Flow, mode: str) -> str:
    if qu.skip_reason:
        return qu.skip_reason
    ctx = Context(flow.answers, flow.tier, mode)
    d = Describer(q, ctx)
    cond = step.show_if if not evaluate(step.show_if, ctx) else qu.show_if
    said = d.phrases(blockers(cond, ctx), d.actual)
    return i18n._("Not asked because of your answer: {answers}").format(
        answers="; ".join(said)) if said else i18n._("Not asked.")


@without_gc  # tens of thousands of objects that all live on: see gcpause.py
def build_plan(q: Questionnaire, answers: Answers) -> Plan:
    mode = answers.mode
    flow = walk(q, answers.answers, mode)
    ctx = flow.context(mode)
    d = Describer(q, ctx)
    tier = q.tier(flow.tier) or q.tiers[0]
    tier_because = d.phrases(flow.tier_triggers, d.said)
    d.tier_words = tier_because
    sources = {s.id: s for s in q.sources}
    sections = {s.id: s for s in q.sections}
    section_rank = {s.id: i for i, s in enumerate(q.sections)}
    chosen: list[tuple[tuple[int, int, int], PlanItem]] = []
    for n, item in enumerate(q.items):
        if not evaluate(item.when, ctx):
            continue
        because = d.phrases(triggers(item.when, ctx), d.said)
        cited = [Cited(sources[c.source], c.section) for c in item.sources]
        key = (PRIORITY_ORDER[item.priority], section_rank[item.section], n)
        chosen.append((key, PlanItem(item, sections[item.section], because, cited)))
    chosen.sort(key=lambda pair: pair[0])
    bios = biomod.draft(q, flow.answers, ctx)
    biomod.apply_edits(bios, answers.bios)
    skipped = [Skipped(s, qu, _skip_reason(q, s, qu, flow, mode))
               for s, qu in flow.hidden_questions]
    return Plan(q, answers, flow, tier, tier_because, [pi for _, pi in chosen], bios, skipped)
