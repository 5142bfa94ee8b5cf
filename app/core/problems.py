"""Problems found in a file, located by line and column, and turned into plain messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the whole file is at fault
    column: int  # 1-based
    message: str

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
    return f' Did you mean "{close[0]}"?' if close else ""


def describe_value(value: object) -> str:
    """A short, safe rendering of a value for a message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no value " + ("true" if value else "false")
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
