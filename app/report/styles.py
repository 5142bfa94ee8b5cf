"""The look of the PDF: one calm type scale, greys that survive a photocopier."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import fonts

INK = "#0b0c0c"
MUTED = "#505a5f"
RULE = "#b1b4b6"
PANEL = "#f3f2f1"
LINK = "#1d4f91"  # dark enough to read as near-black in greyscale
MARGIN = 56.0  # points; about 20 mm
GUTTER = 26.0  # the column the tick boxes sit in
BOX = 13.0  # tick box size


@dataclass(frozen=True)
class Styles:
    eyebrow: Any
    title: Any
    h1: Any
    h2: Any
    h3: Any
    body: Any
    intro: Any
    small: Any
    field_label: Any
    field_value: Any
    item_title: Any
    priority: Any
    item_body: Any
    item_because: Any
    item_source: Any
    bio: Any
    bullet: Any
    numbered: Any
    footer: Any


@cache
def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    ink, muted = colors.HexColor(INK), colors.HexColor(MUTED)
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=14.5,
                          textColor=ink, bulletFontName=fonts.REGULAR, splitLongWords=1, allowOrphans=0, allowWidows=0)

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    item_indent = {"leftIndent": GUTTER}
    return Styles(
        eyebrow=s("eyebrow", fontName=fonts.BOLD, fontSize=8.5, leading=12, textColor=muted,
                  spaceAfter=6),
        title=s("title", fontName=fonts.BOLD, fontSize=23, leading=28, spaceAfter=18),
        h1=s("h1", fontName=fonts.BOLD, fontSize=16, leading=20, spaceBefore=8,
             spaceAfter=10, keepWithNext=1),
        h2=s("h2", fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=16,
             spaceAfter=6, keepWithNext=1),
        h3=s("h3", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=10,
             spaceAfter=3, keepWithNext=1),
        body=s("body", spaceAfter=6),
        intro=s("intro", textColor=muted, spaceAfter=10),
        small=s("small", fontSize=8.5, leading=12, textColor=muted, spaceAfter=4),
        field_label=s("field_label", fontSize=9, leading=13, textColor=muted),
        field_value=s("field_value", fontName=fonts.BOLD, fontSize=10, leading=13),
        item_title=s("item_title", fontName=fonts.BOLD, fontSize=11, leading=14.5),
        priority=s("priority", fontName=fonts.BOLD, fontSize=8, leading=11, textColor=muted,
                   spaceBefore=2, spaceAfter=4, **item_indent),
        item_body=s("item_body", spaceAfter=4, **item_indent),
        item_because=s("item_because", fontName=fonts.ITALIC, fontSize=9, leading=13,
                       textColor=muted, spaceAfter=3, **item_indent),
        item_source=s("item_source", fontSize=8.5, leading=12, textColor=muted,
                      spaceAfter=0, **item_indent),
        bio=s("bio", fontSize=11, leading=16, backColor=colors.HexColor(PANEL),
              borderPadding=(9, 10, 9, 10), leftIndent=10, rightIndent=10, spaceBefore=10,
              spaceAfter=14),
        bullet=s("bullet", leftIndent=14, bulletIndent=2, spaceAfter=3),
        numbered=s("numbered", leftIndent=18, bulletIndent=0, spaceAfter=4,
                   bulletFontName=fonts.BOLD),
        footer=s("footer", fontSize=8, leading=10, textColor=muted),
    )
