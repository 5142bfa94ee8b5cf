"""For each shipped example, what a careful reviewer expects to see in the plan, and not see."""

from __future__ import annotations

import re

import pytest

from tests.helpers.content import all_bio_text, all_handles, item_ids, variant

NAMES = ["personal-new-starter", "mixed-new-starter", "professional-policy-official",
         "cleared-linkedin-networker", "high-risk-under-threat", "line-manager-session"]


def test_the_six_examples_are_shipped(plans):
    assert set(NAMES) <= set(plans)


@pytest.mark.parametrize("name", NAMES)
def test_every_example_gives_a_full_plan(plans, name):
    plan = plans[name]
    # Short enough to act on (issue 12): at most 40 items and 5 to 10 musts.
    assert 15 <= len(plan.items) <= 40
    assert 5 <= sum(pi.item.priority == "must" for pi in plan.items) <= 10
    assert plan.bios, "every example chooses at least one platform"
    for bio in plan.bios:
        assert bio.text, f"{bio.platform.name} bio is empty"
        assert bio.length <= bio.limit
    # Everyone gets the basics, whatever they answered.
    ids = item_ids(plan)
    assert {"code-applies", "no-announcements", "email-password"} <= ids
    assert {"two-step", "high-two-step"} & ids
    assert {"no-home-details", "high-no-employer"} & ids, "home details stay private"
    first = plan.start_here()
    assert 1 <= len(first) <= 5
    assert {"two-step", "high-two-step"} & {pi.item.id for pi in first}
    assert all(plan.start_why(pi) for pi in first)
    # The plan's own bios never contradict it: nothing it forbids is in a draft.
    assert not plan.unanswered(), "the examples answer every security question"


def test_personal_new_starter(plans):
    plan = plans["personal-new-starter"]
    answers = plan.answers.answers
    assert plan.tier.id == "standard"
    ids = item_ids(plan)
    assert "personal-no-employer" in ids
    assert {"bio-role", "handle-name-org", "policy-basis"}.isdisjoint(ids)
    # She shares political views: the grade limits and the impartiality duty both apply.
    assert {"political-limits", "political-personal"} <= ids
    limits = next(pi for pi in plan.items if pi.item.id == "political-limits")
    assert "impartial" in limits.item.detail
    assert plan.start_here()[0].item.id == "political-limits", "her grade check comes first"
    for bio in plan.bios:
        assert answers["topics"].lower() in bio.text.lower()
        assert any("employer" in n.part for n in bio.left_out)


def test_a_personal_account_is_never_told_to_add_a_job_title(questionnaire):
    # Even with a job title and organisation left over in the answers file.
    for name_employer in ("leave_out", "name_it"):
        plan = variant(questionnaire, "personal-new-starter", name_employer=name_employer,
                       job_title="Senior policy adviser", organisation="Cabinet Office",
                       org_short="CO")
        assert "Senior policy adviser" not in all_bio_text(plan)
        assert "bio-role" not in item_ids(plan)
        for pi in plan.items:
            text = f"{pi.item.title} {pi.item.detail} {pi.item.how or ''}".lower()
            assert not re.search(r"\b(add|give|include|show)\b[^.]*\bjob title", text), pi.item.id
        assert all(not h.lower().endswith("co") for h in all_handles(plan))


def test_a_personal_account_names_the_employer_only_when_asked_to(questionnaire):
    named = variant(questionnaire, "personal-new-starter", name_employer="name_it",
                    organisation="Cabinet Office")
    assert "Works at the Cabinet Office" in all_bio_text(named)
    assert "Personal account" in all_bio_text(named)
    assert "personal-named-employer" in item_ids(named)
    assert "personal-no-employer" not in item_ids(named)
    kept_out = variant(questionnaire, "personal-new-starter", organisation="Cabinet Office")
    assert "Cabinet Office" not in all_bio_text(kept_out)


