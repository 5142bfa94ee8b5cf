"""Fixtures for content tests."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.answers import load_answers
from app.core.engine import Plan
from tests.helpers.content import EXAMPLES, plan_for


@pytest.fixture(scope="session")
def plans(questionnaire: Any) -> dict[str, Plan]:
    return {p.stem: plan_for(questionnaire, load_answers(p)) for p in sorted(EXAMPLES.glob("*.json"))}
