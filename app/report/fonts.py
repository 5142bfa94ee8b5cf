"""The bundled Unicode font family, and which characters it can print."""

from __future__ import annotations

import unicodedata
from functools import cache

from ..core.paths import resources_dir

FAMILY = "DejaVuSans"
FACES = {
    "normal": "DejaVuSans",
    "bold": "DejaVuSans-Bold",
    "italic": "DejaVuSans-Oblique",
    "boldItalic": "DejaVuSans-BoldOblique",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (FACES[k] for k in ("normal", "bold", "italic",
                                                         "boldItalic"))
# The faces the PDF draws with. No block sets bold italic, so that face is never parsed (a
# twentieth of a `generate` run); markup asking for it gets bold.
DRAWN = {"normal": REGULAR, "bold": BOLD, "italic": ITALIC, "boldItalic": BOLD}
# Code points the other faces have and the bold italic one lacks (a test reads the font
# files to check): left out of covered() as before, so the PDFs stay byte for byte the same.
BOLD_ITALIC_LACKS = frozenset({0xF6C5})


@cache
def register() -> str:
    """Register the family once so <b> and <i> pick the right face; returns its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from .font_cache import ttfont

    folder = resources_dir() / "fonts"
    for face in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(ttfont(face, folder / f"{face}.ttf"))
    pdfmetrics.registerFontFamily(FAMILY, **DRAWN)
    # Paragraph markup looks faces up by the regular face's name too.
    for bold in (0, 1):
        for italic in (0, 1):
            face = DRAWN[("boldItalic" if italic else "bold") if bold
                         else ("italic" if italic else "normal")]
            addMapping(REGULAR, bold, italic, face)
    return FAMILY


@cache
def covered() -> frozenset[int]:
    """Code points that every face of the family can draw."""
    from reportlab.pdfbase import pdfmetrics

    register()
    sets = [set(pdfmetrics.getFont(face).face.charToGlyph) for face in (REGULAR, BOLD, ITALIC)]
    # Only the Basic Multilingual Plane: reportlab 5.1 writes a malformed ToUnicode entry
    # for higher code points (an emoji), so they would print but not copy or read aloud.
    return frozenset(cp for cp in set.intersection(*sets) - BOLD_ITALIC_LACKS if cp <= 0xFFFF)


def _invisible(ch: str) -> bool:
    # Joiners and variation selectors shape emoji; dropping them loses nothing on paper.
    return unicodedata.category(ch) in ("Cf", "Cc") or 0xFE00 <= ord(ch) <= 0xFE0F


def describe(ch: str) -> str:
    """A character as a reader can look it up: U+1F600 GRINNING FACE."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")
