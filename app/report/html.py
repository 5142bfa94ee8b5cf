"""The accessible twin of the PDF: one self-contained HTML file, no scripts, no requests."""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from ..core.engine import Plan, PlanItem
from ..core.i18n import _, draft_notice, ngettext
from . import content, logo, upkeep_html

if TYPE_CHECKING:
    from ..core.organisation import LoadedOrganisation

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f2f1; color: #0b0c0c;
  font: 1rem/1.55 "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
main { max-width: 46rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; }
.eyebrow { margin: 0 0 .4rem; color: #505a5f; font-size: .8rem; font-weight: 700;
  letter-spacing: .06em; text-transform: uppercase; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1.5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .8rem; padding-top: 1.2rem;
  border-top: 1px solid #b1b4b6; }
h3 { font-size: 1.15rem; margin: 1.8rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
dl.fields { display: grid; grid-template-columns: 10rem 1fr; gap: .25rem 1rem; margin: 0; }
dl.fields dt { color: #505a5f; font-size: .9rem; }
dl.fields dd { margin: 0; font-weight: 700; overflow-wrap: anywhere; }
.intro, .meta { color: #505a5f; }
.meta { font-size: .875rem; margin: .2rem 0; }
ul.checklist { list-style: none; padding: 0; margin: 0; }
li.item { position: relative; padding: 0 0 1.2rem 2.4rem; break-inside: avoid; }
li.item input { position: absolute; left: 0; top: .15rem; width: 1.25rem; height: 1.25rem;
  margin: 0; accent-color: #0b0c0c; }
li.item label { font-weight: 700; font-size: 1.05rem; cursor: pointer; }
li.item p { margin: .25rem 0; overflow-wrap: anywhere; }
.priority { font-size: .78rem; font-weight: 700; letter-spacing: .05em; color: #505a5f;
  text-transform: uppercase; }
.because { font-style: italic; color: #505a5f; font-size: .92rem; }
.bio { background: #f3f2f1; padding: .9rem 1rem; margin: .6rem 0; font-size: 1.05rem;
  white-space: pre-wrap; overflow-wrap: anywhere; border-left: 4px solid #b1b4b6; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
.panel { background: #f3f2f1; border-left: 5px solid #505a5f; padding: .6rem 1rem;
  margin: .5rem 0 1rem; }
.panel p { margin: .3rem 0; }
.org { display: flex; align-items: center; gap: 1rem; margin: 0 0 1.2rem;
  padding-bottom: .8rem; border-bottom: 1px solid #b1b4b6; }
.org img { max-height: 3rem; max-width: 12rem; }
.org p { margin: 0; font-size: 1.3rem; font-weight: 700; }
.contact { font-size: .95rem; }
.sign { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
.line { border-bottom: 1px solid #0b0c0c; height: 2.2rem; margin-bottom: .2rem; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { margin: 0; padding: 0; max-width: none; }
  h2, h3, h4 { break-after: avoid; }
  a { color: #0b0c0c; }
  .sources a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: .85em;
    overflow-wrap: anywhere; }
}
"""

# No script, style or image may load from anywhere, even if a string slipped through.
# An organisation's logo is embedded as a data: URL, the only image source allowed.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")


def _t(text: str) -> str:
    return escape(text, quote=True)


def _multiline(text: str) -> str:
    return escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>\n")


def _organisation(plan: Plan) -> list[str]:
    loaded = plan.organisation
    if loaded is None:
        return []
    out = ['<div class="org">']
    if loaded.logo is not None and logo_shown(loaded):
        kind = "image/svg+xml" if loaded.logo_kind == "svg" else "image/png"
        data = base64.b64encode(loaded.logo).decode("ascii")
        alt = _t(_("{organisation} logo").format(organisation=loaded.org.name))
        out.append(f'<img src="data:{kind};base64,{data}" alt="{alt}">')
    out += [f"<p>{_t(loaded.org.name)}</p>", "</div>"]
    return out


def logo_shown(loaded: LoadedOrganisation) -> bool:
    """A browser draws SVG itself; a PNG must decode, as for the PDF."""
    return loaded.logo_kind == "svg" or logo.logo_size(loaded) is not None


def _preset(plan: Plan) -> list[str]:
    line = content.preset_line(plan)
    if line is None:
        return []
    out = ['<div class="panel" role="note">', f"<p><strong>{_t(line)}</strong></p>"]
    locked = content.locked_answers(plan)
    if locked:
        out.append(f"<p>{_t(_('Your security officer set these answers for you:'))}</p><ul>")
        out += [f"<li>{_t(q)}: <strong>{_t(a)}</strong></li>" for q, a in locked]
        out.append("</ul>")
    if plan.preset is not None and plan.preset.note:
        out.append(f'<p class="note">{_multiline(plan.preset.note)}</p>')
    out.append("</div>")
    return out


def _header(plan: Plan) -> list[str]:
    draft = draft_notice()
    out = ['<header>', *_organisation(plan),
           *([f'<p class="draft" role="note"><em>{_t(draft)}</em></p>'] if draft else []),
           f'<p class="eyebrow">{_t(_("Profile Planner"))} · {_t(_("Your plan"))}</p>',
           f"<h1>{_t(plan.questionnaire.title)}</h1>", '<dl class="fields">']
    for f in content.header_fields(plan, content.made_on()):
        out.append(f"<dt>{_t(f.label)}</dt><dd>{_t(f.value)}</dd>")
    out += ["</dl>", *upkeep_html.review(plan), *_preset(plan), "</header>"]
    note = content.handling_note(plan)
    if note:
        out.insert(1, f'<div class="panel" role="note"><p><strong>{_t(note)}</strong></p></div>')
    return out


def _summary(plan: Plan) -> list[str]:
    out = ['<section aria-labelledby="summary">', f'<h2 id="summary">{_t(_("Summary"))}</h2>']
    purpose = content.purpose(plan)
    if purpose:
        out.append(f"<p><strong>{_t(purpose[0])}:</strong> {_t(purpose[1])}</p>")
    out.append("<p><strong>" + _t(_("Risk level: {level}.").format(level=plan.tier.label))
               + f"</strong> {_t(plan.tier.summary)}</p>")
    if plan.tier_because:
        out.append(f"<p>{_t(_('This level is set by what you said:'))}</p><ul>")
        out += [f"<li>{_t(p)}</li>" for p in plan.tier_because]
        out.append("</ul>")
    else:
        out.append(f"<p>{_t(_('None of your answers raised the risk level.'))}</p>")
    blank = content.unanswered_note(plan)
    if blank:
        out.append(f"<p>{_t(blank[0])}</p><ul>")
        out += [f"<li>{_t(label)}</li>" for label in blank[1]]
        out.append("</ul>")
    first = content.start_lines(plan)
    if first:
        out += [f'<h3 id="start-here">{_t(_("Start here"))}</h3>',
                '<p class="intro">' + _t(ngettext(
                    "Do this {count} thing first. It matters most for you. The full "
                    "checklist follows.",
                    "Do these {count} things first. They matter most for you. The full "
                    "checklist follows.", len(first)).format(count=len(first))) + "</p>",
                "<ol>"]
        out += [f'<li><a href="#item-{_t(iid)}">{_t(title)}</a>'
                f'<br><span class="because">{_t(why)}</span></li>' for iid, title, why in first]
        out.append("</ol>")
    out.append("</section>")
    return out


def _item(plan: Plan, pi: PlanItem) -> list[str]:
    it = pi.item
    iid = _t(it.id)
    checked = " checked" if content.is_ticked(plan, it.id) else ""
    out = [f'<li class="item" id="item-{iid}">',
           f'<input type="checkbox" id="tick-{iid}" name="tick-{iid}"{checked}>',
           f'<label for="tick-{iid}">{_t(it.title)}</label>',
           f'<p class="priority"><span aria-hidden="true">{content.PRIORITY_DOTS[it.priority]}'
           f"</span> {_t(content.priority_words(it.priority))}"
           + (f" · {_t(content.time_words(it.minutes) or '')}" if it.minutes else "") + "</p>",
           f"<p>{_t(it.detail)}</p>"]
    if pi.contact:
        out.append(f'<p class="contact"><strong>{_t(_("Contact:"))}</strong> '
                   f"{_t(pi.contact)}</p>")
    if content.raised_by_preset(plan, it.id):
        out.append(f'<p class="because">{_t(_(content.RAISED_WORDS))}</p>')
    if it.how:
        out.append(f"<p><strong>{_t(_('How:'))}</strong> {_t(it.how)}</p>")
    out += upkeep_html.item_steps(pi)
    if pi.because:
        out.append(f'<p class="because">{_t(content.because(pi.because))}</p>')
    if pi.sources:
        cites = []
        for c in pi.sources:
            text = _t(content.cite(c.source.title, c.section))
            url = c.source.url
            cites.append(f'<a href="{_t(url)}">{text}</a>' if url and url.startswith("https://")
                         else text)
        label = _t(ngettext("Source: {sources}", "Sources: {sources}", len(cites)))
        out.append('<p class="meta sources">' + label.format(sources="; ".join(cites)) + "</p>")
    out.append("</li>")
    return out


def _checklist(plan: Plan) -> list[str]:
    out = ['<section aria-labelledby="checklist">',
           f'<h2 id="checklist">{_t(_("Your checklist"))}</h2>',
           '<p class="intro">' + _t(ngettext(
               "{count} thing to do, grouped by when to do them. Tick each box when you have "
               "done it.",
               "{count} things to do, grouped by when to do them. Tick each box when you have "
               "done it.", len(plan.items)).format(count=len(plan.items))) + "</p>"]
    for group, members in plan.groups():
        title, intro = content.group_words(group)
        out.append(f'<h3 id="group-{_t(group.id)}">{_t(title)}</h3>')
        out.append(f'<p class="intro">{_t(intro)}</p>')
        out.append('<ul class="checklist">')
        for pi in members:
            out += _item(plan, pi)
        out.append("</ul>")
    out.append("</section>")
    return out


def _bios(plan: Plan) -> list[str]:
    from .biolines import paper

    out = ['<section aria-labelledby="bios">', f'<h2 id="bios">{_t(_("Draft bios"))}</h2>']
    if not plan.bios:
        out.append(f"<p>{_t(_('You did not choose any platforms, so there are no bios.'))}</p>")
    else:
        out.append('<p class="intro">' + escape(_(
            "Each platform has its own draft, written the way people write there, with other "
            "versions to start from. Copy one, then change it to sound like you. Each one "
            "fits the platform's limit."), quote=False) + "</p>")
    for b in plan.bios:
        bp = paper(b)
        out.append(f"<h3>{_t(bp.title)}</h3>")
        if bp.display_name:
            out.append(f'<p class="meta">{_t(bp.display_name)}</p>')
        out.append(f'<p class="bio">{_multiline(bp.text)}</p>' if bp.text else
                   f'<p class="bio"><em>{_t(_("Nothing to put in this bio yet."))}</em></p>')
        out.append(f'<p class="meta">{_t(bp.version_count)}</p>')
        for message in bp.findings:
            out.append(f'<p class="meta"><strong>{_t(_("Look again:"))}</strong> '
                       f"{_t(message)}</p>")
        if bp.others:
            out.append('<ul class="meta">')
            out += [f"<li><strong>{_t(label)}</strong> ({_t(count)}): {_multiline(text)}</li>"
                    for label, text, count in bp.others]
            out.append("</ul>")
        for title, text, count in bp.extras:
            out.append(f"<h4>{_t(title)}</h4>")
            out.append(f'<p class="bio">{_multiline(text)}</p>')
            out.append(f'<p class="meta">{_t(count)}</p>')
        if bp.notes:
            out.append('<ul class="meta">')
            out += [f"<li>{f'<strong>{_t(bold)}</strong> ' if bold else ''}{_t(text)}</li>"
                    for bold, text in bp.notes]
            out.append("</ul>")
    out.append("</section>")
    return out


def _your_answers(plan: Plan) -> list[str]:
    if plan.answers.mode != "line_manager":
        return []
    out = ['<section aria-labelledby="answers">',
           f'<h2 id="answers">{_t(_("Your answers"))}</h2>',
           '<p class="intro">' + _t(_("What you chose in each step. Your notes from the "
                                      "conversation come after this, each in a shaded box."))
           + "</p>"]
    for _sid, title, rows, _note in content.answers_by_step(plan):
        out += [f"<h3>{_t(title)}</h3>", "<ul>"]
        out += [f"<li>{_t(q)}: <strong>{_t(a)}</strong></li>" for q, a in rows]
        out.append("</ul>")
    out.append("</section>")
    return out


def _line_manager(plan: Plan) -> list[str]:
    if plan.answers.mode != "line_manager":
        return []
    a = plan.answers
    out = ['<section aria-labelledby="notes">',
           f'<h2 id="notes">{_t(_("Notes from your conversation"))}</h2>',
           '<p class="intro">' + _t(_("What you and your line manager wrote down together. "
                                      "These notes are a record of your conversation: they are "
                                      "not your answers and do not change your checklist."))
           + "</p>"]
    notes = content.step_notes(plan)
    if not notes and not a.agreed_actions.strip():
        out.append(f"<p>{_t(_('No notes were written down.'))}</p>")
    for title, note in notes:
        out += [f"<h3>{_t(title)}</h3>",
                f'<div class="panel"><p class="note">{_multiline(note)}</p></div>']
    if a.agreed_actions.strip():
        out += [f"<h3>{_t(_('Actions you agreed'))}</h3>",
                f'<div class="panel"><p class="note">{_multiline(a.agreed_actions)}</p></div>']
    out += [f"<h3>{_t(_('Sign-off'))}</h3>",
            f'<p class="intro">{_t(_("Sign when you both agree the plan."))}</p>',
            '<div class="sign">']
    for role, name, date in ((_("Member of staff"), a.sign_off.person, a.sign_off.date),
                             (_("Line manager"), a.sign_off.manager, a.sign_off.manager_date)):
        out += ["<div>", f"<h4>{_t(role)}</h4>"]
        out.append(f'<p class="note"><strong>{_multiline(name)}</strong></p>' if name.strip()
                   else f'<div class="line"></div><p class="meta">{_t(_("Name"))}</p>')
        out.append(f'<div class="line"></div><p class="meta">{_t(_("Signature"))}</p>')
        out.append(f"<p>{_t(_('Date: {date}').format(date=date))}</p>" if date.strip()
                   else f'<div class="line"></div><p class="meta">{_t(_("Date"))}</p>')
        out.append("</div>")
    out += ["</div>", "</section>"]
    return out


def _contacts(plan: Plan) -> list[str]:
    loaded = plan.organisation
    if loaded is None:
        return []
    org = loaded.org
    out = ['<section aria-labelledby="organisation">',
           '<h2 id="organisation">' + _t(_("Contacts and policies at {organisation}").format(
               organisation=org.name)) + "</h2>", "<ul>"]
    out += [f"<li><strong>{_t(who)}:</strong> {_t(details)}</li>"
            for who, details in content.organisation_contacts(plan)]
    out += [f'<li><a href="{_t(link.url)}">{_t(link.title)}</a></li>'
            for link in org.policy_links]
    out += ["</ul>", "</section>"]
    return out


def _not_asked(plan: Plan) -> list[str]:
    if not plan.skipped:
        return []
    out = ['<section aria-labelledby="not-asked">',
           f'<h2 id="not-asked">{_t(_("Questions you were not asked"))}</h2>',
           '<p class="intro">' + _t(_("Your earlier answers meant these did not apply to you."))
           + "</p>", "<ul>"]
    out += [f"<li><strong>{_t(s.question.label)}</strong><br>{_t(s.reason)}</li>"
            for s in plan.skipped]
    out += ["</ul>", "</section>"]
    return out


def render_html(plan: Plan) -> str:
    """The same content as the PDF, for screen readers and browsers."""
    title = _t(content.document_title(plan))
    body: list[str] = []
    for part in (_header, _summary, upkeep_html.changes, _checklist, upkeep_html.footprint,
                 upkeep_html.incidents, _bios, _your_answers, _line_manager, _contacts,
                 _not_asked):
        body += part(plan)
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{content.html_lang()}">', "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>", f"<style>{CSS}{upkeep_html.CSS}</style>", "</head>", "<body>", "<main>",
        *body, "</main>", "</body>", "</html>", ""])
