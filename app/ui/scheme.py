"""Light, dark or high contrast, as the system asks, with borders anyone can see.

The app follows the system colour scheme (QStyleHints.colorScheme) and changes with it. Each
palette is checked for contrast (tests/ui/test_colours.py): text and links at 4.5:1 or
better, the focus ring at 3:1. Fusion draws control borders in a shade of the window colour
(window.darker(140): about 2:1 in light, 1.2:1 in dark), below the 3:1 WCAG 2.2 asks for the
edge of a control, so a proxy style draws each border again in a colour that meets it."""

from __future__ import annotations

from copy import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from .qt_native import asks_dark
from .widgets.focus_ring import contrast, luminance

if TYPE_CHECKING:
    # Only for the type checker: the Qt namespace makes its ~100 enums (~20 ms) when first
    # touched, which the first page does without (qt_native.py). So schemes are told apart
    # by name, and colours and palettes are copied with copy(): QPalette(other) and
    # QColor(other) first try other as a Qt.GlobalColor, which makes them.
    from PySide6.QtCore import Qt

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
PE = QStyle.PrimitiveElement
BORDER_MIN = 3.0  # WCAG 2.2 1.4.11, against what is on either side of the edge
# The edges this style draws again: text boxes, buttons, check boxes, radio buttons, frames.
BORDERED = {PE.PE_FrameLineEdit, PE.PE_PanelButtonCommand, PE.PE_IndicatorCheckBox,
            PE.PE_IndicatorRadioButton, PE.PE_Frame, PE.PE_FrameGroupBox}

DARK = {
    Role.Window: "#1f1f1f", Role.WindowText: "#f2f2f2", Role.Base: "#181818",
    Role.AlternateBase: "#262626", Role.Text: "#f2f2f2", Role.Button: "#2d2d2d",
    Role.ButtonText: "#f2f2f2", Role.BrightText: "#ffffff", Role.Highlight: "#5aa2f0",
    Role.HighlightedText: "#000000", Role.Link: "#8cc4ff", Role.LinkVisited: "#d0a8ff",
    Role.ToolTipBase: "#2d2d2d", Role.ToolTipText: "#f2f2f2", Role.PlaceholderText: "#a8a8a8",
    Role.Light: "#4a4a4a", Role.Midlight: "#3a3a3a", Role.Mid: "#8a8a8a",
    Role.Dark: "#101010", Role.Shadow: "#000000",
}
HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
    Role.AlternateBase: "#141414", Role.Text: "#ffffff", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.BrightText: "#ffffff", Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000", Role.Link: "#80ffff", Role.LinkVisited: "#ffb0ff",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#d0d0d0",
    Role.Light: "#ffffff", Role.Midlight: "#c0c0c0", Role.Mid: "#c0c0c0",
    Role.Dark: "#ffffff", Role.Shadow: "#ffffff",
}
DISABLED_TEXT = {"dark": "#9a9a9a", "high": "#c0c0c0"}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def _is_dark(scheme: Qt.ColorScheme) -> bool:
    return scheme.name == "Dark"


def palette_for(scheme: Qt.ColorScheme, high_contrast: bool = False) -> QPalette:
    """The palette the app uses for the system's scheme."""
    return _ours(_is_dark(scheme), high_contrast)


def _ours(dark: bool, high_contrast: bool = False) -> QPalette:
    if high_contrast:
        return _palette(HIGH_CONTRAST, DISABLED_TEXT["high"])
    if dark:
        return _palette(DARK, DISABLED_TEXT["dark"])
    light = QStyleFactory.create("Fusion").standardPalette()
    # Fusion's own link blue (#0000ff) is 8.6:1 on white; its placeholder grey is not, nor
    # white on its selection blue (3.7:1).
    light.setColor(Role.PlaceholderText, QColor("#595959"))
    light.setColor(Role.Highlight, QColor("#1d6aa8"))
    return light


def border_colour(palette: QPalette) -> QColor:
    """The softest mix of text and window colour that stands out at 3:1 from the window,
    the base of text boxes and the face of buttons."""
    text = palette.color(Role.WindowText)
    backs = [palette.color(r) for r in (Role.Window, Role.Base, Role.Button)]
    # Asked at every control's paint (a thousand contrasts a page): worked out once for
    # each set of colours, of which an app has a handful.
    key = (text.rgba(), *(b.rgba() for b in backs))
    found = _BORDERS.get(key)
    if found is None:
        if len(_BORDERS) >= 64:
            _BORDERS.clear()
        found = _BORDERS[key] = _softest(text, backs)
    return copy(found)


_BORDERS: dict[tuple[int, ...], QColor] = {}


