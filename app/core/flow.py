"""Which steps and questions a person sees, given their answers, and the risk tier."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .conditions import Context, evaluate, triggers, uses_tier
from .questionnaire import Question, Questionnaire, Step


@dataclass
class Flow:
    steps: list[Step] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)  # visible answers only
    hidden_steps: list[Step] = field(default_factory=list)
    hidden_questions: list[tuple[Step, Question]] = field(default_factory=list)
    tier: str = ""
    tier_triggers: list[Any] = field(default_factory=list)

    def context(self, mode: str) -> Context:
        return Context(self.answers, self.tier, mode)


def compute_tier(q: Questionnaire, answers: Mapping[str, Any], mode: str) -> tuple[str, list[Any]]:
    """The highest tier whose rule holds, with the leaves that raised it there."""
    rank = {t.id: i for i, t in enumerate(q.tiers)}
    best = q.tiers[0].id
    reasons: list[Any] = []
    ctx = Context(answers, None, mode)
    for rule in q.tier_rules:
        if not evaluate(rule.when, ctx):
            continue
        if rank.get(rule.tier, -1) > rank[best]:
            best, reasons = rule.tier, []
        if rule.tier == best:
            reasons.extend(r for r in triggers(rule.when, ctx) if r not in reasons)
    return best, reasons


def walk(q: Questionnaire, raw: Mapping[str, Any], mode: str = "alone") -> Flow:
    """Walk the steps in order; a hidden question's answer is ignored, as if never given.

    The loader guarantees every condition reads only earlier questions, so the tier
    computed on the way equals the final one.
    """
    flow = Flow()
    tier: str | None = None

    def holds(cond: Any) -> bool:
        nonlocal tier
        if cond is None:
            return True
        if tier is None and uses_tier(cond):
            tier, _ = compute_tier(q, flow.answers, mode)
        return evaluate(cond, Context(flow.answers, tier, mode))

    for step in q.steps:
        if not holds(step.show_if):
            flow.hidden_steps.append(step)
            flow.hidden_questions.extend((step, qu) for qu in step.questions)
            continue
        shown_any = False
        for question in step.questions:
            if holds(question.show_if):
                flow.questions.append(question)
                shown_any = True
                if question.id in raw and raw[question.id] is not None:
                    flow.answers[question.id] = raw[question.id]
            else:
                flow.hidden_questions.append((step, question))
        if shown_any:
            flow.steps.append(step)
        else:
            flow.hidden_steps.append(step)
    flow.tier, flow.tier_triggers = compute_tier(q, flow.answers, mode)
    return flow
