"""check-bio and the screening under it: each kind of finding, in plain words; clean bios pass."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.core import screening

EXAMPLES = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("DV cleared analyst", "clearance", "DV cleared"),
    ("Analyst. SC", "clearance", "SC"),
    ("Analyst, security cleared", "clearance", "security cleared"),
    ("Fully vetted project manager", "clearance", "vetted"),
    ("NPPV3 data analyst", "clearance", "NPPV3"),
    ("#DVcleared", "clearance", "#DVcleared"),
    ("CTC and proud", "clearance", "CTC"),
    ("Call 020 7946 0123", "phone", "020 7946 0123"),
    ("WhatsApp +44 7700 900123", "phone", "+44 7700 900123"),
    ("Email sian.jones@example.gov.uk", "email", "sian.jones@example.gov.uk"),
    ("Find me at 12 High Street", "address", "12 High Street"),
    ("Leeds LS1 4AB", "address", "LS1 4AB"),
    ("Official account of a policy nerd", "announcement", "Official"),
    ("Posting on behalf of the team", "announcement", "on behalf of"),
    ("Views my own", "shield", "Views my own"),
    ("All views are my own. RTs ≠ endorsement", "shield", "views are my own"),
    ("Opinions mine", "shield", "Opinions mine"),
])
def test_each_kind_is_found_with_the_words_quoted(text, kind, found):
    got = screening.check_bio(text, 160, "X")
    assert [(f.kind, f.found) for f in got if f.kind == kind][:1] == [(kind, found)]
    assert all(f.message[0].isupper() and f.message.endswith(".") for f in got)


@pytest.mark.parametrize("text", [
    "Policy adviser at the Department for Education. Posts about skills. Personal account.",
    "Customs clearance and trade policy. Based in Dover.",  # clearance of goods, not people
    "BSc, MSc. Official statistics and data. Born 1987.",  # statistics are not announcements
    "Rugby 🏴󠁧󠁢󠁷󠁬󠁳󠁿, baking 👩‍👩‍👧‍👦. Personal account.",
    "Tax, customer service and digital public services · HMRC",
])
def test_clean_bios_pass(text):
    assert screening.check_bio(text, 160, "X") == []


def test_over_the_limit_says_by_how_much_in_graphemes():
    got = screening.check_bio("🏴󠁧󠁢󠁷󠁬󠁳󠁿" * 161, 160, "X")
    assert [f.kind for f in got] == ["over_limit"]
    assert got[0].message == "Is 161 characters long; X allows 160. Take out 1."
    assert screening.check_bio("🏴󠁧󠁢󠁷󠁬󠁳󠁿" * 160, 160, "X") == []


def test_employer_role_and_town_are_flagged_only_where_the_plan_forbids_them():
    text = "Policy adviser at DfE. Based in Sheffield."
    known = {"job_title": "Policy adviser", "org_short": "DfE", "location": "Sheffield"}
    assert screening.check_bio(text, 160, "X", frozenset(), known) == []
    kinds = [f.kind for f in screening.check_bio(
        text, 160, "X", frozenset({"employer", "role", "location"}), known)]
    assert kinds == ["role", "employer", "location"]
    # Without the person's answers, common employer and place wording is still found.
    kinds = [f.kind for f in screening.check_bio(
        "Civil servant at the Home Office, living in Swansea", 160, "X",
        frozenset({"employer", "location"}))]
    assert kinds == ["employer", "location"]


def test_employer_and_town_together_are_flagged_for_an_exposed_family():
    got = screening.check_bio("Works at HMRC · Lives in Manchester", 101, "Facebook",
                              frozenset({"employer+location"}), {"location": "Manchester"})
    assert [f.kind for f in got] == ["family"]
    assert "family" in got[0].message
    assert screening.check_bio("Works at HMRC", 101, "Facebook",
                               frozenset({"employer+location"})) == []


def test_typed_values_lose_only_what_must_never_show():
    found = screening.never_shown("Intelligence analyst (DV cleared)")
    assert screening.without("Intelligence analyst (DV cleared)", found) == \
        "Intelligence analyst"
    assert screening.without("me@example.gov.uk", screening.never_shown("me@example.gov.uk")) \
        == ""


def test_cli_clean_bio_exits_0(capsys):
    assert main(["check-bio", "--platform", "x", "Policy adviser at DfE. Personal account."]) == 0
    assert "nothing to change" in capsys.readouterr().out


def test_cli_flags_each_finding_in_plain_words_and_exits_1(capsys):
    assert main(["check-bio", "--platform", "x", "DV cleared. Views my own. "
                 "Call 07700 900123. Official account " + "x" * 120]) == 1
    out = capsys.readouterr().out
    assert "4 things" not in out and "5 things to look at" in out
    for words in ("security clearance", "“Views my own”", "phone number", "announcement",
                  "X allows 160"):
        assert words in out


def test_cli_uses_the_plans_rules_with_answers(capsys):
    answers = str(EXAMPLES / "high-risk-under-threat.json")
    bio = "Immigration enforcement officer, Home Office. Based in Swansea."
    assert main(["check-bio", "--platform", "x", "--answers", answers, bio]) == 1
    out = capsys.readouterr().out
    assert "gives your job" in out.lower() and "names your employer" in out.lower()
    assert "says where you are" in out.lower()
    # The same bio is fine for a mixed account that may name all three.
    mixed = str(EXAMPLES / "mixed-new-starter.json")
    assert main(["check-bio", "--platform", "x", "--answers", mixed,
                 "Policy adviser at DfE. Based in Sheffield."]) == 0


def test_cli_reads_a_file_and_refuses_what_is_not_one(tmp_path, capsys):
    f = tmp_path / "bio.txt"
    f.write_text("Runner 🏴󠁧󠁢󠁷󠁬󠁳󠁿. Email me: a@b.co.uk\n", encoding="utf-8")
    assert main(["check-bio", "--platform", "instagram", "--file", str(f)]) == 1
    assert "email address" in capsys.readouterr().out
    assert main(["check-bio", "--platform", "x", "--file", "/dev/zero"]) == 2
    assert "not a file" in capsys.readouterr().err
    assert main(["check-bio", "--platform", "myspace", "hello"]) == 2
    assert "use one of: x, linkedin" in capsys.readouterr().err


def test_plan_json_lists_variants_and_findings(capsys):
    assert main(["plan", "--json", str(EXAMPLES / "mixed-new-starter.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    linkedin = next(b for b in data["bios"] if b["platform"] == "linkedin")
    assert len(linkedin["variants"]) >= 2 and linkedin["extras"][0]["label"] == "About"
    assert linkedin["findings"] == [] and linkedin["display_name"] == "Siân Jones"
