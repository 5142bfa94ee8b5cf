"""The words of each link in the PDF, so every link annotation carries /Contents.

reportlab draws a link annotation from a Paragraph's `<a href>` knowing only the target, so
its annotations have no /Contents (a link's alternate description, which screen readers
and PDF checkers read: PDF/UA, WCAG technique PDF11). The words are in the paragraphs'
markup: read them from the story before it is built, for the canvas to add.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from reportlab.platypus import Flowable, Paragraph

LINK = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.S)
TAG = re.compile(r"<[^>]+>")


def words(markup: str) -> str:
    """Markup as the plain words a person sees."""
    return " ".join(unescape(TAG.sub("", markup)).split())


def link_words(story: list[Any]) -> dict[str, str]:
    """Each link target in the story with the words of its first link, e.g.
    {"#item-2fa": "Turn on 2-step verification", "https://www.gov.uk/...": "Social media
    guidance"}; targets as reportlab passes them to the canvas."""
    found: dict[str, str] = {}
    seen: set[int] = set()

    def visit(obj: Any) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, (list, tuple)):
            for each in obj:
                if isinstance(each, (list, tuple, Flowable)):
                    visit(each)
        elif isinstance(obj, Paragraph):
            for href, inner in LINK.findall(obj.text):
                said = words(inner)
                if said:
                    found.setdefault(unescape(href), said)
        elif isinstance(obj, Flowable):  # tables, KeepTogether, our own boxes: what they hold
            for value in vars(obj).values():
                if isinstance(value, (list, tuple, Flowable)):
                    visit(value)

    visit(story)
    return found
