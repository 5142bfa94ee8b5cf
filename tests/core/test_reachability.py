"""Reachability: never calls a reachable item unreachable, finds real contradictions, scales."""

from __future__ import annotations

import itertools
import random

import pytest

from app.core.conditions import evaluate
from app.core.crossref import check
from app.core.flow import walk
from app.core.questionnaire import Questionnaire
from app.core.reachability import WORK_BUDGET, Reachability
from app.core.yamlfile import Located
from tests.helpers.minis import load


def generated(n_items: int, seed: int = 1, n_steps: int = 3) -> dict:
    """Questions of every type with shallow show_if chains, and items with random
    conditions over them (all, any, not, tier and mode)."""
    rnd = random.Random(seed)
    questions: list[dict] = []
    steps = []
    for s in range(n_steps):
        members = []
        for j in range(3):
            k = s * 3 + j
            kind = ["single", "multi", "yesno", "text"][k % 4]
            qu: dict = {"id": f"q{k}", "type": kind, "label": f"Question {k}"}
            if kind in ("single", "multi"):
                qu["options"] = [{"id": f"o{i}", "label": f"Option {i}"} for i in range(3)]
            if k >= 2 and rnd.random() < 0.5:
                qu["show_if"] = leaf(rnd.choice(questions), rnd)
            questions.append(qu)
            members.append(qu)
        steps.append({"id": f"s{s}", "title": "Step", "questions": members})
    steps[-1]["questions"].append({"id": "platforms", "type": "multi", "label": "Platforms",
                                   "options": [{"id": "x", "label": "X"},
                                               {"id": "y", "label": "Y"}]})
    items = []
    for i in range(n_items):
        parts = [leaf(rnd.choice(questions), rnd) for _ in range(rnd.randint(1, 3))]
        if rnd.random() < 0.3:
            parts.append({"tier": [rnd.choice(["standard", "high"])]})
        if rnd.random() < 0.1:
            parts.append({"mode": ["line_manager"]})
        if rnd.random() < 0.4:
            parts[0] = {"not": parts[0]}
        items.append({"id": f"item{i}", "section": "sec", "title": "T", "detail": "D",
                      "priority": "must", "sources": [{"source": "s"}],
                      "when": {rnd.choice(["all", "any"]): parts}})
    return {
        "schema_version": 1, "id": "gen", "version": "1", "title": "Generated",
        "sources": [{"id": "s", "title": "S"}], "steps": steps,
        "tiers": [{"id": "standard", "label": "S", "summary": "S"},
                  {"id": "high", "label": "H", "summary": "H"}],
        "tier_rules": [{"tier": "high", "when": leaf(questions[0], rnd)}],
        "sections": [{"id": "sec", "title": "Section"}], "items": items,
        "bio": {"platform_question": "platforms",
                "parts": [{"id": "p", "text": "Hello.", "label": "a greeting"}],
                "profiles": [{"id": "all", "parts": ["p"]}],
                "platforms": [{"id": "x", "name": "X", "bio_limit": 160},
                              {"id": "y", "name": "Y", "bio_limit": 160}]},
    }


def leaf(qu: dict, rnd: random.Random) -> dict:
    if qu["type"] in ("single", "multi"):
        ids = [o["id"] for o in qu["options"]]
        if rnd.random() < 0.5:
            return {"equals": {"question": qu["id"], "value": rnd.choice(ids)}}
        return {"in": {"question": qu["id"], "values": rnd.sample(ids, 2)}}
    if qu["type"] == "yesno":
        return {"equals": {"question": qu["id"], "value": rnd.choice([True, False])}}
    if rnd.random() < 0.5:
        return {"equals": {"question": qu["id"], "value": "yes please"}}
    return {"answered": qu["id"]}


