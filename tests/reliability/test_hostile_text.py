"""Hostile text in every free-text field, end to end through the engine, bios, the text plan,
the HTML and the PDF: no crash, nothing injected, printed literally, bios within limits."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from html.parser import HTMLParser

import pytest

from app.core import graphemes, handles, plantext
from app.core.answers import Answers, parse_answers
from app.core.engine import Plan, build_plan
from tests.helpers import EXAMPLES
from tests.helpers.hostile import HOSTILE, REPRESENTATIVE, quick_first
from tests.helpers.pdf import check_problems

BASE = EXAMPLES / "line-manager-session.json"
# Strings made of printable characters that a parser would read as instructions; each must
# come out of the documents exactly as typed.
LITERAL = ("img-file", "img-big", "js-link", "font-huge", "lt-amp", "cdata-end", "cdata",
           "script", "onerror", "attr-break", "entities", "rl-tags", "xxe", "comment",
           "style-break", "brace-name", "brace-index", "percent", "shell", "sql", "path-up",
           "path-windows", "url", "quotes", "welsh", "polish", "greek", "cyrillic", "yaml")
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Joiners and variation selectors shape emoji and scripts; they are no control to a reader.
SHAPING = set("\u200c\u200d\ufe0e\ufe0f")


# Elements that only arrange text, which longer or multi-line text may need more of.
STRUCTURE = {"br", "p", "ul", "li", "h2", "h3", "h4", "strong", "em", "section", "span", "div",
             "dl", "dt", "dd"}
# Elements that run, load, style or describe: exactly as many as with plain text.
ACTIVE = ("script", "style", "link", "meta", "base", "img", "svg", "iframe", "object",
          "embed", "form", "font", "!--", "?", "title", "math", "textarea")


def free_text_questions(q) -> list[str]:
    return [qu.id for _, qu in q.questions() if qu.type in ("text", "longtext")]


def session(q, text: str, edit_bios: bool) -> Answers:
    """The line-manager example with `text` in every field a person types into."""
    data = json.loads(BASE.read_text("utf-8"))
    for qid in free_text_questions(q):
        data["answers"][qid] = text
    data["notes"] = {step.id: text for step in q.steps} | {"general": text}
    data["agreed_actions"] = text
    data["sign_off"] = {"person": text, "manager": text, "date": text}
    if edit_bios:
        data["bios"] = {pid: text for pid in data["answers"]["platforms"]}
    # Through JSON, as a saved file or the autosave brings it back.
    return parse_answers(json.dumps(data))


def squash(text: str) -> str:
    return " ".join(text.split())


def bad_characters(text: str) -> list[str]:
    """Characters no bio or heading should carry: controls, direction overrides, halves of
    surrogate pairs, line and paragraph separators. The tag characters of a flag such as
    Wales's are part of the flag, not hidden text, so they stay."""
    text = re.sub("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f", "\U0001f3f4", text)
    return [f"U+{ord(ch):04X}" for ch in text
            if ch not in SHAPING and (ch in BIDI or unicodedata.category(ch) in
                                      ("Cc", "Cf", "Cs", "Zl", "Zp"))]


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append("!--")

    def handle_decl(self, decl: str) -> None:
        self.tags.append("!" + decl.split()[0].lower())

    def handle_pi(self, data: str) -> None:
        self.tags.append("?")


def parse_html(text: str) -> Elements:
    parser = Elements()
    parser.feed(text)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def baseline(questionnaire) -> tuple[Plan, Elements, str]:
    """The same session with plain text: the elements a safe document has."""
    from app.report.html import render_html

    plan = build_plan(questionnaire, session(questionnaire, "Plain words", edit_bios=True))
    return plan, parse_html(render_html(plan)), plantext.render(plan)


ALL = sorted(HOSTILE)


def test_the_corpus_is_big_enough():
    assert len(HOSTILE) >= 50
    assert set(REPRESENTATIVE) <= set(HOSTILE) and set(LITERAL) <= set(HOSTILE)


