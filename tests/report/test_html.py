"""The HTML twin: accessible, self-contained, and safe with anything typed."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.helpers.report import MARKUP, NAMES


class Parsed(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.data))


def _html(plan) -> Parsed:
    from app.report.html import render_html

    return Parsed(render_html(plan))


def test_language_title_and_headings(plan_of):
    plan = plan_of(mode="line_manager")
    doc = _html(plan)
    assert doc.all("html") == [{"lang": "en-GB"}]
    assert len(doc.all("h1")) == 1 and len(doc.all("h2")) >= 4
    for group, _ in plan.groups():
        assert group.title in doc.text


def test_one_labelled_checkbox_per_item(questionnaire, plan_of):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire)
    plan = build_plan(questionnaire, answers)
    answers.ticks[plan.items[0].item.id] = True
    doc = _html(build_plan(questionnaire, answers))
    boxes = [a for a in doc.all("input") if a.get("type") == "checkbox"]
    assert len(boxes) == len(plan.items)
    labelled = {a["for"] for a in doc.all("label")}
    assert all(b["id"] in labelled for b in boxes)
    assert [b["id"] for b in boxes if "checked" in b] == [f"tick-{plan.items[0].item.id}"]


def test_no_scripts_and_no_requests(plan_of):
    doc = _html(plan_of(mode="line_manager"))
    assert not doc.all("script") and not doc.all("img") and not doc.all("link")
    assert not doc.all("iframe") and not doc.all("object")
    for tag, attrs in doc.tags:
        assert "src" not in attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith(("#", "https://")), value
    external = [a["href"] for a in doc.all("a") if a["href"].startswith("https://")]
    assert external, "source links should be live"
    csp = [a for a in doc.all("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_source_links_are_the_only_external_links(plan_of):
    plan = plan_of()
    urls = {c.source.url for pi in plan.items for c in pi.sources if c.source.url}
    doc = _html(plan)
    assert {a["href"] for a in doc.all("a") if a["href"].startswith("https://")} == urls


def test_typed_markup_shows_as_text(questionnaire):
    from app.core.engine import build_plan
    from app.report.html import render_html
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire, mode="line_manager",
                           text={"name": " ".join(MARKUP)})
    answers.notes["general"] = "\n".join(MARKUP + NAMES)
    answers.sign_off.manager = '"><script>alert(1)</script>'
    html = render_html(build_plan(questionnaire, answers))
    doc = Parsed(html)
    assert " ".join(MARKUP) in doc.text  # the name, in the header
    for m in MARKUP + NAMES:
        assert m in doc.text
    assert not doc.all("script") and not doc.all("img") and not doc.all("font")
    assert not any(a["href"].startswith("javascript") for a in doc.all("a"))


def test_same_parts_as_the_pdf(plan_of):
    plan = plan_of(mode="line_manager", choice=0)
    text = _html(plan).text
    for words in ("Summary", "Start here", "Your checklist", "Draft bios", "Sign-off",
                  "Questions you were not asked", plan.tier.label):
        assert words in text
    for pi in plan.items:
        assert re.sub(r"\s+", " ", pi.item.title) in text
    for b in plan.bios:
        assert f"{b.length} of {b.limit} characters" in text


def test_print_styles(plan_of):
    from app.report.html import render_html

    assert "@media print" in render_html(plan_of())


def test_bios_text_lists_each_platform(plan_of):
    from app.report.biotext import render_bios

    plan = plan_of(text={"name": "Siân Jones", "job_title": "Policy adviser"})
    text = render_bios(plan)
    for b in plan.bios:
        assert f"{b.platform.name} {b.platform.bio_label}" in text
        assert b.text in text