def every_answer_set(q: Questionnaire):
    """Every combination of answers that can matter (brute force, for small questionnaires)."""
    domains = []
    for _, qu in q.questions():
        if qu.id == "platforms":  # no condition reads it
            domains.append([None])
        elif qu.type == "single":
            domains.append([None, *(o.id for o in qu.options)])
        elif qu.type == "multi":
            ids = [o.id for o in qu.options]
            domains.append([list(c) for n in range(len(ids) + 1)
                            for c in itertools.combinations(ids, n)])
        elif qu.type == "yesno":
            domains.append([None, True, False])
        else:
            domains.append([None, "yes please", "something else"])
    ids = [qu.id for _, qu in q.questions()]
    for combo in itertools.product(*domains):
        yield dict(zip(ids, combo, strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(6))
def test_matches_brute_force_over_real_answers(seed):
    """Every item some real answers produce is called reachable; and (the tier aside,
    which the check treats as free) every item called reachable is produced by some."""
    q = Questionnaire.model_validate(generated(25, seed, n_steps=2))
    shown: set[str] = set()
    for raw in every_answer_set(q):
        for mode in ("alone", "line_manager"):
            ctx = walk(q, raw, mode).context(mode)
            shown |= {it.id for it in q.items if evaluate(it.when, ctx)}
    r = Reachability(q)
    said = {it.id for it in q.items if r.satisfiable(it.when)}
    assert shown <= said
    no_tier = {it.id for it in q.items if "tier" not in repr(it.when)}
    assert said & no_tier == shown & no_tier


def test_contradictions_through_visibility_are_found():
    """job_title is asked only for mixed and work accounts, so no personal account has one."""
    r = Reachability(load())
    assert not r.satisfiable(_cond({"all": [
        {"equals": {"question": "purpose", "value": "personal"}}, {"answered": "job_title"}]}))
    assert r.satisfiable(_cond({"all": [
        {"equals": {"question": "purpose", "value": "work"}}, {"answered": "job_title"}]}))
    assert not r.satisfiable(_cond({"all": [{"mode": ["alone"]}, {"mode": ["line_manager"]}]}))
    assert not r.satisfiable(_cond({"all": [
        {"in": {"question": "activities", "values": ["press"]}},
        {"not": {"answered": "activities"}}]}))
    assert r.satisfiable(_cond({"all": [
        {"in": {"question": "activities", "values": ["press"]}},
        {"not": {"equals": {"question": "activities", "value": "listen"}}}]}))
    assert r.reachable_tiers() == ["standard", "elevated", "high"]


def test_a_tier_no_answers_reach_makes_its_items_unreachable():
    from app.core.problems import ProblemsError

    never = ("    when: {equals: {question: threat, value: true}}",
             "    when: {all: [{equals: {question: threat, value: true}}, "
             "{equals: {question: threat, value: false}}]}")
    with pytest.raises(ProblemsError) as info:
        load(never)
    assert [p.message for p in info.value.problems] == [
        'item "high-only" can never appear: no set of answers meets its condition.']
    r = Reachability(Questionnaire.model_validate(_plain(never)))
    assert r.reachable_tiers() == ["standard", "elevated"]
    assert not r.satisfiable(_cond({"tier": ["high"]}))


def _plain(*changes):
    from ruamel.yaml import YAML

    from tests.helpers.minis import mini

    return YAML(typ="safe", pure=True).load(mini(*changes))


def _cond(data):
    from app.core.conditions import parse_condition

    return parse_condition(data)


@pytest.fixture
def searches(monkeypatch) -> list[Reachability]:
    """Every Reachability the cross-reference checks make, to read the work each counted
    (condition nodes evaluated: the same on every run and machine, unlike a stopwatch)."""
    from app.core import crossref

    made: list[Reachability] = []

    class Counted(Reachability):
        def __init__(self, q: Questionnaire) -> None:
            super().__init__(q)
            made.append(self)

    monkeypatch.setattr(crossref, "Reachability", Counted)
    return made


def test_the_shipped_questionnaire_is_checked_well_inside_the_work_budget(searches):
    """The whole budget is about a second of work; the shipped questions need about 1% of
    it. (How long loading takes is measured by `make bench`: bench_engine.)"""
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    load_questionnaire(default_questionnaire(), use_cache=False)
    [r] = searches
    assert not r.too_complex
    assert 0 < r.work < WORK_BUDGET // 100
    load_questionnaire(default_questionnaire(), use_cache=False)
    assert searches[1].work == r.work  # counted, so the same every time


@pytest.mark.slow
def test_cross_reference_checks_scale_linearly_with_items(searches):
    """100 -> 10,000 items costs about 100 times the work, not 10,000 times; the time the
    whole check takes per size is measured by `make bench` (bench_scaling)."""
    work = {}
    for n in (100, 10_000):
        data = generated(n, seed=3, n_steps=8)
        q = Questionnaire.model_validate(data)
        searches.clear()
        check(q, Located("generated.yaml", data))
        [r] = searches
        assert not r.too_complex
        work[n] = r.work
    assert work[100] > 0
    assert work[10_000] <= 150 * work[100]
    assert work[10_000] < WORK_BUDGET
