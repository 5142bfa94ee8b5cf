"""A gentle note under a bio detail, as it is typed: what the bios will leave out, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.core.bio import typed_warning

from .look import para


def attach(field: QWidget, edit: QLineEdit, bio_field: str) -> QLabel:
    """A note below `edit`, shown only while its text holds something no bio may show. It is
    advice, not an error: the person may go on, and the answer is kept as typed."""
    note = para("", field)
    note.setObjectName(f"screen-note-{bio_field}")
    note.hide()

    def update(text: str) -> None:
        words = typed_warning(bio_field, text)
        note.setVisible(bool(words))
        note.setText(words or "")
        note.setAccessibleName(words or "")
        base = edit.property("baseDescription") or ""
        edit.setAccessibleDescription(f"{base} {words}".strip() if words else base)

    edit.textChanged.connect(update)
    update(edit.text())
    return note
