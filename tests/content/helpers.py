"""Helpers for content tests: plans built from the shipped examples and from variants."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.answers import Answers, check_against, load_answers
from app.core.engine import Plan, build_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example(name: str) -> Answers:
    return load_answers(EXAMPLES / f"{name}.json")


def plan_for(q: Any, answers: Answers) -> Plan:
    check_against(answers, q)
    return build_plan(q, answers)


def variant(q: Any, base: str, mode: str | None = None, **changes: Any) -> Plan:
    """A plan for an example with some answers changed (None removes an answer)."""
    a = example(base)
    values = dict(a.answers)
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    a = a.model_copy(update={"answers": values, "mode": mode or a.mode})
    return plan_for(q, a)


def item_ids(plan: Plan) -> set[str]:
    return {pi.item.id for pi in plan.items}


def all_bio_text(plan: Plan) -> str:
    """Every draft a person could copy: each variant and each longer text (LinkedIn's About)."""
    return "\n".join([b.text for b in plan.bios] + [v.text for b in plan.bios for v in b.variants]
                     + [e.text for b in plan.bios for e in b.extras])


def all_handles(plan: Plan) -> list[str]:
    return [h for b in plan.bios for h in b.handles]
