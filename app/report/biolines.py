"""What each bio shows on paper, in one place for the PDF, the HTML and the text export."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.bio import BioDraft
from .content import count_words


@dataclass
class BioPaper:
    title: str  # "X bio"
    text: str  # the draft in use: the person's own wording or the variant they chose
    count: str  # "144 of 160 characters"
    display_name: str | None
    chosen: str | None  # "Role first", or None for the person's own wording
    others: list[tuple[str, str, str]] = field(default_factory=list)  # label, text, count
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # title, text, count
    findings: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # bold lead, rest


def paper(b: BioDraft) -> BioPaper:
    p = b.platform
    chosen = next((v.label for v in b.variants if v.id == b.chosen), None)
    if b.suggested is not None:
        chosen = None
    others = [(v.label, v.text, count_words(v.length, b.limit)) for v in b.variants
              if v.text != b.text]
    extras = [(f"{p.name} {e.label}", e.text, count_words(e.length, e.limit)) for e in b.extras]
    findings = [f.message for f in b.check()]
    for e in b.extras:
        findings += [f"{e.label}: {f.message}" for f in b.check(e.text) if f.kind != "over_limit"]
    notes = [(f"Left out {n.part}:", f"{n.reason}.") for n in b.left_out]
    if b.handles:
        notes.append(("Handle ideas:", ", ".join(b.handles)))
    for extra in (b.handle_reason, p.handle_note, b.note):
        if extra:
            notes.append(("", extra))
    shown = (f"Display name: {b.display_name}. {p.name} shows it beside your {p.bio_label}."
             if b.display_name else None)
    return BioPaper(f"{p.name} {p.bio_label}", b.text, count_words(b.length, b.limit), shown,
                    chosen, others, extras, findings, notes)
