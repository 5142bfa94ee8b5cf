"""A link that is a link to a screen reader: focusable, role "link", activated by Enter.

A QLabel with rich-text links is exposed as a label and raises no focus event on Tab, so
Orca says nothing. A flat button styled as a link, given the link role by a11y.py's
factory, is reached by Tab, spoken as a link and activated by Enter or Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from .a11y import install


class LinkButton(QPushButton):
    """Looks like a link (underlined, link colour, no frame); behaves as one for every user."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        install()
        super().__init__(parent)
        # Plain text, never a keyboard shortcut: '&' in a message stays a character.
        self.setText(text.replace("&", "&&"))
        self.setAccessibleName(text)
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Focus is shown by the app's focus ring (focus_ring.py).
        self.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline;"
                           " text-align: left; border: none; padding: 2px 6px; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)
