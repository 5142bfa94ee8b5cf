"""An organisation's logo for the PDF: a PNG checked by decoding it fully, or a plain reason.

reportlab draws PNG (through Pillow, which it depends on) but not SVG. The wizard turns an
SVG logo into a PNG with QtSvg before it makes the PDF; the command line has no Qt display
to lean on, so it says plainly that an SVG logo is left out.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.organisation import LoadedOrganisation

MAX_PIXELS = 16_000_000  # a logo is small; more than this is a mistake or a decompression bomb
HEIGHT = 34.0  # points: the logo's height in the PDF header
MAX_WIDTH = 150.0


@lru_cache(maxsize=8)
def _decode(data: bytes) -> tuple[int, int] | str:
    """(width, height) of a PNG that decodes completely, else why not."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                return "is too large an image to use as a logo"
            img.load()
    except Exception:
        return "is damaged and cannot be shown"
    if width < 1 or height < 1:
        return "is empty"
    return width, height


def logo_problem(loaded: LoadedOrganisation | None) -> str | None:
    """Why the PDF will have no logo although the organisation names one, or None."""
    if loaded is None or loaded.org.logo is None or loaded.logo is None:
        return None  # no logo asked for, or the loading note already said why
    name = loaded.org.logo
    if loaded.logo_kind == "svg":
        return (f"the logo {name} is an SVG image, which the command line cannot draw; the "
                "PDF is made without it. Use a PNG logo, or make the PDF in the app.")
    found = _decode(loaded.logo)
    if isinstance(found, str):
        return f"the logo {name} {found}; the PDF is made without it."
    return None


def logo_size(loaded: LoadedOrganisation | None) -> tuple[float, float] | None:
    """The logo's size in points in the header, or None when there is none to draw."""
    if logo_problem(loaded) is not None or loaded is None or loaded.logo is None:
        return None
    found = _decode(loaded.logo)
    assert not isinstance(found, str)
    width, height = found
    scale = min(HEIGHT / height, MAX_WIDTH / width)
    return width * scale, height * scale
