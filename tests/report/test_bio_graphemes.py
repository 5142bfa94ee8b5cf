"""Flags and joined emoji in bios reach every output whole: the HTML and the bios text carry
them; the PDF, whose font lacks them, says which flag it could not draw."""

from __future__ import annotations

from app.core.answers import load_answers
from app.core.engine import build_plan
from app.report.biotext import render_bios
from app.report.html import render_html
from app.report.pdf import render_pdf
from tests.helpers import EXAMPLES
from tests.helpers.report import pdf_text

WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"


def plan_with_emoji(questionnaire):
    a = load_answers(EXAMPLES / "personal-new-starter.json")
    a.answers["topics"] = f"rugby {WALES}, family {FAMILY} and Welsh history"
    return build_plan(questionnaire, a)


def test_html_and_bios_text_keep_the_welsh_flag_and_the_family_whole(questionnaire):
    plan = plan_with_emoji(questionnaire)
    for out in (render_html(plan), render_bios(plan)):
        assert WALES in out and FAMILY in out
        assert out.count("\U0001f3f4") == out.count(WALES)  # no flag without its tags


def test_the_pdf_names_the_flag_it_cannot_draw(questionnaire):
    text = pdf_text(render_pdf(plan_with_emoji(questionnaire)))
    assert "Characters this PDF cannot show" in text
    assert "the flag of Wales" in text
