"""Counting and cutting text by user-perceived characters (grapheme clusters)."""

from __future__ import annotations

import regex

_CLUSTER = regex.compile(r"\X")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}&&[^\u200d\u200c\ufe0f\ufe0e]]|[\u2028\u2029]", regex.V1)
# An emoji tag sequence (the Welsh, Scottish and English flags): the tag characters are
# format characters, but inside such a sequence they are the flag, not hidden text.
_TAG_SEQUENCE = regex.compile(r"\p{Emoji}[\U000E0020-\U000E007E]+\U000E007F")


def count(text: str) -> int:
    """How many characters a person sees: an emoji or an accented letter is one."""
    return len(_CLUSTER.findall(text))


def fits(text: str, limit: int) -> bool:
    """count(text) <= limit, counting no further than the limit: quick on long text."""
    if len(text) <= limit:
        return True
    for n, _ in enumerate(_CLUSTER.finditer(text)):
        if n >= limit:
            return False
    return True


def head(text: str, most: int) -> str:
    """The first `most` graphemes of text, whole."""
    if len(text) <= most:
        return text
    out = []
    for n, m in enumerate(_CLUSTER.finditer(text)):
        if n >= most:
            break
        out.append(m.group())
    return "".join(out)


def clusters(text: str) -> list[str]:
    return _CLUSTER.findall(text)


def clean(text: str) -> str:
    """Text for one line of a bio or a heading: controls and direction overrides removed,
    runs of white space made one space."""
    kept: list[str] = []
    at = 0
    for m in _TAG_SEQUENCE.finditer(text):
        kept.append(_CONTROL.sub(" ", text[at:m.start()]))
        kept.append(m.group())
        at = m.end()
    kept.append(_CONTROL.sub(" ", text[at:]))
    return " ".join("".join(kept).split())


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
