"""Radio buttons or check boxes for a question with options (single, multi, yes/no)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import _
from app.core.questionnaire import NOT_SURE, Question

from ..signals import emit
from .field import Field, mnemonic_safe
from .focus_ring import RING_PX
from .look import para


class ChoiceField(Field):
    """Radio buttons (single, yes/no) or check boxes (multi), one per option."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        exclusive = question.type != "multi"
        # Only radio buttons share a group: grouped check boxes would be one Tab stop.
        self.group = QButtonGroup(self) if exclusive else None
        self.buttons: dict[str, QAbstractButton] = {}
        if question.type == "yesno":
            choices: list[tuple[str, str, str | None]] = [("yes", _("Yes"), None),
                                                          ("no", _("No"), None)]
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
