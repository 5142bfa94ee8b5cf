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
        """What stops the person going on, in GOV.UK wording, or None."""
        return answer_problem(self.question, self.value())

    def show_problem(self, message: str | None) -> None:
        self._message = message or ""
        if message:
            self.error.show_message(message)
        else:
            self.error.hide()
        for widget in self.inputs():
            base = widget.property("baseDescription") or ""
            if self.locked and self.lock_line is not None:
                base = f"{self.lock_line.text()} {base}".strip()
            widget.setAccessibleDescription(
                _("Error: {message}. {description}").format(
                    message=message, description=base).strip() if message else base)

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
        for widget in self.inputs():
            base = widget.property("baseDescription") or ""
            widget.setAccessibleDescription(f"{note} {base}".strip())

    def _describe(self, widget: QWidget, name: str, extra: str | None = None) -> None:
        widget.setAccessibleName(name)
        parts = [p for p in (extra, self.question.help) if p]
        desc = " ".join(parts)
        widget.setProperty("baseDescription", desc)
        widget.setAccessibleDescription(desc)
