"""What the documents say, shared by the PDF and the HTML so the two never disagree."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from ..core.bio import bio_values
from ..core.engine import Plan
from ..core.i18n import N_, _, current_language, ngettext
from ..core.questionnaire import Question
from ..core.startwith import Group

PRIORITY_WORDS = {"must": N_("Must do"), "should": N_("Should do"),
                  "consider": N_("Worth considering")}
# Filled dots read the same in colour, greyscale and on a photocopy.
PRIORITY_DOTS = {"must": "\u25cf\u25cf\u25cf", "should": "\u25cf\u25cf\u25cb",
                 "consider": "\u25cf\u25cb\u25cb"}
MODE_WORDS = {"alone": N_("On your own"), "line_manager": N_("With your line manager")}
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
    """GOV.UK style: 5 November 2026 (5 Tachwedd 2026 in Welsh)."""
    from ..core.upkeep import long_date as core_long_date

    return core_long_date(day)


def priority_words(priority: str) -> str:
    return _(PRIORITY_WORDS[priority])


def html_lang() -> str:
    """The document's language tag: en-GB for English, the language's code otherwise."""
    lang = current_language()
    return "en-GB" if lang == "en" else lang


def person(plan: Plan) -> dict[str, str]:
    """Only the details the person chose to give."""
    return bio_values(plan.questionnaire, plan.flow.answers)


def header_fields(plan: Plan, day: dt.date) -> list[Field]:
    """Label and value pairs for the header; an organisation pack can add its own."""
    who = person(plan)
    q = plan.questionnaire
    fields = [Field(label, who[key]) for key, label in
              (("name", _("Name")), ("job_title", _("Job title")),
               ("organisation", _("Organisation")))
              if who.get(key)]
    fields.append(Field(_("Date"), long_date(day)))
    mode = plan.answers.mode
    fields.append(Field(_("Worked through"), _(MODE_WORDS[mode]) if mode in MODE_WORDS else mode))
    fields.append(Field(_("Guidance version"), f"{q.id} {q.version}"))
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
    return _("Because you said {answers}.").format(answers="; ".join(phrases))


def cite(title: str, section: str | None) -> str:
    return f"{title}, {section}" if section else title


def count_words(length: int, limit: int) -> str:
    return _("{length} of {limit} characters").format(length=length, limit=limit)


def step_notes(plan: Plan) -> list[tuple[str, str]]:
    """Notes per step, in the order the steps came, with the step's title."""
    notes = plan.answers.notes
    out = [(step.title, notes[step.id]) for step in plan.questionnaire.steps
           if notes.get(step.id, "").strip()]
    if notes.get("general", "").strip():
        out.append((_("General"), notes["general"]))
    return out


def document_title(plan: Plan) -> str:
    return plan.questionnaire.title


def document_subject(plan: Plan) -> str:
    """Generic: document properties travel with the file, so no risk level or name."""
    return _("A checklist for setting up a social media account safely")


def document_author(plan: Plan) -> str:
    return APP_NAME


HANDLING_NOTE = N_("Handle with care: this plan contains personal security information. "
                 "Keep it private, and share it only with your line manager or security "
                 "officer.")
CAREFUL_TIERS = ("elevated", "high")


def handling_note(plan: Plan) -> str | None:
    """Page 1 marking for an elevated or high-risk plan; an organisation pack sets its own."""
    if plan.tier.id not in CAREFUL_TIERS:
        return None
    loaded = plan.organisation
    if loaded is not None and loaded.org.handling_note:
        return loaded.org.handling_note
    return _(HANDLING_NOTE)


def start_lines(plan: Plan) -> list[tuple[str, str, str]]:
    """(item id, title, why first) for each start-here action, in order."""
    return [(pi.item.id, pi.item.title, plan.start_why(pi)) for pi in plan.start_here()]


def unanswered_note(plan: Plan) -> tuple[str, list[str]] | None:
    """What a blank answer means, and the questions left blank; None if all answered."""
    blank = plan.unanswered()
    if not blank:
        return None
    return (_("You left these questions blank. Your plan treats a blank as \u201cNo\u201d, so "
            "its advice may be less careful than you need. If any could be yes, answer "
            "\u201cNot sure\u201d and check with your security officer."),
            [qu.label for qu in blank])


