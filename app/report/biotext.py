"""The draft bios as plain text, ready to copy into each platform."""

from __future__ import annotations

from ..core.engine import Plan
from . import content


def render_bios(plan: Plan) -> str:
    if not plan.bios:
        return "You did not choose any platforms, so there are no bios.\n"
    blocks: list[str] = []
    for b in plan.bios:
        title = f"{b.platform.name} {b.platform.bio_label}"
        lines = [title, "=" * len(title), "", b.text or "(nothing to put in this bio yet)", "",
                 f"({content.count_words(b.length, b.limit)})"]
        lines += [f"Left out {n.part}: {n.reason}." for n in b.left_out]
        if b.handles:
            lines.append("Handle ideas: " + ", ".join(b.handles))
        if b.platform.handle_note:
            lines.append(b.platform.handle_note)
        if b.note:
            lines.append(b.note)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
