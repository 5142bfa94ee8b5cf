"""Properties that hold for any answers and any file, checked with hypothesis."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import graphemes, handles
from app.core.answers import Answers, QuestionnaireRef, check_against, parse_answers
from app.core.engine import build_plan
from app.core.loader import parse_questionnaire
from app.core.paths import default_questionnaire
from app.core.problems import ProblemsError
from app.core.yamlfile import parse_yaml
from tests.helpers.minis import MINI

NASTY = [
    "👩‍👩‍👧‍👦", "👍🏽", "🇬🇧", "e\u0301", "Siân", "Łódź", "שלום", "مرحبا", "\u202eevil\u202c",
    "<b>bold</b>", "<img src=x>", "{name}", "{", "}", "&amp;", "\\", "\u200b", "\u0000",
    "\r\n", "\t", "Admin", "twitter", "-", ".", "_", "x" * 300, "word " * 200,
]
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=8), max_size=40).map(" ".join),
    st.lists(st.sampled_from(NASTY), max_size=30).map(lambda parts: "".join(parts) * 3),
)
QUESTIONNAIRES = {
    "shipped": parse_questionnaire(default_questionnaire().read_text(encoding="utf-8"),
                                   str(default_questionnaire())),
    "mini": parse_questionnaire(MINI, "mini.yaml"),
}
SHIPPED, MINI_Q = QUESTIONNAIRES["shipped"], QUESTIONNAIRES["mini"]


@st.composite
def answers_for(draw, which: str):
    """Answers valid for a questionnaire: options chosen per type, any text, some left out."""
    q = QUESTIONNAIRES[which]
    given: dict = {}
    for _, qu in q.questions():
        if not draw(st.booleans()) and qu.id != q.bio.platform_question:
            continue
        ids = [o.id for o in qu.options]
        if qu.type == "single":
            given[qu.id] = draw(st.sampled_from(ids))
        elif qu.type == "multi":
            given[qu.id] = draw(st.lists(st.sampled_from(ids), unique=True))
        elif qu.type == "yesno":
            given[qu.id] = draw(st.booleans())
        else:
            # Valid means within the question's limit, which applies to answers from files too.
            given[qu.id] = "".join(graphemes.clusters(draw(TEXT))[:qu.max_length])
    return Answers(questionnaire=QuestionnaireRef(id=q.id, version=q.version),
                   mode=draw(st.sampled_from(["alone", "line_manager"])), answers=given)


def check_plan(q, answers):
    check_against(answers, q)
    plan = build_plan(q, answers)
    chosen = answers.answers.get(q.bio.platform_question) or []
    assert {b.platform.id for b in plan.bios} == {
        p.id for p in q.bio.platforms if p.id in chosen and plan.flow.answers.get(
            q.bio.platform_question)}
    # A hidden answer is ignored, so only a visible short name can be "named".
    org = graphemes.clean(str(plan.flow.answers.get("org_short", ""))) if any(
        qu.bio_field == "org_short" for _, qu in q.questions()) else ""
    for b in plan.bios:
        assert b.length == graphemes.count(b.text) <= b.platform.bio_limit
        style = next((st for st in q.bio.styles if st.id == b.platform.style), None)
        breaks = style is not None and "\n" in style.separator
        for v in b.variants:  # every variant: within the limit, never empty
            assert v.text.strip() and v.length == graphemes.count(v.text) <= b.platform.bio_limit
            assert "\u202e" not in v.text and (breaks or "\n" not in v.text)
            assert all(line.strip() for line in v.text.split("\n"))
        for e in b.extras:
            assert e.text.strip() and e.length <= e.limit
        for note in b.left_out:
            assert note.part and note.reason
        if b.platform.handle is None:
            assert b.handles == []
        for h in b.handles:
            assert handles.is_valid(h, b.platform.handle), (b.platform.id, h)
        profile = next(p for p in q.bio.profiles if p.id == b.profile)
        short = "".join(handles.words(org))
        name = "".join(handles.words(str(plan.flow.answers.get("name", ""))))
        if not profile.handle_uses_org and len(short) >= 2 and short.lower() not in name.lower():
            suffix = len(b.platform.handle.suffix) if b.platform.handle else 0
            cores = [h[: len(h) - suffix] for h in b.handles]
            assert all(short.lower() not in c.lower() for c in cores), (b.profile, cores)
    # the plan is plain data all the way down
    json.dumps(plan.to_dict())
    ranks = [(pi.item.priority, pi.section.id) for pi in plan.items]
    order = {"must": 0, "should": 1, "consider": 2}
    sections = [s.id for s in q.sections]
    assert ranks == sorted(ranks, key=lambda r: (order[r[0]], sections.index(r[1])))


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_for("shipped"))
def test_any_valid_answers_give_a_plan_within_every_limit(answers):
    check_plan(SHIPPED, answers)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_for("mini"))
def test_the_same_for_the_inline_questionnaire_with_every_platform(answers):
    check_plan(MINI_Q, answers)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=12), st.booleans())
def test_handle_suggestions_always_obey_the_rules(name, org, use_org):
    for platform in MINI_Q.bio.platforms:
        if platform.handle is not None:
            for h in handles.suggest(name, org, platform.handle, use_org):
                assert handles.is_valid(h, platform.handle)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=200))
def test_cut_at_word_fits_and_keeps_whole_words(text, limit):
    cut = graphemes.cut_at_word(text, limit)
    assert graphemes.count(cut) <= max(limit, graphemes.count(text) if cut == text else limit)
    if cut and cut != text:
        assert graphemes.count(cut) <= limit
        kept = cut[:-1]
        assert text.startswith(kept)
        assert text[len(kept):][:1] in (" ", ",", ";", ":", ".", "-")


# Validation never raises anything but ProblemsError, whatever it reads. ----------------

YAMLISH = st.lists(st.sampled_from([
    "schema_version: 1\n", "id: x\n", "steps:\n", "  - ", "id: a\n", "    questions: ", "[", "]",
    "{", "}", ": ", "- ", "&a ", "*a ", "!!python/object ", "!!binary ", "? ", "|\n", ">\n",
    "'", '"', "\t", "  ", "\n", "#", "%YAML 1.1\n", "---\n", "...\n", "\ufeff", "\x00", "\x85",
    "true", "~", "2013-07-05", "0x1F", "1e400", ".inf", "<<: *a\n", "when: ", "equals: ",
    "question: ", "value: ", "all: ", "not: ",
]), max_size=60).map("".join)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), YAMLISH,
                 st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace"))))
def test_parse_never_raises_anything_but_problems(text):
    try:
        parse_questionnaire(text, "fuzz.yaml")
    except ProblemsError as exc:
        assert exc.problems
        for p in exc.problems:
            assert "\n" not in str(p) and p.message


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(MINI.splitlines()) - 1), st.text(max_size=12)),
                min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_small_edits_to_a_good_file_never_crash(edits, rnd):
    lines = MINI.splitlines()
    for i, junk in edits:
        cut = rnd.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:cut] + junk + lines[i][cut:]
    try:
        parse_questionnaire("\n".join(lines), "edited.yaml")
    except ProblemsError as exc:
        assert exc.problems


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200).map(
    lambda b: b.decode("latin-1"))))
def test_parse_yaml_alone_never_raises_anything_but_problems(text):
    try:
        parse_yaml(text, "fuzz.yaml")
    except ProblemsError:
        pass


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["schema_version", "questionnaire", "answers", "id",
                                         "mode", "ticks", "notes", "x"]), inner, max_size=4)))
def test_parse_answers_never_raises_anything_but_answers_error(data):
    try:
        parse_answers(json.dumps(data))
    except Exception as exc:
        assert type(exc).__name__ == "AnswersError", exc
        assert "\n" not in str(exc)