def time_words(minutes: int | None) -> str | None:
    """'About 5 minutes', 'About 1 hour 30 minutes'; None for a habit."""
    if minutes is None:
        return None
    if minutes < 60:
        return ngettext("About {count} minute", "About {count} minutes", minutes).format(
            count=minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return ngettext("About {count} hour", "About {count} hours", hours).format(count=hours)
    return ngettext("About {count} hour {minutes} minutes", "About {count} hours {minutes} "
                    "minutes", hours).format(count=hours, minutes=rest)


# The checklist's groups (core's startwith.GROUPS), marked for translation here.
GROUP_WORDS = {
    "now": (N_("Do now"), N_("Start with these. They matter most for you.")),
    "week": (N_("Set up this week"), N_("One-off actions. Each shows about how long it "
                                        "takes.")),
    "habit": (N_("Good habits"), N_("Keep these in mind whenever you post.")),
}


def group_words(group: Group) -> tuple[str, str]:
    """(title, intro) of a checklist group, in the current language."""
    words = GROUP_WORDS.get(group.id)
    return (_(words[0]), _(words[1])) if words else (group.title, group.intro)


# Presets, organisations and line-manager sessions -------------------------------------
def answer_words(qu: Question, value: object) -> str:
    """An answer as the person saw it: Yes/No, option labels, or their own text."""
    if value is None or value == [] or (isinstance(value, str) and not value.strip()):
        return _("Not provided")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(o.label for o in qu.options if o.id in value)
    if qu.type in ("single", "yesno") and isinstance(value, str):
        opt = qu.option(value)
        return opt.label if opt else value
    return str(value)


def preset_line(plan: Plan) -> str | None:
    """'Preset applied: <title>, set by <name>, <contact>.'"""
    p = plan.preset
    if p is None:
        return None
    return _("Preset applied: {title}, set by {who}.").format(title=p.title,
                                                              who=p.set_by.one_line())


def locked_answers(plan: Plan) -> list[tuple[str, str]]:
    """The answers the preset fixed, as (question, answer), in the questionnaire's order."""
    q = plan.questionnaire
    out = []
    for _step, qu in q.questions():
        if qu.id in plan.locked and plan.preset is not None:
            out.append((qu.summary_label, answer_words(qu, plan.preset.answers[qu.id].value)))
    return out


def raised_by_preset(plan: Plan, item_id: str) -> bool:
    return plan.preset is not None and item_id in plan.preset.raise_to_must


RAISED_WORDS = N_("Your security officer made this a must.")


def answers_by_step(plan: Plan) -> list[tuple[str, str, list[tuple[str, str]], str]]:
    """(step id, step title, [(question, answer)], notes) for each step the person saw."""
    flow = plan.flow
    shown = {qu.id for qu in flow.questions}
    notes = plan.answers.notes
    out = []
    for step in flow.steps:
        rows = [(qu.summary_label, answer_words(qu, flow.answers.get(qu.id)))
                for qu in step.questions if qu.id in shown]
        out.append((step.id, step.title, rows, notes.get(step.id, "").strip()))
    return out


def organisation_contacts(plan: Plan) -> list[tuple[str, str]]:
    """(who, details) for each contact the organisation pack names."""
    from ..core.organisation import CONTACT_WORDS

    loaded = plan.organisation
    if loaded is None:
        return []
    return [(_first_upper(_(CONTACT_LABELS[kind]) if kind in CONTACT_LABELS
                          else CONTACT_WORDS.get(kind, kind)), c.one_line())
            for kind, c in loaded.org.contacts.items()]


# The organisation's kinds of contact (core's CONTACT_WORDS), marked for translation here.
CONTACT_LABELS = {"press_office": N_("press office"), "security": N_("security team"),
                  "digital": N_("digital team"), "line_management": N_("HR team"),
                  "it_support": N_("IT support")}


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]  # "HR team" stays "HR team"
