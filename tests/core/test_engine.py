"""The engine on a small inline questionnaire: visibility, tiers, ordering, reasons."""

from __future__ import annotations

import pytest

from app.core.engine import build_plan
from app.core.flow import walk
from tests.helpers.minis import answers, load


@pytest.fixture(scope="module")
def q():
    return load()


def test_hidden_questions_answers_are_ignored(q):
    """A personal account is not asked for a job title; one given anyway is not used."""
    a = answers(q, purpose="personal", name="Siân Jones", job_title="Spy", org_short="MI5",
                platforms=["x", "linkedin"])
    flow = walk(q, a.answers)
    assert "job_title" not in flow.answers and "org_short" not in flow.answers
    assert {qu.id for _, qu in flow.hidden_questions} == {"job_title", "org_short"}
    plan = build_plan(q, a)
    for bio in plan.bios:
        assert "Spy" not in bio.text and "MI5" not in bio.text
        assert all("MI5".lower() not in h.lower() for h in bio.handles)
    reasons = {s.question.id: s.reason for s in plan.skipped}
    assert reasons["job_title"] == "Not asked because of your answer: Purpose: Personal"


def test_shown_questions_answers_are_used(q):
    a = answers(q, purpose="work", name="Siân Jones", job_title="Analyst", org_short="HMRC",
                platforms=["x"])
    plan = build_plan(q, a)
    assert plan.skipped == []
    assert "Analyst at HMRC." in plan.bios[0].text
    assert any("HMRC" in h for h in plan.bios[0].handles)


@pytest.mark.parametrize(("given", "tier", "because"), [
    ({}, "standard", []),
    ({"secret": True}, "elevated", ["Secret papers: Yes"]),
    ({"threat": True}, "high", ["Threat: Yes"]),
    # the highest tier wins, and only its reasons are given
    ({"secret": True, "threat": True}, "high", ["Threat: Yes"]),
])
def test_tier_highest_wins_with_reasons(q, given, tier, because):
    plan = build_plan(q, answers(q, **given))
    assert plan.tier.id == tier
    assert plan.tier_because == because


def test_two_rules_for_the_same_tier_give_both_reasons():
    q = load(("  - tier: high\n    when: {equals: {question: threat, value: true}}\n",
              "  - tier: high\n    when: {equals: {question: threat, value: true}}\n"
              "  - tier: high\n    when: {in: {question: activities, values: [press]}}\n"))
    plan = build_plan(q, answers(q, threat=True, activities=["press", "listen"]))
    assert plan.tier.id == "high"
    assert plan.tier_because == ["Threat: Yes", "Activities: Talk to the press"]


def test_checklist_ordered_by_priority_then_section_then_file_order(q):
    plan = build_plan(q, answers(q, activities=["press"]))
    assert [pi.item.id for pi in plan.items] == [
        "must-start", "must-protect", "press-office", "should-start", "consider-start"]
    assert [pi.item.id for pi in plan.start_here()] == ["must-start", "must-protect",
                                                         "press-office"]
    assert [(s.id, [pi.item.id for pi in m]) for s, m in plan.sections()] == [
        ("start", ["must-start", "should-start", "consider-start"]),
        ("protect", ["must-protect", "press-office"])]


def test_items_appear_only_when_their_condition_holds_and_say_why(q):
    plain = build_plan(q, answers(q, activities=["listen"]))
    assert "press-office" not in {pi.item.id for pi in plain.items}
    assert "high-only" not in {pi.item.id for pi in plain.items}
    plan = build_plan(q, answers(q, activities=["listen", "press"], threat=True))
    by_id = {pi.item.id: pi for pi in plan.items}
    assert by_id["press-office"].because == ["Activities: Talk to the press"]
    # The tier is said as the answer that set it, never only as "Risk level: High".
    assert by_id["high-only"].because == ["Threat: Yes"]
    assert by_id["must-start"].because == []
    assert [c.source.id for c in by_id["should-start"].sources] == ["code"]
    assert by_id["should-start"].sources[0].section == "3"


def test_mode_conditions_follow_the_session():
    q = load(("    when: {tier: [high]}\n    sources: [{source: guide}]",
              "    when: {mode: [line_manager]}\n    sources: [{source: guide}]"))
    assert "high-only" not in {pi.item.id for pi in build_plan(q, answers(q)).items}
    assert "high-only" in {pi.item.id for pi in
                           build_plan(q, answers(q, mode="line_manager")).items}


def test_hidden_step_hides_its_questions_and_their_answers():
    q = load(("  - id: plans\n    title: Your plans\n",
              "  - id: plans\n    title: Your plans\n"
              "    show_if: {equals: {question: purpose, value: work}}\n"))
    flow = walk(q, {"purpose": "personal", "activities": ["press"], "motto": "Hi"})
    assert [s.id for s in flow.steps] == ["about", "details"]
    assert "activities" not in flow.answers
    plan = build_plan(q, answers(q, purpose="personal", activities=["press"]))
    assert "press-office" not in {pi.item.id for pi in plan.items}


def test_plan_to_dict_is_plain_data(q):
    import json

    plan = build_plan(q, answers(q, purpose="work", name="A B", platforms=["x"], threat=True))
    data = json.loads(json.dumps(plan.to_dict()))
    assert data["tier"]["id"] == "high"
    assert data["bios"][0]["platform"] == "x"
    assert {n["question"] for n in data["not_asked"]} == set()
