"""What part of a widget a person can see, for tests of reach and focus at any scale."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea, QWidget


def seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of widget a person can see: clipped by every scrolling area it is in, and by
    the window."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            port = parent.viewport()
            rect = rect.intersected(QRect(port.mapTo(window, port.rect().topLeft()),
                                          port.size()))
        parent = parent.parentWidget()
    screen = window.screen().availableGeometry()
    on_screen = QRect(window.mapFromGlobal(screen.topLeft()), screen.size())
    return rect.intersected(window.rect()).intersected(on_screen)
