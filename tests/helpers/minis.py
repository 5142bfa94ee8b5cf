"""A small questionnaire, inline, for tests that must not depend on the shipped content."""

from __future__ import annotations

from app.core.answers import Answers, QuestionnaireRef
from app.core.loader import parse_questionnaire
from app.core.questionnaire import Questionnaire

MINI = """\
schema_version: 1
id: mini
version: "1"
title: A small questionnaire
sources:
  - id: guide
    title: The guide
  - id: code
    title: The code
steps:
  - id: about
    title: About you
    questions:
      - id: purpose
        type: single
        label: What is the account for?
        short_label: Purpose
        options:
          - {id: personal, label: Personal}
          - {id: mixed, label: Mixed}
          - {id: work, label: Work}
      - id: threat
        type: yesno
        label: Is there a threat to you?
        short_label: Threat
      - id: secret
        type: yesno
        label: Do you see secret papers?
        short_label: Secret papers
  - id: plans
    title: Your plans
    questions:
      - id: activities
        type: multi
        label: What will you do?
        short_label: Activities
        options:
          - {id: listen, label: Listen}
          - {id: network, label: Network}
          - {id: press, label: Talk to the press}
      - id: motto
        type: text
        label: Your motto
        short_label: Motto
  - id: details
    title: Details
    questions:
      - id: name
        type: text
        label: Your name
        short_label: Name
        bio_field: name
      - id: job_title
        type: text
        label: Your job title
        short_label: Job title
        bio_field: job_title
        show_if: {in: {question: purpose, values: [mixed, work]}}
      - id: org_short
        type: text
        label: Short name of your organisation
        short_label: Short name
        bio_field: org_short
        show_if: {in: {question: purpose, values: [mixed, work]}}
      - id: topics
        type: longtext
        label: What you post about
        short_label: Topics
        bio_field: topics
      - id: platforms
        type: multi
        label: Platforms
        short_label: Platforms
        options:
          - {id: x, label: X}
          - {id: linkedin, label: LinkedIn}
          - {id: bluesky, label: Bluesky}
          - {id: mastodon, label: Mastodon}
          - {id: instagram, label: Instagram}
          - {id: threads, label: Threads}
          - {id: facebook, label: Facebook}
tiers:
  - {id: standard, label: Standard, summary: Usual care.}
  - {id: elevated, label: Elevated, summary: More care.}
  - {id: high, label: High, summary: Most care.}
tier_rules:
  - tier: elevated
    when: {equals: {question: secret, value: true}}
  - tier: high
    when: {equals: {question: threat, value: true}}
sections:
  - {id: start, title: Start}
  - {id: protect, title: Protect}
items:
  - id: consider-start
    section: start
    title: Think first
    detail: A consider item in the first section.
    priority: consider
    sources: [{source: guide}]
  - id: must-protect
    section: protect
    title: Turn on 2-step verification
    detail: A must item in the second section.
    priority: must
    sources: [{source: guide}]
  - id: should-start
    section: start
    title: Read the code
    detail: A should item in the first section.
    priority: should
    sources: [{source: code, section: "3"}]
  - id: must-start
    section: start
    title: Know the code applies
    detail: A must item in the first section.
    priority: must
    sources: [{source: code}]
  - id: press-office
    section: protect
    title: Send the press to the press office
    detail: Only when you talk to the press.
    priority: must
    when: {in: {question: activities, values: [press]}}
    sources: [{source: code}]
  - id: high-only
    section: protect
    title: Talk to your security officer
    detail: Only at high risk.
    priority: must
    when: {tier: [high]}
    sources: [{source: guide}]
bio:
  platform_question: platforms
  parts:
    - {id: name, text: "{name}.", label: your name}
    - {id: role, text: "{job_title} at {org_short}.", label: your job title}
    - {id: topics, text: "Posts about {topics}.", label: your topics}
    - {id: personal, text: Views my own., label: the line saying views are your own}
  drop_order: [personal, topics]
  profiles:
    - id: high-risk
      when: {tier: [high]}
      parts: [topics, personal]
      left_out:
        - {part: role, reason: left out because of the threat to your personal safety}
        - {part: name, reason: left out because of the threat to your personal safety}
    - id: personal
      when: {equals: {question: purpose, value: personal}}
      parts: [name, topics]
      left_out:
        - {part: role, reason: left out because the account is personal}
    - id: work
      parts: [name, role, topics, personal]
      handle_uses_org: true
  platforms:
    - {id: x, name: X, bio_limit: 160,
       handle: {max: 15, allowed: "_", forbidden: [twitter, admin]}}
    - {id: linkedin, name: LinkedIn, bio_limit: 220, bio_label: headline,
       handle: {min: 3, max: 100, lowercase: true}}
    - {id: bluesky, name: Bluesky, bio_limit: 256,
       handle: {min: 3, max: 18, allowed: "-", no_edge: "-", suffix: .bsky.social,
                lowercase: true}}
    - {id: mastodon, name: Mastodon, bio_limit: 500, handle: {max: 30, allowed: "_"}}
    - {id: instagram, name: Instagram, bio_limit: 150,
       handle: {max: 30, allowed: "._", no_edge: ".", lowercase: true}}
    - {id: threads, name: Threads, bio_limit: 150,
       handle: {max: 30, allowed: "._", no_edge: ".", lowercase: true}}
    - {id: facebook, name: Facebook, bio_limit: 101, bio_label: intro}
"""


def mini(*replacements: tuple[str, str]) -> str:
    """MINI with each (old, new) replaced once; old must occur."""
    text = MINI
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def load(*replacements: tuple[str, str]) -> Questionnaire:
    return parse_questionnaire(mini(*replacements), "mini.yaml")


def answers(q, mode="alone", **given) -> Answers:
    return Answers(questionnaire=QuestionnaireRef(id=q.id, version=q.version), mode=mode,
                   answers=given)
