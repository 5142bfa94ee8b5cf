"""A PDF read the way qpdf and poppler's tools would, from pip wheels alone: pikepdf is qpdf's
library, pypdfium2 is PDFium (Chrome's PDF engine). Nothing to install beyond `make venv`."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pikepdf

PdfSource = bytes | Path


def _open(src: PdfSource) -> pikepdf.Pdf:
    return pikepdf.Pdf.open(io.BytesIO(src) if isinstance(src, bytes) else src)


def check_problems(src: PdfSource) -> list[str]:
    """What `qpdf --check` reports: structure, every stream decoded, every page's content
    parsed. An empty list is qpdf's "No syntax or stream encoding errors found"."""
    try:
        pdf = _open(src)
    except pikepdf.PdfError as e:
        return [f"ERROR: {e}"]
    with pdf:
        check = getattr(pdf, "check_pdf_syntax", None) or pdf.check  # pikepdf < 10.? : check
        return list(check())


def _fonts_in(resources: pikepdf.Dictionary | None, seen: set[tuple[int, int]]
              ) -> Iterator[tuple[str, pikepdf.Dictionary]]:
    if resources is None:
        return
    for font in (resources.get("/Font") or {}).values():
        if font.objgen in seen:
            continue
        seen.add(font.objgen)
        yield str(font.get("/BaseFont", "?")), font
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
            seen.add(xobject.objgen)
            yield from _fonts_in(xobject.get("/Resources"), seen)


def _appearance_streams(annot: pikepdf.Dictionary) -> Iterator[pikepdf.Object]:
    for entry in (annot.get("/AP") or {}).values():
        if isinstance(entry, pikepdf.Stream):
            yield entry
        elif isinstance(entry, pikepdf.Dictionary):  # one stream per state (/Yes, /Off)
            yield from (s for s in entry.values() if isinstance(s, pikepdf.Stream))


def _is_embedded(font: pikepdf.Dictionary) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by the PDF's own content streams
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def fonts(src: PdfSource) -> dict[str, bool]:
    """Each font the pages, their forms and their annotations use, and whether it is embedded,
    as `pdffonts` lists them."""
    found: dict[str, bool] = {}
    seen: set[tuple[int, int]] = set()
    with _open(src) as pdf:
        for page in pdf.pages:
            pairs = list(_fonts_in(page.obj.get("/Resources"), seen))
            for annot in page.obj.get("/Annots") or []:
                for stream in _appearance_streams(annot):
                    pairs += _fonts_in(stream.get("/Resources"), seen)
            for name, font in pairs:
                found[name] = found.get(name, True) and _is_embedded(font)
    return found


def uncompressed(src: PdfSource) -> bytes:
    """The file with every stream decoded and no object streams (`qpdf --qdf`), so its raw
    bytes can be searched for what a reader would act on."""
    out = io.BytesIO()
    with _open(src) as pdf:
        pdf.save(out, qdf=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.generalized)
    return out.getvalue()


def page_texts(src: PdfSource) -> list[str]:
    """Each page's text as PDFium reads it (`pdftotext`)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(src if isinstance(src, bytes) else str(src))
    try:
        return [page.get_textpage().get_text_bounded() for page in doc]
    finally:
        doc.close()


def render_page(src: PdfSource, out: Path, page: int = 0, dpi: int = 60) -> Path:
    """One page to a PNG at `dpi` (`pdftoppm -png`)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(src if isinstance(src, bytes) else str(src))
    try:
        doc[page].render(scale=dpi / 72).to_pil().save(out)
    finally:
        doc.close()
    return out


def links(src: PdfSource) -> list[tuple[int, str, str]]:
    """Every link annotation: (page index, target (a URI or a named destination), /Contents)."""
    out = []
    with _open(src) as pdf:
        for n, page in enumerate(pdf.pages):
            for annot in page.get("/Annots") or []:
                if annot.get("/Subtype") != "/Link":
                    continue
                action = annot.get("/A")
                target = str(action.get("/URI")) if action is not None else str(
                    annot.get("/Dest", ""))
                out.append((n, target, str(annot.get("/Contents", ""))))
    return out
