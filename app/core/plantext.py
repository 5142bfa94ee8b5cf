"""The plan as plain text, for `profile-planner plan`."""

from __future__ import annotations

import textwrap

from .engine import Plan
from .i18n import N_, _, ngettext
from .startwith import time_words

PRIORITY_WORDS = {"must": N_("MUST"), "should": N_("SHOULD"), "consider": N_("CONSIDER")}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def render(plan: Plan) -> str:
    lines: list[str] = []
    q = plan.questionnaire
    lines.append(_("{title} (questionnaire {id}, version {version})").format(
        title=q.title, id=q.id, version=q.version))
    up = plan.upkeep
    if up is not None:
        lines.append(" ".join(w for w in (up.checked_words(), up.review_words()) if w))
    lines.append("")
    lines.append(_("Risk level: {level}. {summary}").format(level=plan.tier.label,
                                                             summary=plan.tier.summary))
    for because in plan.tier_because:
        lines.append("  " + _("because you said {answer}").format(answer=because))
    blank = plan.unanswered()
    if blank:
        lines.append("")
        lines.append(_('Left blank, so treated as "No" (answer "Not sure" if it could be yes):'))
        lines.extend(f"  {qu.label}" for qu in blank)
    first = plan.start_here()
    if first:
        lines.append("")
        lines.append(_("Start here"))
        for n, pi in enumerate(first, 1):
            lines.append(f"  {n}. {pi.item.title}")
            lines.append(_wrap(plan.start_why(pi), "     "))
    lines.append("")
    lines.append(ngettext("Checklist ({n} item)", "Checklist ({n} items)", len(plan.items))
                 .format(n=len(plan.items)))
    for group, members in plan.groups():
        lines.append("")
        lines.append(group.title)
        lines.append("-" * len(group.title))
        for pi in members:
            tick = "[x]" if plan.answers.ticks.get(pi.item.id) else "[ ]"
            time = time_words(pi.item.minutes)
            lines.append(f"{tick} {_(PRIORITY_WORDS[pi.item.priority])}: {pi.item.title}"
                         + (f" ({time.lower()})" if time else ""))
            lines.append(_wrap(pi.item.detail, "      "))
            if pi.because:
                lines.append(_wrap(_("Because you said {answers}.").format(
                    answers="; ".join(pi.because)), "      "))
            cites = "; ".join(c.source.title + (f", {c.section}" if c.section else "")
                              for c in pi.sources)
            lines.append(_wrap(_("Source: {sources}").format(sources=cites), "      "))
            for shown in pi.steps:  # the chosen platforms' steps (platform_steps.py)
                st = shown.step
                what = _("Not possible: {why} Instead: {instead}").format(
                    why=st.not_possible, instead=st.instead or "").strip() \
                    if st.not_possible else st.how or ""
                lines.append(_wrap(_("On {platform}, {setting}: {what} Help: {help} (checked "
                                     "{checked})").format(
                    platform=shown.platform, setting=shown.setting, what=what, help=st.help,
                    checked=st.checked), "      "))
    lines.append("")
    bios = _("Bios")
    lines.append(bios)
    lines.append("-" * len(bios))
    if not plan.bios:
        lines.append(_("No platforms chosen."))
    for b in plan.bios:
        lines.append(f"{b.platform.name} {b.platform.bio_label} ({b.length}/{b.limit}):")
        lines.append(_wrap(b.text or _("(empty)"), "  "))
        if b.display_name:
            lines.append("  " + _("Display name: {name}").format(name=b.display_name))
        for v in b.variants:
            if v.text != b.text:
                lines.append(_wrap(f"{v.label} ({v.length}/{b.limit}): {v.text}", "  "))
        for e in b.extras:
            lines.append(f"  {e.label} ({e.length}/{e.limit}):")
            lines.append(_wrap(e.text, "    "))
        for f in b.check():
            lines.append(_wrap(_("Look again: {what}").format(what=f.message), "  "))
        for note in b.left_out:
            lines.append(_wrap(f"{note.part[:1].upper()}{note.part[1:]}: {note.reason}.", "  "))
        if b.handles:
            lines.append("  " + _("Handle ideas: {handles}").format(handles=", ".join(b.handles)))
        if b.platform.handle_note:
            lines.append("  " + b.platform.handle_note)
    if plan.skipped:
        lines.append("")
        not_asked = _("Questions not asked")
        lines.append(not_asked)
        lines.append("-" * len(not_asked))
        for s in plan.skipped:
            lines.append(_wrap(f"{s.question.label} {s.reason}", "  "))
    return "\n".join(lines) + "\n"
