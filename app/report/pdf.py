"""The PDF checklist: render_pdf(plan) -> bytes, the same bytes the GUI previews and saves."""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from ..core.engine import Plan
from ..core.i18n import LANGUAGES, SOURCE, _, current_language, set_language
from . import content, fonts
from . import styles as st
from .blocks import Doc, story
from .flowables import Heading
from .link_words import link_words

_TOTAL = "pagetotal"
# Binary streams instead of ASCII85: a smaller file, and a tenth quicker to write. This
# process makes no other PDFs, so the global setting changes nothing else.
rl_config.useA85 = 0


class _Canvas(Canvas):
    """Writes the page total once it is known, into a form every footer already uses, and
    gives every link annotation its words as /Contents (link_words.py)."""

    pages = 0

    def __init__(self, *args: Any, link_words: dict[str, str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.link_words = link_words or {}

    def linkURL(self, url: str, rect: Any, relative: int = 0, thickness: int = 0,
                color: Any = None, dashArray: Any = None, kind: str = "URI",
                **kw: Any) -> None:
        said = self.link_words.get(url) or url
        kw.setdefault("Contents", PDFString(f"{said} (link to {url})" if said != url
                                            else f"Link to {url}"))
        super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)

    def linkRect(self, contents: Any, destinationname: str, Rect: Any = None,
                 addtopage: int = 1, name: Any = None, relative: int = 1,
                 thickness: int = 0, color: Any = None, dashArray: Any = None,
                 **kw: Any) -> Any:
        if not contents:
            said = self.link_words.get(f"#{destinationname}")
            contents = PDFString(f"{said} (go to it in this plan)" if said
                                 else "Go to this point in the plan")
        return super().linkRect(contents, destinationname, Rect, addtopage, name, relative,
                                thickness, color, dashArray, **kw)

    def save(self) -> None:
        self.beginForm(_TOTAL)
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(colors.HexColor(st.MUTED))
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


class _LanguageMark(Flowable):
    """Takes no room: starts a language's part of a bilingual PDF in the outline."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title, self.key = title, key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Template(BaseDocTemplate):
    shift = 0  # a bilingual PDF puts each language's headings under the language's name

    def afterFlowable(self, flowable: Any) -> None:
        canv = self.canv
        if isinstance(flowable, Heading):
            canv.bookmarkPage(flowable.outline_key)
            canv.addOutlineEntry(flowable.outline_title, flowable.outline_key,
                                 level=flowable.outline_level + self.shift, closed=False)
        elif isinstance(flowable, _LanguageMark):
            canv.bookmarkPage(flowable.key)
            canv.addOutlineEntry(flowable.title, flowable.key, level=0, closed=False)


def _footer(title: str) -> Any:
    # Chosen now, in the language of the pages this footer is for.
    words = _("Page {page} of {total}")

    def draw(canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        canv.pages = max(canv.pages, page)
        width, _height = A4
        y = st.MARGIN * 0.55
        canv.saveState()
        canv.setStrokeColor(colors.HexColor(st.RULE))
        canv.setLineWidth(0.6)
        canv.line(st.MARGIN, y + 12, width - st.MARGIN, y + 12)
        canv.setFont(fonts.REGULAR, 8)
        canv.setFillColor(colors.HexColor(st.MUTED))
        # The total is a form drawn once it is known, so the words go either side of it.
        label, _total, after = words.partition("{total}")
        label = label.format(page=page)
        canv.drawString(st.MARGIN, y, label)
        canv.translate(st.MARGIN + canv.stringWidth(label, fonts.REGULAR, 8), y)
        canv.doForm(_TOTAL)
        if after.strip():
            canv.drawString(canv.stringWidth("0" * len(str(canv.pages)), fonts.REGULAR, 8),
                            0, after)
        canv.restoreState()
        canv.saveState()
        canv.setFont(fonts.REGULAR, 8)
        canv.setFillColor(colors.HexColor(st.MUTED))
        canv.drawRightString(width - st.MARGIN, y, title)
        canv.restoreState()
    return draw


def render_pdf(plan: Plan) -> bytes:
    """The whole checklist as PDF bytes; byte-identical for the same answers and
    SOURCE_DATE_EPOCH."""
    fonts.register()
    doc = Doc(plan, content.made_on())
    flowables = story(doc)
    plain = doc.printer.plain
    title = plain(content.document_title(plan))
    buf = io.BytesIO()
    template = _Template(
        buf, pagesize=A4, leftMargin=st.MARGIN, rightMargin=st.MARGIN, topMargin=st.MARGIN,
        bottomMargin=st.MARGIN * 1.25,
        title=title, subject=plain(content.document_subject(plan)),
        author=content.document_author(plan), creator=content.APP_NAME,
        producer=content.APP_NAME, keywords="", lang=content.html_lang(), displayDocTitle=1,
        initialFontName=fonts.REGULAR, showBoundary=0)
    width, height = A4
    frame = Frame(st.MARGIN, st.MARGIN * 1.25, width - 2 * st.MARGIN,
                  height - st.MARGIN * 2.25, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    # The footer is drawn last on each page so text copied from the page reads in order.
    template.addPageTemplates([PageTemplate("page", [frame], onPageEnd=_footer(title))])
    words = link_words(flowables)
    template.build(flowables,
                   canvasmaker=lambda *a, **k: _Canvas(*a, link_words=words, **k))
    return buf.getvalue()


def render_bilingual_pdf(plan: Plan, english: Plan) -> bytes:
    """One PDF in two languages: plan (in the current language) first, then english (the
    same answers planned in English), each part with its own footer and outline entry, as
    Welsh public bodies publish."""
    first = current_language()
    fonts.register()
    day = content.made_on()
    flowables: list[Any] = []
    templates = []
    titles = []
    keys = 0
    try:
        for n, (code, p) in enumerate(((first, plan), (SOURCE, english))):
            set_language(code)
            doc = Doc(p, day, keys=keys, prefix=f"{code}-" if n else "")
            part = story(doc)
            keys = doc.keys
            title = doc.printer.plain(content.document_title(p))
            titles.append((title, doc.printer.plain(content.document_subject(p))))
            name = f"page-{code}"
            templates.append((name, title))
            if n:
                flowables += [NextPageTemplate(name), PageBreak()]
            flowables.append(_LanguageMark(LANGUAGES.get(code, code), f"lang-{code}"))
            flowables += part
        set_language(first)
        buf = io.BytesIO()
        template = _Template(
            buf, pagesize=A4, leftMargin=st.MARGIN, rightMargin=st.MARGIN,
            topMargin=st.MARGIN, bottomMargin=st.MARGIN * 1.25,
            title=f"{titles[0][0]} / {titles[1][0]}", subject=titles[0][1],
            author=content.document_author(plan), creator=content.APP_NAME,
            producer=content.APP_NAME, keywords="", lang=content.html_lang(),
            displayDocTitle=1, initialFontName=fonts.REGULAR, showBoundary=0)
        template.shift = 1
        width, height = A4
        pages = []
        for n, (name, title) in enumerate(templates):
            set_language(first if n == 0 else SOURCE)
            frame = Frame(st.MARGIN, st.MARGIN * 1.25, width - 2 * st.MARGIN,
                          height - st.MARGIN * 2.25, id=f"body-{n}", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            pages.append(PageTemplate(name, [frame], onPageEnd=_footer(title)))
        set_language(first)
        template.addPageTemplates(pages)
        template.build(flowables, canvasmaker=_Canvas)
    finally:
        set_language(first)
    return buf.getvalue()
