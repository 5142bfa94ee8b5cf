"""An SVG logo drawn to PNG with QtSvg, so the PDF made in the app shows it.

reportlab cannot draw SVG. The app has Qt, so it rasterises the logo here; the command line
says plainly that it leaves an SVG logo out rather than pull in another SVG library.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from app.core.i18n import _

if TYPE_CHECKING:
    from app.core.session import Setup

HEIGHT_PX = 256  # four times the logo's height in the PDF, so it prints sharply
MAX_WIDTH_PX = 1200


def svg_to_png(data: bytes) -> bytes | None:
    """PNG bytes of the SVG drawn HEIGHT_PX high, or None if Qt cannot read it."""
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return None
    from app.core.logo_file import svg_problem

    if svg_problem(data):  # another file's picture, or too many shapes to draw in time
        return None
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.width() < 1 or size.height() < 1:
        return None
    scale = min(HEIGHT_PX / size.height(), MAX_WIDTH_PX / size.width())
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    return bytes(buffer.data().data())


def with_drawable_logo(setup: Setup) -> Setup:
    """The setup with an SVG logo turned into PNG (or left out with a plain note)."""
    from app.core.organisation import LoadedOrganisation

    loaded = setup.organisation
    if loaded is None or loaded.logo is None or loaded.logo_kind != "svg":
        return setup
    png = svg_to_png(loaded.logo)
    notes = list(loaded.notes)
    if png is None:
        notes.append(_("the logo {file} could not be drawn; the plan is made without it.")
                     .format(file=loaded.org.logo))
    drawn = LoadedOrganisation(loaded.org, loaded.questionnaire, png, "png" if png else None,
                               notes)
    return dataclasses.replace(setup, organisation=drawn,
                               notes=setup.notes + tuple(notes[len(loaded.notes):]))
