"""Every condition operator, on every kind of question, as the engine evaluates it."""

from __future__ import annotations

import pytest

from app.core.conditions import Context, blockers, evaluate, parse_condition, triggers

ANSWERS = {
    "purpose": "mixed",  # single
    "activities": ["listen", "press"],  # multi
    "threat": True,  # yes/no
    "secret": False,
    "motto": "  Be kind ",  # text, with stray spaces
    "blank": "   ",
    "none_ticked": [],
}


def holds(cond: dict, answers: dict | None = None, tier: str | None = "standard",
          mode: str = "alone") -> bool:
    return evaluate(parse_condition(cond), Context(ANSWERS if answers is None else answers,
                                                        tier, mode))


@pytest.mark.parametrize(("cond", "expected"), [
    # equals on single choice
    ({"equals": {"question": "purpose", "value": "mixed"}}, True),
    ({"equals": {"question": "purpose", "value": "work"}}, False),
    # equals on multiple choice: the option is ticked
    ({"equals": {"question": "activities", "value": "press"}}, True),
    ({"equals": {"question": "activities", "value": "network"}}, False),
    # equals on yes/no
    ({"equals": {"question": "threat", "value": True}}, True),
    ({"equals": {"question": "secret", "value": True}}, False),
    ({"equals": {"question": "secret", "value": False}}, True),
    # equals on text ignores spaces around the answer
    ({"equals": {"question": "motto", "value": "Be kind"}}, True),
    ({"equals": {"question": "motto", "value": "be kind"}}, False),
    # in on single, multi, yes/no and text
    ({"in": {"question": "purpose", "values": ["work", "mixed"]}}, True),
    ({"in": {"question": "purpose", "values": ["work", "personal"]}}, False),
    ({"in": {"question": "activities", "values": ["network", "press"]}}, True),
    ({"in": {"question": "activities", "values": ["network"]}}, False),
    ({"in": {"question": "threat", "values": [True]}}, True),
    ({"in": {"question": "secret", "values": [True]}}, False),
    ({"in": {"question": "motto", "values": ["Be kind", "Be bold"]}}, True),
    ({"in": {"question": "motto", "values": ["Be bold"]}}, False),
    # answered: blank text and an empty list count as not answered; false counts
    ({"answered": "motto"}, True),
    ({"answered": "blank"}, False),
    ({"answered": "none_ticked"}, False),
    ({"answered": "secret"}, True),
    ({"answered": "never_given"}, False),
    # not, all, any
    ({"not": {"answered": "blank"}}, True),
    ({"not": {"equals": {"question": "threat", "value": True}}}, False),
    ({"all": [{"answered": "motto"}, {"equals": {"question": "threat", "value": True}}]}, True),
    ({"all": [{"answered": "motto"}, {"equals": {"question": "secret", "value": True}}]}, False),
    ({"any": [{"answered": "blank"}, {"equals": {"question": "secret", "value": False}}]}, True),
    ({"any": [{"answered": "blank"}, {"equals": {"question": "secret", "value": True}}]}, False),
    # tier and mode
    ({"tier": ["elevated", "high"]}, False),
    ({"tier": ["standard"]}, True),
    ({"mode": ["line_manager"]}, False),
    ({"mode": ["alone"]}, True),
])
def test_operator(cond, expected):
    assert holds(cond) is expected


def test_yes_no_and_text_never_confuse_true_with_the_word_true():
    assert not holds({"equals": {"question": "q", "value": True}}, {"q": "true"})
    assert not holds({"equals": {"question": "q", "value": "true"}}, {"q": True})


def test_tier_and_mode_follow_the_session():
    assert holds({"tier": ["high"]}, tier="high")
    assert holds({"mode": ["line_manager"]}, mode="line_manager")


def test_an_unanswered_question_matches_nothing():
    for cond in ({"equals": {"question": "x", "value": "a"}}, {"in": {"question": "x",
                 "values": ["a", True]}}, {"equals": {"question": "x", "value": False}}):
        assert not holds(cond, {})


def test_a_tier_condition_needs_a_tier():
    with pytest.raises(ValueError, match="tier"):
        holds({"tier": ["high"]}, tier=None)


def test_triggers_name_what_made_it_true_and_blockers_what_made_it_false():
    cond = parse_condition({"any": [
        {"equals": {"question": "threat", "value": True}},
        {"equals": {"question": "secret", "value": True}},
        {"not": {"answered": "motto"}}]})
    ctx = Context(ANSWERS, "standard", "alone")
    assert [leaf.equals.question for leaf in triggers(cond, ctx)] == ["threat"]
    assert blockers(cond, ctx) == []
    false = parse_condition({"all": [{"equals": {"question": "threat", "value": True}},
                                          {"equals": {"question": "secret", "value": True}}]})
    assert [leaf.equals.question for leaf in blockers(false, ctx)] == ["secret"]
    assert triggers(false, ctx) == []


def test_word_yes_in_a_condition_stays_text():
    """YAML 1.2 reads `value: yes` as text; it must not be turned into true."""
    cond = parse_condition({"equals": {"question": "q", "value": "yes"}})
    assert cond.equals.value == "yes"
    assert holds({"equals": {"question": "q", "value": "yes"}}, {"q": "yes"})
    assert not holds({"equals": {"question": "q", "value": "yes"}}, {"q": True})
