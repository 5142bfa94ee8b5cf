"""The PDF, HTML and bios in Welsh and in the pseudo-language, and the checks on a
translation's keys, as a person running `profile-planner` meets them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest

from app.cli import main
from app.core import i18n
from app.core.answers import load_answers
from app.core.guidance import default_guidance
from app.core.loader import load_questionnaire
from app.core.paths import default_questionnaire, questionnaires_dir
from app.core.session import Setup
from tests.helpers import EXAMPLES
from tests.helpers.languages import answers_strings, html_text, pdf_text, untranslated

EXAMPLE = EXAMPLES / "mixed-new-starter.json"


@pytest.fixture(autouse=True)
def english_after():
    """Every test leaves the app in English, as it found it."""
    yield
    i18n.set_language("en")


def _generate(tmp_path: Path, answers: Path, *options: str) -> tuple[Path, Path, Path]:
    pdf, html, bio = tmp_path / "plan.pdf", tmp_path / "plan.html", tmp_path / "bios.txt"
    code = main(["generate", str(answers), "-o", str(pdf), "--html", str(html), "--bio",
                 str(bio), *options])
    assert code == 0
    return pdf, html, bio


def _exempt(answers: Path) -> list[str]:
    """The person's own data and names that are never translated: what they typed, handles
    made from it, platform names and the guidance's version."""
    q = load_questionnaire(default_questionnaire(), lang="en")
    plan = Setup.load(q, use_config=False).plan(load_answers(answers))
    steps = default_guidance("en").steps
    return [*answers_strings(answers), *(h for b in plan.bios for h in b.handles),
            *(p.name for p in q.bio.platforms),
            *((e.name for e in steps.platforms) if steps else ()), q.id, q.version]


def test_generate_lang_cy_writes_a_welsh_pdf_and_html(tmp_path):
    pdf, html, bio = _generate(tmp_path, EXAMPLE, "--lang", "cy")
    text = pdf_text(pdf)
    for welsh in ("Sefydlu cyfrif cyfryngau cymdeithasol yn ddiogel", "Eich rhestr wirio",
                  "Dechreuwch yma", "Trowch ddilysu dau gam ymlaen", "Tudalen 1 o",
                  "Cyfieithiad drafft:", "Tachwedd"):
        assert welsh in text, welsh
    assert "Your checklist" not in text
    with pikepdf.open(pdf) as doc:
        assert str(doc.Root.Lang) == "cy"
        assert str(doc.docinfo["/Title"]) == "Sefydlu cyfrif cyfryngau cymdeithasol yn ddiogel"
    page = html.read_text(encoding="utf-8")
    assert '<html lang="cy">' in page
    assert "<title>Sefydlu cyfrif cyfryngau cymdeithasol yn ddiogel</title>" in page
    assert "Cyfieithiad drafft:" in html_text(html)
    assert "Cyfrif personol" in bio.read_text(encoding="utf-8")


def test_the_draft_notice_is_one_line_near_the_top_and_follows_the_flag(tmp_path):
    pdf, _, _ = _generate(tmp_path, EXAMPLE, "--lang", "cy")
    first_lines = pdf_text(pdf).splitlines()[:3]
    assert any(line.startswith("Cyfieithiad drafft:") for line in first_lines)
    assert i18n.draft_notice("cy") and i18n.draft_notice("en") is None


def test_english_stays_english_with_its_language_tag(tmp_path):
    pdf, html, _ = _generate(tmp_path, EXAMPLE)
    assert '<html lang="en-GB">' in html.read_text(encoding="utf-8")
    with pikepdf.open(pdf) as doc:
        assert str(doc.Root.Lang) == "en-GB"
    assert "Cyfieithiad" not in pdf_text(pdf)


@pytest.mark.parametrize("example", ["mixed-new-starter", "line-manager-session",
                                     "high-risk-under-threat", "professional-policy-official"])
def test_pseudo_language_leaves_no_untranslated_text_in_pdf_html_or_bios(tmp_path, example):
    answers = EXAMPLES / f"{example}.json"
    pdf, html, bio = _generate(tmp_path, answers, "--lang", "qps")
    exempt = _exempt(answers)
    for name, text in (("PDF", pdf_text(pdf)), ("HTML", html_text(html)),
                       ("bios", bio.read_text(encoding="utf-8"))):
        assert "⟦" in text, name
        assert untranslated(text, exempt) == [], name


def test_the_untranslated_check_finds_a_string_left_in_english():
    assert untranslated("⟦Ýöûr çhéçklîst····⟧ Start here", []) == ["Start", "here"]


