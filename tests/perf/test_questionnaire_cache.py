"""The questionnaire cache: quicker loads that never change what a load returns or reports."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from app.core import cache, loader
from app.core.loader import load_questionnaire
from app.core.paths import default_questionnaire
from app.core.problems import ProblemsError
from tests.helpers.minis import mini


def _write(folder: Path, text: str, name: str = "q.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any YAML parse fail loudly, so a load that succeeds must have used the cache."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed the YAML again")

    monkeypatch.setattr(loader, "parse_yaml", refuse)


def test_the_shipped_questionnaire_reads_back_from_the_cache_unchanged(tmp_path, cache_home,
                                                                        monkeypatch):
    path = tmp_path / "default.yaml"
    shutil.copy(default_questionnaire(), path)
    fresh = load_questionnaire(path, use_cache=False)
    first = load_questionnaire(path)
    _no_parsing(monkeypatch)
    cached = load_questionnaire(path)
    assert first == fresh
    assert cached == fresh
    assert cached.model_dump() == fresh.model_dump()


def test_cache_files_are_private_to_the_user(tmp_path, cache_home):
    load_questionnaire(_write(tmp_path, mini()))
    entries = list(cache_home.iterdir())
    assert len(entries) == 1
    assert stat.S_IMODE(entries[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_home.stat().st_mode) == 0o700


def test_editing_the_file_is_seen_at_once(tmp_path, cache_home):
    path = _write(tmp_path, mini())
    assert load_questionnaire(path).title == "A small questionnaire"
    _write(tmp_path, mini(("title: A small questionnaire", "title: An edited questionnaire")))
    assert load_questionnaire(path).title == "An edited questionnaire"
    # Still one entry per file: editing replaces it rather than piling up copies.
    assert len(list(cache_home.iterdir())) == 1


def test_a_cache_never_hides_a_broken_file(tmp_path, cache_home):
    path = _write(tmp_path, mini())
    load_questionnaire(path)
    load_questionnaire(path)
    # The same file, now with a misspelt key on line 4 and a reference to no source.
    _write(tmp_path, mini(("title: A small", "titel: A small"),
                          ("sources: [{source: guide}]", "sources: [{source: gide}]")))
    with pytest.raises(ProblemsError) as caught:
        load_questionnaire(path)
    messages = [str(p) for p in caught.value.problems]
    assert any(":4:" in m and "titel" in m for m in messages), messages
    assert any("gide" in m for m in messages), messages


def test_a_broken_file_is_never_stored(tmp_path, cache_home):
    path = _write(tmp_path, mini(("priority: must", "priority: urgent")))
    for _ in range(2):
        with pytest.raises(ProblemsError):
            load_questionnaire(path)
    assert not cache_home.exists() or not list(cache_home.iterdir())


@pytest.mark.parametrize("damage", [
    b"",
    b"not a cache file at all",
    b"\x00\xff\xfe garbage \n {",
], ids=["empty", "text", "binary"])
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path, cache_home, damage):
    path = _write(tmp_path, mini())
    expected = load_questionnaire(path, use_cache=False)
    load_questionnaire(path)
    entry = cache.entry_path(path)
    entry.write_bytes(damage)
    assert load_questionnaire(path) == expected
    assert entry.read_bytes() != damage
    assert cache.load(path, path.read_bytes()) == expected


def test_an_entry_with_the_right_key_but_a_broken_body_is_ignored(tmp_path, cache_home):
    path = _write(tmp_path, mini())
    expected = load_questionnaire(path)
    entry = cache.entry_path(path)
    header, _, body = entry.read_bytes().partition(b"\n")
    # Cut short, or still JSON but no longer a valid questionnaire.
    for broken in (body[: len(body) // 2], body.replace(b'"must"', b'"urgent"')):
        entry.write_bytes(header + b"\n" + broken)
        assert load_questionnaire(path) == expected


def test_an_entry_from_another_version_of_the_app_is_not_used(tmp_path, cache_home,
                                                              monkeypatch):
    path = _write(tmp_path, mini())
    load_questionnaire(path)
    old_entry = cache.entry_path(path).read_bytes()
    cache._code_stamp.cache_clear()
    monkeypatch.setattr("app.__version__", "999.0")
    try:
        assert cache.load(path, path.read_bytes()) is None
        load_questionnaire(path)
        assert cache.entry_path(path).read_bytes() != old_entry
    finally:
        cache._code_stamp.cache_clear()


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setattr(cache, "cache_dir", lambda: blocker / "cache")
    path = _write(tmp_path, mini())
    assert load_questionnaire(path).title == "A small questionnaire"
    assert load_questionnaire(path).title == "A small questionnaire"


def test_yes_no_on_off_stay_words_after_a_round_trip_through_the_cache(tmp_path, cache_home,
                                                                       monkeypatch):
    """YAML 1.1 readers turn these into true/false; this questionnaire format is YAML 1.2."""
    path = _write(tmp_path, mini(
        ("- {id: personal, label: Personal}", "- {id: personal, label: yes}"),
        ("- {id: mixed, label: Mixed}", "- {id: mixed, label: no}"),
        ("- {id: work, label: Work}", "- {id: work, label: on}"),
        ("title: About you", "title: off")))
    load_questionnaire(path)
    _no_parsing(monkeypatch)
    q = load_questionnaire(path)
    question = q.question("purpose")
    assert question is not None
    assert [o.label for o in question.options] == ["yes", "no", "on"]
    assert q.steps[0].title == "off"


def test_the_cache_keeps_only_the_most_recent_files(tmp_path, cache_home, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    paths = [_write(tmp_path, mini(), f"q{n}.yaml") for n in range(5)]
    for n, path in enumerate(paths):
        load_questionnaire(path)
        # One second apart, as on a real disk: some file systems keep coarse times.
        os.utime(cache.entry_path(path), ns=(n * 10**9, n * 10**9))
    kept = {p.name for p in cache_home.iterdir()}
    assert kept == {cache.entry_path(p).name for p in paths[-3:]}


class _Boom:
    """Unpickling this would run a shell command."""

    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_an_entry_can_build_only_questionnaire_models_never_run_code(tmp_path, cache_home,
                                                                     monkeypatch):
    import pickle

    monkeypatch.chdir(tmp_path)
    path = _write(tmp_path, mini())
    expected = load_questionnaire(path)
    entry = cache.entry_path(path)
    raw = path.read_bytes()
    for body in (pickle.dumps(_Boom()), pickle.dumps({"not": "a questionnaire"}),
                 pickle.dumps(expected.steps[0])):
        # A header that matches: only what the body may build keeps it out.
        entry.write_bytes(cache._header(raw, body) + b"\n" + body)
        assert cache.load(path, raw) is None
        assert load_questionnaire(path) == expected
    assert not (tmp_path / "pwned").exists()
