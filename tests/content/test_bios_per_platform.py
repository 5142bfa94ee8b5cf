"""Bios as a person would post them: each platform in its own style, variants within limits,
never empty, names whole, emoji whole, and nothing the plan forbids."""

from __future__ import annotations

import re

import pytest

from app.core import graphemes
from tests.helpers.content import EXAMPLES, all_bio_text, all_handles, variant

WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
RAINBOW = "\U0001f3f3\ufe0f\u200d\U0001f308"
ALL = ["x", "linkedin", "bluesky", "mastodon", "instagram", "threads", "facebook"]
NAMES = ["Llŷr ap Gruffydd", "Siobhán Ní Bhriain", "Małgorzata Wiśniewska-Łęcka",
         "Seán O'Connor-Ó Súilleabháin", "Ffion Rhys-Jones"]


def drafts_of(plan):
    """Every text a person could copy, with the platform it is for."""
    for b in plan.bios:
        for v in b.variants:
            yield b, v.text, b.limit
        for e in b.extras:
            yield b, e.text, e.limit


def test_every_example_with_two_platforms_reads_differently_on_each(plans):
    seen = 0
    for name, plan in plans.items():
        if len(plan.bios) < 2:
            continue
        seen += 1
        texts = [b.text for b in plan.bios]
        assert len(set(texts)) == len(texts), name  # never one template for all
        for b in plan.bios:
            assert b.text.strip() and b.length <= b.limit, (name, b.platform.id)
            assert 2 <= len(b.variants) <= 3 or b.profile == "high-risk", (name, b.platform.id)
            style = next(s for s in plan.questionnaire.bio.styles if s.id == b.platform.style)
            if style.separator.strip() and len(b.text) > 40:
                assert style.separator.strip() in b.text, (name, b.platform.id, b.text)
            if b.display_name:  # the platform shows the name: the bio does not repeat it
                assert b.display_name.split()[0] not in b.text, (name, b.platform.id)
            if b.platform.id == "linkedin":
                assert b.platform.bio_label == "headline"
                about = b.extras[0]
                assert about.label == "About" and about.text.strip()
                assert about.length <= 2600
                assert about.text != b.text
    assert seen >= 4, f"examples with two or more platforms: {sorted(EXAMPLES.glob('*.json'))}"


def test_drafts_pass_their_own_check(plans):
    """What the app drafts never trips the checker it gives the person."""
    for name, plan in plans.items():
        for b, text, _ in drafts_of(plan):
            assert b.check(text) == [] or all(f.kind == "over_limit" for f in b.check(text)), \
                (name, b.platform.id, text, [f.message for f in b.check(text)])


def test_a_long_organisation_uses_its_short_name_before_anything_is_cut(questionnaire):
    org = "Department for Levelling Up, Housing and Communities"
    plan = variant(questionnaire, "mixed-new-starter", organisation=org, org_short="MHCLG",
                   job_title="Senior policy adviser, local growth and regeneration",
                   topics="school funding, data, cycling, housing, planning and local growth",
                   platforms=ALL)
    for b, text, limit in drafts_of(plan):
        assert text.strip() and graphemes.count(text) <= limit, (b.platform.id, text)
        assert "Department for…" not in text and not text.endswith("Department for")
        if org not in text:
            assert "MHCLG" in text or "Senior policy adviser" not in text, (b.platform.id, text)
    fb = next(b for b in plan.bios if b.platform.id == "facebook")
    assert "MHCLG" in fb.text and "Senior policy adviser" in fb.text


def test_a_long_topic_list_is_shortened_not_dropped(questionnaire):
    topics = "school funding, data, cycling, apprenticeships, further education and skills"
    plan = variant(questionnaire, "mixed-new-starter", topics=topics, platforms=ALL)
    fb = next(b for b in plan.bios if b.platform.id == "facebook")
    assert fb.text.strip(), "the Facebook intro is never empty"
    assert "school funding" in fb.text and "…" not in fb.text
    assert any(n.part.startswith("the end of your topics list") for n in fb.left_out)
    x = next(b for b in plan.bios if b.platform.id == "x")
    assert "school funding" in x.text


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("purpose", ["personal", "mixed", "professional", "high"])
def test_names_and_emoji_stay_whole_on_every_platform(questionnaire, name, purpose):
    topics = f"rugby {WALES}, baking {FAMILY}, pride {RAINBOW} and hill walking {SCOTLAND}"
    high = {"threat": True} if purpose == "high" else {"threat": False}
    plan = variant(questionnaire, "mixed-new-starter", name=name, topics=topics,
                   purpose="mixed" if purpose == "high" else purpose, platforms=ALL,
                   name_employer="leave_out", announcements="@educationgovuk gov.uk/dfe",
                   **high)
    source = set(graphemes.clusters(f"{name} {topics}"))
    for b, text, limit in drafts_of(plan):
        assert text.strip() and graphemes.count(text) <= limit, (b.platform.id, text)
        for cluster in graphemes.clusters(text):
            if len(cluster) > 1 and not cluster.isalpha():  # an emoji sequence
                assert cluster in source, (b.platform.id, repr(cluster))
        assert "\U0001f3f4" not in text.replace(WALES, "").replace(SCOTLAND, ""), \
            "a flag lost its tags"
    assert WALES in all_bio_text(plan)
    for b in plan.bios:
        if b.display_name:
            assert b.display_name.split()[0] == name.split()[0]
        for h in b.handles:
            assert re.fullmatch(r"[A-Za-z0-9._-]+(\.bsky\.social)?", h), h


def test_high_tier_handles_do_not_spell_the_full_name_and_say_why(plans):
    plan = plans["high-risk-under-threat"]
    first, last = "Llyr", "Evans"
    handles = all_handles(plan)
    assert handles
    for h in handles:
        assert not (first.lower() in h.lower() and last.lower() in h.lower()), h
    for b in plan.bios:
        if b.handles:
            assert b.handle_reason and "security officer" in b.handle_reason
        assert b.display_name in (None, "Llŷr E.")


@pytest.mark.parametrize(("field", "typed", "kept_out"), [
    ("job_title", "DV cleared intelligence analyst", "DV cleared"),
    ("job_title", "Analyst (SC cleared)", "SC cleared"),
    ("job_title", "Analyst, NPPV3 vetted", "NPPV3 vetted"),
    ("topics", "data, call me on 07700 900123", "07700 900123"),
    ("topics", "data and me@example.gov.uk", "me@example.gov.uk"),
    ("location", "12 High Street, Leeds LS1 4AB", "High Street"),
])
def test_free_text_that_must_never_show_is_kept_out_and_said_so(questionnaire, field, typed,
                                                               kept_out):
    plan = variant(questionnaire, "mixed-new-starter", platforms=ALL, **{field: typed})
    text = all_bio_text(plan) + " ".join(all_handles(plan))
    assert kept_out not in text
    assert not re.search(r"\b(DV|SC|NPPV3|vetted|cleared)\b|@example|07700|LS1", text)
    for b in plan.bios:
        assert any(kept_out.split()[0] in n.part and "because" in n.reason for n in b.left_out)
    if field == "job_title":
        assert "nalyst" in plan.bios[0].text  # what is left of the title is still used


def test_a_topic_naming_the_employer_is_left_out_at_the_high_tier(questionnaire):
    plan = variant(questionnaire, "high-risk-under-threat",
                   topics="rugby, immigration casework at the Home Office and cooking")
    text = all_bio_text(plan)
    assert "Home Office" not in text and "Rugby and cooking" in text
    for b in plan.bios:
        assert any("Home Office" in n.part and "who you work for" in n.reason
                   for n in b.left_out)
