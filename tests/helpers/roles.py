"""A small questionnaire, an organisation pack and a preset for it, independent of the shipped
content, and a tiny PNG for logos."""

from __future__ import annotations

import struct
import zlib

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

PACK = """schema_version: 1
kind: organisation
name: Department for Testing
short_name: DfT
logo: logo.png
contacts:
  press_office: {name: DfT press office, email: press@example.org, phone: "020 7946 0000"}
  security: {name: Security team, email: security@example.org}
policy_links:
  - {title: Our social media policy, url: "https://example.org/policy"}
content:
  sources:
    - {id: dft-policy, title: DfT social media policy, url: "https://example.org/policy"}
  items:
    - id: two-step
      section: start
      title: Turn on 2-step verification today
      detail: Our IT team can help.
      priority: must
      sources: [{source: dft-policy}]
    - id: dft-register
      section: start
      title: Tell the digital team about your account
      detail: They keep a list of staff accounts.
      priority: should
      sources: [{source: dft-policy, section: "Part 2"}]
"""


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

GOOD = """schema_version: 1
kind: preset
id: high-risk
title: High-risk staff
questionnaire: small
set_by: {name: Sam Patel, role: Security officer, email: security@example.org}
answers:
  flagged: {value: true, locked: true}
  purpose: {value: personal}
raise_to_must: [two-step]
"""
