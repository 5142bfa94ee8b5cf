"""The PDF's blocks, one function each, in reading order.

Each block takes the Doc being built and returns flowables. To add a block (an
organisation's own header line, a security officer's note), write a function and
put it in BLOCKS, or add a Field to content.header_fields.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, Image, KeepTogether, Spacer, Table, TableStyle

from ..core.engine import Plan, PlanItem
from ..core.i18n import N_, _, draft_notice, ngettext
from . import content, logo, upkeep_pdf
from . import styles as st
from .flowables import Heading, ItemHead, Rule, SignLine, panel
from .flowables import Para as Paragraph
from .text import Printer, escape


@dataclass
class Doc:
    plan: Plan
    day: dt.date
    printer: Printer = field(default_factory=Printer)
    styles: st.Styles = field(default_factory=st.styles)
    keys: int = 0
    prefix: str = ""  # tells apart names and links of a second language in one PDF

    def m(self, text: str) -> str:
        """Escaped markup for any text from outside this code."""
        return self.printer.markup(text)

    def para(self, text: str, style: Any) -> Paragraph:
        return Paragraph(self.m(text), style)

    def heading(self, text: str, level: int) -> Heading:
        self.keys += 1
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(self.m(text), style, self.printer.plain(text), level,
                       f"{self.prefix}h{self.keys}")

    def part(self, title: str) -> list[Any]:
        """A top-level part: room for a few lines, a rule and a bookmarked heading."""
        return [CondPageBreak(120), Rule(space_before=10), self.heading(title, 0)]


Block = Callable[[Doc], list[Any]]


def header(doc: Doc) -> list[Any]:
    s = doc.styles
    plan = doc.plan
    rows = [[Paragraph(doc.m(f.label), s.field_label), Paragraph(doc.m(f.value), s.field_value)]
            for f in content.header_fields(plan, doc.day)]
    table = Table(rows, colWidths=[110, None], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s.field_value.fontName),  # never the default Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    note = content.handling_note(plan)
    marking = [_panel(doc, [Paragraph(f"<b>{doc.m(note)}</b>", s.body)]), Spacer(1, 8)] \
        if note else []
    draft = draft_notice()
    notice = [Paragraph(f"<i>{doc.m(draft)}</i>", s.small), Spacer(1, 4)] if draft else []
    return [*_organisation_banner(doc), *notice, *marking,
            Paragraph(doc.m(_("PROFILE PLANNER") + "  \u00b7  " + _("YOUR PLAN")), s.eyebrow),
            Paragraph(doc.m(plan.questionnaire.title), s.title), table, Spacer(1, 8)]


def _organisation_banner(doc: Doc) -> list[Any]:
    """The organisation's logo and name above everything else, when a pack is used."""
    loaded = doc.plan.organisation
    if loaded is None:
        return []
    s = doc.styles
    name = Paragraph(doc.m(loaded.org.name), s.h2)
    size = logo.logo_size(loaded)
    if size is None or loaded.logo is None:
        return [name, Rule(space_before=0, space_after=12)]
    picture = Image(io.BytesIO(loaded.logo), width=size[0], height=size[1])
    row = Table([[picture, name]], colWidths=[size[0] + 12, None], hAlign="LEFT")
    row.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s.body.fontName),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [row, Rule(space_before=8, space_after=12)]


def preset(doc: Doc) -> list[Any]:
    """Which preset was applied and by whom, and the answers it fixed."""
    plan = doc.plan
    line = content.preset_line(plan)
    if line is None:
        return []
    s = doc.styles
    out: list[Any] = [Paragraph(f"<b>{doc.m(line)}</b>", s.body)]
    locked = content.locked_answers(plan)
    if locked:
        out.append(Paragraph(_("Your security officer set these answers for you:"), s.body))
        out.extend(Paragraph(f"{doc.m(q)}: <b>{doc.m(a)}</b>", s.bullet, bulletText="\u2022")
                   for q, a in locked)
    if plan.preset is not None and plan.preset.note:
        out.append(doc.para(plan.preset.note, s.body))
    return [_panel(doc, out), Spacer(1, 6)]


