"""The platform steps and incident routes come from the cache too, never changed by it."""

from __future__ import annotations

import shutil

import pytest

from app.core import guidance
from app.core.guidance import INCIDENTS_FILE, STEPS_FILE, load_guidance
from app.core.paths import questionnaires_dir
from app.core.problems import ProblemsError


def _shipped(folder):
    for name in (STEPS_FILE, INCIDENTS_FILE):
        shutil.copy(questionnaires_dir() / name, folder / name)
    return folder


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed the YAML again")

    monkeypatch.setattr(guidance, "parse_yaml", refuse)


def test_the_shipped_guidance_reads_back_from_the_cache_unchanged(tmp_path, cache_home,
                                                                   monkeypatch):
    folder = _shipped(tmp_path)
    fresh = load_guidance(folder)
    assert fresh.steps is not None and fresh.incidents is not None
    assert len(list(cache_home.iterdir())) == 2  # one entry per file
    _no_parsing(monkeypatch)
    cached = load_guidance(folder)
    assert cached == fresh
    assert cached.steps.model_dump() == fresh.steps.model_dump()
    assert cached.incidents.model_dump() == fresh.incidents.model_dump()


def test_a_file_broken_after_it_was_cached_is_reported_with_its_line(tmp_path, cache_home):
    folder = _shipped(tmp_path)
    load_guidance(folder)
    path = folder / INCIDENTS_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\nnot_a_key: 1\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        load_guidance(folder)
    assert any(p.file.endswith(INCIDENTS_FILE) and p.line > 1 for p in caught.value.problems)
