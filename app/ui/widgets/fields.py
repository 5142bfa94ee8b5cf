"""One editor per question type, built from the question: label, hint, error and input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core import graphemes
from app.core.i18n import _
from app.core.questionnaire import NOT_SURE, Question
from app.core.session_state import answer_problem

from ..signals import emit
from .a11y import announce
from .focus_ring import RING_PX
from .limits import cap_text
from .look import para, scaled_font


def mnemonic_safe(text: str) -> str:
    """Text from the questionnaire, with '&' kept as a character, not a keyboard shortcut."""
    return text.replace("&", "&&")


def remaining_words(count: int, limit: int) -> str:
    """GOV.UK character count wording."""
    left = limit - count
    if left >= 0:
        return f"You have {left} character{'' if left == 1 else 's'} remaining"
    over = -left
    return f"You have {over} character{'' if over == 1 else 's'} too many"


class ErrorLine(QWidget):
    """The message shown beside a field, with a warning icon so it never relies on colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(self.text, bold=True))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(_("Error: {message}").format(message=message))
        self.show()


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


class ChoiceField(Field):
    """Radio buttons (single, yes/no) or check boxes (multi), one per option."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        exclusive = question.type != "multi"
        # Only radio buttons share a group: grouped check boxes would be one Tab stop.
        self.group = QButtonGroup(self) if exclusive else None
        self.buttons: dict[str, QAbstractButton] = {}
        if question.type == "yesno":
            choices: list[tuple[str, str, str | None]] = [("yes", "Yes", None), ("no", "No", None)]
            if question.not_sure:
                choices.append((NOT_SURE, question.not_sure, None))
        else:
            choices = [(o.id, o.label, o.help) for o in question.options]
        # The options sit in a group named by the question, each option named by its own
        # label: a screen reader says the question once, then each option's own words. The
        # group draws nothing; the question label above is what sighted people read.
        self.options = QGroupBox(self)
        self.options.setObjectName(f"options-{question.id}")
        self.options.setFlat(True)
        self.options.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
        self.options.setAccessibleName(question.label)
        self.options.setProperty("baseDescription", self.required_words())
        self.options.setAccessibleDescription(self.required_words())
        box = QHBoxLayout(self.options) if question.type == "yesno" \
            else QVBoxLayout(self.options)
        # Room for the focus ring drawn outside each option (focus_ring.py), which the group
        # would otherwise clip to a line under the option.
        ring = RING_PX + 1
        box.setContentsMargins(ring, ring, ring, ring)
        box.setSpacing(max(4, self.fontMetrics().height() // 3))
        for oid, text, help_text in choices:
            shown = mnemonic_safe(text)
            button: QAbstractButton = QCheckBox(shown, self.options) if not exclusive \
                else QRadioButton(shown, self.options)
            button.setObjectName(f"q-{question.id}-{oid}")
            self._describe(button, text, f"{question.label}" + (f" {help_text}" if help_text
                                                                else ""))
            if self.group is not None:
                self.group.addButton(button)
            self.buttons[oid] = button
            button.toggled.connect(self._on_toggled)
            if help_text and question.type != "yesno":
                holder = QVBoxLayout()
                holder.setSpacing(0)
                holder.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                hint = para(help_text, self.options)
                indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                hint.setContentsMargins(indent + 8, 0, 0, 0)
                holder.addWidget(hint)
                box.addLayout(holder)
            else:
                box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if question.type == "yesno":
            box.addStretch(1)
        self.layout_.addWidget(self.options)

    def _on_toggled(self, _checked: bool) -> None:
        emit(self.changed)

    def _set_editable(self, editable: bool, note: str) -> None:
        # Disabled buttons take no clicks, no focus and no keys; the note above says why.
        super()._set_editable(editable, note)
        for button in self.buttons.values():
            button.setEnabled(editable)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons.values())

    def described(self) -> list[QWidget]:
        return [self.options, *self.inputs()]

    def focus_target(self) -> QWidget:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        return checked[0] if checked else next(iter(self.buttons.values()))

    def value(self) -> Any:
        chosen = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.question.type == "multi":
            return chosen
        if not chosen:
            return None
        if self.question.type == "yesno" and chosen[0] != NOT_SURE:
            return chosen[0] == "yes"
        return chosen[0]

    def set_value(self, value: Any) -> None:
        if self.question.type == "yesno" and isinstance(value, bool):
            wanted = {"yes" if value else "no"}
        elif isinstance(value, list):
            wanted = set(value)
        elif isinstance(value, str):
            wanted = {value}
        else:
            wanted = set()
        # An exclusive group will not let every button go unchecked; lift that for a moment.
        if self.group is not None:
            self.group.setExclusive(False)
        for oid, button in self.buttons.items():
            button.setChecked(oid in wanted)
        if self.group is not None:
            self.group.setExclusive(True)


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
                       f"Up to {limit} characters." if limit else None)
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


FIELD_TYPES: dict[str, type[Field]] = {
    "single": ChoiceField, "multi": ChoiceField, "yesno": ChoiceField,
    "text": TextField, "longtext": LongTextField,
}


def make_field(question: Question, parent: QWidget | None = None) -> Field:
    return FIELD_TYPES[question.type](question, parent)
