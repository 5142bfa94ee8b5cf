"""For each shipped example, what a careful reviewer expects to see in the plan, and not see."""

from __future__ import annotations

import re

import pytest

from .helpers import all_bio_text, all_handles, item_ids, variant

NAMES = ["personal-new-starter", "mixed-new-starter", "professional-policy-official",
         "cleared-linkedin-networker", "high-risk-under-threat", "line-manager-session"]


def test_the_six_examples_are_shipped(plans):
    assert set(NAMES) <= set(plans)


@pytest.mark.parametrize("name", NAMES)
def test_every_example_gives_a_full_plan(plans, name):
    plan = plans[name]
    assert len(plan.items) >= 30
    assert plan.bios, "every example chooses at least one platform"
    for bio in plan.bios:
        assert bio.text, f"{bio.platform.name} bio is empty"
        assert bio.length <= bio.limit
    # Everyone gets the basics, whatever they answered.
    assert {"code-applies", "two-step", "no-home-details", "no-announcements"} <= item_ids(plan)
    assert plan.start_here(), "there is always somewhere to start"


def test_personal_new_starter(plans):
    plan = plans["personal-new-starter"]
    answers = plan.answers.answers
    assert plan.tier.id == "standard"
    ids = item_ids(plan)
    assert "personal-no-employer" in ids
    assert {"bio-role", "real-name", "handle-name-org", "bio-personal-line"}.isdisjoint(ids)
    # She shares political views: the grade limits and the impartiality duty both apply.
    assert {"political-limits", "impartiality", "political-personal"} <= ids
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
    assert {"bio-role", "bio-personal-line", "personal-line-limits", "real-name",
            "handle-name-org", "tell-manager"} <= ids
    # The line saying the account is personal does not release anyone from the Code.
    limits = next(pi for pi in plan.items if pi.item.id == "personal-line-limits")
    assert "does not release you" in limits.item.detail
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
    assert {"press-office", "prior-approval", "bio-announcements", "policy-basis",
            "media-interest"} <= ids
    press = next(pi for pi in plan.items if pi.item.id == "press-office")
    assert press.item.priority == "must"
    assert "press office" in press.item.detail.lower()
    assert press in plan.start_here(most=10)
    assert "personal-line-limits" not in ids
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
    assert {"fake-recruiters", "report-approaches", "linkedin-general", "no-marked-material",
            "spear-phishing"} <= ids
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
            "family-posts", "no-clearance"} <= ids
    assert {"bio-role", "real-name", "handle-name-org", "bio-personal-line",
            "photo"}.isdisjoint(ids)
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
    assert {"press-office", "public-role-attention", "family-posts"} <= ids
    # Every step of the session has a prompt for the manager.
    assert all(s.discussion for s in plan.flow.steps)


def test_examples_use_names_beyond_ascii(plans):
    names = " ".join(str(p.answers.answers.get("name", "")) for p in plans.values())
    assert re.search(r"[âŵŷ]", names), "a Welsh name"
    assert re.search(r"[łśńżźćąę]", names), "a Polish name"
