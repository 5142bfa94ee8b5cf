"""Answers built from the loaded questionnaire, and PDFs read back as text."""

from __future__ import annotations

import io
import re

from app.core.answers import Answers
from app.core.questionnaire import Questionnaire

MARKUP = ['<img src="/etc/passwd"/>', '<a href="javascript:x">click me</a>',
          "<font size=300>huge</font>", "x < y & z"]
NAMES = ["Siân Ŵyn ap Ŷr", "Seán Ó Súilleabháin", "Łucja Żółć-Wiśniewska",
         "Çağla Işık İnce", "Αθηνά Παπαδοπούλου", "Дмитрий Шостакович", "Ніна Їжак"]


def by_field(q: Questionnaire) -> dict[str, str]:
    """Question ids by the bio detail they collect (name, job_title, ...)."""
    return {qu.bio_field: qu.id for _, qu in q.questions() if qu.bio_field}


def make_answers(q: Questionnaire, *, choice: int = 1, yes: bool = True,
                 text: dict[str, str] | None = None, mode: str = "alone") -> Answers:
    """Answer every question: the choice-th option of each single choice, every option of
    each multiple choice, `yes` to yes/no questions, and bio details from `text`."""
    a = Answers.blank(q)
    a.mode = mode  # type: ignore[assignment]
    fields = by_field(q)
    for field, value in (text or {}).items():
        a.answers[fields[field]] = value
    for _, qu in q.questions():
        if qu.id in a.answers:
            continue
        if qu.type == "single":
            a.answers[qu.id] = qu.options[min(choice, len(qu.options) - 1)].id
        elif qu.type == "multi":
            a.answers[qu.id] = [o.id for o in qu.options]
        elif qu.type == "yesno":
            a.answers[qu.id] = yes
    return a


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes, footers: bool = True) -> str:
    """The PDF's text; without footers, text that runs across a page break reads on."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    if not footers:
        title = reader.metadata.title
        pages = [re.sub(rf"\s*Page \d+ of\s+\d+\s+{re.escape(title)}\s*$", "", p)
                 for p in pages]
    return "\n".join(pages)
