"""'There is a problem': a box at the top of a page that takes focus and links to each field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.core.i18n import _

from .a11y import ERROR_SUMMARY_NAME, forget_interface
from .links import LinkButton
from .look import heading


class ErrorSummary(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ERROR_SUMMARY_NAME)  # an alert to a screen reader (a11y.py)
        forget_interface(self)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(heading(_("There is a problem"), self, 1.15))
        self._links: list[LinkButton] = []
        self.hide()

    def show_problems(self, problems: list[tuple[str, Callable[[], None]]]) -> None:
        """Show each message as a link that runs its action (usually: focus the field)."""
        for link in self._links:
            link.deleteLater()
        self._links = []
        before: QWidget = self  # Tab goes from the summary through its links, then on
        for message, action in problems:
            link = LinkButton(message, self)
            link.clicked.connect(lambda _checked=False, act=action: act())
            self._layout.addWidget(link)
            self._links.append(link)
            QWidget.setTabOrder(before, link)
            before = link
        self.setAccessibleName(_("There is a problem: {problems}").format(
            problems=". ".join(m for m, _action in problems)))
        self.setVisible(bool(problems))
        if problems:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # The app's focus ring is drawn outside a control, where the page's edges clip it
            # around this box; so the box draws the same ring just inside its own border.
            from PySide6.QtGui import QPainter, QPen

            from .focus_ring import RING_PX, ring_colour

            painter = QPainter(self)
            painter.setPen(QPen(ring_colour(self.palette()), RING_PX))
            m = self.lineWidth() + RING_PX // 2 + 1
            painter.drawRect(self.rect().adjusted(m, m, -m - 1, -m - 1))

    def messages(self) -> list[str]:
        return [link.accessibleName() for link in self._links]

    def clear(self) -> None:
        self.show_problems([])
