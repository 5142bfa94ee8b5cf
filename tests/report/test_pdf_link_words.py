"""Every link in the PDF says what it is: its /Contents gives the link's own words, which a
screen reader or an accessibility checker reads (PDF/UA; WCAG technique PDF11)."""

from __future__ import annotations

from app.core.answers import load_answers
from app.core.engine import build_plan
from app.report.link_words import link_words
from tests.helpers import EXAMPLES
from tests.helpers.pdf import links, page_texts


def test_every_link_in_every_example_carries_the_words_shown_for_it(questionnaire, render):
    for example in sorted(EXAMPLES.glob("*.json")):
        pdf = render(build_plan(questionnaire, load_answers(example)))
        found = links(pdf)
        text = " ".join(" ".join(page_texts(pdf)).split())
        assert found, example.name
        for page, target, contents in found:
            assert contents.strip(), (example.name, page, target)
            words = contents.rsplit(" (", 1)[0]
            # The words are those printed for the link (as the page text has them).
            assert " ".join(words.split()[:3]) in text, (example.name, contents)
            if target.startswith("https://"):
                assert contents.endswith(f"(link to {target})"), contents


def test_link_words_come_from_the_markup_unescaped_and_never_from_escaped_typing():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepTogether, Paragraph, Table

    style = getSampleStyleSheet()["Normal"]
    typed = Paragraph('x &lt;a href="javascript:x"&gt;click&lt;/a&gt;', style)
    policy = Paragraph('<a href="https://example.org/a?b=1&amp;c=2" color="blue"><u>Policy '
                       '&amp; rules</u></a>', style)
    item = Paragraph('<a href="#item-2fa" color="blue">Turn on <b>2-step</b></a>', style)
    story = [typed, Table([[KeepTogether([policy])]]), item]
    assert link_words(story) == {"https://example.org/a?b=1&c=2": "Policy & rules",
                                 "#item-2fa": "Turn on 2-step"}
