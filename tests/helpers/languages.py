"""Reading outputs made in another language: their visible text, and what in it did not go
through the translation layer (under the pseudo-language `qps`, every translated string is
wrapped in ⟦ ⟧, so what is left outside is untranslated, or the person's own data)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

_WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
_WORD = re.compile(r"[^\s·•●○,;:()|⟦⟧\"“”]+")


def pdf_text(path: Path) -> str:
    """What a person can copy from every page, read with PDFium (pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._hidden += 1
        for name, value in attrs:  # text a screen reader says aloud
            if name in ("alt", "aria-label", "title") and value:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(path: Path) -> str:
    """The HTML's visible text, with alt and aria-label texts."""
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.parts)


def strings_in(data: Any) -> Iterator[str]:
    """Every string in a JSON-like structure: what a person typed or chose."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


def answers_strings(path: Path) -> list[str]:
    return list(strings_in(json.loads(path.read_text(encoding="utf-8"))))


def untranslated(text: str, exempt: Iterable[str]) -> list[str]:
    """Words outside every ⟦ ⟧ that are not the person's data (exempt), a number, a web or
    email address: under qps, text that never went through the translation layer."""
    while True:  # a translated template holds translated values: innermost first
        unwrapped = _WRAPPED.sub(" ", text)
        if unwrapped == text:
            break
        text = unwrapped
    allowed = {w.lower().strip(".") for s in exempt for w in _WORD.findall(s)}
    left = []
    for word in _WORD.findall(text):
        bare = word.strip(".!?'’-")
        if not re.search(r"[^\W\d_]{2,}", bare) or bare.lower() in allowed:
            continue
        if "/" in bare or "@" in bare or bare.startswith(("http", "www.")):
            continue
        left.append(word)
    return left
