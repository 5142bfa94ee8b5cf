"""Draft bios: the parts the purpose and tier allow, fitted to each platform's limit."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import graphemes, handles
from .conditions import Context, evaluate
from .questionnaire import BioPart, BioProfile, Platform, Questionnaire


@dataclass
class LeftOutNote:
    part: str  # what was left out, in words: "your job title"
    reason: str


@dataclass
class BioDraft:
    platform: Platform
    text: str
    length: int
    profile: str
    left_out: list[LeftOutNote] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    note: str | None = None
    suggested: str | None = None  # the drafted text, when the person has edited it

    @property
    def limit(self) -> int:
        return self.platform.bio_limit

    @property
    def over_limit(self) -> bool:
        return self.length > self.limit

    def apply_edit(self, text: str) -> None:
        """Use the person's own wording; it may run past the limit, which is shown, not cut."""
        self.suggested = self.text
        self.text = text
        self.length = graphemes.count(text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform.id, "platform_name": self.platform.name,
            "label": self.platform.bio_label, "text": self.text, "length": self.length,
            "limit": self.limit, "profile": self.profile,
            "left_out": [{"part": n.part, "reason": n.reason} for n in self.left_out],
            "handles": self.handles, "handle_note": self.platform.handle_note, "note": self.note,
            "edited": self.suggested is not None,
        }


def bio_values(q: Questionnaire, answers: Mapping[str, Any]) -> dict[str, str]:
    """The bio fields the person filled in, cleaned to single lines."""
    values: dict[str, str] = {}
    for _, qu in q.questions():
        if qu.bio_field and isinstance(answers.get(qu.id), str):
            text = graphemes.clean(answers[qu.id])
            if text:
                values[qu.bio_field] = text
    return values


def choose_profile(q: Questionnaire, ctx: Context) -> BioProfile:
    for profile in q.bio.profiles:
        if evaluate(profile.when, ctx):
            return profile
    return q.bio.profiles[-1]


def _fields(part: BioPart) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(part.text) if f]


def _render(part: BioPart, values: Mapping[str, str]) -> str:
    # Only the template is parsed: braces inside a person's answers stay literal.
    out = []
    for literal, name, _, _ in string.Formatter().parse(part.text):
        out.append(literal)
        if name:
            out.append(values.get(name, ""))
    return "".join(out)


def _fit(rendered: list[tuple[BioPart, str]], q: Questionnaire, platform: Platform,
         notes: list[LeftOutNote]) -> str:
    sep = q.bio.separator
    limit = platform.bio_limit

    def text() -> str:
        return sep.join(t for _, t in rendered)

    why = f"left out to stay within the {limit}-character limit for {platform.name}"
    for pid in q.bio.drop_order:
        if graphemes.count(text()) <= limit:
            break
        for i, (part, _) in enumerate(rendered):
            if part.id == pid:
                notes.append(LeftOutNote(part.label, why))
                del rendered[i]
                break
    # Still too long: shorten the longest part at a word boundary, or leave it out.
    while graphemes.count(text()) > limit and rendered:
        longest = max(range(len(rendered)), key=lambda i: graphemes.count(rendered[i][1]))
        part, value = rendered[longest]
        others = graphemes.count(text()) - graphemes.count(value)
        room = limit - others
        cut = graphemes.cut_at_word(value, room) if room > 0 else ""
        if cut:
            rendered[longest] = (part, cut)
            notes.append(LeftOutNote(f"the end of {part.label}", why))
        else:
            del rendered[longest]
            notes.append(LeftOutNote(part.label, why))
    return text()


def draft(q: Questionnaire, answers: Mapping[str, Any], ctx: Context) -> list[BioDraft]:
    """One draft per chosen platform, never over its limit."""
    chosen = answers.get(q.bio.platform_question) or []
    platforms = [p for p in q.bio.platforms if p.id in chosen]
    if not platforms:
        return []
    values = bio_values(q, answers)
    profile = choose_profile(q, ctx)
    parts = {p.id: p for p in q.bio.parts}
    base_notes = [LeftOutNote(parts[lo.part].label, lo.reason) for lo in profile.left_out
                  if lo.part in parts]
    rendered: list[tuple[BioPart, str]] = []
    for pid in profile.parts:
        part = parts[pid]
        missing = [f for f in _fields(part) if f not in values]
        if missing:
            base_notes.append(LeftOutNote(part.label, "left out because you did not give it"))
            continue
        rendered.append((part, _render(part, values)))
    use_org = profile.handle_uses_org and "org_short" in values
    drafts = []
    for platform in platforms:
        notes = list(base_notes)
        text = _fit(list(rendered), q, platform, notes)
        notes = list({(n.part, n.reason): n for n in notes}.values())
        found = handles.suggest(values.get("name", ""), values.get("org_short", ""),
                                platform.handle, use_org) if platform.handle else []
        drafts.append(BioDraft(platform, text, graphemes.count(text), profile.id, notes,
                               found, profile.note))
    return drafts
