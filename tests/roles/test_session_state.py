"""The session without Qt: what a person entered, the modified flag, notes kept across a
mode switch, and presets and organisation packs that last through a save and a restart."""

from __future__ import annotations

import pytest

from app.core.answers import Answers, parse_answers
from app.core.config_packs import installed
from app.core.session import Setup
from app.core.session_state import KEPT_NOTES, Session, restore_setup
from tests.helpers.roles import GOOD, PACK, png


@pytest.fixture
def files(tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "org.yaml").write_text(PACK)
    (tmp_path / "preset.yaml").write_text(GOOD)
    return tmp_path


def session(small, setup: Setup | None = None) -> Session:
    s = Session(small, setup or Setup(small))
    s.use_setup(s.setup)
    return s


def test_changes_set_the_modified_flag_and_saving_clears_it(small, tmp_path):
    s = session(small)
    assert not s.modified and not s.has_input()
    s.set_answer("purpose", "mixed")
    assert s.modified and s.has_input()
    s.saved_to(tmp_path / "a.json")
    assert not s.modified
    s.set_answer("purpose", "mixed")  # the same answer again is no change
    assert not s.modified
    s.tick("two-step", True)
    assert s.modified and s.answers().ticks == {"two-step": True}


def test_notes_survive_a_switch_to_on_my_own_but_leave_the_plan(small):
    s = session(small)
    assert s.set_mode("line_manager") == ""
    s.set_note("purpose", "We talked it through.")
    s.set_sign_off("date", "01/12/2026")
    assert s.set_mode("alone") == KEPT_NOTES
    saved = s.answers()
    assert saved.notes == {"purpose": "We talked it through."}
    assert saved.sign_off.date == "01/12/2026"
    assert s.plan_answers().notes == {} and s.plan_answers().sign_off.date == ""
    s.set_mode("line_manager")
    assert s.plan_answers().notes == {"purpose": "We talked it through."}


def test_a_hidden_answer_is_kept_while_typing_but_not_saved(small):
    s = session(small)
    s.set_answer("name", "Alex")
    s.set_answer("threat", True)
    assert s.answers().answers == {"name": "Alex", "threat": True}
    s.set_answer("name", "   ")
    assert "name" not in s.answers().answers


def test_the_saved_answers_carry_the_preset_and_organisation(small, files):
    setup = Setup.load(small, organisation=files / "org.yaml", preset=files / "preset.yaml")
    s = session(small, setup)
    saved = parse_answers(s.answers().to_json())  # through the file format and back
    assert saved.preset is not None and saved.preset.id == "high-risk"
    assert saved.preset.set_by == "Sam Patel (Security officer), security@example.org"
    assert saved.preset.preset["answers"]["flagged"] == {"value": True, "locked": True}
    assert saved.preset.preset["raise_to_must"] == ["two-step"]
    assert len(saved.preset.sha256) == 64
    assert saved.organisation is not None and saved.organisation.title
    # Reopened where nothing is set up: both are applied again from their files.
    again, told = restore_setup(Setup(small), saved)
    assert told == []
    assert again.preset is not None and again.locked() == {"flagged": True}
    assert again.organisation is not None


def test_a_missing_preset_still_locks_what_it_recorded_and_says_so(small, files):
    s = session(small, Setup.load(small, preset=files / "preset.yaml"))
    saved = parse_answers(s.answers().to_json())
    (files / "preset.yaml").unlink()
    again, told = restore_setup(Setup(small), saved)
    assert again.locked() == {"flagged": True}
    plan = again.plan(Answers.blank(small))
    assert {pi.item.id: pi.item.priority for pi in plan.items}["two-step"] == "must"
    assert len(told) == 1 and "High-risk staff" in told[0] and "could not be found" in told[0]


def test_a_computer_wide_pack_wins_over_the_users_own(small, files, tmp_path, monkeypatch):
    computer = tmp_path / "etc-xdg"
    (computer / "profile-planner").mkdir(parents=True)
    (computer / "profile-planner" / "preset.yaml").write_text(GOOD)
    user = tmp_path / "config" / "profile-planner"
    user.mkdir(parents=True, exist_ok=True)
    (user / "preset.yaml").write_text(GOOD.replace("High-risk staff", "Mine"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(computer))
    assert installed()["preset"][1] == "computer"
    setup = Setup.load(small, preset=files / "preset.yaml")
    assert setup.preset is not None and setup.preset_fixed
    assert setup.preset_path == computer / "profile-planner" / "preset.yaml"
    assert setup.notes == (f"{files / 'preset.yaml'} was not used: this computer is set up "
                           f"with {computer / 'profile-planner' / 'preset.yaml'}, which comes "
                           "first.",)
    (computer / "profile-planner" / "preset.yaml").unlink()
    assert Setup.load(small).preset.title == "Mine"


def test_sign_off_dates_must_be_real_and_each_signature_has_its_own(small):
    s = session(small)
    s.set_mode("line_manager")
    s.set_sign_off("date", "31/02/2026")
    s.set_sign_off("manager_date", "tomorrow")
    assert s.sign_off_problems() == [
        ("Enter the date you sign as a real date, like 27/3/2026", "date"),
        ("Enter the date your line manager signs as day, month and year, like 27/3/2026",
         "manager_date")]
    s.set_sign_off("date", "28/2/2026")
    s.set_sign_off("manager_date", "2026-03-02")
    assert s.sign_off_problems() == []
    saved = s.answers().sign_off
    assert (saved.date, saved.manager_date) == ("28/2/2026", "2026-03-02")
