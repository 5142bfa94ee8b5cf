"""Helpers for content tests: plans built from the shipped examples and from variants."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from app.core.answers import Answers, QuestionnaireRef, check_against, load_answers
from app.core.engine import Plan, build_plan
from app.core.questionnaire import Questionnaire

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


def sweep(q: Questionnaire):
    """Plans across purpose, risk, family, employer choice, mode and activities."""
    activities = [o.id for o in q.question("activities").options]
    risk = [{}, {"clearance": True}, {"public_role": True}, {"threat": True},
            {"officer_flag": True}, {"senior": True}, {"clearance": "not_sure"},
            {"threat": "not_sure"}]
    extras = itertools.cycle([
        {"account_exists": "existing", "election_period": True, "political_grade": "restricted"},
        {"account_exists": "new", "election_period": "not_sure", "political_grade": "not_sure"},
        {"election_period": False, "political_grade": "intermediate"},
        {"political_grade": "free"}, {}])  # five, so each meets every activity list
    lists = [activities, [a for a in activities if a != "journalists"], ["political"], []]
    for purpose, r, family, name_it, mode, acts in itertools.product(
            ["personal", "mixed", "professional"], risk, [False, True], [False, True],
            ["alone", "line_manager"], lists):
        answers = {"purpose": purpose, "family_exposed": family, "activities": acts,
                   "platforms": [p.id for p in q.bio.platforms], "name": "Siân Jones",
                   "job_title": "Policy adviser", "organisation": "Department for Education",
                   "org_short": "DfE", "topics": "skills", "location": "Leeds",
                   "name_employer": "name_it" if name_it else "leave_out", **r, **next(extras)}
        yield build_plan(q, Answers(questionnaire=QuestionnaireRef(id=q.id), mode=mode,
                                    answers=answers))
