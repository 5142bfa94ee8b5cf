"""Small helpers for a calm, accessible look that follows the system palette and font."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


def scaled_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> QFont:
    """The widget's own font scaled, so system and user font sizes are honoured."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget | None = None, scale: float = 1.25) -> QLabel:
    """A title a screen reader lists and jumps to as a heading."""
    from .a11y import Heading, install

    install()
    label = Heading(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(label, scale, bold=True))
    label.setAccessibleName(text)
    return label


def qt() -> type[Qt]:
    """The Qt namespace, imported when first needed: creating its enums costs ~25 ms, which
    the start page does without."""
    from PySide6.QtCore import Qt

    return Qt


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(qt().TextFormat.PlainText)
    return label


def para(text: str, parent: QWidget | None = None, selectable: bool = False,
         static: bool = False) -> QLabel:
    """A wrapped paragraph of plain text, never parsed as markup. `static` is for the app's
    own fixed wording (no markup in it), which needs no format set."""
    label = QLabel(parent)
    if not static:
        plain(label)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(qt().TextInteractionFlag.TextSelectableByMouse)
    return label


def name(widget: QWidget, accessible_name: str, description: str | None = None) -> QWidget:
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def scrolling(content: QWidget, parent: QWidget) -> QWidget:
    """A frameless scroll area; focus goes to the fields inside, never to the area itself."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # By property name: Qt reads the enum's key itself, and the start page makes no enum
    # of the Qt namespace (see qt()).
    area.setProperty("focusPolicy", "NoFocus")
    area.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    area.setWidget(content)
    return area
