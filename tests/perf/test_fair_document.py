"""The benchmark's fair bare document holds what the app's PDF holds, so the ratio compares
like with like: the same tick boxes, outline entries, embedded faces and about the links."""

from __future__ import annotations

import io

from app.core.answers import load_answers
from app.core.engine import build_plan
from app.report.pdf import render_pdf
from benchmarks import fair_pdf
from tests.helpers import EXAMPLES


def _contents(data: bytes) -> dict[str, object]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    annots = [a.get_object() for p in reader.pages for a in (p.get("/Annots") or [])]
    faces = {f.get_object()["/BaseFont"].split("+")[-1] for p in reader.pages
             for f in (p["/Resources"].get("/Font") or {}).values()}

    def entries(outline: list) -> int:
        return sum(entries(o) if isinstance(o, list) else 1 for o in outline)

    return {"fields": len(reader.get_fields() or {}), "outline": entries(reader.outline),
            "links": sum(1 for a in annots if a["/Subtype"] == "/Link"),
            "faces": {f for f in faces if f.startswith("DejaVu")}}


def test_the_fair_document_holds_what_the_apps_pdf_holds(questionnaire):
    plan = build_plan(questionnaire, load_answers(EXAMPLES / "high-risk-under-threat.json"))
    ours = _contents(render_pdf(plan))
    fair = _contents(fair_pdf.build(fair_pdf.spec(plan)))
    assert fair["fields"] == ours["fields"] == len(plan.items)
    assert fair["outline"] == ours["outline"]
    assert fair["faces"] == ours["faces"] == {"DejaVuSans", "DejaVuSans-Bold",
                                              "DejaVuSans-Oblique"}
    # A link broken over two lines is two link areas, so the counts differ a little.
    assert abs(fair["links"] - ours["links"]) <= 0.1 * ours["links"]
