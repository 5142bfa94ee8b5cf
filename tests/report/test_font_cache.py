"""The bundled fonts are parsed once and read back from the cache: the PDF must not change by
a byte, and a damaged or hostile entry must never be used."""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import resources_dir
from app.report import font_cache
from tests.helpers import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
FONT = resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _entries(home: Path) -> list[Path]:
    return sorted(home.rglob("font-*.pickle"))


def test_a_font_from_the_cache_is_the_font_reportlab_parses(cache_home):
    parsed = TTFont("Face", str(FONT))
    font_cache.ttfont("Face", FONT)  # parses, and keeps the result
    (entry,) = _entries(cache_home)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    cached = font_cache.ttfont("Face", FONT)
    assert set(vars(cached)) == set(vars(parsed))
    assert (cached.fontName, cached.shapable, cached._asciiReadable) == \
        (parsed.fontName, parsed.shapable, parsed._asciiReadable)
    ours, theirs = vars(cached.face), vars(parsed.face)
    assert set(ours) == set(theirs)
    for name in set(theirs) - {"_pdfScale"}:
        assert ours[name] == theirs[name], name
    assert cached.face.name.ustr == parsed.face.name.ustr
    assert cached.face._pdfScale(1234) == parsed.face._pdfScale(1234)
    assert cached.stringWidth("Siân’s plan", 10) == parsed.stringWidth("Siân’s plan", 10)


def test_the_pdf_is_the_same_with_fonts_parsed_or_cached(tmp_path):
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600",
           "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    made = []
    for run in ("parsed", "cached"):
        out = tmp_path / f"{run}.pdf"
        subprocess.run([sys.executable, "-m", "app", "generate",
                        str(EXAMPLES / "line-manager-session.json"), "-o", str(out)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        made.append(out.read_bytes())
        assert len(_entries(tmp_path / "cache")) == 3  # the three faces drawn
    assert made[0] == made[1]


def test_a_damaged_entry_is_parsed_again_and_replaced(cache_home):
    font_cache.ttfont("Face", FONT)
    (entry,) = _entries(cache_home)
    data = bytearray(entry.read_bytes())
    data[-100] ^= 0xFF
    entry.write_bytes(bytes(data))
    font = font_cache.ttfont("Face", FONT)
    assert font.face.charWidths == TTFont("Face", str(FONT)).face.charWidths
    assert entry.read_bytes() != bytes(data)


def test_an_entry_that_would_run_code_is_never_used(cache_home, tmp_path):
    font_cache.ttfont("Face", FONT)
    (entry,) = _entries(cache_home)
    key = entry.read_bytes().partition(b" ")[0]
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    body = pickle.dumps({"name": Evil()})
    entry.write_bytes(key + b" " + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    font = font_cache.ttfont("Face", FONT)
    assert not marker.exists()
    assert font.face.numGlyphs == TTFont("Face", str(FONT)).face.numGlyphs


def test_fonts_still_load_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(font_cache.cache, "cache_dir", lambda: blocked / "profile-planner")
    font = font_cache.ttfont("Face", FONT)
    assert font.face.numGlyphs > 0
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_entries_left_by_fonts_elsewhere_are_cleared_away(cache_home):
    """An app moved or reinstalled leaves entries for font files that are gone."""
    folder = cache_home / "profile-planner"
    folder.mkdir(parents=True)
    old = [folder / f"font-{n:032x}.pickle" for n in range(12)]
    for n, entry in enumerate(old):
        entry.write_bytes(b"old")
        os.utime(entry, ns=(n * 10**9, n * 10**9))
    font_cache.ttfont("Face", FONT)
    left = _entries(cache_home)
    assert len(left) == font_cache.MAX_ENTRIES
    assert old[0] not in left and old[-1] in left
