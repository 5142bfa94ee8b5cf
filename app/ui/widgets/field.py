"""What every question's editor shares: label, hint, error line, and locking by a preset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.i18n import _
from app.core.questionnaire import Question
from app.core.session_state import answer_problem

from .error_line import ErrorLine
from .look import para, scaled_font


def mnemonic_safe(text: str) -> str:
    """Text from the questionnaire, with '&' kept as a character, not a keyboard shortcut."""
    return text.replace("&", "&&")


class Field(QWidget):
    """A question's editor. Subclasses build `inputs` and read and write `value`."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"field-{question.id}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(mnemonic_safe(question.label), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setFont(scaled_font(self.label, 1.1, bold=True))
        self.layout_.addWidget(self.label)
        if question.help:
            self.hint: QLabel | None = para(question.help, self)
            self.layout_.addWidget(self.hint)
        else:
            self.hint = None
        self.error = ErrorLine(self)
        self.layout_.addWidget(self.error)
        self._message = ""
        self.locked = False
        self.lock_line: QLabel | None = None  # made when a preset first locks this answer

    # What the rest of the app uses.
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def is_answered(self) -> bool:
        value = self.value()
        if isinstance(value, str):
            return bool(value.strip())
        return value not in (None, [])

    def problem(self) -> str | None:
        """What stops the person going on, in GOV.UK wording, or None: the question named
        in the words shown above the field, never a short label the page does not show."""
        return answer_problem(self.question, self.value(), self.question.label)

    def required_words(self) -> str:
        """Said with each input of a required question. Qt 6.12 has no 'required' or
        'invalid entry' state that reaches AT-SPI (QAccessible.State.invalid means a
        deleted object), so the accessible description carries both."""
        return _("Required.") if self.question.required else ""

    def is_invalid(self) -> bool:
        """Whether the field shows an error now."""
        return bool(self._message)

    def show_problem(self, message: str | None) -> None:
        self._message = message or ""
        if message:
            self.error.show_message(message)
        else:
            self.error.hide()
        error = _("Error: {message}.").format(message=message) if message else ""
        for widget in self.described():
            base = widget.property("baseDescription") or ""
            if self.locked and self.lock_line is not None:
                base = f"{self.lock_line.text()} {base}".strip()
            widget.setAccessibleDescription(f"{error} {base}".strip())

    def described(self) -> list[QWidget]:
        """Every object a screen reader may land on for this question: its inputs, and the
        group that holds a question's options."""
        return self.inputs()

    def inputs(self) -> list[QWidget]:
        return [self.focus_target()]

    def lock(self, value: Any, note: str) -> None:
        """Show value, set by a security officer's preset, and refuse any change to it."""
        self.set_value(value)
        self.locked = True
        if self.lock_line is None:
            self.lock_line = para("", self)
            self.lock_line.setObjectName(f"locked-{self.question.id}")
            self.lock_line.setFont(scaled_font(self.lock_line, bold=True))
            self.layout_.insertWidget(self.layout_.indexOf(self.error), self.lock_line)
        self.lock_line.setText(note)
        self.lock_line.setAccessibleName(note)
        self.lock_line.show()
        self._set_editable(False, note)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        if self.lock_line is not None:
            self.lock_line.hide()
        self._set_editable(True, "")

    def _set_editable(self, editable: bool, note: str) -> None:
        for widget in self.described():
            base = widget.property("baseDescription") or ""
            widget.setAccessibleDescription(f"{note} {base}".strip())

    def _describe(self, widget: QWidget, name: str, extra: str | None = None) -> None:
        widget.setAccessibleName(name)
        parts = [p for p in (self.required_words(), extra, self.question.help) if p]
        desc = " ".join(parts)
        widget.setProperty("baseDescription", desc)
        widget.setAccessibleDescription(desc)
