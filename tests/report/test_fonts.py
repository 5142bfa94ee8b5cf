"""The PDF parses only the three faces it draws with, yet says a character is printable
exactly when all four faces of the family have it, as before."""

from __future__ import annotations

from app.core.paths import resources_dir
from app.report import fonts


def test_covered_is_what_every_face_of_the_family_can_draw():
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    sets = [set(TTFont(f"check-{face}", str(folder / f"{face}.ttf")).face.charToGlyph)
            for face in fonts.FACES.values()]
    every = frozenset(cp for cp in set.intersection(*sets) if cp <= 0xFFFF)
    assert fonts.covered() == every


def test_bold_italic_markup_prints_in_bold():
    from reportlab.lib.fonts import tt2ps

    fonts.register()
    assert tt2ps(fonts.REGULAR, 1, 1) == fonts.BOLD
    assert tt2ps(fonts.REGULAR, 0, 1) == fonts.ITALIC
