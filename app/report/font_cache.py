"""The bundled fonts, parsed once and then read back from the user's cache.

reportlab reads a TrueType file's tables (its character map, widths and glyph places) on
every run: for the three DejaVu faces that is about a twelfth of a `generate` run and the
same again in the wizard's background warming. What parsing leaves on the face is plain
data, so it is kept in the cache folder (cache.py's, 0600) beside the checked
questionnaires, keyed by the font file's bytes, the face's name, reportlab's version and
this module's format; the file's own bytes are still read each run, and subsetting works
from them as before, so the PDF is the same byte for byte. A damaged, stale or unreadable
entry is ignored and replaced, and the unpickler builds reportlab's name strings and
nothing else, so an entry can never run code.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version, rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ..core import cache

FORMAT = b"profile-planner font cache 1"
MAX_ENTRY_BYTES = 16 * 1024 * 1024
MAX_ENTRIES = 8
# Not kept: the file's bytes (read anyway, and subsetting needs them) and a function.
_NOT_KEPT = ("_ttf_data", "_pdfScale")


def ttfont(name: str, path: Path) -> TTFont:
    """TTFont(name, path), from the cache when these bytes were parsed before."""
    raw = path.read_bytes()
    entry, key = _entry_path(path), _key(name, raw)
    state = _load(entry, key)
    if state is not None:
        return _font(name, _face(state, raw))
    font = TTFont(name, str(path))
    _store(entry, key, font.face)
    return font


def _key(name: str, raw: bytes) -> bytes:
    key = hashlib.sha256()
    for part in (FORMAT, Version.encode(), name.encode()):
        key.update(part + b"\0")
    key.update(raw)  # not joined: a copy of the font would add to the run's peak memory
    return key.hexdigest().encode()


def _entry_path(path: Path) -> Path:
    where = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return cache.cache_dir() / f"font-{hashlib.sha256(where).hexdigest()[:32]}.pickle"


def _scale(units_per_em: int) -> Any:
    """The face's scale to PDF units, as reportlab's parser makes it."""
    if units_per_em == 1000:
        return lambda x: x
    per_unit = 1000 / units_per_em
    return lambda x: x * per_unit


def _face(state: dict[str, Any], raw: bytes) -> TTFontFace:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = raw
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _font(name: str, face: TTFontFace) -> TTFont:
    """What TTFont(name, path) makes, around a face already parsed."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font


class _NamesOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) == (TTFNameBytes.__module__, TTFNameBytes.__name__):
            return TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed font")


def _load(entry: Path, key: bytes) -> dict[str, Any] | None:
    from ..core.safe_read import Unreadable, read_bytes

    try:
        data = read_bytes(entry, MAX_ENTRY_BYTES)
    except (Unreadable, ValueError):
        return None
    split = data.find(b"\n")
    if split < 0 or not hmac.compare_digest(data[:split], key + b" " + hashlib.sha256(
            memoryview(data)[split + 1:]).hexdigest().encode()):
        return None
    stream = io.BytesIO(data)  # shares data's buffer, where a slice would copy it
    stream.seek(split + 1)
    try:
        state = _NamesOnly(stream).load()
    except Exception:  # any damage at all means: parse the font again
        return None
    return state if isinstance(state, dict) else None


def _store(entry: Path, key: bytes, face: TTFontFace) -> None:
    """Keep what parsing left on face; quietly does nothing if it cannot (a read-only
    home)."""
    from ..core import atomic

    state = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    # No memo: reading back then builds no table of every object (1.6 MB a face at its
    # peak). The state is a tree, nothing in it is shared or refers back.
    pickler.fast = True
    try:
        pickler.dump(state)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError):
        return
    body = out.getvalue()
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic.write_bytes(entry, key + b" " + hashlib.sha256(body).hexdigest().encode()
                           + b"\n" + body, mode=0o600)
        cache.prune(entry.parent, "font-*.pickle", MAX_ENTRIES)
    except OSError:
        pass

