"""The draft bios as plain text, ready to copy into each platform."""

from __future__ import annotations

from ..core.engine import Plan
from ..core.i18n import _
from .biolines import paper


def render_bios(plan: Plan) -> str:
    if not plan.bios:
        return _("You did not choose any platforms, so there are no bios.") + "\n"
    blocks: list[str] = []
    for b in plan.bios:
        bp = paper(b)
        lines = [bp.title, "=" * len(bp.title), ""]
        if bp.display_name:
            lines += [bp.display_name, ""]
        lines += [bp.text or _("(nothing to put in this bio yet)"), "", f"({bp.version_count})"]
        lines += [_("Look again: {message}").format(message=m) for m in bp.findings]
        for label, text, count in bp.others:
            lines += ["", f"{label} ({count}):", text]
        for title, text, count in bp.extras:
            lines += ["", title, "-" * len(title), "", text, "", f"({count})"]
        if bp.notes:
            lines.append("")
        lines += [f"{bold} {text}".strip() for bold, text in bp.notes]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
