"""One editor per question type, built from the question: label, hint, error and input."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.questionnaire import Question

from .choice_field import ChoiceField
from .error_line import ErrorLine
from .field import Field, mnemonic_safe
from .text_fields import LongTextField, TextField, remaining_words

__all__ = ["FIELD_TYPES", "ChoiceField", "ErrorLine", "Field", "LongTextField", "TextField",
           "make_field", "mnemonic_safe", "remaining_words"]


FIELD_TYPES: dict[str, type[Field]] = {
    "single": ChoiceField, "multi": ChoiceField, "yesno": ChoiceField,
    "text": TextField, "longtext": LongTextField,
}


def make_field(question: Question, parent: QWidget | None = None) -> Field:
    return FIELD_TYPES[question.type](question, parent)
