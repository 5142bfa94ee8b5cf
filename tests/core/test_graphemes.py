"""Counting by what a person sees: the quick path for plain text (no `regex` import) gives
exactly what the full grapheme rules give."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from app.core import graphemes

CLUSTER = regex.compile(r"\X")
CONTROL = regex.compile(r"[\p{Cc}\p{Cf}&&[^\u200d\u200c\ufe0f\ufe0e]]|[\u2028\u2029]", regex.V1)


def test_below_combining_marks_every_character_but_cr_lf_stands_alone():
    text = "".join(chr(c) for c in range(graphemes._SIMPLE_BELOW))
    # Each next to every other kind: after itself, after a letter, after a line feed.
    for probe in (text, "a".join(text), "\n".join(text), text[::-1]):
        assert len(CLUSTER.findall(probe)) == len(probe) - probe.count("\r\n")


@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x2FF),
                                  st.sampled_from("\u0301\u200d\U0001F600\U0001F3FD\r\n\u2028"
                                                  "\u00a0\u202e\ufe0f\u1100\u1161"))))
def test_the_quick_path_agrees_with_the_grapheme_rules(text):
    assert graphemes.count(text) == len(CLUSTER.findall(text))
    assert graphemes.clusters(text) == CLUSTER.findall(text)
    assert graphemes.clean(text) == " ".join(CONTROL.sub(" ", text).split())


def test_names_with_accents_count_as_people_see_them():
    assert graphemes.count("Siân Ŵyn") == 8
    assert graphemes.count("e\u0301") == 1  # e and a combining acute: one letter
    assert graphemes.count("👩\u200d💻") == 1