def test_bilingual_pdf_is_welsh_first_then_english_with_an_outline_per_language(tmp_path):
    pdf = tmp_path / "both.pdf"
    assert main(["generate", str(EXAMPLE), "-o", str(pdf), "--bilingual"]) == 0
    text = pdf_text(pdf)
    assert text.index("Eich rhestr wirio") < text.index("Your checklist")
    assert "Tudalen 1 o" in text and "Page " in text
    with pikepdf.open(pdf) as doc:
        assert str(doc.Root.Lang) == "cy"
        with doc.open_outline() as outline:
            tops = [item.title for item in outline.root]
            assert tops == ["Cymraeg", "English"]
            assert "Eich rhestr wirio" in [c.title for c in outline.root[0].children]
            assert "Your checklist" in [c.title for c in outline.root[1].children]


def test_welsh_bios_fit_each_platforms_limit_for_every_example():
    q = load_questionnaire(default_questionnaire(), lang="cy")
    i18n.set_language("cy")
    for path in sorted(EXAMPLES.glob("*.json")):
        plan = Setup.load(q, use_config=False).plan(load_answers(path))
        for b in plan.bios:
            assert b.text, (path.name, b.platform.id)
            assert not [f for f in b.check() if f.kind == "over_limit"], (path.name, b.text)
            for v in b.variants:
                assert v.length <= b.limit, (path.name, v.text)


def test_welsh_dates_come_from_the_catalogue_not_the_system_locale():
    import datetime as dt

    from app.core.upkeep import long_date

    i18n.set_language("cy")
    assert long_date(dt.date(2026, 11, 5)) == "5 Tachwedd 2026"
    i18n.set_language("en")
    assert long_date(dt.date(2026, 11, 5)) == "5 November 2026"


def _copy_content(tmp_path: Path) -> Path:
    folder = tmp_path / "questionnaires"
    shutil.copytree(questionnaires_dir(), folder)
    return folder


def test_validate_locates_a_missing_and_an_extra_translation_key(tmp_path, capsys):
    folder = _copy_content(tmp_path)
    overlay = folder / "translations" / "cy" / "default.yaml"
    lines = overlay.read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in lines if not ln.startswith("questions.topics.label:")]
    lines.insert(12, 'questions.topic.label: "Pynciau"')
    overlay.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{overlay}:1:1: missing translation: questions.topics.label" in out
    assert f"{overlay}:13:1: questions.topic.label is not a key of default.yaml" in out
    assert "questions.topics.label" in out.split("is not a key")[1]  # did you mean ...?


def test_validate_refuses_a_translation_whose_placeholders_differ(tmp_path, capsys):
    folder = _copy_content(tmp_path)
    overlay = folder / "translations" / "cy" / "default.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace('bio.parts.topics.text: "Postio am: {topics}."',
                                    'bio.parts.topics.text: "Postio am: {topic}."'),
                       encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "bio.parts.topics.text: the placeholders must be the English ones ({topics}), " \
        "not {topic}." in out
    # Loading still works: the broken key falls back to the English wording.
    q = load_questionnaire(folder / "default.yaml", lang="cy")
    assert next(p for p in q.bio.parts if p.id == "topics").text == "Posts about {topics}."


def test_a_changed_translation_is_read_again_not_taken_from_the_cache(tmp_path):
    folder = _copy_content(tmp_path)
    source = folder / "default.yaml"
    assert load_questionnaire(source, lang="cy").title.startswith("Sefydlu")
    overlay = folder / "translations" / "cy" / "default.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace('title: "Sefydlu', 'title: "Gosod'), encoding="utf-8")
    assert load_questionnaire(source, lang="cy").title.startswith("Gosod")
    assert load_questionnaire(source, lang="en").title == "Set up a social media account safely"


def test_every_translatable_string_of_the_shipped_content_has_its_welsh():
    from app.core import translations

    q = load_questionnaire(default_questionnaire(), lang="en")
    problems = translations.check_translations(q, default_questionnaire(), languages=True)
    guidance = default_guidance("en")
    for model, name in ((guidance.steps, "platform-steps.yaml"),
                        (guidance.incidents, "incidents.yaml")):
        problems += translations.check_translations(model, questionnaires_dir() / name)
    assert problems == []


def test_welsh_topics_are_split_and_shortened_with_a_not_and():
    from app.core.bio import join_list, split_list

    i18n.set_language("cy")
    topics = split_list("cyllid ysgolion, data a beicio")
    assert topics == ["cyllid ysgolion", "data", "beicio"]
    assert join_list(topics[:2]) == "cyllid ysgolion a data"
    i18n.set_language("en")
    assert split_list("a cat, a dog and a fish") == ["a cat", "a dog", "a fish"]
