"""The PDF and HTML show platform steps for the chosen platforms only, the review dates,
what changed, the routes if something goes wrong, the footprint and the incident log.

The shipped items are not tagged with settings yet, so the inline questionnaire's 2-step
item asks for two settings (see fixtures.py).
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.core.changes import stamp
from app.core.session import Setup
from app.report.html import render_html
from app.report.pdf import render_pdf
from tests.helpers.upkeep import answers_for, plan_for, shipped_guidance, tagged


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795564800")  # 2026-11-25


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def pdf_links(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    out = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object().get("/A")
            if a is not None and a.get("/URI"):
                out.add(str(a["/URI"]))
    return out


def test_pdf_holds_x_and_linkedin_steps_and_no_others():
    plan = plan_for(tagged(), ["x", "linkedin"])
    data = render_pdf(plan)
    text = pdf_text(data)
    assert "On your platforms" in text
    assert "X, 2-step verification:" in text
    assert "LinkedIn, 2-step verification:" in text
    assert "Sign in & security" in text  # LinkedIn's path
    assert "LinkedIn, who can see your posts and profile:" in text
    for url in ("https://help.x.com/en/managing-your-account/two-factor-authentication",
                "https://www.linkedin.com/help/linkedin/answer/140321"):
        assert url in text.replace(" ", "") and url in pdf_links(data)
    for other in ("Bluesky,", "Mastodon,", "Instagram,", "Threads,", "Facebook,",
                  "Accounts Centre", "zendesk", "joinmastodon"):
        assert other not in text, other
    assert "(checked 29 November 2026)" in text


def test_pdf_says_plainly_what_bluesky_cannot_do():
    text = pdf_text(render_pdf(plan_for(tagged(), ["bluesky"])))
    assert "Not possible on Bluesky. Bluesky has no private accounts." in text
    assert "Instead: There is a setting" in text
    assert "only Bluesky's own app honours it" in text


def test_pdf_and_html_show_checked_and_review_dates():
    q = tagged().model_copy(update={"reviewed": "2026-11-20"})
    plan = plan_for(q, ["x"])
    text = pdf_text(render_pdf(plan))
    html = render_html(plan)
    for words in ("Guidance checked on 20 November 2026.", "Review this plan by 25 February 2027"):
        assert words in text and words in html


def test_pdf_has_routes_and_an_incident_log_page():
    plan = plan_for(tagged(), ["x"])
    data = render_pdf(plan)
    reader = PdfReader(io.BytesIO(data))
    last = re.sub(r"\s+", " ", reader.pages[-1].extract_text())
    assert "Incident log" in last
    for col in ("Date", "What happened", "Where", "Screenshot taken?", "Reported to",
                "Reference"):
        assert col in last
    text = pdf_text(data)
    for title in ("Your account is hacked", "Someone is pretending to be you",
                  "You are harassed or threatened", "Your personal details are published",
                  "You posted something wrong or that you regret"):
        assert title in text
    assert "Call 999 if you are in danger now" in text
    assert "0300 123 2040" in text and "https://www.reportfraud.police.uk/" in pdf_links(data)


def test_footprint_in_pdf_and_html_only_at_high_or_elevated():
    low = plan_for(tagged(), ["x"])
    assert "electoral register" not in pdf_text(render_pdf(low))
    assert "electoral register" not in render_html(low)
    high = plan_for(tagged(), ["x"], answers={"threat": True})
    text = pdf_text(render_pdf(high))
    assert "Opt out of the open electoral register" in text
    assert "Companies House" in text
    assert "Opt out of the open electoral register" in render_html(high)


def test_changes_since_your_last_plan_in_pdf_and_html():
    q = tagged()
    g = shipped_guidance()
    old = Setup(q, guidance=g).plan(answers_for(q, ["x"]))
    saved = stamp(old, g.steps)
    saved = saved.model_copy(update={"version": "0.9", "items": {
        k: v for k, v in saved.items.items() if k != "must-start"}})
    plan = Setup(q, guidance=g).plan(answers_for(q, ["x"], saved_with=saved,
                                                 ticks={"must-protect": True}))
    text = pdf_text(render_pdf(plan))
    assert "Changes since your last plan" in text
    assert "New: Know the code applies" in text
    assert f"1 of {len(plan.items)} done" in text
    html = render_html(plan)
    assert "Changes since your last plan" in html and "New: Know the code applies" in html


def test_html_holds_the_steps_for_chosen_platforms_only():
    html = render_html(plan_for(tagged(), ["x", "linkedin"]))
    assert 'href="https://www.linkedin.com/help/linkedin/answer/140321"' in html
    assert "X, 2-step verification" in html
    assert "Bluesky" not in html.split('id="bios"')[0]
    assert "Incident log" not in html or "<table" in html


def _shipped_example_pdf(platforms: list[str]) -> str:
    """The shipped questionnaire and a shipped example, with the person's platforms set."""
    from app.core.answers import check_against, load_answers
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire
    from tests.helpers import EXAMPLES

    q = load_questionnaire(default_questionnaire(), use_cache=False)
    answers = load_answers(EXAMPLES / "mixed-new-starter.json")
    answers = answers.model_copy(update={"answers": {**answers.answers, "platforms": platforms}})
    check_against(answers, q)
    return pdf_text(render_pdf(Setup(q).plan(answers)))


def test_shipped_plan_for_x_and_linkedin_has_their_steps_and_no_others():
    text = _shipped_example_pdf(["x", "linkedin"])
    assert "X, 2-step verification:" in text and "LinkedIn, 2-step verification:" in text
    assert "https://www.linkedin.com/help/linkedin/answer/140321" in text.replace(" ", "")
    # A step reads "Platform, setting: ..."; the general advice may name other platforms.
    assert not re.search(r"(Bluesky|Mastodon|Instagram|Threads|Facebook), [a-z0-9 -]+:", text)


def test_shipped_plan_for_bluesky_says_what_cannot_be_done():
    text = _shipped_example_pdf(["bluesky"])
    assert "Not possible on Bluesky. Bluesky has no private accounts." in text
