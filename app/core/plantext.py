"""The plan as plain text, for `profile-planner plan`."""

from __future__ import annotations

import textwrap

from .engine import Plan
from .startwith import time_words

PRIORITY_WORDS = {"must": "MUST", "should": "SHOULD", "consider": "CONSIDER"}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def render(plan: Plan) -> str:
    lines: list[str] = []
    q = plan.questionnaire
    lines.append(f"{q.title} (questionnaire {q.id}, version {q.version})")
    up = plan.upkeep
    if up is not None:
        lines.append(" ".join(w for w in (up.checked_words(), up.review_words()) if w))
    lines.append("")
    lines.append(f"Risk level: {plan.tier.label}. {plan.tier.summary}")
    for because in plan.tier_because:
        lines.append(f"  because you said {because}")
    blank = plan.unanswered()
    if blank:
        lines.append("")
        lines.append("Left blank, so treated as \"No\" (answer \"Not sure\" if it could be yes):")
        lines.extend(f"  {qu.label}" for qu in blank)
    first = plan.start_here()
    if first:
        lines.append("")
        lines.append("Start here")
        for n, pi in enumerate(first, 1):
            lines.append(f"  {n}. {pi.item.title}")
            lines.append(_wrap(plan.start_why(pi), "     "))
    lines.append("")
    lines.append(f"Checklist ({len(plan.items)} items)")
    for group, members in plan.groups():
        lines.append("")
        lines.append(group.title)
        lines.append("-" * len(group.title))
        for pi in members:
            tick = "[x]" if plan.answers.ticks.get(pi.item.id) else "[ ]"
            time = time_words(pi.item.minutes)
            lines.append(f"{tick} {PRIORITY_WORDS[pi.item.priority]}: {pi.item.title}"
                         + (f" ({time.lower()})" if time else ""))
            lines.append(_wrap(pi.item.detail, "      "))
            if pi.because:
                lines.append(_wrap("Because you said " + "; ".join(pi.because) + ".", "      "))
            cites = "; ".join(c.source.title + (f", {c.section}" if c.section else "")
                              for c in pi.sources)
            lines.append(_wrap("Source: " + cites, "      "))
            for shown in pi.steps:  # the chosen platforms' steps (platform_steps.py)
                st = shown.step
                what = f"Not possible: {st.not_possible} Instead: {st.instead or ''}".strip() \
                    if st.not_possible else st.how or ""
                lines.append(_wrap(f"On {shown.platform}, {shown.setting}: {what} Help: "
                                   f"{st.help} (checked {st.checked})", "      "))
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
