"""Organisation packs: contacts, extra items, and a logo that may be missing or broken."""

from __future__ import annotations

import pytest

from app.core.organisation import load_organisation, parse_organisation
from app.core.problems import ProblemsError
from tests.helpers.roles import PACK, png


def test_pack_overrides_and_adds_items_and_keeps_contacts(small, tmp_path):
    (tmp_path / "logo.png").write_bytes(png())
    (tmp_path / "org.yaml").write_text(PACK)
    loaded = load_organisation(tmp_path / "org.yaml", small)
    items = {it.id: it for it in loaded.questionnaire.items}
    assert items["two-step"].priority == "must"
    assert items["two-step"].title == "Turn on 2-step verification today"
    assert "dft-register" in items
    assert [it.id for it in loaded.questionnaire.items][:3] == ["two-step", "press",
                                                                 "hide-employer"]
    assert loaded.logo_kind == "png" and loaded.notes == []
    assert loaded.contact_line("press_office") == (
        "DfT press office: DfT press office, press@example.org, 020 7946 0000")


@pytest.mark.parametrize("content, reason", [
    (None, "was not found"),
    (b"not a picture at all", "is not a PNG or SVG image"),
    (b"\x89PNG\r\n\x1a\n\x00", "is not a PNG or SVG image"),
])
def test_missing_or_corrupt_logo_gives_a_note_not_a_crash(small, tmp_path, content, reason):
    if content is not None:
        (tmp_path / "logo.png").write_bytes(content)
    (tmp_path / "org.yaml").write_text(PACK)
    loaded = load_organisation(tmp_path / "org.yaml", small)
    assert loaded.logo is None
    assert reason in loaded.notes[0] and "logo.png" in loaded.notes[0]


@pytest.mark.parametrize("old, new, line, words", [
    ("section: start\n      title: Tell", "section: strat\n      title: Tell", 22,
     'unknown section "strat". Did you mean "start"?'),
    ("short_name: DfT", "shortname: DfT", 4, 'unknown key "shortname"'),
    ("press_office: {", "press_ofice: {", 7, "press_ofice"),
    ("{source: dft-policy, section", "{source: dft-polcy, section", 26, 'unknown source "dft-polcy"'),
])
def test_invalid_pack_is_rejected_with_a_located_message(small, old, new, line, words):
    assert old in PACK
    with pytest.raises(ProblemsError) as caught:
        parse_organisation(PACK.replace(old, new), small, name="org.yaml")
    found = [p for p in caught.value.problems if words in p.message]
    assert found, [str(p) for p in caught.value.problems]
    assert found[0].line == line
