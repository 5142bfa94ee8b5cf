"""A cache of checked content files, so the YAML is parsed and checked once per change.

Reading the shipped questionnaire with line numbers and checking it takes a few hundred
milliseconds; the platform steps and incident routes beside it (guidance.py) are cached
the same way, each file in its own entry, so `generate` needs no YAML parser at all. An entry is used only when its key matches: a hash of the file's exact bytes,
this app's version, the schema versions it understands and the code that checks a
questionnaire. Only a questionnaire that passed every check is stored, so a changed or broken
file always gets the full check and its located messages. An entry that is unreadable, stale
or damaged is ignored and replaced. Files are private (0600): a questionnaire may be an
organisation's own.

The checked content is kept as pickled records (record.py), not as JSON: reading JSON back
meant importing pydantic and building every validator of the questionnaire to check again
what was checked when it was stored. The body's SHA-256 is in the header, so a damaged
entry is never used, and the unpickler builds only the app's own record classes, so an entry
can never run code.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
from functools import cache
from pathlib import Path
from typing import TypeVar

from .questionnaire import SCHEMA_VERSIONS, Questionnaire
from .record import Record

FORMAT = b"profile-planner questionnaire cache 3"
MAX_ENTRIES = 16
MAX_ENTRY_BYTES = 32 * 1024 * 1024  # a checked questionnaire of the largest readable YAML
# The modules whose code decides whether a content file is valid and what it becomes.
_CHECKERS = ("cache", "conditions", "crossref", "guidance", "i18n", "incidents", "loader",
             "platform_steps", "problems", "questionnaire", "reachability", "record",
             "translations", "validation", "yamlfile")
M = TypeVar("M", bound=Record)


def cache_dir() -> Path:
    """The user's own cache folder for this app (XDG_CACHE_HOME on Linux)."""
    import platformdirs

    return platformdirs.user_cache_path("profile-planner", appauthor=False)


@cache
def _code_stamp() -> bytes:
    """What identifies the checking code: the version, and each checker's size and time.

    In a source checkout the code changes without the version changing; in a frozen bundle
    there are no source files and the version alone is used.
    """
    from .. import __version__

    parts = [FORMAT, __version__.encode(), repr(SCHEMA_VERSIONS).encode()]
    here = Path(__file__).parent
    for name in _CHECKERS:
        try:
            st = (here / f"{name}.py").stat()
        except OSError:
            continue
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return b"\0".join(parts)


def key(raw: bytes, kind: type[Record] = Questionnaire) -> str:
    return hashlib.sha256(_code_stamp() + b"\0" + kind.__qualname__.encode() + b"\0"
                          + raw).hexdigest()


def entry_path(source: Path) -> Path:
    """One entry per content file, so editing a file replaces its entry."""
    where = os.path.abspath(source).encode("utf-8", "surrogateescape")
    return cache_dir() / f"questionnaire-{hashlib.sha256(where).hexdigest()[:32]}.pickle"


class _ModelsOnly(pickle.Unpickler):
    """Builds the app's own content records and nothing else."""

    def find_class(self, module: str, name: str) -> type:
        if module.startswith("app.core.") and "schemas" not in module:
            found = getattr(__import__(module, fromlist=[name]), name, None)
            if isinstance(found, type) and issubclass(found, Record):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a questionnaire model")


def _header(raw: bytes, body: bytes, kind: type[Record] = Questionnaire) -> bytes:
    return f"{key(raw, kind)} {hashlib.sha256(body).hexdigest()}".encode()


def _read(body: bytes, kind: type[M]) -> M | None:
    try:
        found = _ModelsOnly(io.BytesIO(body)).load()
    except Exception:  # any damage at all means: check the file again
        return None
    return found if type(found) is kind else None


def load(source: Path, raw: bytes) -> Questionnaire | None:
    """The checked questionnaire for these bytes, or None if there is no usable entry."""
    return load_model(source, raw, Questionnaire)


def load_model(source: Path, raw: bytes, kind: type[M]) -> M | None:
    """The checked content of this kind for these bytes, or None if there is no usable
    entry."""
    from .safe_read import Unreadable, read_bytes

    try:
        data = read_bytes(entry_path(source), MAX_ENTRY_BYTES)
    except (Unreadable, ValueError):
        return None
    header, _, body = data.partition(b"\n")
    if not hmac.compare_digest(header, _header(raw, body, kind)):
        return None
    return _read(body, kind)


def store(source: Path, raw: bytes, q: Record) -> None:
    """Keep q, checked content, for these bytes; quietly does nothing if it cannot (a
    read-only home)."""
    from . import atomic

    try:
        body = pickle.dumps(q, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, RecursionError):
        return
    # Store only what reads back as the same model, so a hit is never a different one.
    if _read(body, type(q)) != q:
        return
    path = entry_path(source)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic.write_bytes(path, _header(raw, body, type(q)) + b"\n" + body, mode=0o600)
        prune(path.parent)
    except OSError:
        pass


def prune(folder: Path, pattern: str = "questionnaire-*.*", keep: int | None = None) -> None:
    """Keep the most recently written entries of this kind only: files that were moved or
    deleted would otherwise leave theirs behind for ever."""
    entries = []
    for entry in folder.glob(pattern):
        try:
            entries.append((entry.stat().st_mtime_ns, entry))
        except OSError:
            continue
    for _, entry in sorted(entries, reverse=True)[MAX_ENTRIES if keep is None else keep:]:
        entry.unlink(missing_ok=True)
