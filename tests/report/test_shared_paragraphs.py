"""Paragraphs shared between the plans a batch makes: the same drawing, bounded memory."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from app.report import flowables
from app.report.flowables import Para


def _sharing(monkeypatch, most: int) -> dict:
    shapes: dict = {}
    monkeypatch.setattr(flowables, "_sharing", True)
    monkeypatch.setattr(flowables, "_SHAPES", shapes)
    monkeypatch.setattr(flowables, "_MAX_SHAPES", most)
    return shapes


def test_a_copy_breaks_its_lines_exactly_as_the_first_did(monkeypatch):
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
    text = "Turn on <b>2-step verification</b> before you post anything at all. " * 4
    alone = Para(text, style)
    alone_size = alone.wrap(200, 1000)
    _sharing(monkeypatch, 10)
    first, copy = Para(text, style), Para(text, style)
    assert first.wrap(200, 1000) == alone_size
    assert copy.wrap(200, 1000) == alone_size
    assert copy.blPara is first.blPara  # the work was done once
    # A different width is broken afresh, never taken from another width.
    assert copy.wrap(120, 1000) == Para(text, style).wrap(120, 1000) != alone_size


def test_a_different_style_is_never_given_another_styles_lines(monkeypatch):
    _sharing(monkeypatch, 10)
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10)
    large = ParagraphStyle("large", fontName="Helvetica", fontSize=16, leading=20)
    text = "The same words in two sizes need different lines. " * 3
    assert Para(text, small).wrap(150, 1000) != Para(text, large).wrap(150, 1000)


def test_what_is_kept_stays_bounded_over_many_different_paragraphs(monkeypatch):
    shapes = _sharing(monkeypatch, 5)
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
    common = Para("Used in every plan", style)
    for n in range(40):
        Para(f"Someone's own words, number {n}", style).wrap(200, 1000)
        Para("Used in every plan", style)  # used again: kept, however many others come
    assert len(shapes) <= 5
    assert Para("Used in every plan", style).frags is common.frags


def test_a_paragraph_of_its_own_breaks_its_lines_once_however_often_it_is_measured(
        monkeypatch):
    # KeepTogether measures a paragraph and the frame measures it again at the same width.
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14)
    text = "Check who can see your <i>followers</i> list before you follow colleagues. " * 3
    para = Para(text, style)
    fresh_narrow = Para(text, style).wrap(120, 1000)
    broken: list[float] = []
    real = Para.breakLines

    def counting(self, widths):
        broken.append(widths[0])
        return real(self, widths)

    monkeypatch.setattr(Para, "breakLines", counting)
    size = para.wrap(200, 1000)
    lines = para.blPara
    assert para.wrap(200, 500) == size
    assert para.blPara is lines and len(broken) == 1
    # Another width is broken afresh, and going back gives the first lines again.
    assert para.wrap(120, 1000) == fresh_narrow != size
    assert para.wrap(200, 1000) == size and len(para.blPara.lines) == len(lines.lines)
    assert len(broken) == 3
