"""Fixtures for the report tests: plans from the loaded questionnaire, and the renderer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.core.engine import Plan, build_plan
from app.core.questionnaire import Questionnaire
from tests.helpers.report import make_answers


@pytest.fixture
def plan_of(questionnaire: Questionnaire) -> Callable[..., Plan]:
    def make(**kw: Any) -> Plan:
        return build_plan(questionnaire, make_answers(questionnaire, **kw))
    return make


@pytest.fixture
def render() -> Callable[[Plan], bytes]:
    from app.report.pdf import render_pdf

    return render_pdf
