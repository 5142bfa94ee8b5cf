"""Keeping a plan true: guidance dates, stale warnings, review dates, calendar reminders,
and what changed since an answers file was saved."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from icalendar import Calendar

from app.core.answers import Answers, parse_answers
from app.core.changes import stamp
from app.core.guidance import parse_incidents
from app.core.organisation import parse_organisation
from app.core.preset import parse_preset
from app.core.reminder import reminder_ics
from app.core.session import Setup
from app.core.upkeep import add_months, attach
from tests.helpers.upkeep import answers_for, plan_for, shipped_guidance, tagged, tagged_text

ORG = """\
schema_version: 1
kind: organisation
name: Department for Example
short_name: DfEx
reviewed: "2025-06-01"
stale_after_months: 6
review_every_months: 6
contacts:
  security: {name: DfEx security team, email: security@example.gov.uk}
"""

PRESET = """\
schema_version: 1
kind: preset
id: high
title: High risk
questionnaire: mini
set_by: {name: Alex Officer, role: Security officer}
review_every_months: 1
"""


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 11, 29), 3, dt.date(2027, 2, 28)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2026, 12, 5), 12, dt.date(2027, 12, 5)),
])
def test_add_months_keeps_the_day_or_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_review_by_is_three_months_and_guidance_date_is_the_oldest():
    q = tagged().model_copy(update={"reviewed": "2026-10-01"})
    plan = plan_for(q, ["x"])
    up = attach(plan, shipped_guidance(), lambda kind: None, dt.date(2026, 11, 29))
    assert up.review_by == dt.date(2027, 2, 28)
    assert up.checked_on == dt.date(2026, 10, 1)
    assert up.checked_words() == "Guidance checked on 1 October 2026."
    assert not up.stale and up.stale_words() is None


def test_content_older_than_twelve_months_is_flagged():
    q = tagged().model_copy(update={"reviewed": "2025-10-01"})
    plan = plan_for(q, ["x"])
    up = attach(plan, shipped_guidance(), lambda kind: None, dt.date(2026, 11, 29))
    assert up.stale
    assert "more than 12 months ago" in up.stale_words()


def test_an_organisation_sets_its_own_date_and_periods():
    q = tagged()
    setup = Setup(q, guidance=shipped_guidance())
    setup = Setup(q, organisation=parse_organisation(ORG, q), guidance=shipped_guidance())
    plan = setup.plan(answers_for(q, ["x"]))
    up = attach(plan, shipped_guidance(), setup.contact_line, dt.date(2026, 1, 10))
    assert up.checked_on == dt.date(2025, 6, 1)  # the pack's date is the oldest
    assert up.stale and "more than 6 months ago" in up.stale_words()
    assert up.review_by == dt.date(2026, 7, 10)


def test_a_preset_sets_the_review_period():
    q = tagged()
    setup = Setup(q, organisation=parse_organisation(ORG, q), guidance=shipped_guidance())
    setup = Setup(q, organisation=setup.organisation, preset=parse_preset(PRESET, q),
                  guidance=shipped_guidance())
    plan = setup.plan(answers_for(q, ["x"]))
    up = attach(plan, shipped_guidance(), setup.contact_line, dt.date(2026, 1, 10))
    assert up.review_by == dt.date(2026, 2, 10)  # the preset's month beats the pack's six


def test_calendar_reminder_parses_with_the_review_date():
    data = reminder_ics(dt.date(2027, 2, 28), dt.date(2026, 11, 29))
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    ev = events[0]
    assert ev.decoded("dtstart") == dt.date(2027, 2, 28)
    assert ev.decoded("dtend") == dt.date(2027, 3, 1)
    assert str(ev["summary"]) == "Review your social media plan"
    assert str(cal["version"]) == "2.0" and "Profile Planner" in str(cal["prodid"])
    assert [str(a["action"]) for a in ev.walk("VALARM")] == ["DISPLAY"]
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\n" in data
    # Nothing about the person goes into a calendar that may be shared or synced.
    assert b"Sam" not in data and b"threat" not in data.lower()
    assert reminder_ics(dt.date(2027, 2, 28), dt.date(2026, 11, 29)) == data


def test_progress_counts_ticked_items():
    q = tagged()
    plan = plan_for(q, ["x"], ticks={"must-protect": True, "must-start": True,
                                     "not-an-item": True})
    assert plan.upkeep.progress_words() == f"2 of {len(plan.items)} done"


def _older(q, saved_plan_q=None):
    """An answers file saved with an older version of the questionnaire."""
    older_q = saved_plan_q or q
    plan = plan_for(older_q, ["linkedin"])
    return stamp(plan, shipped_guidance().steps)


def test_opening_a_file_saved_with_an_older_questionnaire_shows_what_changed():
    text = tagged_text()
    from app.core.loader import parse_questionnaire

    old_q = parse_questionnaire(
        text.replace('version: "1"', 'version: "0.9"')
        .replace("    settings: [two-step, visibility]\n", "")  # no platform steps then
        .replace("    priority: should\n    sources: [{source: code, section: \"3\"}]",
                 "    priority: consider\n    sources: [{source: code, section: \"3\"}]")
        .replace("  - id: consider-start\n", "  - id: old-item\n    section: start\n"
                 "    title: An item since removed\n    detail: Gone now.\n"
                 "    priority: should\n    sources: [{source: guide}]\n"
                 "  - id: consider-start\n", 1)
        .replace("  - id: must-start\n    section: start\n    title: Know the code applies\n"
                 "    detail: A must item in the first section.\n    priority: must\n"
                 "    sources: [{source: code}]\n", ""), "old.yaml")
    guidance = shipped_guidance()
    old_plan = Setup(old_q, guidance=guidance).plan(answers_for(old_q, ["linkedin"]))
    saved = stamp(old_plan, guidance.steps.model_copy(update={"platforms": []}))
    answers = answers_for(old_q, ["linkedin"], ticks={"must-protect": True,
                                                      "consider-start": True,
                                                      "old-item": True})
    answers = answers.model_copy(update={"saved_with": saved})
    # Round trip through the file format, as a saved file would be read back.
    reread = parse_answers(answers.to_json())
    assert reread.saved_with == saved
    assert json.loads(answers.to_json())["saved_with"]["version"] == "0.9"

    new_q = tagged()
    plan = Setup(new_q, guidance=guidance).plan(reread)
    ch = plan.upkeep.changes
    assert ch is not None
    assert (ch.version_then, ch.version_now) == ("0.9", "1")
    assert ch.new_items == ["Know the code applies"]
    assert ch.removed_items == ["An item since removed"]
    assert ch.priority == [("Read the code", "consider", "should")]
    assert ch.new_steps == ["LinkedIn: 2-step verification",
                            "LinkedIn: Who can see your posts and profile"]
    assert "New: Know the code applies" in ch.lines()
    # Ticks of items that are still there are kept; the new item starts unticked.
    ticked = {pi.item.id for pi in plan.items if plan.answers.ticks.get(pi.item.id)}
    assert ticked == {"must-protect", "consider-start"}
    assert plan.upkeep.progress_words() == f"2 of {len(plan.items)} done"


def test_same_guidance_means_no_changes():
    q = tagged()
    g = shipped_guidance()
    plan = Setup(q, guidance=g).plan(answers_for(q, ["x"]))
    answers = answers_for(q, ["x"]).model_copy(update={"saved_with": stamp(plan, g.steps)})
    assert Setup(q, guidance=g).plan(answers).upkeep.changes is None


def test_an_old_file_without_a_fingerprint_says_the_version_changed():
    q = tagged()
    answers = answers_for(q, ["x"])
    answers = answers.model_copy(update={"questionnaire": answers.questionnaire.model_copy(
        update={"version": "0.1"})})
    ch = Setup(q, guidance=shipped_guidance()).plan(answers).upkeep.changes
    assert ch is not None and ch.unknown
    assert "version 0.1, now 1" in ch.lines()[0]


def test_routes_name_the_organisation_first_then_the_chosen_platforms():
    q = tagged()
    setup = Setup(q, organisation=parse_organisation(ORG, q), guidance=shipped_guidance())
    plan = setup.plan(answers_for(q, ["x", "bluesky"]))
    hacked = next(r for r in plan.upkeep.routes if r.id == "hacked")
    whos = [t.who for t in hacked.tell]
    assert whos[0].startswith("DfEx security team")
    assert whos[1:3] == ["X", "Bluesky"]
    assert hacked.tell[1].url == "https://help.x.com/en"
    fraud = next(t for t in hacked.tell if t.who == "Report Fraud")
    assert fraud.phone == "0300 123 2040" and "Scotland" in fraud.what
    # Without a pack the generic wording stands.
    plain = Setup(q, guidance=shipped_guidance()).plan(answers_for(q, ["x"]))
    first = next(r for r in plain.upkeep.routes if r.id == "hacked").tell[0]
    assert first.who == "Your security team or line manager"


def test_footprint_only_at_elevated_and_high():
    q = tagged()
    low = plan_for(q, ["x"])
    assert low.tier.id == "standard" and low.upkeep.footprint is None
    high = plan_for(q, ["x"], answers={"threat": True})
    assert high.tier.id == "high"
    titles = [s.title for s in high.upkeep.footprint.steps]
    assert "Opt out of the open electoral register" in titles
    assert any("Companies House" in t for t in titles)
    sources = high.upkeep.footprint_sources
    assert sources["open-register"].url == \
        "https://www.gov.uk/electoral-register/opt-out-of-the-open-register"


def test_incident_contacts_must_come_first():
    text = open("questionnaires/incidents.yaml", encoding="utf-8").read()
    bad = text.replace("""    tell:
      - contact: security
        who: Your security team or line manager
        what: Tell them at once, especially if the account names your job.
      - platform: true
        who: The platform
        what: Report the hacked account as its help pages explain.
""", """    tell:
      - platform: true
        who: The platform
        what: Report the hacked account as its help pages explain.
      - contact: security
        who: Your security team or line manager
        what: Tell them at once, especially if the account names your job.
""", 1)
    assert bad != text
    from app.core.problems import ProblemsError

    with pytest.raises(ProblemsError) as err:
        parse_incidents(bad, "incidents.yaml")
    assert "organisation's contacts first" in str(err.value)
    assert str(err.value).startswith("incidents.yaml:")


def test_answers_without_the_new_field_still_load():
    old = '{"schema_version": 1, "questionnaire": {"id": "mini", "version": "1"}}'
    assert parse_answers(old).saved_with is None
    assert isinstance(parse_answers(old), Answers)


def test_generate_writes_a_reminder_a_calendar_reads(tmp_path, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 1 December 2026
    out = tmp_path / "plan.pdf"
    assert main(["generate", "examples/mixed-new-starter.json", "-o", str(out),
                 "--ics", str(tmp_path / "review.ics")]) == 0
    cal = Calendar.from_ical((tmp_path / "review.ics").read_bytes())
    assert next(iter(cal.walk("VEVENT"))).decoded("dtstart") == dt.date(2027, 3, 1)
