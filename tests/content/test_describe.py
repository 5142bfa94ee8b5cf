"""The reviewer's view: generated from the data, complete, and committed up to date."""

from __future__ import annotations

from pathlib import Path

from app.core.describe import describe
from app.core.loader import parse_questionnaire

ROOT = Path(__file__).resolve().parents[2]
REVIEW = ROOT / "docs" / "content-review.md"


def test_committed_review_matches_the_questionnaire(questionnaire):
    # If this fails, run: profile-planner describe -o docs/content-review.md
    assert REVIEW.read_text(encoding="utf-8") == describe(questionnaire)


def test_review_names_every_step_question_item_and_source(questionnaire):
    text = describe(questionnaire)
    for step in questionnaire.steps:
        assert f"(`{step.id}`)" in text and step.discussion.split()[0] in text
    for _, qu in questionnaire.questions():
        assert f"#### {qu.label} (`{qu.id}`)" in text
        for opt in qu.options:
            assert f"**{opt.label}** (`{opt.id}`): {opt.help}" in text
    for it in questionnaire.items:
        assert f"#### {it.title} (`{it.id}`)" in text
    for source in questionnaire.sources:
        assert f"`{source.id}`: **{source.title}**" in text
    for profile in questionnaire.bio.profiles:
        assert f"#### `{profile.id}`" in text


def test_conditions_are_put_into_words(questionnaire):
    text = describe(questionnaire)
    # An item shown to work accounts below the high risk level.
    assert "Shown: when Purpose is Purely for work and Risk level is not High" in text
    assert ("Applies when: (Threat to your safety is one of: Yes; Not sure) or (Flagged as "
            "high-risk is one of: Yes; Not sure)") in text
    assert "`high-tier`: forbids employer, role, location, work_topics, when Risk level is High" \
        in text
    assert "Shown: when Planned activities includes Deal with journalists" in text
    assert "{'" not in text and " None" not in text, "no raw data structures"


SMALL = """
schema_version: 1
id: tiny
version: "1"
title: Tiny
sources: [{id: s, title: A source, publisher: Someone}]
steps:
  - id: one
    title: One
    questions:
      - id: purpose
        type: single
        label: Purpose?
        options:
          - {id: a, label: Apples and pears}
          - {id: b, label: Bananas or figs}
          - {id: c, label: Cherries}
      - id: plats
        type: multi
        label: Platforms?
        options: [{id: x, label: X}, {id: y, label: Y}]
      - id: extra
        type: text
        label: Extra?
        bio_field: name
        show_if:
          all:
            - in: {question: purpose, values: [a, b]}
            - not: {answered: plats}
tiers: [{id: low, label: Low, summary: Fine.}, {id: top, label: Top, summary: Careful.}]
tier_rules: [{tier: top, when: {equals: {question: purpose, value: c}}}]
sections: [{id: sec, title: Section}]
items:
  - id: it
    section: sec
    title: An item
    detail: Detail.
    priority: must
    when:
      any:
        - mode: [line_manager]
        - all: [{tier: [top]}, {not: {in: {question: purpose, values: [a, b]}}}]
    sources: [{source: s, section: "2"}]
bio:
  platform_question: plats
  parts: [{id: p, text: "{name}", label: the name}]
  profiles: [{id: only, parts: [p]}]
  platforms: [{id: x, name: X, bio_limit: 10}, {id: y, name: Y, bio_limit: 10}]
"""


def test_lists_of_options_cannot_be_misread():
    text = describe(parse_questionnaire(SMALL))
    # Labels holding "and"/"or" are listed with semicolons and bracketed inside and/or.
    assert ("Shown: when (Purpose? is one of: Apples and pears; Bananas or figs) and "
            "Platforms? is not answered") in text
    assert ("Shown: when The session is held with a line manager or (Risk level is Top and "
            "(Purpose? is none of: Apples and pears; Bananas or figs))") in text
    assert "A source, 2 (`s`)" in text
