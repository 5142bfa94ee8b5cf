"""Problems found in a file, located by line and column, and turned into plain messages."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .i18n import _

# Control characters, line breaks and direction overrides: printed raw they would split
# a message over lines, move the terminal's cursor or reverse the text a person reads.
# Lone surrogates stand for bytes of a file name that are not UTF-8: printed, they fail.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e"
                     r"\u2066-\u2069\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """text with every unsafe character shown as an escape, so it prints as one line."""
    return _UNSAFE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the whole file is at fault
    column: int  # 1-based
    message: str

    def __post_init__(self) -> None:
        # Messages quote the file's own keys and ids, and file names may hold anything.
        object.__setattr__(self, "message", one_line(self.message))
        object.__setattr__(self, "file", one_line(self.file))

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}: {self.message}"
        return f"{self.file}: {self.message}"


class ProblemsError(Exception):
    """Raised when a file cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' Did you mean "x"?' when a close match exists, else ''."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return " " + _('Did you mean "{word}"?').format(word=close[0]) if close else ""


def describe_value(value: object) -> str:
    """A short, safe rendering of a value for a message."""
    if value is None:
        return _("nothing")
    if isinstance(value, bool):
        return _("the value true") if value else _("the value false")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return _("the date {date} (put it in quotes to make it text)").format(
            date=value.isoformat())
    if isinstance(value, (int, float)):
        return _("the number {number}").format(number=value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, (list, tuple)):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return type(value).__name__
