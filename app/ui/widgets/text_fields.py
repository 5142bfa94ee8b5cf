"""Questions answered in typed text: one line with a character count, or several lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.core import graphemes
from app.core.i18n import _, ngettext
from app.core.questionnaire import Question

from ..signals import emit
from .a11y import announce
from .field import Field
from .limits import cap_text
from .look import scaled_font


def remaining_words(count: int, limit: int) -> str:
    """GOV.UK character count wording."""
    left = limit - count
    if left >= 0:
        return ngettext("You have {n} character remaining", "You have {n} characters remaining",
                        left).format(n=left)
    over = -left
    return ngettext("You have {n} character too many", "You have {n} characters too many",
                    over).format(n=over)


class _EditField(Field):
    """A question answered in one editing widget, `self.edit`."""

    edit: QLineEdit | QPlainTextEdit

    def focus_target(self) -> QWidget:
        return self.edit

    def _set_editable(self, editable: bool, note: str) -> None:
        # Read-only, not disabled: it can still be reached and read out, but not changed.
        super()._set_editable(editable, note)
        self.edit.setReadOnly(not editable)


class TextField(_EditField):
    edit: QLineEdit

    """One line of text; with max_length, a character count that warns but lets you type on."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"q-{question.id}")
        limit = question.max_length
        self._describe(self.edit, question.label,
                       _("Up to {limit} characters.").format(limit=limit) if limit else None)
        self.label.setBuddy(self.edit)
        self.layout_.addWidget(self.edit)
        self.count = QLabel(self) if limit else None
        if self.count is not None:
            self.layout_.addWidget(self.count)
        if question.bio_field:  # a clearance or a phone number typed here never reaches a bio
            from .screen_note import attach

            self.layout_.addWidget(attach(self, self.edit, question.bio_field))
        self.edit.textChanged.connect(self._on_text)
        self._on_text(self.edit.text())

    def _on_text(self, text: str) -> None:
        limit = self.question.max_length
        if self.count is not None and limit:
            n = graphemes.count(text)
            words = remaining_words(n, limit)
            self.count.setText(words)
            self.count.setAccessibleName(words)
            over = n > limit
            if over != bool(self.count.property("over")):
                # Crossing the limit either way is spoken; each keystroke is not.
                self.count.setProperty("over", over)
                announce(self.edit, words)
            self.count.setFont(scaled_font(self.count, bold=over))
        emit(self.changed)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class LongTextField(_EditField):
    edit: QPlainTextEdit

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit(self)
        cap_text(self.edit)
        self.edit.setObjectName(f"q-{question.id}")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.fontMetrics().height() * 5)
        self._describe(self.edit, question.label)
        self.label.setBuddy(self.edit)
        self.layout_.addWidget(self.edit)
        self.edit.textChanged.connect(lambda *_: emit(self.changed))

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")
