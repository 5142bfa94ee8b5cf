"""A focus ring anyone can see: 3 px, at 3:1 or better against the window, light or dark.

Fusion's own focus indication is about 1.7:1 against the window (WCAG 2.2 asks 3:1). One
QFocusFrame follows keyboard focus around the whole app and draws the ring outside the
focused control, so no control's own look or size changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

RING_PX = 3


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour where it stands out from the window at 3:1; else the text colour,
    which always does in a usable palette."""
    window = palette.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.WindowText):
        if contrast(palette.color(role), window) >= 3:
            return palette.color(role)
    return QColor("black") if luminance(window) > 0.18 else QColor("white")


class FocusRing(QFocusFrame):
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Stroked as a path with a pen set up by its setters: QPen(colour, width),
        # setPen() and setBrush() weigh Qt enums too, and PySide6 then makes all of the Qt
        # namespace's (~20 ms), which the first page does without.
        pen = QPen()
        pen.setColor(ring_colour(self.palette()))
        pen.setWidthF(RING_PX)
        half = RING_PX / 2
        ring = QPainterPath()
        ring.addRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)
        painter.strokePath(ring, pen)


class _Follow(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # QFocusFrame is transparent for mouse events from the start: clicks reach the control.
        self.ring = FocusRing()
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new if new is not None and not new.isWindow() else None
        try:
            self.ring.setWidget(target)  # type: ignore[arg-type]  # None hides the ring
        except RuntimeError:  # the ring went with a closed window; make another
            self.ring = FocusRing()
            self.ring.setWidget(target)  # type: ignore[arg-type]


def install(app: QApplication | None = None) -> None:
    """Once per application; later calls do nothing."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property("focusRing"):
        return
    app.setProperty("focusRing", True)
    _Follow(app)
