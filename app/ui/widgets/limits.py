"""Boxes that hold no more than a saved file keeps, and say so when a paste was too long."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.core import graphemes
from app.core.i18n import _

# The most a note, the agreed actions, a sign-off line or a bio may hold; the same limit as
# app.core.answers.NOTE_MAX, kept here so the window need not import pydantic to start.
NOTE_MAX = 20_000


def cut(text: str, limit: int) -> str:
    """The longest start of text of at most `limit` code points, ending between characters."""
    if len(text) <= limit:
        return text
    kept: list[str] = []
    size = 0
    for cluster in graphemes.clusters(text[: limit + 64]):
        if size + len(cluster) > limit:
            break
        kept.append(cluster)
        size += len(cluster)
    return "".join(kept)


def cap_line(edit: QLineEdit, limit: int = NOTE_MAX) -> None:
    # Qt counts UTF-16 units, never fewer than code points, so the file's limit holds.
    edit.setMaxLength(limit)


def cap_text(edit: QPlainTextEdit, limit: int = NOTE_MAX) -> None:
    """Keep at most `limit` characters in edit; connect before anything else reads it."""

    def check() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        edit.setPlainText(cut(text, limit))
        edit.moveCursor(QTextCursor.MoveOperation.End)
        QTimer.singleShot(0, lambda: _tell(edit, limit))

    edit.textChanged.connect(check)


def _tell(edit: QPlainTextEdit, limit: int) -> None:
    from PySide6.QtWidgets import QMessageBox

    name = edit.accessibleName() or _("This box")
    QMessageBox.information(
        edit.window(), _("Your text is too long"),
        _("{name} can hold up to {limit} characters, so the end of what you pasted was left "
          "out. Keep the rest somewhere else if you need it.").format(name=name,
                                                                       limit=f"{limit:,}"))
