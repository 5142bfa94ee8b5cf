"""The whole plan reads as one: no checklist item repeats a route or the footprint section,
platform steps appear once and only under an item that asks for them, and advice does not
contradict itself across items, routes and steps."""

from __future__ import annotations

import re

from app.core.answers import Answers, QuestionnaireRef
from app.core.guidance import load_guidance
from app.core.paths import questionnaires_dir
from app.core.session import Setup
from tests.helpers.content import sweep, variant

# Words each platform setting's steps are about: an item naming the setting must ask for it.
SETTING_WORDS = {
    "two-step": ("2-step verification",), "visibility": ("who can see", "private"),
    "findable": ("email address or phone number",), "messages": ("message",),
    "tags": ("tag",), "sessions": ("signed in",), "location": ("location",),
    "download": ("copy of your data",), "old-posts": ("old posts",),
}
# Words that name an incident a route covers; no checklist item may be about it too.
ROUTE_WORDS = {
    "hacked": r"\bhacked\b", "impersonation": r"pretend(ing)? to be you|impersonat",
    "details-published": r"details are published", "harassment": r"^If you are harassed", "regret": r"post(ed)? something (wrong|you regret)",
}


def _text(pi) -> str:
    return " ".join(t for t in (pi.item.title, pi.item.detail, pi.item.how or "") if t)


def _plans(questionnaire):
    guidance = load_guidance(questionnaires_dir())
    setup = Setup(questionnaire, guidance=guidance)
    for plan in sweep(questionnaire):
        yield setup.plan(Answers(questionnaire=QuestionnaireRef(id=questionnaire.id),
                                 mode=plan.answers.mode, answers=plan.answers.answers))


def test_items_and_routes_and_footprint_never_repeat_each_other(questionnaire):
    guidance = load_guidance(questionnaires_dir())
    route_ids = {r.id for r in guidance.incidents.routes}
    assert set(ROUTE_WORDS) <= route_ids
    footprint = guidance.incidents.footprint
    for plan in _plans(questionnaire):
        for pi in plan.items:
            text = _text(pi)
            # An item about an incident ("If your account is hacked, ...") repeats its route.
            for route, words in ROUTE_WORDS.items():
                assert not re.search(words, pi.item.title, re.I), (pi.item.id, route)
            if plan.upkeep.footprint is not None:
                for step in footprint.steps:
                    assert step.title.lower() not in text.lower(), (pi.item.id, step.id)
                for words in ("electoral register", "people-search", "Companies House"):
                    assert words not in text, (pi.item.id, words)


def test_platform_steps_show_once_and_only_under_an_item_that_asks_for_them(questionnaire):
    for plan in _plans(questionnaire):
        seen: dict[tuple[str, str], str] = {}
        for pi in plan.items:
            for shown in pi.steps:
                key = (shown.platform, shown.step.setting)
                assert key not in seen, (key, "under", seen.get(key), "and", pi.item.id)
                seen[key] = pi.item.id
    for it in questionnaire.items:
        text = " ".join(t for t in (it.title, it.detail, it.how or "") if t).lower()
        for setting in it.settings:
            assert any(w in text for w in SETTING_WORDS[setting]), (it.id, setting)


def test_a_high_risk_plan_never_undoes_its_own_rules(questionnaire):
    guidance = load_guidance(questionnaires_dir())
    plan = Setup(questionnaire, guidance=guidance).plan(
        variant(questionnaire, "high-risk-under-threat",
                activities=["reply", "policy", "journalists", "political"]).answers)
    text = " ".join(_text(pi) for pi in plan.items)
    text += " ".join(s for r in plan.upkeep.routes for s in r.first_steps)
    text += " ".join(s.step.how or "" for pi in plan.items for s in pi.steps)
    for phrase in ("encouraged to choose a mix", "sensible risks", "Welcome debate",
                   "give them your press office", "only give them those details",
                   "rather than your town", "Make your accounts private for now"):
        assert phrase not in text, phrase


def test_one_review_date_and_one_order_for_harassment(questionnaire):
    guidance = load_guidance(questionnaires_dir())
    for it in questionnaire.items:
        text = " ".join(t for t in (it.title, it.detail, it.how or "") if t)
        # The plan's review date is the one interval; items point to it.
        assert not re.search(r"\b(three|3|few|six|6) months\b", text), it.id
    for step in guidance.incidents.footprint.steps:
        assert "months" not in step.detail, step.id
    # Keep a record before you block: blocking can hide the messages.
    harassed = next(r for r in guidance.incidents.routes if r.id == "harassment")
    record = next(i for i, s in enumerate(harassed.first_steps) if "record" in s)
    block = next(i for i, s in enumerate(harassed.first_steps) if s.startswith("Block"))
    assert record < block
    item = next(it for it in questionnaire.items if it.id == "harassment")
    assert "before you block" in item.detail


def test_journalists_get_one_answer_everywhere(questionnaire):
    for it in questionnaire.items:
        text = " ".join(t for t in (it.title, it.detail, it.how or "") if t)
        if "journalist" in text.lower() and it.contact == "press_office":
            assert "reply at all" not in text, it.id


def test_only_security_questions_are_listed_as_blank(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", threat=None, election_period=None)
    assert [qu.id for qu in plan.unanswered()] == ["threat"]
