"""Gentle notes for Check your answers: answers that usually mean a different choice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .conditions import Context, evaluate
from .flow import walk
from .questionnaire import Hint, Questionnaire


def hints_for(q: Questionnaire, answers: Mapping[str, Any], mode: str = "alone") -> list[Hint]:
    """The questionnaire's hints whose condition holds for these answers (visible ones only)."""
    flow = walk(q, answers, mode)
    ctx: Context = flow.context(mode)
    return [h for h in q.hints if evaluate(h.when, ctx)]
