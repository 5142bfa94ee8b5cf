"""Handle suggestions obey each platform's rules and respect when not to name the employer."""

from __future__ import annotations

import pytest

from app.core import handles
from app.core.engine import build_plan
from tests.helpers.minis import answers, load


@pytest.fixture(scope="module")
def rules():
    return {p.id: p.handle for p in load().bio.platforms}


@pytest.mark.parametrize(("platform", "handle", "ok"), [
    ("x", "SianJones_DfE", True),
    ("x", "a" * 15, True),
    ("x", "a" * 16, False),  # up to 15
    ("x", "sian.jones", False),  # letters, digits and _ only
    ("x", "sian-jones", False),
    ("x", "SianTwitterFan", False),  # may not contain Twitter
    ("x", "theADMINteam", False),  # or Admin, in any case
    ("x", "siân", False),
    ("linkedin", "sianjones", True),
    ("linkedin", "ab", False),  # 3 to 100
    ("linkedin", "a" * 100, True),
    ("linkedin", "a" * 101, False),
    ("linkedin", "sian_jones", False),  # no symbols
    ("bluesky", "sian-jones.bsky.social", True),
    ("bluesky", "abc.bsky.social", True),
    ("bluesky", "ab.bsky.social", False),  # 3 to 18 before the domain
    ("bluesky", "a" * 18 + ".bsky.social", True),
    ("bluesky", "a" * 19 + ".bsky.social", False),
    ("bluesky", "-sianjones.bsky.social", False),  # no hyphen at an edge
    ("bluesky", "sianjones-.bsky.social", False),
    ("bluesky", "sian_jones.bsky.social", False),
    ("bluesky", "sianjones", False),  # the domain is part of the handle
    ("mastodon", "Sian_Jones", True),
    ("mastodon", "a" * 30, True),
    ("mastodon", "a" * 31, False),
    ("mastodon", "sian.jones", False),
    ("instagram", "sian.jones_dfe", True),
    ("instagram", ".sianjones", False),  # no full stop at either end
    ("instagram", "sianjones.", False),
    ("instagram", "a" * 31, False),
    ("instagram", "sian-jones", False),
    ("threads", "sian.jones", True),
    ("threads", "sian jones", False),
])
def test_platform_rules(rules, platform, handle, ok):
    assert handles.is_valid(handle, rules[platform]) is ok


def test_facebook_has_no_handle():
    q = load()
    plan = build_plan(q, answers(q, purpose="work", name="Siân Jones", org_short="DfE",
                                 platforms=["facebook"]))
    assert plan.bios[0].handles == []


NAMES = ["Siân Jones", "Zoë O'Brien-Łódź", "Mary-Jane van der Berg-Smithington", "李小龍",
         "Admin Twitterson", "A", "Dr. J. R. R. Tolkien", "Ólafur Arnalds", "Владимир Путин",
         "x" * 80, "😀 Smile", "-", "محمد علي"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("org", ["DfE", "HMRC", "", "Ministry-of-Defence-and-More"])
def test_suggestions_obey_the_rules(rules, name, org):
    for platform, rule in rules.items():
        if rule is None:
            continue
        found = handles.suggest(name, org, rule, use_org=True)
        assert len(found) <= 3
        assert len({h.lower() for h in found}) == len(found)
        for h in found:
            assert handles.is_valid(h, rule), (platform, h)
            if rule.lowercase:
                assert h == h.lower()


def test_two_or_three_suggestions_for_an_ordinary_name(rules):
    for platform, rule in rules.items():
        if rule is not None:
            assert 2 <= len(handles.suggest("Siân Jones", "DfE", rule, use_org=True)) <= 3, \
                platform


def test_the_seed_pattern_name_plus_organisation(rules):
    assert handles.suggest("Siân Jones", "DfE", rules["x"], use_org=True)[0] == "SianJonesDfE"
    # Lower-case handles are read by their separators: "sian-jones-dfe", not "sianjonesdfe".
    assert handles.suggest("Siân Jones", "DfE", rules["bluesky"], use_org=True)[0] \
        == "sian-jones-dfe.bsky.social"


@pytest.mark.parametrize("given", [
    {"purpose": "personal"},  # a personal account does not name the employer
    {"purpose": "work", "threat": True},  # nor does anyone under threat
])
def test_no_handle_names_the_employer_where_the_profile_says_not_to(given):
    q = load()
    plan = build_plan(q, answers(q, name="Siân Jones", org_short="Treasury", platforms=[
        p.id for p in q.bio.platforms], **given))
    assert plan.bios
    for b in plan.bios:
        for h in b.handles:
            assert "treasury" not in h.lower(), (b.platform.id, h)


def test_work_accounts_may_name_the_employer():
    q = load()
    plan = build_plan(q, answers(q, purpose="work", name="Siân Jones", org_short="Treasury",
                                 platforms=["mastodon"]))
    assert any("Treasury" in h for h in plan.bios[0].handles)
