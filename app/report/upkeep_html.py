"""The HTML twin of upkeep_pdf: review dates, what changed, platform steps under each item,
routes if something goes wrong, the UK footprint and an incident log table."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..core.i18n import _
from ..core.upkeep import long_date
from .upkeep_text import LOG_COLUMNS, LOG_INTRO, step_parts

if TYPE_CHECKING:
    from ..core.engine import Plan, PlanItem

CSS = """
.steps { margin: .4rem 0 .2rem; padding: 0; list-style: none; }
.steps li { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid #b1b4b6; }
.log { border-collapse: collapse; width: 100%; }
.log th, .log td { border: 1px solid #505a5f; padding: .3rem; text-align: left;
  vertical-align: top; height: 2.6rem; }
"""


def _t(text: str) -> str:
    return escape(text, quote=True)


def _a(url: str, text: str | None = None) -> str:
    return f'<a href="{_t(url)}">{_t(text if text is not None else url)}</a>'


def review(plan: Plan) -> list[str]:
    up = plan.upkeep
    if up is None:
        return []
    out = ['<div class="panel" role="note">']
    if up.checked_words():
        out.append(f"<p>{_t(up.checked_words())}</p>")
    out.append(f"<p>{_t(up.review_words())}</p>")
    if up.stale_words():
        out.append(f"<p><strong>{_t(up.stale_words())}</strong></p>")
    out.append("</div>")
    return out


def changes(plan: Plan) -> list[str]:
    up = plan.upkeep
    if up is None or up.changes is None:
        return []
    ch = up.changes
    out = ['<section aria-labelledby="changes">',
           f'<h2 id="changes">{_t(_("Changes since your last plan"))}</h2>',
           '<p class="intro">' + _t(_("You saved your answers with guidance version {then}; "
                                      "this plan uses {now}. You have done {progress}.").format(
               then=ch.version_then, now=ch.version_now, progress=up.progress_words()))
           + "</p>",
           "<ul>"]
    out += [f"<li>{_t(line)}</li>" for line in ch.lines()]
    out += ["</ul>", "</section>"]
    return out


def item_steps(pi: PlanItem) -> list[str]:
    if not pi.steps:
        return []
    out = [f"<p><strong>{_t(_('On your platforms'))}</strong></p>", '<ul class="steps">']
    notes: list[str] = []
    for shown in pi.steps:
        parts = step_parts(shown)
        body = (f"<strong>{_t(parts.cannot)}</strong> {_t(parts.not_possible or '')}"
                + (f" <strong>{_t(_('Instead:'))}</strong> {_t(parts.instead)}"
                   if parts.instead else "")) \
            if parts.cannot else _t(parts.how or "")
        out.append(f"<li><strong>{_t(parts.head)}:</strong> {body}<br>"
                   '<span class="meta">' + _t(_("Help page: {link} (checked {date})")).format(
                       link=_a(shown.step.help), date=_t(long_date(parts.checked)))
                   + "</span></li>")
        if shown.note and shown.note not in notes:
            notes.append(shown.note)
    out.append("</ul>")
    out += [f'<p class="because">{_t(n)}</p>' for n in notes]
    return out


def incidents(plan: Plan) -> list[str]:
    up = plan.upkeep
    if up is None or not up.routes:
        return []
    out = ['<section aria-labelledby="wrong">',
           f'<h2 id="wrong">{_t(_("If something goes wrong"))}</h2>',
           '<p class="intro">' + _t(_("Find what happened, do the first steps, then tell the "
                                      "people listed, in order. Keep a record in the incident "
                                      "log.")) + "</p>"]
    for r in up.routes:
        out += [f'<h3 id="route-{_t(r.id)}">{_t(r.title)}</h3>',
                f"<h4>{_t(_('First steps'))}</h4>", "<ol>"]
        out += [f"<li>{_t(t)}</li>" for t in r.first_steps]
        out += ["</ol>", f"<h4>{_t(_('Who to tell'))}</h4>", "<ol>"]
        for t in r.tell:
            line = f"<strong>{_t(t.who)}</strong>" + (f": {_t(t.what)}" if t.what else "")
            if t.phone:
                line += " " + _t(_("Phone {number}.").format(number=t.phone))
            if t.url:
                line += f" {_a(t.url)}"
            out.append(f"<li>{line}</li>")
        out.append("</ol>")
        cites = "; ".join(_a(c.url, c.title) if c.url else _t(c.title) for c in r.sources)
        out.append('<p class="meta sources">'
                   + _t(_("Sources: {sources}")).format(sources=cites) + "</p>")
    out += [f"<h3>{_t(_('Incident log'))}</h3>", f'<p class="intro">{_t(_(LOG_INTRO))}</p>',
            '<table class="log"><thead><tr>'
            + "".join(f'<th scope="col">{_t(_(c))}</th>' for c in LOG_COLUMNS)
            + "</tr></thead><tbody>"
            + ("<tr>" + "<td></td>" * len(LOG_COLUMNS) + "</tr>") * 5 + "</tbody></table>",
            "</section>"]
    return out


def footprint(plan: Plan) -> list[str]:
    up = plan.upkeep
    if up is None or up.footprint is None:
        return []
    fp = up.footprint
    out = ['<section aria-labelledby="footprint">', f'<h2 id="footprint">{_t(fp.title)}</h2>']
    if fp.intro:
        out.append(f'<p class="intro">{_t(fp.intro)}</p>')
    for step in fp.steps:
        out += [f"<h3>{_t(step.title)}</h3>", f"<p>{_t(step.detail)}</p>"]
        src = up.footprint_sources.get(step.source)
        if src is not None:
            out.append('<p class="meta sources">' + _t(_("Source: {sources}")).format(
                sources=_a(src.url, src.title) if src.url else _t(src.title)) + "</p>")
    out.append("</section>")
    return out
