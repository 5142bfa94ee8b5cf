"""Start here, groups, Not sure and blanks: the plan is chosen for the person who asked."""

from __future__ import annotations

import json
import subprocess
import sys

from app.core.reveals import forbidden_reveals
from tests.helpers.content import EXAMPLES, item_ids, variant


def first_ids(plan):
    return [pi.item.id for pi in plan.start_here()]


def test_start_here_differs_for_four_kinds_of_person(questionnaire):
    calm = variant(questionnaire, "mixed-new-starter")
    threatened = variant(questionnaire, "mixed-new-starter", threat=True)
    flagged = variant(questionnaire, "mixed-new-starter", officer_flag=True)
    press = variant(questionnaire, "mixed-new-starter", activities=["reply", "journalists"])
    political = variant(questionnaire, "mixed-new-starter", senior=True,
                        activities=["political"], political_grade="restricted")
    family = variant(questionnaire, "mixed-new-starter", family_exposed=True)
    lists = [first_ids(p) for p in (calm, threatened, press, political, family)]
    assert len({tuple(x) for x in lists}) == len(lists), lists
    # Nobody is told to start with general rules before what their own answers raised.
    for ids in lists:
        assert "code-applies" not in ids and len(ids) <= 5
    assert first_ids(calm)[0] == "two-step"
    assert first_ids(threatened)[:2] == ["agree-plan", "harassment"], "keep a record, early"
    assert "high-two-step" in first_ids(flagged), "the flagged person gets 2-step everywhere"
    assert first_ids(press)[0] == "press-office"
    assert "political-restricted" in first_ids(political)[:2], "a grade check for the senior"
    assert "family-posts" in first_ids(family)
    # Every one says in a line why it is first, naming an answer where one raised it.
    why = threatened.start_why(threatened.start_here()[1])
    assert why.startswith("Because you said") and "Threat to your safety: Yes" in why


def test_two_step_is_always_in_start_here_unless_ticked(questionnaire):
    busy = variant(questionnaire, "high-risk-under-threat", activities=["journalists", "political"],
                   election_period=True, political_grade="not_sure")
    assert "high-two-step" in first_ids(busy)
    plan = variant(questionnaire, "mixed-new-starter")
    plan.answers.ticks["two-step"] = True
    assert "two-step" not in first_ids(plan)


def test_plan_json_has_start_here_in_order_with_why(tmp_path):
    done = subprocess.run([sys.executable, "-m", "app", "plan",
                           str(EXAMPLES / "high-risk-under-threat.json"), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    first = data["start_here"]
    assert [s["id"] for s in first][:2] == ["agree-plan", "harassment"]
    assert all(s["title"] and s["why"] for s in first)
    groups = [c["group"] for c in data["checklist"]]
    assert groups[:len(first)] == ["now"] * len(first)
    assert set(groups) <= {"now", "week", "habit"}
    assert all(c["minutes"] for c in data["checklist"] if c["group"] == "week")


def test_groups_put_actions_with_times_before_habits(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter")
    groups = plan.groups()
    assert [g.title for g, _ in groups] == ["Do now", "Set up this week", "Good habits"]
    assert [pi.item.id for pi in groups[0][1]] == first_ids(plan)
    assert all(pi.item.minutes for pi in groups[1][1])
    assert not any(pi.item.minutes for pi in groups[2][1])
    assert sum(len(m) for _, m in groups) == len(plan.items)


def test_not_sure_gives_the_careful_advice_and_says_ask(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", clearance="not_sure")
    assert plan.tier.id == "elevated"
    assert {"check-unsure", "no-clearance"} <= item_ids(plan)
    assert "Holds a security clearance: Not sure" in plan.tier_because
    assert first_ids(plan)[0] == "check-unsure"
    high = variant(questionnaire, "mixed-new-starter", threat="not_sure")
    assert high.tier.id == "high" and "agree-plan" in item_ids(high)


def test_a_blank_security_answer_is_listed_not_silently_no(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", threat=None, officer_flag=None)
    assert [qu.id for qu in plan.unanswered()] == ["threat", "officer_flag"]


def test_an_existing_account_is_reviewed_not_set_up(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", account_exists="existing")
    assert "review-existing" in item_ids(plan)
    assert "handle-name-org" not in item_ids(plan), "keep the handle people know"
    new = variant(questionnaire, "mixed-new-starter")
    assert "review-existing" not in item_ids(new)


def test_an_election_makes_the_pre_election_advice_a_must(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", election_period=True)
    pi = next(p for p in plan.items if p.item.id == "election-period")
    assert pi.item.priority == "must" and "elections" not in item_ids(plan)
    calm = variant(questionnaire, "mixed-new-starter")
    reminder = next(p for p in calm.items if p.item.id == "elections")
    assert "local" in reminder.item.detail and "mayoral" in reminder.item.detail


def test_political_group_gives_the_matching_advice(questionnaire):
    def ids(grade):
        return item_ids(variant(questionnaire, "personal-new-starter", political_grade=grade))
    assert "political-limits" in ids("not_sure")
    assert "political-restricted" in ids("restricted")
    assert "political-permission" in ids("intermediate")
    assert "political-free" in ids("free")


def test_no_item_in_any_example_reveals_what_its_plan_forbids(plans):
    for name, plan in plans.items():
        forbidden = forbidden_reveals(plan.questionnaire, plan.flow.context(plan.answers.mode))
        for pi in plan.items:
            assert not forbidden & set(pi.item.reveals), (name, pi.item.id)


def test_senior_staff_get_2_step_on_personal_email(questionnaire):
    plan = variant(questionnaire, "mixed-new-starter", senior=True)
    assert "high-two-step" in item_ids(plan) and "two-step" not in item_ids(plan)
    pi = next(p for p in plan.items if p.item.id == "high-two-step")
    assert "personal email" in pi.item.title