def _panel(doc: Doc, flowables: list[Any]) -> Table:
    return panel(flowables, doc.styles.body.fontName)


def summary(doc: Doc) -> list[Any]:
    s = doc.styles
    plan = doc.plan
    out: list[Any] = doc.part(_("Summary"))
    purpose = content.purpose(plan)
    if purpose:
        out.append(Paragraph(f"<b>{doc.m(purpose[0])}:</b> {doc.m(purpose[1])}", s.body))
    out.append(Paragraph("<b>" + _("Risk level: {level}.").format(level=doc.m(plan.tier.label))
                         + "</b> "
                         f"{doc.m(plan.tier.summary)}", s.body))
    if plan.tier_because:
        out.append(Paragraph(_("This level is set by what you said:"), s.body))
        out.extend(Paragraph(doc.m(p), s.bullet, bulletText="\u2022") for p in plan.tier_because)
    else:
        out.append(Paragraph(_("None of your answers raised the risk level."), s.body))
    blank = content.unanswered_note(plan)
    if blank:
        note, labels = blank
        out.append(doc.para(note, s.body))
        out.extend(Paragraph(doc.m(label), s.bullet, bulletText="\u2022") for label in labels)
    first = content.start_lines(plan)
    if first:
        out.append(Spacer(1, 6))
        lines = [Paragraph(f'<a href="#{doc.prefix}item-{iid}" color="{st.LINK}">'
                           f"{doc.m(title)}</a><br/><i>{doc.m(why)}</i>", s.numbered,
                           bulletText=f"{n}.") for n, (iid, title, why) in enumerate(first, 1)]
        # The heading never stands alone at the foot of a page: it goes with its first action.
        out.append(KeepTogether([
            doc.heading(_("Start here"), 1),
            Paragraph(ngettext("Do this {count} thing first. It matters most for you. "
                               "The full checklist follows.",
                               "Do these {count} things first. They matter most for you. "
                               "The full checklist follows.", len(first)).format(
                                   count=len(first)), s.intro), lines[0]]))
        out.extend(lines[1:])
    return out


def _attr(value: str) -> str:
    return escape(value).replace('"', "&quot;")


def _item(doc: Doc, pi: PlanItem) -> tuple[list[Any], list[Any]]:
    """The part to keep together (with its section heading, if first), and the rest."""
    s = doc.styles
    it = pi.item
    title = Paragraph(f'<a name="{doc.prefix}item-{it.id}"/>{doc.m(it.title)}', s.item_title)
    head = ItemHead(title, f"{doc.prefix}tick-{it.id}", doc.printer.plain(it.title),
                    content.is_ticked(doc.plan, it.id))
    words = content.priority_words(it.priority)
    time = content.time_words(it.minutes)
    when = f"&nbsp;&nbsp;\u00b7&nbsp;&nbsp;{doc.m(time)}" if time else ""
    top = [head, Paragraph(f"{content.PRIORITY_DOTS[it.priority]}&nbsp;&nbsp;{words.upper()}"
                           f"{when}", s.priority), doc.para(it.detail, s.item_body)]
    if pi.contact:
        top.append(Paragraph(f"<b>{_('Contact:')}</b> {doc.m(pi.contact)}", s.item_body))
    if content.raised_by_preset(doc.plan, it.id):
        top.append(Paragraph(doc.m(_(content.RAISED_WORDS)), s.item_because))
    rest: list[Any] = []
    if it.how:
        rest.append(Paragraph(f"<b>{_('How:')}</b> {doc.m(it.how)}", s.item_body))
    rest.extend(upkeep_pdf.item_steps(doc, pi))
    if pi.because:
        rest.append(doc.para(content.because(pi.because), s.item_because))
    if pi.sources:
        cites = []
        for c in pi.sources:
            text = doc.m(content.cite(c.source.title, c.section))
            url = c.source.url
            cites.append(f'<a href="{_attr(url)}" color="{st.LINK}"><u>{text}</u></a>'
                         if url and url.startswith("https://") else text)
        label = ngettext("Source: {sources}", "Sources: {sources}", len(cites))
        rest.append(Paragraph(label.format(sources="; ".join(cites)), s.item_source))
    return top + rest[:1], [*rest[1:], Spacer(1, 16)]


