"""Beside a bio the person edited: the draft their answers make now, to take if they want.
Their own edit is never replaced without their say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from app.core.i18n import _

from .look import para


def replace_undoably(edit: QPlainTextEdit, text: str) -> None:
    """Put the new draft in as one step Undo takes back (setPlainText forgets the person's
    own wording and the undo history with it)."""
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    edit.setTextCursor(cursor)


class NewDraftOffer(QWidget):
    def __init__(self, suggested: str, platform: str, use: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-draft")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = para(_("Draft from your answers now: {draft}").format(draft=suggested), self,
                         selectable=True)
        self.button = QPushButton(_("Use this draft"), self)
        self.button.setAccessibleName(_("Use the draft from your answers for {platform}").format(
            platform=platform))
        self.button.setAccessibleDescription(_("Undo in the bio brings your own wording back."))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda *_: use(suggested))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
