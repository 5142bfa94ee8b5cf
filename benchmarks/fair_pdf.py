"""A fair bare document: what stock reportlab takes to make a PDF like ours.

The same paragraphs with the same markup (bold, italic, links to pages and within the
document), the same three DejaVu faces embedded, a stock AcroForm tick box for each
checklist item, and the same outline entries; no code of the app's. `spec(plan)` reads
these from the app's own story; `build(spec)` makes the document.

`python benchmarks/fair_pdf.py SPEC.json OUT.pdf` builds it in a fresh process, importing
nothing but reportlab, as a bare script would.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any

FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
BOX = 13.0


def spec(plan: Any) -> dict[str, Any]:
    """The flowables of the app's PDF for plan, flattened: paragraphs (markup and style),
    headings with their outline level, tick boxes with their title, and spacers."""
    from reportlab.platypus import Paragraph, Spacer

    from app.core.paths import resources_dir
    from app.report.blocks import Doc, story
    from app.report.content import made_on
    from app.report.flowables import Heading, ItemHead

    out: list[dict[str, Any]] = []

    def style(p: Any) -> list[Any]:
        s = p.style
        return [s.fontName, s.fontSize, s.leading, s.leftIndent, s.spaceBefore, s.spaceAfter]

    def walk(f: Any) -> None:
        if isinstance(f, ItemHead):
            out.append({"k": "tick", "name": f.field_name, "tip": f.tooltip,
                        "t": f.title.text, "s": style(f.title)})
        elif isinstance(f, Heading):
            out.append({"k": "h", "t": f.text, "s": style(f), "title": f.outline_title,
                        "level": f.outline_level})
        elif isinstance(f, Paragraph):
            out.append({"k": "p", "t": f.text, "s": style(f), "b": f.bulletText})
        elif isinstance(f, Spacer):
            out.append({"k": "s", "h": f.height})
        inner = getattr(f, "_content", None)
        for g in inner if isinstance(inner, list) else []:
            walk(g)
        for row in getattr(f, "_cellvalues", []):
            for cell in row:
                for g in cell if isinstance(cell, list) else [cell]:
                    walk(g)

    for f in story(Doc(plan, made_on())):
        walk(f)
    fonts = resources_dir() / "fonts"
    return {"fonts": {face: str(fonts / f"{face}.ttf") for face in FACES}, "flowables": out}


def counts(data: dict[str, Any]) -> dict[str, int]:
    """What the document holds, for the benchmark's note."""
    kinds = [f["k"] for f in data["flowables"]]
    text = " ".join(f.get("t", "") for f in data["flowables"])
    return {"paragraphs": len([k for k in kinds if k != "s"]), "ticks": kinds.count("tick"),
            "outline": kinds.count("h"), "links": text.count("<a href")}


def build(data: dict[str, Any]) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

    regular, bold, italic = FACES
    if regular not in pdfmetrics.getRegisteredFontNames():
        for face, path in data["fonts"].items():
            pdfmetrics.registerFont(TTFont(face, path))
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=italic,
                                      boldItalic=bold)
    styles: dict[tuple[Any, ...], ParagraphStyle] = {}

    def style(s: list[Any]) -> ParagraphStyle:
        key = tuple(s)
        if key not in styles:
            font, size, leading, indent, before, after = s
            styles[key] = ParagraphStyle(f"s{len(styles)}", fontName=font, fontSize=size,
                                         leading=leading, leftIndent=indent,
                                         spaceBefore=before, spaceAfter=after)
        return styles[key]

    class Heading(Paragraph):
        pass

    class Tick(Flowable):
        def __init__(self, name: str, tip: str) -> None:
            super().__init__()
            self.name, self.tip = name, tip

        def wrap(self, w: float, h: float) -> tuple[float, float]:
            return BOX, BOX

        def draw(self) -> None:
            self.canv.acroForm.checkbox(name=self.name, tooltip=self.tip, x=0, y=0, size=BOX,
                                        relative=True, fieldFlags="", buttonStyle="check")

    class Document(SimpleDocTemplate):
        def afterFlowable(self, f: Any) -> None:
            if isinstance(f, Heading):
                key = f"h{id(f)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(f.title, key, level=f.level, closed=False)

    flowables: list[Any] = []
    for f in data["flowables"]:
        if f["k"] == "s":
            flowables.append(Spacer(1, f["h"]))
        elif f["k"] == "h":
            h = Heading(f["t"], style(f["s"]))
            h.title, h.level = f["title"], f["level"]
            flowables.append(h)
        elif f["k"] == "tick":
            flowables += [Tick(f["name"], f["tip"]), Paragraph(f["t"], style(f["s"]))]
        else:
            flowables.append(Paragraph(f["t"], style(f["s"]), bulletText=f.get("b")))
    buf = io.BytesIO()
    Document(buf, title="Your plan", lang="en-GB", initialFontName=regular).build(flowables)
    return buf.getvalue()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        made = build(json.load(fh))
    with open(sys.argv[2], "wb") as fh:
        fh.write(made)