def checklist(doc: Doc) -> list[Any]:
    s = doc.styles
    plan = doc.plan
    out: list[Any] = []
    lead: list[Any] = doc.part(_("Your checklist"))
    lead.append(Paragraph(ngettext(
        "{count} thing to do, grouped by when to do them. Tick each box when you have done "
        "it: on screen, or with a pen on paper.",
        "{count} things to do, grouped by when to do them. Tick each box when you have done "
        "it: on screen, or with a pen on paper.", len(plan.items)).format(
            count=len(plan.items)), s.intro))
    for group, members in plan.groups():
        title, intro = content.group_words(group)
        lead.append(doc.heading(title, 1))
        lead.append(doc.para(intro, s.intro))
        for pi in members:
            keep, rest = _item(doc, pi)
            out.append(KeepTogether(lead + keep))
            out.extend(rest)
            lead = []
    return out


def bios(doc: Doc) -> list[Any]:
    from .biolines import paper

    s = doc.styles
    plan = doc.plan
    lead: list[Any] = doc.part(_("Draft bios"))
    if not plan.bios:
        lead.append(Paragraph(_("You did not choose any platforms, so there are no bios."),
                              s.body))
        return lead
    lead.append(Paragraph(_("Each platform has its own draft, written the way people write "
                            "there, with other versions to start from. Copy one, then change "
                            "it to sound like you. Each one fits the platform's limit."),
                          s.intro))
    out: list[Any] = []
    for b in plan.bios:
        bp = paper(b)
        block: list[Any] = [doc.heading(bp.title, 1)]
        if bp.display_name:
            block.append(doc.para(bp.display_name, s.small))
        block.append(doc.para(bp.text, s.bio) if bp.text else
                     Paragraph(f"<i>{_('Nothing to put in this bio yet.')}</i>", s.bio))
        block.append(Paragraph(doc.m(bp.version_count), s.small))
        for message in bp.findings:
            block.append(Paragraph(f"<b>{_('Look again:')}</b> {doc.m(message)}", s.small))
        for label, text, count in bp.others:
            block.append(Paragraph(f"<b>{doc.m(label)}</b> ({doc.m(count)}): {doc.m(text)}",
                                   s.small))
        rest: list[Any] = []
        for title, text, count in bp.extras:
            rest.append(Paragraph(f"<b>{doc.m(title)}</b> ({doc.m(count)})", s.small))
            rest.append(doc.para(text, s.bio))
        for bold, text in bp.notes:
            rest.append(Paragraph((f"<b>{doc.m(bold)}</b> " if bold else "") + doc.m(text),
                                  s.small))
        rest.append(Spacer(1, 6))
        out.append(KeepTogether(lead + block))
        out.extend(rest)
        lead = []
    return out


def your_answers(doc: Doc) -> list[Any]:
    """With a line manager: what the person answered, step by step, kept apart from the
    notes that follow, so the two never read as one."""
    s = doc.styles
    plan = doc.plan
    if plan.answers.mode != "line_manager":
        return []
    out: list[Any] = doc.part(_(LABEL_ANSWERS))
    out.append(Paragraph(_("What you chose in each step. Your notes from the conversation "
                           "come after this, each in a shaded box."), s.intro))
    for _sid, title, rows, _note in content.answers_by_step(plan):
        block: list[Any] = [Paragraph(doc.m(title), s.h3)]
        block.extend(Paragraph(f"{doc.m(q)}: <b>{doc.m(a)}</b>", s.bullet, bulletText="\u2022")
                     for q, a in rows)
        out.append(KeepTogether(block))
    return out


