"""What the documents say, shared by the PDF and the HTML so the two never disagree."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from ..core.bio import bio_values
from ..core.engine import Plan

PRIORITY_WORDS = {"must": "Must do", "should": "Should do", "consider": "Worth considering"}
# Filled dots read the same in colour, greyscale and on a photocopy.
PRIORITY_DOTS = {"must": "\u25cf\u25cf\u25cf", "should": "\u25cf\u25cf\u25cb",
                 "consider": "\u25cf\u25cb\u25cb"}
MODE_WORDS = {"alone": "On your own", "line_manager": "With your line manager"}
APP_NAME = "Profile Planner"


@dataclass
class Field:
    label: str
    value: str


def made_on() -> dt.date:
    """Today, or the fixed date SOURCE_DATE_EPOCH names, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def long_date(day: dt.date) -> str:
    """GOV.UK style: 5 November 2026."""
    return f"{day.day} {day:%B %Y}"


def person(plan: Plan) -> dict[str, str]:
    """Only the details the person chose to give."""
    return bio_values(plan.questionnaire, plan.flow.answers)


def header_fields(plan: Plan, day: dt.date) -> list[Field]:
    """Label and value pairs for the header; an organisation pack can add its own."""
    who = person(plan)
    q = plan.questionnaire
    fields = [Field(label, who[key]) for key, label in
              (("name", "Name"), ("job_title", "Job title"), ("organisation", "Organisation"))
              if who.get(key)]
    fields.append(Field("Date", long_date(day)))
    fields.append(Field("Worked through", MODE_WORDS.get(plan.answers.mode, plan.answers.mode)))
    fields.append(Field("Guidance version", f"{q.id} {q.version}"))
    return fields


def purpose(plan: Plan) -> tuple[str, str] | None:
    """What the account is for: the "purpose" question, else the first single choice."""
    asked = sorted(plan.flow.questions, key=lambda qu: qu.id != "purpose")
    for qu in asked:
        value = plan.flow.answers.get(qu.id)
        if qu.type == "single" and isinstance(value, str):
            opt = qu.option(value)
            return qu.summary_label, opt.label if opt else value
    return None


def tier_reason(plan: Plan) -> list[str]:
    return plan.tier_because


def is_ticked(plan: Plan, item_id: str) -> bool:
    return bool(plan.answers.ticks.get(item_id))


def because(phrases: list[str]) -> str:
    return "Because you said " + "; ".join(phrases) + "."


def cite(title: str, section: str | None) -> str:
    return f"{title}, {section}" if section else title


def count_words(length: int, limit: int) -> str:
    return f"{length} of {limit} characters"


def step_notes(plan: Plan) -> list[tuple[str, str]]:
    """Notes per step, in the order the steps came, with the step's title."""
    notes = plan.answers.notes
    out = [(step.title, notes[step.id]) for step in plan.questionnaire.steps
           if notes.get(step.id, "").strip()]
    if notes.get("general", "").strip():
        out.append(("General", notes["general"]))
    return out


def document_title(plan: Plan) -> str:
    return plan.questionnaire.title


def document_subject(plan: Plan) -> str:
    return (f"A checklist for setting up a social media account safely, "
            f"risk level {plan.tier.label.lower()}")
