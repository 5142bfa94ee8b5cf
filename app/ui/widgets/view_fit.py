"""Give a widget inside a scroll area room to be useful, but never more than the view: then
the rest of the page scrolls away and the widget can be seen whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QWidget


class FitToView(QObject):
    """Keeps `widget` at least `lines` text lines tall, or the height of the view if that is
    less (at 200% text on a laptop, or at 800x600)."""

    def __init__(self, widget: QWidget, area: QScrollArea, lines: int) -> None:
        super().__init__(widget)
        self._widget, self._area, self._lines = widget, area, lines
        area.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        wanted = self._widget.fontMetrics().height() * self._lines
        self._widget.setMinimumHeight(max(1, min(wanted, self._area.viewport().height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