def line_manager(doc: Doc) -> list[Any]:
    s = doc.styles
    plan = doc.plan
    if plan.answers.mode != "line_manager":
        return []
    out: list[Any] = doc.part(_(LABEL_NOTES))
    out.append(Paragraph(_("What you and your line manager wrote down together. These notes "
                           "are a record of your conversation: they are not your answers and "
                           "do not change your checklist."), s.intro))
    notes = content.step_notes(plan)
    if not notes and not plan.answers.agreed_actions.strip():
        out.append(Paragraph(_("No notes were written down."), s.body))
    for title, note in notes:
        out.append(Paragraph(doc.m(title), s.h3))
        out.append(_panel(doc, [doc.para(note, s.body)]))
    if plan.answers.agreed_actions.strip():
        out.append(Paragraph(_("Actions you agreed"), s.h3))
        out.append(_panel(doc, [doc.para(plan.answers.agreed_actions, s.body)]))
    out.append(doc.heading(_("Sign-off"), 1))
    out.append(Paragraph(_("Sign when you both agree the plan."), s.intro))
    sign = plan.answers.sign_off
    cells = []
    for role, name, date in ((_("Member of staff"), sign.person, sign.date),
                             (_("Line manager"), sign.manager, sign.manager_date)):
        cell: list[Any] = [Paragraph(role, s.h3)]
        if name.strip():
            cell += [doc.para(name, s.field_value), Spacer(1, 10)]
        else:
            cell.append(SignLine(_("Name"), s.body.fontName))
        cell.append(SignLine(_("Signature"), s.body.fontName))
        cell += ([SignLine(_("Date"), s.body.fontName)] if not date.strip()
                 else [Spacer(1, 8), Paragraph(_("Date: {date}").format(date=doc.m(date)),
                                               s.body)])
        cells.append(cell)
    table = Table([cells], colWidths=["50%", "50%"], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s.body.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 24),
    ]))
    out.append(table)
    return out


LABEL_ANSWERS = N_("Your answers")
LABEL_NOTES = N_("Notes from your conversation")


def organisation(doc: Doc) -> list[Any]:
    """The organisation's contacts and policies, when a pack is used."""
    s = doc.styles
    plan = doc.plan
    loaded = plan.organisation
    if loaded is None:
        return []
    org = loaded.org
    out: list[Any] = doc.part(_("Contacts and policies at {organisation}").format(
        organisation=org.name))
    for who, details in content.organisation_contacts(plan):
        out.append(Paragraph(f"<b>{doc.m(who)}:</b> {doc.m(details)}", s.bullet,
                             bulletText="\u2022"))
    for link in org.policy_links:
        out.append(Paragraph(f'<a href="{_attr(link.url)}" color="{st.LINK}"><u>'
                             f"{doc.m(link.title)}</u></a> ({doc.m(link.url)})", s.bullet,
                             bulletText="\u2022"))
    return out


def not_asked(doc: Doc) -> list[Any]:
    s = doc.styles
    plan = doc.plan
    if not plan.skipped:
        return []
    out: list[Any] = doc.part(_("Questions you were not asked"))
    out.append(Paragraph(_("Your earlier answers meant these did not apply to you."), s.intro))
    for sk in plan.skipped:
        out.append(Paragraph(f"<b>{doc.m(sk.question.label)}</b><br/>{doc.m(sk.reason)}",
                             s.bullet, bulletText="\u2022"))
    return out


def unprintable(doc: Doc) -> list[Any]:
    """Said last, after every other block has reported what it could not print."""
    s = doc.styles
    if not doc.printer.missing:
        return []
    out: list[Any] = doc.part(_("Characters this PDF cannot show"))
    out.append(Paragraph(
        _("The font in this PDF has no shape for some characters you typed. They are shown as "
          "{marker}. The HTML version shows them. The characters are:").format(
              marker=doc.m(doc.printer.plain(chr(0xFFFD)))), s.body))
    out.extend(Paragraph(doc.m(desc), s.bullet, bulletText="\u2022")
               for desc in doc.printer.missing.values())
    return out


BLOCKS: list[Block] = [header, upkeep_pdf.review, preset, summary, upkeep_pdf.changes, checklist,
                       upkeep_pdf.footprint, upkeep_pdf.incidents, bios, your_answers,
                       line_manager, organisation, not_asked, upkeep_pdf.incident_log]


def story(doc: Doc) -> list[Any]:
    out: list[Any] = []
    for block in BLOCKS:
        out.extend(block(doc))
    out.extend(unprintable(doc))
    return out