def test_mixed_new_starter(plans):
    plan = plans["mixed-new-starter"]
    a = plan.answers.answers
    ids = item_ids(plan)
    assert plan.tier.id == "standard"
    assert {"bio-role", "code-applies", "handle-name-org", "tell-manager", "impartiality"} <= ids
    assert len(plan.items) <= 25, "a new starter with no concerns gets a short plan"
    bio = next(pi for pi in plan.items if pi.item.id == "bio-role")
    assert "name people know you by" in bio.item.detail and "job title" in bio.item.detail
    # The line saying the account is personal does not release anyone from the Code.
    code = next(pi for pi in plan.items if pi.item.id == "code-applies")
    assert "does not release you" in code.item.detail
    for bio in plan.bios:
        assert a["job_title"] in bio.text and a["organisation"] in bio.text
        # The platform shows her name above the bio; the bio does not repeat it.
        assert a["name"] not in bio.text and bio.display_name == a["name"]
        if bio.platform.id == "linkedin":  # a headline, with the personal line in About
            assert " | " in bio.text
            assert "my personal profile" in bio.extras[0].text
        else:
            assert "Personal account" in bio.text
    x = next(b for b in plan.bios if b.platform.id == "x")
    assert x.handles and all(h.endswith(a["org_short"]) for h in x.handles)
    assert "press-office" not in ids, "she does not deal with journalists"
    assert "media-questions" in ids, "but she replies to people, so may meet one"


def test_professional_policy_official_is_pointed_to_the_press_office(plans):
    plan = plans["professional-policy-official"]
    ids = item_ids(plan)
    assert {"press-office", "no-announcements", "bio-announcements", "policy-basis",
            "election-period"} <= ids
    assert "elections" not in ids, "the pre-election must replaces the general reminder"
    press = next(pi for pi in plan.items if pi.item.id == "press-office")
    assert press.item.priority == "must"
    assert "press office" in press.item.detail.lower()
    assert "media interest" in press.item.detail
    approval = next(pi for pi in plan.items if pi.item.id == "no-announcements")
    assert "approval" in approval.item.detail
    first = [pi.item.id for pi in plan.start_here()]
    assert first[:2] == ["election-period", "press-office"]
    linkedin = next(b for b in plan.bios if b.platform.id == "linkedin")
    # An X handle means nothing on LinkedIn: the pointer is left out there, and said why.
    for b in plan.bios:
        if b.platform.id != "x":
            drafts = [b.text] + [v.text for v in b.variants] + [e.text for e in b.extras]
            assert not any("@DESNZgovuk" in t for t in drafts), b.platform.id
    mastodon = next(b for b in plan.bios if b.platform.id == "mastodon")
    assert any("web address" in n.reason for n in mastodon.left_out)
    assert "Priya Shah" not in linkedin.text and linkedin.display_name == "Priya Shah"
    # X's 160 characters cannot hold everything: the organisation's short name is used
    # rather than losing the news line.
    x = next(b for b in plan.bios if b.platform.id == "x")
    assert "DESNZ news: @DESNZgovuk" in x.text and "at DESNZ" in x.text


def test_cleared_networker_is_told_not_to_list_the_clearance(plans):
    plan = plans["cleared-linkedin-networker"]
    ids = item_ids(plan)
    assert plan.tier.id == "elevated"
    no_clearance = next(pi for pi in plan.items if pi.item.id == "no-clearance")
    assert no_clearance.item.priority == "must"
    assert "clearance" in no_clearance.item.title.lower()
    assert {"genuine-contacts", "report-approaches", "elevated-role-detail",
            "review-existing"} <= ids
    assert "marked papers" in no_clearance.item.title
    recruiters = next(pi for pi in plan.items if pi.item.id == "genuine-contacts")
    assert "fake recruiters" in recruiters.item.detail
    assert plan.start_here()[0].item.id == "no-clearance"
    bio = all_bio_text(plan)
    assert not re.search(r"\b(SC|DV|CTC|clearance|cleared|vetted|vetting)\b", bio, re.I)
    assert "high-no-employer" not in ids


