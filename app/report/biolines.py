"""What each bio shows on paper, in one place for the PDF, the HTML and the text export."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.bio import BioDraft
from ..core.i18n import _
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

    @property
    def version_count(self) -> str:
        """'Role first version, 144 of 160 characters', or the count alone."""
        if not self.chosen:
            return self.count
        return _("{version} version, {count}").format(version=self.chosen, count=self.count)


def paper(b: BioDraft) -> BioPaper:
    p = b.platform
    chosen = next((v.label for v in b.variants if v.id == b.chosen), None)
    if b.suggested is not None:
        chosen = None
    others = [(v.label, v.text, count_words(v.length, b.limit)) for v in b.variants
              if v.text != b.text]
    extras = [(_("{platform} {text}").format(platform=p.name, text=e.label), e.text, count_words(e.length, e.limit)) for e in b.extras]
    findings = [f.message for f in b.check()]
    for e in b.extras:
        findings += [_("{label}: {message}").format(label=e.label, message=f.message) for f in b.check(e.text) if f.kind != "over_limit"]
    notes = [(_("Left out {part}:").format(part=n.part), _("{reason}.").format(reason=n.reason))
             for n in b.left_out]
    if b.handles:
        notes.append((_("Handle ideas:"), ", ".join(b.handles)))
    for extra in (b.handle_reason, p.handle_note, b.note):
        if extra:
            notes.append(("", extra))
    shown = (_("Display name: {name}. {platform} shows it beside your {bio}.").format(
        name=b.display_name, platform=p.name, bio=p.bio_label) if b.display_name else None)
    title = _("{platform} {text}").format(platform=p.name, text=p.bio_label)
    return BioPaper(title[:1].upper() + title[1:], b.text, count_words(b.length, b.limit), shown,
                    chosen, others, extras, findings, notes)
