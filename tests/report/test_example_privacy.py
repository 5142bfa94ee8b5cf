"""The PDF of every example says nothing a plan forbids: no clearance, no contact details,
and at the high risk level no employer, role or place."""

from __future__ import annotations

import io
import re

import pytest

from app.core.answers import load_answers
from app.core.engine import build_plan
from tests.helpers import EXAMPLES

CLEARANCE = re.compile(r"\b(SC|DV|CTC|NPPV|cleared|vetted)\b")
PHONE = re.compile(r"\b0\d{3} ?\d{3} ?\d{4}\b|\+44")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_example_pdf_reveals_nothing_forbidden(questionnaire, render, path):
    from pypdf import PdfReader

    answers = load_answers(path)
    plan = build_plan(questionnaire, answers)
    reader = PdfReader(io.BytesIO(render(plan)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert not CLEARANCE.search(text)
    assert not PHONE.search(text) and not EMAIL.search(text)
    if plan.tier.id == "high":
        for key in ("organisation", "job_title", "org_short", "location"):
            value = answers.answers.get(key)
            assert not value or value not in text, key
        assert "Handle with care" in reader.pages[0].extract_text()
