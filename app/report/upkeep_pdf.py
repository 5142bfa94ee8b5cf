"""The PDF's parts for a plan that stays true: review dates, what changed, platform steps
under each item, what to do if something goes wrong, the UK footprint and an incident log.

Each function takes the Doc being built (blocks.Doc) and returns flowables; blocks.py
places them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from ..core.i18n import _
from ..core.upkeep import long_date
from . import styles as st
from .flowables import Para as Paragraph
from .flowables import panel
from .text import escape
from .upkeep_text import LOG_COLUMNS, LOG_INTRO, step_parts

if TYPE_CHECKING:
    from ..core.engine import PlanItem
    from .blocks import Doc

LOG_ROWS = 9


def _link(doc: Doc, url: str, text: str | None = None) -> str:
    shown = doc.m(text if text is not None else url)
    href = escape(url).replace('"', "&quot;")
    return f'<a href="{href}" color="{st.LINK}"><u>{shown}</u></a>'


def _box(doc: Doc, flowables: list[Any]) -> Table:
    return panel(flowables, doc.styles.body.fontName)


def review(doc: Doc) -> list[Any]:
    """Guidance checked on, review by, and a warning when the content is old."""
    up = doc.plan.upkeep
    if up is None:
        return []
    s = doc.styles
    lines = [up.checked_words(), up.review_words(), up.stale_words()]
    out = [Paragraph(("<b>" if n == 2 else "") + doc.m(t) + ("</b>" if n == 2 else ""), s.body)
           for n, t in enumerate(lines) if t]
    return [_box(doc, out), Spacer(1, 6)]


def changes(doc: Doc) -> list[Any]:
    """'Changes since your last plan', when the answers were saved with other guidance."""
    up = doc.plan.upkeep
    if up is None or up.changes is None:
        return []
    s = doc.styles
    ch = up.changes
    out: list[Any] = [doc.heading(_("Changes since your last plan"), 1),
                      Paragraph(doc.m(_(
                          "You saved your answers with guidance version {then}; this plan "
                          "uses {now}. You have done {progress}.").format(
                              then=ch.version_then, now=ch.version_now,
                              progress=up.progress_words())), s.intro)]
    out += [Paragraph(doc.m(line), s.bullet, bulletText="\u2022") for line in ch.lines()]
    return out


def item_steps(doc: Doc, pi: PlanItem) -> list[Any]:
    """How to make the item's settings on each platform the person chose."""
    s = doc.styles
    out: list[Any] = []
    notes: list[str] = []
    for shown in pi.steps:
        parts = step_parts(shown)
        text = f"<b>{doc.m(parts.head)}:</b> "
        if parts.cannot:
            text += f"<b>{doc.m(parts.cannot)}</b> {doc.m(parts.not_possible or '')}"
            if parts.instead:
                text += f" <b>{_('Instead:')}</b> {doc.m(parts.instead)}"
        else:
            text += doc.m(parts.how or "")
        text += "<br/>" + _("Help page: {link} (checked {date})").format(
            link=_link(doc, shown.step.help), date=doc.m(long_date(parts.checked)))
        out.append(Paragraph(text, s.item_body))
        if shown.note and shown.note not in notes:
            notes.append(shown.note)
    if not out:
        return []
    head = Paragraph(f"<b>{_('On your platforms')}</b>", s.item_body)
    return [head, *out, *(Paragraph(doc.m(n), s.item_because) for n in notes)]


def incidents(doc: Doc) -> list[Any]:
    up = doc.plan.upkeep
    if up is None or not up.routes:
        return []
    s = doc.styles
    out: list[Any] = []
    lead: list[Any] = doc.part(_("If something goes wrong"))
    lead.append(Paragraph(_("Find what happened, do the first steps, then tell the people "
                            "listed, in order. Keep a record on the incident log at the end."),
                          s.intro))
    for r in up.routes:
        block: list[Any] = [*lead, doc.heading(r.title, 1),
                            Paragraph(f"<b>{_('First steps')}</b>", s.body)]
        lead = []
        block += [Paragraph(doc.m(t), s.numbered, bulletText=f"{n}.")
                  for n, t in enumerate(r.first_steps, 1)]
        block.append(Paragraph(f"<b>{_('Who to tell')}</b>", s.body))
        for t in r.tell:
            text = f"<b>{doc.m(t.who)}</b>"
            if t.what:
                text += f": {doc.m(t.what)}"
            if t.phone:
                text += " " + _("Phone {number}.").format(number=doc.m(t.phone))
            if t.url:
                text += f" {_link(doc, t.url)}"
            block.append(Paragraph(text, s.bullet, bulletText="\u2022"))
        cites = "; ".join(_link(doc, c.url, c.title) if c.url else doc.m(c.title)
                          for c in r.sources)
        block.append(Paragraph(_("Sources: {sources}").format(sources=cites), s.small))
        out.append(KeepTogether(block))
    return out


def footprint(doc: Doc) -> list[Any]:
    up = doc.plan.upkeep
    if up is None or up.footprint is None:
        return []
    s = doc.styles
    fp = up.footprint
    out: list[Any] = []
    lead: list[Any] = doc.part(fp.title)
    if fp.intro:
        lead.append(doc.para(fp.intro, s.intro))
    for step in fp.steps:
        src = up.footprint_sources.get(step.source)
        cite = ""
        if src is not None:
            cite = "<br/>" + _("Source: {sources}").format(
                sources=_link(doc, src.url, src.title) if src.url else doc.m(src.title))
        # The heading and intro stay with the first step, never alone at a page's foot.
        out.append(KeepTogether([*lead, Paragraph(doc.m(step.title), s.h3),
                                 Paragraph(doc.m(step.detail) + cite, s.body)]))
        lead = []
    return out


def incident_log(doc: Doc) -> list[Any]:
    """A page to print and fill in by hand."""
    up = doc.plan.upkeep
    if up is None or not up.routes:
        return []
    s = doc.styles
    head = [Paragraph(f"<b>{doc.m(_(c))}</b>", s.small) for c in LOG_COLUMNS]
    rows = [head] + [[""] * len(LOG_COLUMNS) for _ in range(LOG_ROWS)]
    table = Table(rows, colWidths=[52, 105, 65, 70, 85, None], rowHeights=[None]
                  + [52] * LOG_ROWS, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s.body.fontName),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor(st.MUTED)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.PANEL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return [PageBreak(), doc.heading(_("Incident log"), 0), Paragraph(doc.m(_(LOG_INTRO)),
                                                                      s.intro),
            table]
