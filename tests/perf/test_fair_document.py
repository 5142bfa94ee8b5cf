"""The benchmark's fair bare document holds what the app's PDF holds, so the ratio compares
like with like: the same tick boxes, outline entries, embedded faces and about the links."""

from __future__ import annotations

import io
from collections import Counter

from app import cli
from app.core.answers import load_answers
from app.core.engine import build_plan
from app.report.pdf import render_pdf
from benchmarks import fair_pdf
from benchmarks.bench_pdf import largest
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


def _words(data: bytes) -> Counter[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    return Counter(w for page in pdf for w in page.get_textpage().get_text_range().split())


def test_the_benchmark_measures_the_pdf_generate_writes(tmp_path, monkeypatch):
    """The plan the PDF rows use is the one `generate` makes, platform steps, incident
    routes and recorded packs included; a plan from the questionnaire alone gave a fair
    document with 62% of the words of the PDF it was measured against."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    path, plan = largest()
    out = tmp_path / "plan.pdf"
    assert cli.main(["generate", str(path), "-o", str(out)]) == 0
    ours = render_pdf(plan)
    assert ours == out.read_bytes()
    words, fair = _words(ours), _words(fair_pdf.build(fair_pdf.spec(plan)))
    # The fair document has no page footers; everything else is the same text.
    assert sum((words & fair).values()) >= 0.95 * sum(words.values())
