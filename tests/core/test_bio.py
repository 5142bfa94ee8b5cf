"""Bio drafts: counted in graphemes, never over the limit, shortened in the stated order."""

from __future__ import annotations

import pytest

from app.core import graphemes
from app.core.engine import build_plan
from tests.helpers.minis import answers, load

ALL = ["x", "linkedin", "bluesky", "mastodon", "instagram", "threads", "facebook"]
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one grapheme
THUMB = "\U0001f44d\U0001f3fd"  # thumbs up, skin tone: one grapheme
CAFE = "Cafe\u0301"  # e + combining acute: four graphemes


@pytest.fixture(scope="module")
def q():
    return load()


def bios(q, **given):
    return {b.platform.id: b for b in build_plan(q, answers(q, **given)).bios}


def test_graphemes_count_what_a_person_sees():
    assert graphemes.count(FAMILY) == 1
    assert graphemes.count(THUMB) == 1
    assert graphemes.count(CAFE) == 4
    assert graphemes.count("Siân") == 4
    assert len(FAMILY) == 7  # what a code-point count would wrongly say


def test_clean_removes_controls_and_direction_overrides():
    assert graphemes.clean("a\u202eb\n\tc\u0000d") == "a b c d"
    assert graphemes.clean(FAMILY) == FAMILY  # joiners inside emoji stay


def test_cut_at_word_never_cuts_a_word_and_fits():
    assert graphemes.cut_at_word("one two three", 9) == "one two…"
    assert graphemes.cut_at_word("one two three", 13) == "one two three"
    assert graphemes.cut_at_word("onetwothree", 8) == ""
    assert graphemes.cut_at_word(f"{CAFE} {CAFE} {CAFE}", 10) == f"{CAFE} {CAFE}…"
    assert graphemes.cut_at_word(", , , word", 6) == ""


@pytest.mark.parametrize("word", [FAMILY, THUMB, CAFE, "Łódź", "שלום", "<b>x</b>", "{name}"])
def test_bios_fit_every_limit_with_emoji_and_accents(q, word):
    topics = " ".join([word] * 400)
    drafts = bios(q, purpose="work", name=f"Ann {word} Lee", job_title=f"Head of {word}",
                  org_short="DfE", topics=topics, platforms=ALL)
    assert set(drafts) == set(ALL)
    for b in drafts.values():
        assert b.length == graphemes.count(b.text) <= b.limit, b.platform.id
        # never cut mid-word: every word in the draft is whole, or ends with the ellipsis
        source = f"Ann {word} Lee. Head of {word} at DfE. Posts about {topics}. Views my own."
        for w in b.text.split(" "):
            assert w.rstrip("…") in source.split(" ") or w.rstrip("…") + "." in source


def test_emoji_count_once_so_a_bio_keeps_more_of_them(q):
    """160 code points would hold 22 family emoji; 160 graphemes hold far more."""
    drafts = bios(q, purpose="personal", name="Ann", topics=" ".join([FAMILY] * 60),
                  platforms=["x"])
    assert drafts["x"].text.count(FAMILY) == 60
    assert len(drafts["x"].text) > 160 >= drafts["x"].length


def test_drop_order_is_respected_and_each_drop_is_explained(q):
    # Long enough that X (160) must drop something, short enough that dropping
    # the first part in drop_order is enough.
    topics = "policy " * 16 + "data"
    drafts = bios(q, purpose="work", name="Ann Lee", job_title="Analyst", org_short="DfE",
                  topics=topics, platforms=["x", "mastodon"])
    x, mastodon = drafts["x"], drafts["mastodon"]
    assert "Views my own." in mastodon.text and mastodon.left_out == []
    assert "Views my own." not in x.text and "Posts about policy" in x.text
    assert [(n.part, n.reason) for n in x.left_out] == [
        ("the line saying views are your own",
         "left out to stay within the 160-character limit for X")]
    # Longer still: topics go next, whole, before anything is cut.
    drafts = bios(q, purpose="work", name="Ann Lee", job_title="Analyst", org_short="DfE",
                  topics=topics * 3, platforms=["x"])
    assert drafts["x"].text == "Ann Lee. Analyst at DfE."
    assert [n.part for n in drafts["x"].left_out] == [
        "the line saying views are your own", "your topics"]


def test_a_job_title_too_long_for_the_limit_is_left_out_whole_never_cut(q):
    """A job title is a name: it is never cut to 'Head of very very…'; it goes whole, said so."""
    drafts = bios(q, purpose="work", name="Ann Lee", job_title="Head of " + "very " * 60 + "it",
                  org_short="DfE", platforms=["facebook"])
    fb = drafts["facebook"]
    assert fb.length <= 101 and fb.text == "Ann Lee."
    assert "…" not in fb.text
    assert "your job title" in [n.part for n in fb.left_out]
    assert len(fb.left_out) == len({(n.part, n.reason) for n in fb.left_out})


def test_free_text_topics_too_long_are_cut_at_a_word_and_said_so(q):
    drafts = bios(q, purpose="personal", topics="very " * 60 + "it", platforms=["facebook"])
    fb = drafts["facebook"]
    assert fb.length <= 101 and fb.text.endswith("very…")
    assert "the end of your topics" in [n.part for n in fb.left_out]


def test_a_single_word_too_long_is_left_out_not_cut(q):
    drafts = bios(q, purpose="work", name="Ann Lee", job_title="x" * 300, org_short="DfE",
                  platforms=["x"])
    assert drafts["x"].text == "Ann Lee."
    assert "your job title" in [n.part for n in drafts["x"].left_out]


def test_punctuation_alone_is_never_a_shortened_part(q):
    drafts = bios(q, purpose="work", name="Ann Lee", job_title=", , , " + "y" * 200,
                  org_short="DfE", platforms=["x"])
    assert drafts["x"].text == "Ann Lee."


def test_left_out_for_safety_and_for_missing_answers_is_explained(q):
    drafts = bios(q, purpose="work", threat=True, name="Ann Lee", job_title="Analyst",
                  org_short="DfE", platforms=["x"])
    x = drafts["x"]
    assert "Analyst" not in x.text and "Ann" not in x.text and "DfE" not in x.text
    reasons = {n.part: n.reason for n in x.left_out}
    assert reasons["your job title"] == "left out because of the threat to your personal safety"
    assert reasons["your name"] == "left out because of the threat to your personal safety"
    assert reasons["your topics"] == "left out because you did not give it"
    assert not any("dfe" in h.lower() for h in x.handles)


def test_braces_in_answers_stay_literal(q):
    drafts = bios(q, purpose="personal", name="{job_title} {0} {", platforms=["x"])
    assert drafts["x"].text.startswith("{job_title} {0} {.")


def test_no_platform_chosen_means_no_bio(q):
    assert bios(q, purpose="work", name="Ann") == {}