def _softest(text: QColor, backs: list[QColor]) -> QColor:
    window = backs[0]
    best = copy(text)
    for step in range(20, -1, -1):
        t = step / 20
        mixed = QColor.fromRgbF(
            text.redF() * (1 - t) + window.redF() * t,
            text.greenF() * (1 - t) + window.greenF() * t,
            text.blueF() * (1 - t) + window.blueF() * t)
        if min(contrast(mixed, b) for b in backs) >= BORDER_MIN + 0.3:
            best = mixed
            break
    return best


class BorderStyle(QProxyStyle):
    """The platform's style, with each control's edge drawn again at 3:1 or better."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in BORDERED or painter is None:
            return
        if element == PE.PE_Frame and (widget is None or not _framed(widget)):
            return
        rect: QRect = option.rect
        if rect.width() < 4 or rect.height() < 4:
            return
        if element == PE.PE_FrameGroupBox:
            return  # a group's edge is decoration, not a control's
        # The edge only, stroked as a path: setPen() and setBrush() are overloaded with Qt
        # enums, and PySide6 makes the whole Qt namespace to choose (see qt_native.py).
        pen = QPen()
        pen.setColor(border_colour(option.palette))
        pen.setWidthF(1)
        box = rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
        edge = QPainterPath()
        if element == PE.PE_IndicatorRadioButton:
            edge.addEllipse(box)
        else:
            edge.addRoundedRect(box, 2, 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.strokePath(edge, pen)
        painter.restore()


def _framed(widget: QWidget) -> bool:
    """Frames that are the edge of something to type in or choose from."""
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    return isinstance(widget, (QPlainTextEdit, QTextEdit, QAbstractItemView))


def fitted(system: QPalette, scheme: Qt.ColorScheme, high_contrast: bool = False
           ) -> QPalette:
    """The system's own palette where it is readable, so a person's theme stays theirs: ours
    when the system asks for dark (or more contrast) but its palette is not, and our colour
    for any link, placeholder or selection that falls short of 4.5:1."""
    return _fitted(system, _is_dark(scheme), high_contrast)


def _fitted(system: QPalette, asks_dark: bool, high_contrast: bool = False) -> QPalette:
    if high_contrast:
        return _ours(asks_dark, True)
    dark_system = luminance(system.color(Role.Window)) < 0.2
    if asks_dark and not dark_system:
        return _ours(True)
    ours = _ours(dark_system)
    out = copy(system)
    backs = [system.color(Role.Base), system.color(Role.Window)]
    for role in (Role.Link, Role.LinkVisited, Role.Text, Role.WindowText):
        if min(contrast(system.color(role), b) for b in backs) < 4.5:
            out.setColor(role, ours.color(role))
    if contrast(system.color(Role.PlaceholderText), system.color(Role.Base)) < 4.5:
        out.setColor(Role.PlaceholderText, ours.color(Role.PlaceholderText))
    if contrast(system.color(Role.HighlightedText), system.color(Role.Highlight)) < 4.5:
        out.setColor(Role.Highlight, ours.color(Role.Highlight))
        out.setColor(Role.HighlightedText, ours.color(Role.HighlightedText))
    return out


class _Follow(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        # A palette set before the window (a tool, or -style options) stands for the system's.
        palette = app.palette()
        self.given: QPalette | None = copy(palette) if palette.resolveMask() else None
        app.styleHints().colorSchemeChanged.connect(self.apply)

    def system(self) -> QPalette:
        if self.given is not None:
            return copy(self.given)
        self.app.setPalette(QPalette())  # back to the platform theme's, as it is now
        return copy(self.app.palette())

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        hints = self.app.styleHints()
        dark = asks_dark(hints) if scheme is None else _is_dark(scheme)
        self.app.setPalette(_fitted(self.system(), dark, _wants_high_contrast(hints)))
        # Widgets under a style sheet took their colours when polished: polish them again.
        for widget in self.app.allWidgets():
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())


def _wants_high_contrast(hints: object) -> bool:
    """Qt 6.10+ says whether the system asks for more contrast, where the platform tells."""
    ask = getattr(hints, "contrastPreference", None)
    return bool(ask is not None and ask().name == "HighContrast")


def install(app: QApplication | None = None) -> None:
    """Once per application: the bordered style, and the palette of the system's scheme,
    kept in step when the system changes scheme."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property("colourScheme"):
        return
    app.setProperty("colourScheme", True)
    base = QStyleFactory.create(app.style().name()) or QStyleFactory.create("Fusion")
    app.setStyle(BorderStyle(base))
    _Follow(app).apply()
