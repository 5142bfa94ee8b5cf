"""Counting and cutting text by user-perceived characters (grapheme clusters).

`regex` (for \\X) is imported only for text that needs it: its import is a tenth of a
`generate` run. Below U+0300, where combining marks begin, every character is a cluster of
its own except CR LF, so such text is counted by len (a test checks this against \\X).
"""

from __future__ import annotations

from functools import cache
from typing import Any

_SIMPLE_BELOW = 0x300


@cache
def _patterns() -> tuple[Any, Any, Any]:
    import regex

    return (regex.compile(r"\X"),
            regex.compile(r"[\p{Cc}\p{Cf}&&[^\u200d\u200c\ufe0f\ufe0e]]|[\u2028\u2029]",
                          regex.V1),
            # An emoji tag sequence (the Welsh, Scottish and English flags): the tag
            # characters are format characters, but inside such a sequence they are the flag.
            regex.compile(r"\p{Emoji}[\U000E0020-\U000E007E]+\U000E007F"))


def _simple(text: str) -> bool:
    """True when each character of text is a grapheme cluster of its own."""
    return "\r" not in text and (text.isascii() or max(map(ord, text)) < _SIMPLE_BELOW)


def count(text: str) -> int:
    """How many characters a person sees: an emoji or an accented letter is one."""
    if _simple(text):
        return len(text)
    return len(_patterns()[0].findall(text))


def fits(text: str, limit: int) -> bool:
    """count(text) <= limit, counting no further than the limit: quick on long text."""
    if len(text) <= limit:
        return True
    for n, _ in enumerate(_patterns()[0].finditer(text)):
        if n >= limit:
            return False
    return True


def head(text: str, most: int) -> str:
    """The first `most` graphemes of text, whole."""
    if len(text) <= most:
        return text
    out = []
    for n, m in enumerate(_patterns()[0].finditer(text)):
        if n >= most:
            break
        out.append(m.group())
    return "".join(out)


def clusters(text: str) -> list[str]:
    if _simple(text):
        return list(text)
    return _patterns()[0].findall(text)


def clean(text: str) -> str:
    """Text for one line of a bio or a heading: controls and direction overrides removed,
    runs of white space made one space."""
    # Printable text has no control, format or line/paragraph separator to remove.
    if not text.isprintable():
        _, control, tags = _patterns()
        kept: list[str] = []
        at = 0
        for m in tags.finditer(text):
            kept.append(control.sub(" ", text[at:m.start()]))
            kept.append(m.group())
            at = m.end()
        kept.append(control.sub(" ", text[at:]))
        text = "".join(kept)
    return " ".join(text.split())


def cut_at_word(text: str, limit: int, ellipsis: str = "…") -> str:
    """The longest start of text, ending at a word boundary, that with the ellipsis fits
    limit graphemes; '' if no whole word fits."""
    if count(text) <= limit:
        return text
    room = limit - count(ellipsis)
    if room <= 0:
        return ""
    head = "".join(clusters(text)[: room + 1])
    cut = head.rfind(" ")
    kept = head[:cut].rstrip(" ,;:.-") if cut > 0 else ""
    # Punctuation alone is no start of a phrase: ", , …" says nothing.
    return kept + ellipsis if kept.strip(" ,;:.-") else ""
