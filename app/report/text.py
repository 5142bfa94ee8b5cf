"""Any text into safe Paragraph markup: escaped, and never a silent black box."""

from __future__ import annotations

import html
import unicodedata

from ..core import graphemes
from . import fonts

REPLACEMENT = "\ufffd"


def escape(text: str) -> str:
    """&, < and > as entities, as xml.sax.saxutils.escape does; html.escape is the same
    without quote=True, and xml.sax.saxutils imports urllib.request (a twentieth of a run)."""
    return html.escape(text, quote=False)


FLAGS = {"gbwls": "the flag of Wales", "gbsct": "the flag of Scotland",
         "gbeng": "the flag of England"}


def _tags(cluster: str) -> str:
    """The letters an emoji tag sequence spells ('gbwls' for the Welsh flag), or ''."""
    return "".join(chr(ord(ch) - 0xE0000) for ch in cluster if 0xE0020 <= ord(ch) <= 0xE007E)


class Printer:
    """Makes text printable with the bundled font and remembers what it had to replace.

    A character the font lacks would print as an empty box with no warning, so it is
    replaced by a visible marker and listed at the end of the document instead.
    """

    def __init__(self) -> None:
        self.missing: dict[str, str] = {}

    def plain(self, text: str) -> str:
        """Text the font can draw, still unescaped (for metadata and canvas strings)."""
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\t", " ")
        covered = fonts.covered()
        if covered.issuperset(map(ord, text.replace("\n", ""))):  # the set checks each in C
            return text
        out: list[str] = []
        for cluster in graphemes.clusters(text):
            lacking = [ch for ch in cluster if ord(ch) not in covered and ch != "\n"
                       and not fonts._invisible(ch)]
            if lacking:
                tags = _tags(cluster)
                for ch in lacking:
                    if tags:  # the Welsh flag is more than "WAVING BLACK FLAG"
                        self.missing.setdefault(cluster, f"{fonts.describe(ch)} with the tags "
                                                f"“{tags}”: {FLAGS.get(tags, 'a flag')}")
                    else:
                        self.missing.setdefault(ch, fonts.describe(ch))
                out.append(REPLACEMENT)
            else:
                out.append("".join(ch for ch in cluster
                                   if ord(ch) in covered or ch == "\n"))
        return "".join(out)

    def markup(self, text: str) -> str:
        """Paragraph markup that shows text literally: escaped first, then line breaks."""
        return escape(self.plain(text)).replace("\n", "<br/>")
