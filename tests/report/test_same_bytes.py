"""Speed work must not change a byte: `generate` writes, for every example (alone, with the
preset, the organisation pack, both) and for hostile text, exactly the PDF, HTML and bio
text it wrote before (hashes made on the code before issue 19's changes; see golden.py)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import golden


def test_generate_writes_the_same_bytes_as_before_for_every_example():
    expected = json.loads(golden.GOLDEN.read_text(encoding="utf-8"))
    if expected["versions"] != golden.versions():
        pytest.skip(f"the hashes were made with {expected['versions']}, not {golden.versions()}")
    found = golden.outputs()
    changed = sorted(name for name in expected["outputs"]
                     if found.get(name) != expected["outputs"][name])
    assert not changed, f"output changed for {changed}; if on purpose, run " \
        "`python -m tests.helpers.golden` and say why in the commit"
    assert set(found) == set(expected["outputs"])


@pytest.mark.parametrize("extra", [[], ["--org", str(golden.ORG), "--preset", str(golden.PRESET)]],
                         ids=["alone", "org+preset"])
def test_batch_writes_the_same_bytes_as_generate_for_every_example(extra):
    """One batch process makes plan after plan, sharing the work the plans have in common
    (the same paragraphs); each must still be exactly what `generate` writes alone."""
    expected = json.loads(golden.GOLDEN.read_text(encoding="utf-8"))
    if expected["versions"] != golden.versions():
        pytest.skip(f"the hashes were made with {expected['versions']}, not {golden.versions()}")
    found = golden.batch_outputs(extra)
    assert len(found) >= 6
    for name, made in found.items():
        assert made == expected["outputs"][name], name
