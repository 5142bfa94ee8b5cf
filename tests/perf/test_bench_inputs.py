"""The benchmarks' generated inputs stay valid, so `make bench` measures real work."""

from __future__ import annotations

import random

import pytest

from app.core.answers import Answers, check_against
from app.core.engine import build_plan
from app.core.loader import from_located
from app.core.yamlfile import Located
from benchmarks import generated


@pytest.mark.parametrize("n", [1, 7, 100])
def test_a_generated_questionnaire_passes_every_check_and_most_items_apply(n):
    data, answers_data = generated.questionnaire(n)
    q = from_located(Located("generated", data))
    answers = Answers.model_validate(answers_data)
    check_against(answers, q)
    plan = build_plan(q, answers)
    assert len(q.items) == n
    assert 0.6 * n <= len(plan.items) <= n
    assert {b.platform.id for b in plan.bios} == {"x", "y"}


def test_random_answers_fit_the_shipped_questionnaire(questionnaire):
    rnd = random.Random(1)
    sizes = set()
    for _ in range(50):
        answers = Answers.model_validate(generated.random_answers(questionnaire, rnd))
        check_against(answers, questionnaire)
        sizes.add(len(build_plan(questionnaire, answers).items))
    assert len(sizes) > 5  # the answer sets differ enough to give different plans