@pytest.mark.parametrize("key", quick_first(ALL))
def test_drafted_bios_stay_within_limits_and_clean(key, questionnaire):
    plan = build_plan(questionnaire, session(questionnaire, HOSTILE[key], edit_bios=False))
    assert plan.bios, "the example chooses platforms"
    for bio in plan.bios:
        assert bio.suggested is None
        assert bio.length == graphemes.count(bio.text) <= bio.limit, bio.platform.id
        assert bad_characters(bio.text) == [], (bio.platform.id, bad_characters(bio.text))
        for handle in bio.handles:
            assert handles.is_valid(handle, bio.platform.handle), handle
    text = plantext.render(plan)
    # The text plan goes to a terminal: no escape sequences or other controls reach it.
    assert [ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"] == []
    text.encode("utf-8")


@pytest.mark.parametrize("key", quick_first(ALL))
def test_edited_bios_are_kept_as_typed(key, questionnaire):
    text = HOSTILE[key].encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    plan = build_plan(questionnaire, session(questionnaire, HOSTILE[key], edit_bios=True))
    for bio in plan.bios:
        if text != bio.suggested:
            assert bio.text == text and bio.length == graphemes.count(text)
            assert bio.to_dict()["edited"] is True


@pytest.mark.parametrize("key", quick_first(ALL))
def test_html_shows_the_text_and_runs_nothing(key, questionnaire, baseline):
    from app.report.html import render_html

    _, safe, _ = baseline
    plan = build_plan(questionnaire, session(questionnaire, HOSTILE[key], edit_bios=True))
    page = render_html(plan)
    page.encode("utf-8")  # saving cannot fail on a half surrogate pair
    found = parse_html(page)
    # Only elements the document itself uses (text may add line breaks, lists of notes,
    # headed parts); none that run, load or style anything, no more than the plain version.
    assert set(found.tags) <= set(safe.tags) | STRUCTURE, set(found.tags) - set(safe.tags)
    for tag in ACTIVE:
        assert found.tags.count(tag) == safe.tags.count(tag), tag
    assert not [name for _, name, _ in found.attrs if name.startswith("on")]
    links = {value for tag, name, value in safe.attrs if name in ("href", "src")}
    for tag, name, value in found.attrs:
        if name in ("href", "src", "action", "formaction", "style"):
            assert value in links or value.startswith("#item-") or name == "style" \
                and (tag, name, value) in safe.attrs, (tag, name, value)
    if key in LITERAL:
        assert squash(HOSTILE[key]) in squash("".join(found.data))


def extract_pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_keys(data: bytes) -> dict[str, int]:
    """Counts of the PDF objects that could act on their own or embed a file."""
    return {k: len(re.findall(pattern, data)) for k, pattern in (
        ("javascript", rb"/JavaScript|/JS\b"), ("launch", rb"/Launch"),
        ("uri-js", rb"/URI\s*\(\s*javascript"), ("image", rb"/Subtype\s*/Image"),
        ("embedded", rb"/EmbeddedFile"), ("uri", rb"/URI\b"))}


@pytest.fixture(scope="module")
def baseline_pdf(baseline) -> bytes:
    from app.report.pdf import render_pdf

    return render_pdf(baseline[0])


PDF_CASES = quick_first(ALL)


@pytest.mark.parametrize("key", PDF_CASES)
def test_pdf_is_sound_and_prints_the_text_literally(key, questionnaire, baseline_pdf, monkeypatch):
    from app.report.pdf import render_pdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    plan = build_plan(questionnaire, session(questionnaire, HOSTILE[key], edit_bios=True))
    data = render_pdf(plan)
    assert check_problems(data) == []  # what qpdf --check finds
    assert pdf_keys(data) == pdf_keys(baseline_pdf)  # no image read in, no new link or script
    if key in LITERAL:
        assert squash(HOSTILE[key]) in squash(extract_pdf_text(data))
