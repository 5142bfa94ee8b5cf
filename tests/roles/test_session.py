"""One setup for the command line and the wizard: organisation content, contacts, presets."""

from __future__ import annotations

import pytest

from app.core.answers import Answers
from app.core.problems import ProblemsError
from app.core.session import Setup, check_files, config_organisation_path
from tests.helpers.roles import GOOD, PACK, png


@pytest.fixture
def files(tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "org.yaml").write_text(PACK)
    (tmp_path / "preset.yaml").write_text(GOOD)
    return tmp_path


def answers(small, **given) -> Answers:
    a = Answers.blank(small)
    a.answers.update(given)
    return a


def test_locked_answer_wins_over_the_answers_given(small, files):
    setup = Setup.load(small, preset=files / "preset.yaml")
    plan = setup.plan(answers(small, flagged=False, threat=False, purpose="mixed"))
    assert plan.tier.id == "high"
    assert plan.answers.answers["flagged"] is True
    assert plan.answers.answers["purpose"] == "mixed"  # not locked: the person's choice stays
    assert plan.locked == {"flagged"}
    assert plan.preset is not None and plan.preset.set_by.name == "Sam Patel"
    # The reason does not claim the person said what the officer set.
    assert plan.tier_because == ["Flagged?: Yes (set by your security officer)"]


def test_preset_raises_items_to_must_and_puts_them_first(small, files):
    before = Setup(small).plan(answers(small, purpose="mixed"))
    after = Setup.load(small, preset=files / "preset.yaml").plan(answers(small))
    assert {pi.item.id: pi.item.priority for pi in before.items}["two-step"] == "should"
    assert {pi.item.id: pi.item.priority for pi in after.items}["two-step"] == "must"
    assert after.start_here()[0].item.id in ("two-step", "hide-employer")


def test_organisation_contact_goes_into_the_items_that_ask_for_it(small, files):
    plan = Setup.load(small, organisation=files / "org.yaml").plan(answers(small))
    contacts = {pi.item.id: pi.contact for pi in plan.items}
    assert contacts["press"] == "DfT press office, press@example.org, 020 7946 0000"
    assert contacts["two-step"] is None  # asks no one
    assert "dft-register" in contacts  # the organisation's own item
    assert plan.organisation is not None and plan.organisation.org.short_name == "DfT"


def test_without_a_pack_the_preset_officer_is_the_security_contact(small, files):
    setup = Setup.load(small, preset=files / "preset.yaml")
    assert setup.contact_line("security") == (
        "Your security officer: Sam Patel (Security officer), security@example.org")
    assert setup.contact_line("press_office") is None


def test_the_configured_organisation_is_used_when_none_is_named(small, files, own_config):
    own_config.mkdir(parents=True)
    assert config_organisation_path() == own_config / "organisation.yaml"
    (own_config / "logo.png").write_bytes(png())
    (own_config / "organisation.yaml").write_text(PACK)
    assert Setup.load(small).organisation is not None
    assert Setup.load(small, use_config=False).organisation is None


def test_a_preset_naming_an_item_only_the_old_pack_had_is_refused_on_change(small, files):
    (files / "preset.yaml").write_text(GOOD.replace("[two-step]", "[dft-register]"))
    with pytest.raises(ProblemsError):
        Setup.load(small, preset=files / "preset.yaml")  # no pack: no such item
    setup = Setup.load(small, organisation=files / "org.yaml", preset=files / "preset.yaml")
    assert {pi.item.id: pi.item.priority for pi in setup.plan(answers(small)).items}[
        "dft-register"] == "must"


def test_files_are_checked_as_their_kind_says(small, files, tmp_path):
    q_path = tmp_path / "small.yaml"
    from tests.helpers.roles import SMALL

    q_path.write_text(SMALL)
    (files / "bad-preset.yaml").write_text(GOOD.replace("flagged: {value", "flaged: {value"))
    (files / "bad-org.yaml").write_text(PACK.replace("short_name: DfT", "shortname: DfT"))
    (files / "odd.yaml").write_text("schema_version: 1\nkind: presett\n")
    paths = [files / n for n in ("org.yaml", "preset.yaml", "bad-preset.yaml", "bad-org.yaml",
                                 "odd.yaml")]
    problems = [str(p) for p in check_files(paths, q_path)]
    assert any(p.startswith(f"{files / 'bad-preset.yaml'}:8:") and 'unknown question "flaged"'
               in p for p in problems), problems
    assert any(p.startswith(f"{files / 'bad-org.yaml'}:4:") for p in problems), problems
    assert any(p.startswith(f"{files / 'odd.yaml'}:2:") and 'Did you mean "preset"' in p
               for p in problems), problems
    assert not [p for p in problems if "/org.yaml" in p or "/preset.yaml" in p]
