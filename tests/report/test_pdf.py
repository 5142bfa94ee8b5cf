"""The PDF read back as a person's PDF reader sees it: text, tick boxes, bookmarks, metadata."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from tests.helpers.pdf import uncompressed
from tests.helpers.report import MARKUP, NAMES, flat, pdf_text


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _outline_titles(outline: list) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        if isinstance(entry, list):
            titles += _outline_titles(entry)
        else:
            titles.append(entry.title)
    return titles


def test_every_item_prints_with_title_detail_and_priority(plan_of, render):
    plan = plan_of(text={"name": "Siân Jones", "job_title": "Policy adviser"})
    text = flat(pdf_text(render(plan)))
    assert plan.items, "the answers should produce a checklist"
    for pi in plan.items:
        assert flat(pi.item.title) in text
        assert flat(pi.item.detail) in text
    assert "MUST DO" in text
    for pi in plan.items:
        if pi.because:
            assert flat("Because you said " + "; ".join(pi.because)) in text
            break


def test_one_tick_box_per_item_named_by_its_title_and_not_required(plan_of, render):
    plan = plan_of()
    fields = _reader(render(plan)).get_fields()
    boxes = {k: v for k, v in fields.items() if v.get("/FT") == "/Btn"}
    assert len(boxes) == len(plan.items)
    titles = {pi.item.title for pi in plan.items}
    assert {v["/TU"] for v in boxes.values()} == titles
    assert all(int(v.get("/Ff", 0)) & 2 == 0 for v in boxes.values())  # bit 2: required


def test_ticked_items_arrive_ticked(questionnaire, plan_of, render):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire)
    first = build_plan(questionnaire, answers).items[0].item
    answers.ticks[first.id] = True
    fields = _reader(render(build_plan(questionnaire, answers))).get_fields()
    ticked = [v["/TU"] for v in fields.values() if v.get("/V") == "/Yes"]
    assert ticked == [first.title]


def test_outline_has_each_part_and_section(plan_of, render):
    plan = plan_of(mode="line_manager")
    titles = _outline_titles(_reader(render(plan)).outline)
    for part in ("Summary", "Your checklist", "Draft bios", "Notes from your conversation"):
        assert part in titles
    for group, _ in plan.groups():
        assert group.title in titles
    assert "Start here" in titles


def test_metadata_names_the_document_and_nothing_about_the_computer(plan_of, render):
    plan = plan_of(text={"name": "Siân Jones"})
    reader = _reader(render(plan))
    meta = reader.metadata
    assert meta.title == plan.questionnaire.title
    # Document properties travel with the file: the app, never the person or their risk.
    assert meta.author == "Profile Planner"
    assert "Siân" not in str(dict(meta)) and "risk" not in meta.subject.lower()
    assert meta["/Creator"] == meta["/Producer"] == "Profile Planner"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_a_high_risk_plan_is_marked_on_page_1_and_its_metadata_stays_generic(plan_of, render):
    plan = plan_of(yes=True, text={"name": "Siân Jones"})
    assert plan.tier.id == "high"
    reader = _reader(render(plan))
    first = reader.pages[0].extract_text()
    assert "Handle with care" in first and "personal security information" in first
    meta = reader.metadata
    assert meta.author == "Profile Planner"
    assert "high" not in meta.subject.lower() and "Siân" not in str(dict(meta))
    calm = _reader(render(plan_of(yes=False))).pages[0].extract_text()
    assert "Handle with care" not in calm


def test_the_author_is_the_app_when_no_name_given(plan_of, render):
    meta = _reader(render(plan_of())).metadata
    assert meta.author == "Profile Planner"


def test_no_file_paths_or_account_names_inside(plan_of, render, tmp_path):
    import pathlib

    from app.core.paths import resources_dir

    data = render(plan_of(text={"name": "Siân Jones"}))
    raw = uncompressed(data)
    for secret in (str(resources_dir()), str(pathlib.Path.home()), str(pathlib.Path.cwd()),
                   ".ttf"):
        assert secret.encode() not in raw, secret


def test_every_page_says_page_x_of_y(plan_of, render):
    reader = _reader(render(plan_of(mode="line_manager")))
    total = len(reader.pages)
    assert total > 1
    for n, page in enumerate(reader.pages, 1):
        assert re.search(rf"Page {n} of\s+{total}\b", page.extract_text())


def test_names_in_many_scripts_print_intact(questionnaire, render):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire, text={"name": NAMES[0]}, mode="line_manager")
    answers.notes["general"] = "\n".join(NAMES)
    answers.sign_off.person, answers.sign_off.manager = NAMES[1], NAMES[4]
    text = pdf_text(render(build_plan(questionnaire, answers)))
    for name in NAMES:
        assert name in text
    assert "Characters this PDF cannot show" not in text


def test_typed_markup_prints_literally_and_does_nothing(questionnaire, render, tmp_path):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire, mode="line_manager",
                           text={"name": " ".join(MARKUP)})
    answers.notes["general"] = "\n".join(MARKUP)
    answers.agreed_actions = MARKUP[2]
    answers.sign_off.manager = MARKUP[1]
    data = render(build_plan(questionnaire, answers))
    text = pdf_text(data)
    assert " ".join(MARKUP) in flat(text)  # the name, in the header
    for m in MARKUP:
        assert m in text
    raw = uncompressed(data)
    assert b"/JavaScript" not in raw and b"/JS " not in raw
    assert b"/Subtype /Image" not in raw
    uris = re.findall(rb"/URI \((.*?)\)", raw)
    assert uris and all(u.startswith(b"https://") for u in uris)


def test_a_character_the_font_lacks_is_marked_and_listed(plan_of, render):
    plan = plan_of(text={"name": "Taro 山田 \U0001F99C"})
    text = pdf_text(render(plan))
    assert "Taro \ufffd" in text
    assert "Characters this PDF cannot show" in text
    assert "U+5C71" in text and "U+1F99C PARROT" in text


def test_line_manager_session_has_notes_and_sign_off(questionnaire, render):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    answers = make_answers(questionnaire, mode="line_manager")
    step = questionnaire.steps[0]
    answers.notes[step.id] = "We agreed one account."
    answers.agreed_actions = "Turn on 2-step verification this week."
    answers.sign_off.person, answers.sign_off.manager = "Ana Silva", "Bo Chen"
    text = flat(pdf_text(render(build_plan(questionnaire, answers))))
    assert f"{step.title} We agreed one account." in text
    assert "Actions you agreed Turn on 2-step verification this week." in text
    assert "Sign-off" in text and "Ana Silva" in text and "Bo Chen" in text
    assert text.count("Signature") == 2


def test_alone_has_no_sign_off(plan_of, render):
    text = pdf_text(render(plan_of(mode="alone")))
    assert "Sign-off" not in text


def test_questions_not_asked_are_listed_with_reasons(plan_of, render):
    plan = plan_of(choice=0)  # the first purpose option hides some questions
    assert plan.skipped, "expected the first purpose option to skip some questions"
    text = flat(pdf_text(render(plan)))
    assert "Questions you were not asked" in text
    for s in plan.skipped:
        assert flat(s.question.label) in text
        assert flat(s.reason) in text


def test_bios_show_count_against_limit_and_handles(plan_of, render):
    plan = plan_of(text={"name": "Siân Jones", "job_title": "Policy adviser",
                         "organisation": "Department for Education", "org_short": "DfE"})
    assert plan.bios
    text = flat(pdf_text(render(plan)))
    for b in plan.bios:
        assert f"{b.length} of {b.limit} characters" in text
        if b.text:
            assert flat(b.text) in text
        for h in b.handles[:1]:
            assert h in text


def test_very_long_input_wraps_and_is_all_there(questionnaire, render):
    from app.core.engine import build_plan
    from tests.helpers.report import make_answers

    long_word = "Llanfairpwllgwyngyll" * 15
    answers = make_answers(questionnaire, mode="line_manager",
                           text={"name": long_word, "organisation": "Department " * 300})
    answers.notes["general"] = "A long note. " * 1500
    answers.sign_off.person = long_word
    data = render(build_plan(questionnaire, answers))
    text = re.sub(r"\s+", "", pdf_text(data, footers=False))
    assert long_word in text
    assert text.count("Alongnote.") == 1500


def test_an_organisation_pack_sets_its_own_handling_note(questionnaire, render):
    from app.core.engine import build_plan
    from app.core.organisation import parse_organisation
    from tests.helpers.report import make_answers

    pack = ("schema_version: 1\nkind: organisation\nname: Department for Testing\n"
            "short_name: DfT\nhandling_note: OFFICIAL-SENSITIVE PERSONAL. Keep it locked away.\n")
    loaded = parse_organisation(pack, questionnaire, name="org.yaml")
    plan = build_plan(loaded.questionnaire, make_answers(loaded.questionnaire, yes=True))
    plan.organisation = loaded
    first = _reader(render(plan)).pages[0].extract_text()
    assert "OFFICIAL-SENSITIVE PERSONAL. Keep it locked away." in first
    assert "Handle with care" not in first
