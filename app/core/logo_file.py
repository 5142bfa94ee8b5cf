"""An organisation's logo file: only from the pack's own folder, and an SVG only if it is
self-contained and small enough to draw quickly.

A logo path is the pack's to choose, so it must not reach a private picture elsewhere on
disk (an absolute path, "..", a symbolic link leading out) and copy it into the PDF. An SVG
can name other files too (`<image href="/home/x/photo.png">`), and a few kilobytes of
nested `<use>` elements stand for billions of shapes, which Qt would draw for hours. So an
SVG is parsed here (without entities or a network) and refused if it refers outside
itself or would draw more than MAX_SVG_SHAPES shapes once every `<use>` is expanded.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from .i18n import _
from .safe_read import Unreadable, read_bytes

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_SVG_SHAPES = 20_000  # a real logo has tens to a few thousand
_XLINK = "{http://www.w3.org/1999/xlink}href"
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(rb"@import", re.IGNORECASE)


class LogoError(ValueError):
    """A logo that cannot be used; str() is a plain reason naming the logo."""


def logo_path(base: Path, name: str) -> Path:
    """The logo's path inside the pack's folder, or LogoError: no absolute path, no "..",
    no symbolic link leading out of the folder."""
    rel = Path(name)
    if rel.is_absolute() or rel.drive or rel.root or name.startswith(("/", "\\", "~")):
        raise LogoError(_("the logo {file} must be a file in the organisation pack's own "
                          "folder, not a path elsewhere").format(file=name))
    if ".." in rel.parts or ".." in Path(name.replace("\\", "/")).parts:
        raise LogoError(_('the logo {file} must be in the organisation pack\'s own folder '
                          '(no "..")').format(file=name))
    folder = Path(os.path.realpath(base))
    real = Path(os.path.realpath(folder / rel))
    if not real.is_relative_to(folder):
        raise LogoError(_("the logo {file} leads outside the organisation pack's folder "
                          "(a symbolic link); put the image itself in the folder").format(
            file=name))
    return real


def read_logo(base: Path, name: str) -> tuple[bytes, str]:
    """The logo's bytes and kind ("png" or "svg"), or LogoError with a plain reason."""
    path = logo_path(base, name)
    shown = Path(name).name
    try:
        data = read_bytes(path, MAX_LOGO_BYTES)
    except Unreadable as exc:
        if exc.too_large:
            raise LogoError(_("the logo {file} is larger than 2 MB").format(file=shown)) from None
        if str(exc) == _("no such file"):
            raise LogoError(_("the logo file {file} was not found").format(file=shown)) from None
        raise LogoError(_("the logo {file} cannot be used: it {why}").format(
            file=shown, why=exc)) from None
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 33 and data[12:16] == b"IHDR":
        return data, "png"
    head = data[:2048].lstrip().lower()
    if path.suffix.lower() == ".svg" and (head.startswith(b"<svg") or b"<svg" in head):
        problem = svg_problem(data)
        if problem:
            # Translators: {problem} is one of the SVG problems below, starting with a verb.
            raise LogoError(_("the logo {file} {problem}").format(file=shown, problem=problem))
        return data, "svg"
    raise LogoError(_("the logo {file} is not a PNG or SVG image").format(file=shown))


def _local(ref: str) -> bool:
    """A reference to something inside the same SVG (or inline data), not another file."""
    ref = ref.strip()
    return ref == "" or ref.startswith("#") or ref.lower().startswith("data:")


def svg_problem(data: bytes) -> str | None:
    """Why this SVG may not be drawn, or None: not well-formed, a DTD or entities, a
    reference to another file or address, or too many shapes to draw."""
    from xml.etree import ElementTree as ET

    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        return _("declares a DTD or entities, which a logo does not need")
    if _IMPORT.search(data):
        return _("imports a style sheet from elsewhere; make the SVG self-contained")
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, ValueError):
        return _("is not a well-formed SVG image")
    by_id: dict[str, ET.Element] = {}
    count = 0
    for el in root.iter():
        count += 1
        if count > MAX_SVG_SHAPES:
            return _("has more than {n} elements; simplify it").format(n=f"{MAX_SVG_SHAPES:,}")
        ident = el.get("id")
        if ident:
            by_id[ident] = el
        for attr, value in el.attrib.items():
            if attr in ("href", _XLINK) and not _local(value):
                return _("refers to another file or address; make the SVG self-contained")
            for ref in _URL.findall(value):
                if not _local(ref):
                    return _("refers to another file or address; make the SVG self-contained")
        if el.tag.rsplit("}", 1)[-1] == "style" and el.text:
            for ref in _URL.findall(el.text):
                if not _local(ref):
                    return _("refers to another file or address; make the SVG self-contained")
    if _drawn(root, by_id) > MAX_SVG_SHAPES:
        return _("would draw more than {n} shapes once its <use> elements are expanded; "
                 "simplify it").format(n=f"{MAX_SVG_SHAPES:,}")
    return None


def _drawn(root: Any, by_id: dict[str, Any]) -> int:
    """How many elements drawing root makes, each <use> counted as a copy of what it names.

    Sizes are memoised per element and capped, so a chain of uses that doubles at each
    step costs one visit per element, not one per copy. A use that names its own ancestor
    (a cycle, which Qt refuses) counts as over the limit. No recursion: an SVG may nest
    deeper than Python's stack.
    """
    limit = MAX_SVG_SHAPES + 1
    sizes: dict[int, int] = {}
    open_: set[int] = set()

    def deps(el: Any) -> list[Any]:
        found = list(el)
        ref = el.get("href") or el.get(_XLINK) or ""
        if el.tag.rsplit("}", 1)[-1] == "use" and ref.startswith("#"):
            target = by_id.get(ref[1:])
            if target is not None:
                found.append(target)
        return found

    stack = [root]
    while stack:
        el = stack[-1]
        key = id(el)
        if key in sizes:
            stack.pop()
        elif key not in open_:
            open_.add(key)
            for d in deps(el):
                if id(d) in open_:
                    return limit  # d is being drawn already: a cycle
                if id(d) not in sizes:
                    stack.append(d)
        else:
            stack.pop()
            open_.discard(key)
            sizes[key] = min(limit, 1 + sum(sizes[id(d)] for d in deps(el)))
    return sizes[id(root)]
