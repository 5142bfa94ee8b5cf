"""A small questionnaire for preset and organisation tests, independent of the shipped content."""

from __future__ import annotations

import pytest

from app.core.loader import parse_questionnaire

SMALL = """
schema_version: 1
id: small
version: "1"
title: Small
sources:
  - {id: s1, title: Source one, url: "https://example.org/one"}
steps:
  - id: purpose
    title: Purpose
    questions:
      - id: purpose
        type: single
        label: What for?
        options: [{id: personal, label: Personal}, {id: mixed, label: Mixed}]
  - id: security
    title: Security
    questions:
      - {id: threat, type: yesno, label: Threat?}
      - {id: flagged, type: yesno, label: Flagged?}
  - id: details
    title: Details
    questions:
      - {id: name, type: text, label: Name, bio_field: name}
      - id: platforms
        type: multi
        label: Platforms
        options: [{id: x, label: X}, {id: facebook, label: Facebook}]
tiers:
  - {id: standard, label: Standard, summary: Usual care.}
  - {id: high, label: High, summary: Great care.}
tier_rules:
  - tier: high
    when: {any: [{equals: {question: threat, value: true}}, {equals: {question: flagged, value: true}}]}
sections:
  - {id: start, title: Start}
items:
  - {id: two-step, section: start, title: Turn on 2-step verification, detail: Do it., priority: should, sources: [{source: s1}]}
  - id: press
    section: start
    title: Send journalists to the press office
    detail: They speak for you.
    priority: should
    contact: press_office
    sources: [{source: s1}]
  - id: hide-employer
    section: start
    title: Leave your employer out
    detail: Safety first.
    priority: must
    when: {tier: [high]}
    sources: [{source: s1}]
bio:
  platform_question: platforms
  parts: [{id: line, text: "Personal account.", label: the personal line}]
  profiles: [{id: all, parts: [line]}]
  platforms:
    - {id: x, name: X, bio_limit: 160, handle: {max: 15, allowed: "_"}}
    - {id: facebook, name: Facebook, bio_limit: 101}
"""


@pytest.fixture
def small():
    return parse_questionnaire(SMALL, "small.yaml")


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """A private configuration folder: no organisation pack is found unless a test puts one."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder / "profile-planner"
