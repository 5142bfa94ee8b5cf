"""Platform steps as data: the shipped file checks out, items that name a setting every
offered platform must cover, and a plan shows steps for the chosen platforms only."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.guidance import check_questionnaire, parse_steps
from app.core.loader import parse_questionnaire
from app.core.platform_steps import check_items
from app.core.problems import ProblemsError
from app.core.yamlfile import parse_yaml
from tests.helpers.upkeep import plan_for, shipped_guidance, shipped_steps, tagged, tagged_text

SETTINGS = ["two-step", "visibility", "location", "findable", "tags", "messages", "sessions",
            "download", "old-posts"]
PLATFORMS = ["x", "linkedin", "bluesky", "mastodon", "instagram", "threads", "facebook"]


def test_shipped_platform_steps_validate(capsys):
    assert main(["validate", "questionnaires/platform-steps.yaml"]) == 0
    assert "0 problem(s)" in capsys.readouterr().err


def test_shipped_steps_cover_every_setting_on_every_platform():
    steps = shipped_steps()
    assert [s.id for s in steps.settings] == SETTINGS
    for pid in PLATFORMS:
        entry = steps.platform(pid)
        assert entry is not None, pid
        assert [s.setting for s in entry.steps] == SETTINGS, pid
        for s in entry.steps:
            assert s.help.startswith("https://"), (pid, s.setting)
            # An unconfirmed place is never given as a menu path.
            if s.sure == "unverified" and s.how and not s.not_possible:
                assert s.how.split()[0] in ("Look", "Delete", "Leave", "Threads", "Archive",
                                            "Find", "Your"), (pid, s.setting, s.how)


def test_meta_platforms_share_two_step_in_accounts_centre():
    steps = shipped_steps()
    for pid in ("facebook", "instagram", "threads"):
        assert "Accounts Centre" in steps.platform(pid).step("two-step").how


def test_an_item_asking_for_a_setting_a_platform_lacks_is_an_error():
    q = tagged()
    located = parse_yaml(tagged_text(), "mini.yaml")
    full = shipped_steps()
    assert check_items(q, full, located) == []
    # Take Bluesky's visibility entry away: the item asks for it and Bluesky is offered.
    data = full.model_dump(mode="json")
    for entry in data["platforms"]:
        if entry["platform"] == "bluesky":
            entry["steps"] = [s for s in entry["steps"] if s["setting"] != "visibility"]
    gappy = type(full).model_validate(data)
    problems = check_items(q, gappy, located)
    assert len(problems) == 1
    p = problems[0]
    assert p.file == "mini.yaml" and p.line == tagged_text().splitlines().index(
        "    settings: [two-step, visibility]") + 1
    assert 'asks for setting "visibility"' in p.message and "Bluesky" in p.message


def test_an_item_asking_for_an_unknown_setting_is_an_error_with_a_hint():
    q = parse_questionnaire(tagged_text().replace("[two-step, visibility]", "[two-stp]"),
                            "mini.yaml")
    problems = check_items(q, shipped_steps(), None, "mini.yaml")
    assert [p.message for p in problems] == [
        'item "must-protect" asks for unknown setting "two-stp". Did you mean "two-step"?']


def test_validate_reports_the_gap_with_file_and_line(tmp_path, capsys):
    (tmp_path / "q.yaml").write_text(tagged_text(), encoding="utf-8")
    steps = (tmp_path / "platform-steps.yaml")
    text = open("questionnaires/platform-steps.yaml", encoding="utf-8").read()
    # Drop Facebook's whole entry: every setting the item asks for is then missing there.
    steps.write_text(text[: text.index("  - platform: facebook")], encoding="utf-8")
    assert main(["validate", str(tmp_path / "q.yaml")]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'q.yaml'}:" in out and "no entry for Facebook" in out
    located = parse_yaml(tagged_text(), "q.yaml")
    assert len(check_questionnaire(tagged(), located, tmp_path)) == 2


@pytest.mark.parametrize("change, message", [
    (("setting: two-step\n        how: >-\n          Look for Two-factor",
      "setting: two-stepp\n        how: >-\n          Look for Two-factor"),
     'unknown setting "two-stepp". Did you mean "two-step"?'),
    (('checked: "2026-11-29"', 'checked: "2026-02-30"'), "is not a real date"),
    (("help: https://help.x.com/en/using-x/post-location",
      "help: http://help.x.com/en/using-x/post-location"), "web address starting https://"),
    (("sure: seen", "sure: maybe"), "use one of: seen, cited, unverified"),
])
def test_steps_file_mistakes_are_located(change, message):
    text = open("questionnaires/platform-steps.yaml", encoding="utf-8").read()
    assert change[0] in text
    bad = text.replace(change[0], change[1], 1)
    with pytest.raises(ProblemsError) as err:
        parse_steps(bad, "platform-steps.yaml")
    found = [str(p) for p in err.value.problems]
    assert any(message in f and f.startswith("platform-steps.yaml:") for f in found), found


def test_a_step_needs_how_or_not_possible():
    text = open("questionnaires/platform-steps.yaml", encoding="utf-8").read()
    bad = text.replace("        how: Delete a post from its own menu (the three dots). Check "
                       "the help centre for other options.\n", "", 1)
    with pytest.raises(ProblemsError) as err:
        parse_steps(bad, "s.yaml")
    assert 'needs "how"' in str(err.value)


def test_plan_holds_steps_for_chosen_platforms_only():
    plan = plan_for(tagged(), ["x", "linkedin"])
    item = next(pi for pi in plan.items if pi.item.id == "must-protect")
    assert [(s.platform, s.setting) for s in item.steps] == [
        ("X", "2-step verification"), ("LinkedIn", "2-step verification"),
        ("X", "Who can see your posts and profile"),
        ("LinkedIn", "Who can see your posts and profile")]
    linked = item.steps[1].step
    assert "Sign in & security" in linked.how
    assert linked.help == "https://www.linkedin.com/help/linkedin/answer/140321"
    others = [pi for pi in plan.items if pi.item.id != "must-protect"]
    assert all(pi.steps == [] for pi in others)
    as_json = item.to_dict()["platform_steps"]
    assert {s["platform"] for s in as_json} == {"X", "LinkedIn"}


def test_bluesky_says_plainly_what_cannot_be_done():
    plan = plan_for(tagged(), ["bluesky"])
    item = next(pi for pi in plan.items if pi.item.id == "must-protect")
    vis = next(s for s in item.steps if s.step.setting == "visibility")
    assert "no private accounts" in vis.step.not_possible
    assert "only Bluesky's own app" in vis.step.instead


def test_no_guidance_files_means_no_steps_and_no_error():
    from app.core.guidance import Guidance

    plan = plan_for(tagged(), ["x"], guidance=Guidance())
    assert all(pi.steps == [] for pi in plan.items)
    assert plan.upkeep.routes == []


def test_shipped_guidance_loads():
    g = shipped_guidance()
    assert g.steps is not None and g.incidents is not None


def test_plan_text_lists_the_chosen_platforms_steps():
    from app.core.plantext import render

    text = render(plan_for(tagged(), ["linkedin"]))
    assert "On LinkedIn, 2-step verification: Select Me" in text
    assert "https://www.linkedin.com/help/linkedin/answer/140321" in text
    assert "On X," not in text
    assert "Review this plan by" in text
