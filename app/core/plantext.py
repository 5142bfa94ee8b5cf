"""The plan as plain text, for `profile-planner plan`."""

from __future__ import annotations

import textwrap

from .engine import Plan

PRIORITY_WORDS = {"must": "MUST", "should": "SHOULD", "consider": "CONSIDER"}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def render(plan: Plan) -> str:
    lines: list[str] = []
    q = plan.questionnaire
    lines.append(f"{q.title} (questionnaire {q.id}, version {q.version})")
    lines.append("")
    lines.append(f"Risk level: {plan.tier.label}. {plan.tier.summary}")
    for because in plan.tier_because:
        lines.append(f"  because you said {because}")
    lines.append("")
    lines.append(f"Checklist ({len(plan.items)} items)")
    for section, members in plan.sections():
        lines.append("")
        lines.append(section.title)
        lines.append("-" * len(section.title))
        for pi in members:
            tick = "[x]" if plan.answers.ticks.get(pi.item.id) else "[ ]"
            lines.append(f"{tick} {PRIORITY_WORDS[pi.item.priority]}: {pi.item.title}")
            lines.append(_wrap(pi.item.detail, "      "))
            if pi.because:
                lines.append(_wrap("Because you said " + "; ".join(pi.because) + ".", "      "))
            cites = "; ".join(c.source.title + (f", {c.section}" if c.section else "")
                              for c in pi.sources)
            lines.append(_wrap("Source: " + cites, "      "))
    lines.append("")
    lines.append("Bios")
    lines.append("----")
    if not plan.bios:
        lines.append("No platforms chosen.")
    for b in plan.bios:
        lines.append(f"{b.platform.name} {b.platform.bio_label} ({b.length}/{b.limit}):")
        lines.append(_wrap(b.text or "(empty)", "  "))
        if b.display_name:
            lines.append(f"  Display name: {b.display_name}")
        for v in b.variants:
            if v.text != b.text:
                lines.append(_wrap(f"{v.label} ({v.length}/{b.limit}): {v.text}", "  "))
        for e in b.extras:
            lines.append(f"  {e.label} ({e.length}/{e.limit}):")
            lines.append(_wrap(e.text, "    "))
        for f in b.check():
            lines.append(_wrap(f"Look again: {f.message}", "  "))
        for note in b.left_out:
            lines.append(_wrap(f"{note.part[:1].upper()}{note.part[1:]}: {note.reason}.", "  "))
        if b.handles:
            lines.append("  Handle ideas: " + ", ".join(b.handles))
        if b.platform.handle_note:
            lines.append("  " + b.platform.handle_note)
    if plan.skipped:
        lines.append("")
        lines.append("Questions not asked")
        lines.append("-------------------")
        for s in plan.skipped:
            lines.append(_wrap(f"{s.question.label} {s.reason}", "  "))
    return "\n".join(lines) + "\n"
