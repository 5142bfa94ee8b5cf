"""Reveal rules: items may not ask for what a reachable plan forbids, and the rules say why."""

from __future__ import annotations

import pytest

from app.core.conditions import Context
from app.core.organisation import parse_organisation
from app.core.problems import ProblemsError
from app.core.reveals import REVEALS, forbidden_reveals, reveal_reason
from tests.helpers.minis import load, mini

RULES = """bio:
  platform_question"""
HIGH_RULE = """reveal_rules:
  - id: high-tier
    when: {tier: [high]}
    forbids: [employer, role, location, work_topics]
    reason: at your risk level your profile should not say where you work
  - id: always
    forbids: [clearance, contact]
    reason: it tells criminals you are worth targeting
  - id: family
    when: {equals: {question: secret, value: true}}
    together: [employer, location]
    reason: with your employer named, your town could lead people to your family
""" + RULES
ROLE_ITEM = """  - id: high-only
    section: protect"""
NAMES_ROLE = """  - id: give-role
    section: start
    title: Give your job title in your bio
    detail: People see what you do.
    priority: should
    reveals: [role, employer]
    sources: [{source: guide}]
""" + ROLE_ITEM


def problems_of(*replacements: tuple[str, str]) -> list[str]:
    with pytest.raises(ProblemsError) as err:
        load(*replacements)
    return [str(p) for p in err.value.problems]


def test_vocabulary_is_the_shared_one():
    assert {"name", "employer", "role", "location", "work_topics", "clearance", "family",
            "contact"} == set(REVEALS)


def test_an_item_that_reveals_the_role_at_any_tier_is_refused_with_its_line():
    found = problems_of((RULES, HIGH_RULE), (ROLE_ITEM, NAMES_ROLE))
    assert len(found) == 1
    text = mini((RULES, HIGH_RULE), (ROLE_ITEM, NAMES_ROLE))
    line = text.splitlines().index("    reveals: [role, employer]") + 1
    assert found[0].startswith(f"mini.yaml:{line}:"), found
    assert '"give-role"' in found[0] and "role" in found[0] and '"high-tier"' in found[0]


def test_the_same_item_kept_below_high_is_accepted():
    narrowed = NAMES_ROLE.replace("    reveals:", "    when: {not: {tier: [high]}}\n    reveals:")
    q = load((RULES, HIGH_RULE), (ROLE_ITEM, narrowed))
    assert any(it.id == "give-role" for it in q.items)


def test_a_condition_that_only_looks_safe_is_still_caught():
    # "not secret" does not keep the item away from the threat that makes the tier high.
    narrowed = NAMES_ROLE.replace("    reveals:",
                                  "    when: {equals: {question: secret, value: false}}\n"
                                  "    reveals:")
    found = problems_of((RULES, HIGH_RULE), (ROLE_ITEM, narrowed))
    assert any('"high-tier"' in p for p in found)


def test_a_combination_is_refused_only_when_the_item_reveals_all_of_it():
    town = NAMES_ROLE.replace("[role, employer]", "[location]").replace(
        "    reveals:", "    when: {not: {tier: [high]}}\n    reveals:")
    load((RULES, HIGH_RULE), (ROLE_ITEM, town))
    both = town.replace("[location]", "[employer, location]")
    found = problems_of((RULES, HIGH_RULE), (ROLE_ITEM, both))
    assert any('"family"' in p and "employer together with location" in p for p in found)


def test_something_forbidden_always_is_refused_whatever_the_condition():
    clear = NAMES_ROLE.replace("[role, employer]", "[clearance]")
    assert any('"always"' in p for p in problems_of((RULES, HIGH_RULE), (ROLE_ITEM, clear)))


def test_an_unknown_reveal_word_is_a_located_problem():
    bad = NAMES_ROLE.replace("[role, employer]", "[salary]")
    found = problems_of((ROLE_ITEM, bad))
    assert any("salary" in p and "employer" in p for p in found), found


def test_forbidden_reveals_and_reasons_follow_the_answers():
    q = load((RULES, HIGH_RULE))
    calm = Context({"threat": False, "secret": False}, "standard")
    assert forbidden_reveals(q, calm) == {"clearance", "contact"}
    high = Context({"threat": True}, "high")
    assert {"employer", "role", "location", "work_topics"} <= forbidden_reveals(q, high)
    assert "risk level" in reveal_reason(q, high, "role")
    assert reveal_reason(q, calm, "role") is None
    family = Context({"secret": True}, "elevated")
    # Told nothing else, the town goes; with no employer shown, it may stay.
    assert "location" in forbidden_reveals(q, family)
    assert "location" not in forbidden_reveals(q, family, revealed=["location", "name"])
    assert "location" in forbidden_reveals(q, family, revealed=["employer"])
    assert "family" in reveal_reason(q, family, "location", revealed=["employer"])


PACK = """schema_version: 1
kind: organisation
name: Department for Testing
short_name: DfT
content:
  items:
    - id: dft-name-us
      section: start
      title: Say you work for us
      detail: Put our name in your bio.
      priority: should
      reveals: [employer]
      sources: [{source: guide}]
"""


def test_an_organisation_pack_item_is_held_to_the_same_rules():
    q = load((RULES, HIGH_RULE))
    with pytest.raises(ProblemsError) as err:
        parse_organisation(PACK, q, name="org.yaml")
    found = [str(p) for p in err.value.problems]
    assert any(p.startswith("org.yaml:12:") and '"high-tier"' in p for p in found), found
    safe = PACK.replace("      reveals:", "      when: {not: {tier: [high]}}\n      reveals:")
    assert parse_organisation(safe, q, name="org.yaml").questionnaire
