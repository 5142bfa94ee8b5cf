"""Small reportlab pieces: headings that become bookmarks, tick boxes, lines to sign."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from . import styles as st


class Para(Paragraph):
    """A Paragraph that parses its markup and breaks its lines once for all its copies.

    KeepTogether measures its contents and the frame then measures them again at the same
    width; and most paragraphs of a plan (an item's advice, the incident routes) are the
    same, markup and style, in every plan a batch or the wizard makes. Paragraphs with the
    same markup and style share one record of what parsing left on the paragraph and, for
    each width in turn, what breaking its lines left; a copy takes those instead of doing
    the work again. reportlab only reads the parsed fragments and broken lines once made
    (a split makes new ones), so the copies draw exactly as if each had done its own.
    Only where many plans are made (share_paragraphs): the record keeps each paragraph's
    lines alive after it is drawn, which would only add to a single PDF's peak memory.
    """

    _shape: _Shape | None = None
    _widths: tuple[float, ...] = ()
    _wrapped: tuple[float, tuple[float, float], Any, list[float]] | None = None

    def __init__(self, text: Any, style: Any = None, bulletText: Any = None,
                 frags: Any = None, caseSensitive: int = 1, encoding: str = "utf8") -> None:
        if not _sharing or frags is not None or style is None or not isinstance(text, str):
            # A part made by split: its fragments are its own.
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            return
        key = (type(self), text, id(style), bulletText, caseSensitive, encoding)
        shape = _SHAPES.pop(key, None)
        if shape is None or shape.style is not style:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            if len(_SHAPES) >= _MAX_SHAPES:
                # Personal text seldom repeats: the least recently used go first.
                del _SHAPES[next(iter(_SHAPES))]
            shape = _Shape(style, dict(self.__dict__))
        else:
            self.__dict__.update(shape.parsed)
        _SHAPES[key] = shape  # now the most recently used
        self._shape = shape

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        shape = self._shape
        if shape is None:
            return self._wrap_once(avail_width, avail_height)
        widths = self._widths if self._widths[-1:] == (avail_width,) else \
            (*self._widths, avail_width)
        left = shape.wrapped.get(widths)
        if left is None:
            before = dict(self.__dict__)
            super().wrap(avail_width, avail_height)
            left = shape.wrapped[widths] = {
                k: v for k, v in self.__dict__.items() if before.get(k, _NONE) is not v}
        self.__dict__.update(left)
        self._widths = widths
        return self.width, self.height

    def _wrap_once(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """A paragraph of its own breaks its lines once per width, not once per measuring:
        KeepTogether measures it, then the frame measures it again at the same width.
        Its lines are its own already (blPara), so this keeps nothing alive for longer."""
        done = self._wrapped
        if done is not None and done[0] == avail_width:
            _, size, self.blPara, self._wrapWidths = done
            self.width, self.height = size
            return size
        size = super().wrap(avail_width, avail_height)
        if size[1] != _TOO_NARROW:  # too narrow to break at all: nothing to keep
            self._wrapped = (avail_width, size, self.blPara, self._wrapWidths)
        return size


_NONE = object()
_TOO_NARROW = 0x7FFFFFFF  # the height Paragraph.wrap gives for a width it cannot fill
_MAX_SHAPES = 3_000  # about ten plans' worth of different paragraphs
_sharing = False


def share_paragraphs() -> None:
    """From now on, paragraphs with the same markup and style share their work (see Para):
    for a process that makes many PDFs."""
    global _sharing
    _sharing = True


class _Shape:
    """What parsing one paragraph's markup left on it, and what each sequence of widths
    its lines were broken at left after that."""

    __slots__ = ("parsed", "style", "wrapped")

    def __init__(self, style: Any, parsed: dict[str, Any]) -> None:
        self.style = style  # held, so its id in the key is never another style's
        self.parsed = parsed
        self.wrapped: dict[tuple[float, ...], dict[str, Any]] = {}


_SHAPES: dict[tuple[Any, ...], _Shape] = {}


class Heading(Para):
    """A heading that also adds an entry to the PDF's outline (bookmarks)."""

    def __init__(self, markup: str, style: Any, outline: str, level: int, key: str) -> None:
        super().__init__(markup, style)
        self.outline_title = outline
        self.outline_level = level
        self.outline_key = key


class _Boxes:
    """What every tick box in one document shares: its six appearances, border and colours,
    each written once and referred to.

    reportlab's AcroForm.checkbox rebuilds all of these for every box and writes them into
    each box's dictionary; with seventy boxes that was a sixth of the time to make the PDF.
    The boxes it makes are the same, field for field.
    """

    def __init__(self, canv: Any, size: float) -> None:
        from reportlab.pdfbase.acroform import annotationFlagValues, bsPDF, makeFlags
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName

        form = canv.acroForm
        ink, paper = colors.HexColor(st.INK), colors.white
        appearances = {}
        for key in "NDR":
            text, border, fill = form.varyColors(key, ink, ink, paper)
            appearances[key] = PDFDictionary({value: form.getRef(form.checkboxAP(
                key, value, buttonStyle="check", shape="square", fillColor=fill,
                borderColor=border, textColor=text, borderWidth=1, borderStyle="solid",
                size=size, dashLen=3)) for value in ("Yes", "Off")})
        self.form = form
        self.size = size
        self.ap = form.getRef(PDFDictionary(appearances))
        self.bs = form.getRef(bsPDF(1, "solid", 3))
        self.mk = form.getRef(PDFDictionary({
            "CA": "(4)",  # ZapfDingbats' tick
            "BC": PDFArray(form.colorTuple(ink)), "BG": PDFArray(form.colorTuple(paper))}))
        self.flags = makeFlags("print", annotationFlagValues)
        self.names = {v: PDFName(v) for v in ("Btn", "Yes", "Off", "Widget", "Annot", "N")}

    @classmethod
    def of(cls, canv: Any, size: float) -> _Boxes:
        boxes: _Boxes | None = getattr(canv, "_pp_boxes", None)
        if boxes is None or boxes.size != size:
            boxes = canv._pp_boxes = cls(canv, size)
        return boxes

    def add(self, canv: Any, x: float, y: float, name: str, tooltip: str,
            checked: bool) -> None:
        """A tick box at (x, y) on the current page, not marked as required."""
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFString

        n = self.names
        x, y = canv.absolutePosition(x, y)
        state = n["Yes"] if checked else n["Off"]
        box = PDFDictionary({
            "FT": n["Btn"], "P": canv._doc.thisPageRef(), "V": state, "AS": state,
            "Rect": PDFArray((x, y, x + self.size, y + self.size)), "AP": self.ap,
            "Subtype": n["Widget"], "Type": n["Annot"], "F": self.flags, "Ff": 0,
            "H": n["N"], "TU": PDFString(tooltip), "BS": self.bs, "T": PDFString(name),
            "MK": self.mk})
        canv._addAnnotation(box)
        self.form.fields.append(self.form.getRef(box))


class ItemHead(Flowable):
    """An item's tick box and title: a form field on screen, a square on paper."""

    def __init__(self, title: Paragraph, field_name: str, tooltip: str, checked: bool) -> None:
        super().__init__()
        self.title = title
        self.field_name = field_name
        self.tooltip = tooltip
        self.checked = checked
        self._h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self.title.wrap(avail_width - st.GUTTER, avail_height)
        self._h = max(h, st.BOX + 2)
        self.width = avail_width
        return avail_width, self._h

    def draw(self) -> None:
        canv = self.canv
        first_line = self.title.style.leading
        y = self._h - first_line + (first_line - st.BOX) / 2 - 1.5
        ink = colors.HexColor(st.INK)
        # A printed square, so the box shows even where a viewer hides form fields.
        canv.saveState()
        canv.setStrokeColor(ink)
        canv.setLineWidth(1)
        canv.rect(0, y, st.BOX, st.BOX, stroke=1, fill=0)
        canv.restoreState()
        _Boxes.of(canv, st.BOX).add(canv, 0, y, self.field_name, self.tooltip, self.checked)
        self.title.drawOn(canv, st.GUTTER, self._h - self.title.height)


class SignLine(Flowable):
    """A label over a ruled line to write on."""

    def __init__(self, label: str, font: str, width: float = 10_000) -> None:
        super().__init__()
        self.label = label
        self.font = font
        self.line_width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.line_width = min(self.line_width, avail_width)
        return self.line_width, 42

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(colors.HexColor(st.INK))
        canv.setLineWidth(0.7)
        canv.line(0, 14, self.line_width, 14)
        canv.setFillColor(colors.HexColor(st.MUTED))
        canv.setFont(self.font, 8.5)
        canv.drawString(0, 1, self.label)


class Rule(Flowable):
    """A thin full-width line that separates parts of the document."""

    def __init__(self, space_before: float = 6, space_after: float = 14,
                 color: str = st.RULE, thickness: float = 0.8) -> None:
        super().__init__()
        self.before = space_before
        self.after = space_after
        self.color = color
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.before + self.after

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.after, self.width, self.after)


def panel(flowables: list[Any], font_name: str) -> Table:
    """A shaded box with a dark left edge: set apart from the person's own words."""
    box = Table([[flowables]], colWidths=[None], hAlign="LEFT", splitInRow=1)
    box.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font_name),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.PANEL)),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(st.MUTED)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return box
