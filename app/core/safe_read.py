"""The one way the app reads a file: regular files only, at most a given size, in bounded time.

`Path.stat().st_size` is 0 for /dev/zero, so a size check before reading lets a device
through to be read for ever; a FIFO blocks `read()` until something writes to it. So the
file is opened without blocking and checked with fstat (what is checked is what is read),
and the bytes are counted while they are read. JSON is parsed with bounds too: nesting
depth, the length of a number (Python refuses ints over 4,300 digits with a ValueError)
and duplicate keys, which json.loads would take silently, the last one winning.
"""

from __future__ import annotations

import json
import os
import re
import stat
from itertools import accumulate
from typing import Any

from .i18n import _

CHUNK = 1 << 16
JSON_MAX_DEPTH = 32  # answers nest 3 deep; a saved session 4
JSON_MAX_NUMBER = 40  # characters in a number: 1.7976931348623157e+308 is 23


_open = os.open  # tests stand in a refusal here: root can read any file whatever its mode


class Unreadable(Exception):
    """A file that cannot be read; str() is a plain reason without the file's name,
    such as "is a device, not a file"."""

    def __init__(self, reason: str, too_large: bool = False) -> None:
        super().__init__(reason)
        self.too_large = too_large


def _kind(mode: int) -> str | None:
    """What a path is when it is not a regular file, in plain words; None for a file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return _("is a pipe (FIFO), not a file")
    if stat.S_ISSOCK(mode):
        return _("is a socket, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("is a device, not a file")
    return _("is not a regular file")


def _mb(n: int) -> str:
    if n % 1_048_576 == 0:
        return f"{n // 1_048_576} MB"
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n // 1024 + 1} KB"


def too_large(size: int | None, limit: int) -> str:
    if size is not None:
        return _("is too large ({size} MB); the limit is {limit}").format(
            size=f"{size / 1_048_576:.1f}", limit=_mb(limit))
    return _("is too large; the limit is {limit}").format(limit=_mb(limit))


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at path, or Unreadable if it is anything else, cannot
    be opened, or holds more than max_bytes (counted while reading, not only by stat)."""
    try:
        # Refuse a device or pipe before opening it: opening some devices does something.
        kind = _kind(os.stat(path).st_mode)
        if kind:
            raise Unreadable(kind)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
            | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = _open(path, flags)
    except FileNotFoundError:
        raise Unreadable(_("no such file")) from None
    except PermissionError:
        raise Unreadable(_("cannot be read (permission denied)")) from None
    except OSError as exc:
        raise Unreadable(_("cannot be read ({why})").format(
            why=(exc.strerror or str(exc)).lower())) from None
    try:
        st = os.fstat(fd)
        kind = _kind(st.st_mode)  # swapped for a device or pipe since the check above
        if kind:
            raise Unreadable(kind)
        if st.st_size > max_bytes:
            raise Unreadable(too_large(st.st_size, max_bytes), too_large=True)
        parts: list[bytes] = []
        got = 0
        while True:
            chunk = os.read(fd, min(CHUNK, max_bytes + 1 - got))
            if not chunk:
                break
            got += len(chunk)
            if got > max_bytes:  # the file grew, or stat did not tell the truth
                raise Unreadable(too_large(None, max_bytes), too_large=True)
            parts.append(chunk)
        return b"".join(parts)
    except OSError as exc:
        raise Unreadable(_("cannot be read ({why})").format(
            why=(exc.strerror or str(exc)).lower())) from None
    finally:
        os.close(fd)


class JSONProblem(ValueError):
    """JSON that is valid but outside the bounds the app reads; str() is one plain line."""


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _check_depth(text: str, max_depth: int) -> None:
    if text.count("[") + text.count("{") <= max_depth:
        return  # too few openings to nest that deep (brackets in strings only add to this)
    # JSON strings hold no raw line breaks, so blanking them keeps every line number.
    bare = _STRING.sub('""', text)
    marks = _BRACKETS.findall(bare)
    if len(marks) <= max_depth:
        return
    depths = list(accumulate(1 if m in "[{" else -1 for m in marks))
    if max(depths) <= max_depth:
        return
    nth = next(i for i, d in enumerate(depths) if d > max_depth)
    pos = -1
    for _n in range(nth + 1):
        pos = _BRACKETS.search(bare, pos + 1).start()  # type: ignore[union-attr]
    raise JSONProblem(_("nested too deeply (more than {depth} levels, line {line})").format(
        depth=max_depth, line=_line_of(bare, pos)))


def _where(text: str, needle: str, nth: int = 1, key: bool = False) -> str:
    """" (line N)" for the nth place needle stands (as a key, if key), or "" if not found."""
    pattern = re.compile(re.escape(needle) + (r"\s*:" if key else ""))
    found = None
    for match, _n in zip(pattern.finditer(text), range(nth), strict=False):
        found = match
    return " " + _("(line {line})").format(line=_line_of(text, found.start())) \
        if found is not None else ""


def loads(text: str, max_depth: int = JSON_MAX_DEPTH,
          max_number: int = JSON_MAX_NUMBER) -> Any:
    """json.loads within bounds; JSONProblem names what is wrong and its line.

    json.JSONDecodeError (a ValueError) still reports syntax errors.
    """
    _check_depth(text, max_depth)

    def number(kind: type) -> Any:
        def parse(s: str) -> Any:
            if len(s) > max_number:
                raise JSONProblem(_("has a number {length} characters long{where}; the limit "
                                    "is {limit}").format(length=f"{len(s):,}",
                                                         where=_where(text, s),
                                                         limit=max_number))
            return kind(s)
        return parse

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for k, v in items:
            if k in found:
                shown = json.dumps(k, ensure_ascii=False)
                short = shown if len(shown) <= 40 else shown[:37] + '..."'
                raise JSONProblem(_("has the key {key} twice{where}").format(
                    key=short, where=_where(text, shown, 2, key=True)))
            found[k] = v
        return found

    def constant(name: str) -> Any:
        raise JSONProblem(_("has {name}, which is not a JSON number{where}").format(
            name=name, where=_where(text, name)))

    return json.loads(text, parse_int=number(int), parse_float=number(float),
                      parse_constant=constant, object_pairs_hook=pairs)
