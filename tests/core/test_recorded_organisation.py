"""An organisation pack is recorded in saved answers as fully as a preset: who it is, who set
it, its checklist items and contacts, and the hash of its file. When the file is gone at
resume, the recorded pack still applies and the person is told. No Qt."""

from __future__ import annotations

import pytest

from app.core.answers import Answers, parse_answers
from app.core.loader import parse_questionnaire
from app.core.session import Setup
from app.core.session_state import Session, restore_setup
from tests.helpers.roles import GOOD, PACK, SMALL, png


@pytest.fixture
def small():
    return parse_questionnaire(SMALL, "small.yaml")


@pytest.fixture
def pack(tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "org.yaml").write_text(PACK)
    return tmp_path / "org.yaml"


def saved_with(small, setup: Setup) -> Answers:
    """A session made with this setup, saved to the file format and read back."""
    session = Session(small, setup)
    session.use_setup(setup)
    session.set_answer("purpose", "mixed")
    return parse_answers(session.answers().to_json())


def items(setup: Setup, small) -> dict[str, str]:
    plan = setup.plan(Answers.blank(small))
    return {pi.item.id: pi.item.priority for pi in plan.items}


def test_the_saved_answers_record_the_whole_pack(small, pack):
    saved = saved_with(small, Setup(small).with_organisation(pack))
    org = saved.organisation
    assert org is not None
    assert (org.id, org.title) == ("DfT", "Department for Testing")
    assert org.set_by == "Security team, security@example.org"
    assert org.file == str(pack) and len(org.sha256) == 64
    recorded = {it["id"]: it["priority"] for it in org.organisation["content"]["items"]}
    assert recorded == {"two-step": "must", "dft-register": "should"}
    assert org.organisation["contacts"]["press_office"]["name"] == "DfT press office"


def test_a_missing_pack_still_applies_as_recorded_and_says_so(small, pack):
    with_file = Setup(small).with_organisation(pack)
    saved = saved_with(small, with_file)
    pack.unlink()
    again, told = restore_setup(Setup(small), saved)
    assert again.organisation is not None and again.organisation_source == "recorded"
    # The pack's own item, and its must in place of the questionnaire's should, hold.
    assert items(again, small) == items(with_file, small)
    assert items(again, small)["two-step"] == "must" and "dft-register" in items(again, small)
    assert again.contact_line("press_office") == with_file.contact_line("press_office")
    assert again.organisation.logo is None  # the logo is a file of its own, also gone
    assert len(told) == 1
    assert told[0].startswith("The organisation pack for Department for Testing could not be "
                              f"found at {pack}. Its contacts and checklist items still apply")
    assert "logo is left out" in told[0] and "Security team, security@example.org" in told[0]
    # Saved again, it records the same pack and file; opened again, nothing new to say.
    resaved = saved_with(small, again)
    assert resaved.organisation == saved.organisation
    assert restore_setup(again, resaved) == (again, [])


def test_a_missing_pack_and_preset_both_hold(small, pack):
    (pack.parent / "preset.yaml").write_text(GOOD)
    setup = Setup(small).with_organisation(pack).with_preset(pack.parent / "preset.yaml")
    saved = saved_with(small, setup)
    pack.unlink()
    (pack.parent / "preset.yaml").unlink()
    again, told = restore_setup(Setup(small), saved)
    assert again.locked() == {"flagged": True}
    assert items(again, small) == items(setup, small)
    assert len(told) == 2


def test_a_pack_with_problems_now_gives_way_to_the_recorded_one(small, pack):
    saved = saved_with(small, Setup(small).with_organisation(pack))
    pack.write_text(PACK.replace("section: start", "section: nowhere"))
    again, told = restore_setup(Setup(small), saved)
    assert "dft-register" in items(again, small)
    assert told[0].startswith(f"The organisation pack for Department for Testing at {pack} "
                              "has problems")


@pytest.mark.parametrize("record", [
    {},  # saved before packs were recorded in full
    {"name": 5},  # hand-edited into nonsense
])
def test_an_old_or_damaged_record_leaves_the_pack_out_and_says_so(small, pack, record):
    saved = saved_with(small, Setup(small).with_organisation(pack))
    saved = saved.model_copy(update={"organisation": saved.organisation.model_copy(
        update={"organisation": record})})
    pack.unlink()
    again, told = restore_setup(Setup(small), saved)
    assert again.organisation is None and "dft-register" not in items(again, small)
    assert told == [f"The organisation pack for Department for Testing could not be found at "
                    f"{pack}, so its contacts and extra checklist items are left out. Open it "
                    "again with File > Open organisation."]


def test_the_example_pack_comes_back_from_its_record_unchanged(questionnaire):
    """Conditions (`not`, `in`) are recorded under the names the pack file uses."""
    from app.core.organisation import recorded_organisation
    from tests.helpers import EXAMPLES

    path = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"
    setup = Setup(questionnaire).with_organisation(path)
    _, record = setup.records()
    assert record is not None
    rebuilt = recorded_organisation(record.organisation, questionnaire)
    assert rebuilt.org == setup.organisation.org
    assert rebuilt.questionnaire.items == setup.merged.items