def test_high_risk_person_is_never_told_to_name_the_employer(plans):
    plan = plans["high-risk-under-threat"]
    a = plan.answers.answers
    ids = item_ids(plan)
    assert plan.tier.id == "high"
    assert plan.start_here()[0].item.id == "agree-plan", "the security officer comes first"
    assert {"agree-plan", "high-no-employer", "pseudonym", "high-two-step", "harassment",
            "family-posts", "no-clearance", "high-footprint"} <= ids
    assert {"bio-role", "handle-name-org", "everyday-life", "networking-tips", "policy-basis",
            "share-work", "two-step"}.isdisjoint(ids)
    first = [pi.item.id for pi in plan.start_here()]
    assert first[:3] == ["agree-plan", "harassment", "high-two-step"]
    # Nothing in the plan asks her to reveal what her risk level forbids.
    for pi in plan.items:
        assert not {"employer", "role", "location", "work_topics"} & set(pi.item.reveals)
        text = f"{pi.item.title} {pi.item.detail} {pi.item.how or ''}"
        for phrase in ("ambassador", "Be open about where you work", "Give your role",
                       "commute are fine", "in broad terms"):
            assert phrase not in text, (pi.item.id, phrase)
    # The answers file still holds job details typed in earlier; none may leak.
    bio = all_bio_text(plan)
    for secret in (a["organisation"], a["job_title"], a["location"], "Home", "Office"):
        assert secret not in bio
    for handle in all_handles(plan):
        assert a["org_short"].lower() not in handle.lower()
        assert "office" not in handle.lower()
    for b in plan.bios:
        assert b.note and "security officer" in b.note
    asked = {qu.id for qu in plan.flow.questions}
    assert {"job_title", "organisation", "org_short", "location"}.isdisjoint(asked)


@pytest.mark.parametrize("purpose", ["personal", "mixed", "professional"])
@pytest.mark.parametrize("trigger", ["threat", "officer_flag"])
def test_high_tier_hides_the_employer_whatever_the_purpose(questionnaire, purpose, trigger):
    base = {"threat": False, "officer_flag": False, trigger: True}
    plan = variant(questionnaire, "mixed-new-starter", purpose=purpose,
                   name_employer="name_it", announcements="@educationgovuk", **base)
    assert plan.tier.id == "high"
    text = all_bio_text(plan)
    for word in ("Department for Education", "Policy adviser", "Sheffield", "@educationgovuk"):
        assert word not in text
    assert all("dfe" not in h.lower() for h in all_handles(plan))
    assert "high-no-employer" in item_ids(plan)


def test_anyone_who_deals_with_journalists_is_pointed_to_the_press_office(questionnaire, plans):
    for name in ("professional-policy-official", "line-manager-session"):
        assert "press-office" in item_ids(plans[name])
    for purpose in ("personal", "mixed", "professional"):
        plan = variant(questionnaire, "mixed-new-starter", purpose=purpose,
                       activities=["journalists"])
        assert "press-office" in item_ids(plan)


def test_line_manager_session(plans):
    plan = plans["line-manager-session"]
    a = plan.answers
    assert a.mode == "line_manager"
    assert a.sign_off.person and a.sign_off.manager and a.sign_off.date
    assert a.agreed_actions
    step_ids = {s.id for s in plan.questionnaire.steps}
    assert set(a.notes) <= step_ids and len(a.notes) == len(step_ids)
    ids = item_ids(plan)
    assert "review-agreement" in ids
    assert "tell-manager" not in ids, "the manager is already in the room"
    assert {"press-office", "public-role-attention", "family-posts", "high-two-step",
            "political-restricted"} <= ids
    first = [pi.item.id for pi in plan.start_here()]
    assert {"press-office", "high-two-step", "family-posts"} <= set(first)
    # Every step of the session has a prompt for the manager.
    assert all(s.discussion for s in plan.flow.steps)


def test_examples_use_names_beyond_ascii(plans):
    names = " ".join(str(p.answers.answers.get("name", "")) for p in plans.values())
    assert re.search(r"[âŵŷ]", names), "a Welsh name"
    assert re.search(r"[łśńżźćąę]", names), "a Polish name"
