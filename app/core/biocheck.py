"""Authoring checks for bio styles, variants, longer texts and what parts reveal: each
problem with the path of the YAML it is found at."""

from __future__ import annotations

import string
from collections.abc import Collection, Iterator
from typing import get_args

from .problems import did_you_mean
from .questionnaire import BioField, Questionnaire

REVEALS = ("name", "employer", "role", "location", "work_topics", "clearance", "family",
           "contact")
SPECS = ("", "the", "short", "cap", "lower", "a", "tags")
FIELDS = set(get_args(BioField))
Path = tuple[str | int, ...]


def _wording(path: Path, text: str, names: bool = True) -> Iterator[tuple[Path, str]]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        yield path, f"the wording has a stray brace ({exc})."
        return
    for _, name, spec, _ in parsed:
        if name is None:
            continue
        if names and name not in FIELDS:
            yield path, f'"{{{name}}}" is not a bio field.' + did_you_mean(name, FIELDS)
        if (spec or "") not in SPECS:
            yield path, f'"{{{name}:{spec}}}": unknown form "{spec}"; use one of: ' \
                        + ", ".join(s for s in SPECS if s) + "." + did_you_mean(spec or "", SPECS)


def problems(q: Questionnaire) -> Iterator[tuple[Path, str]]:
    b = q.bio
    parts = [p.id for p in b.parts]
    styles = [s.id for s in b.styles]
    for i, p in enumerate(b.parts):
        for k, r in enumerate(p.reveals):
            if r not in REVEALS:
                yield ("bio", "parts", i, "reveals", k), f'"{r}" is not something a profile ' \
                    "reveals; use one of: " + ", ".join(REVEALS) + "." + did_you_mean(r, REVEALS)
    seen: set[str] = set()
    for i, s in enumerate(b.styles):
        if s.id in seen:
            yield ("bio", "styles", i, "id"), f'bio style "{s.id}" is defined twice.'
        seen.add(s.id)
        for key, text in s.wording.items():
            if key not in parts:
                yield ("bio", "styles", i, "wording", key), f'unknown bio part "{key}".' \
                    + did_you_mean(key, parts)
            yield from _wording(("bio", "styles", i, "wording", key), text)
        for j, v in enumerate(s.variants):
            for k, pid in enumerate(v.parts):
                if pid not in parts:
                    yield ("bio", "styles", i, "variants", j, "parts", k), \
                        f'unknown bio part "{pid}".' + did_you_mean(pid, parts)
            yield from _part_wording(("bio", "styles", i, "variants", j, "wording"), v.wording,
                                     parts)
    for i, p in enumerate(b.parts):
        yield from _wording(("bio", "parts", i, "text"), p.text, names=False)
    for i, plat in enumerate(b.platforms):
        if plat.style is not None and plat.style not in styles:
            yield ("bio", "platforms", i, "style"), f'unknown bio style "{plat.style}".' \
                + did_you_mean(plat.style, styles)
        for j, extra in enumerate(plat.extras):
            for k, para in enumerate(extra.paragraphs):
                for m, pid in enumerate(para):
                    if pid not in parts:
                        yield ("bio", "platforms", i, "extras", j, "paragraphs", k, m), \
                            f'unknown bio part "{pid}".' + did_you_mean(pid, parts)
            yield from _part_wording(("bio", "platforms", i, "extras", j, "wording"),
                                     extra.wording, parts)


def _part_wording(path: Path, wording: dict[str, str],
                  parts: Collection[str]) -> Iterator[tuple[Path, str]]:
    """Wording keyed by bio part: each key a known part, each text a sound template."""
    for key, text in wording.items():
        if key not in parts:
            yield path + (key,), f'unknown bio part "{key}".' + did_you_mean(key, parts)
        yield from _wording(path + (key,), text)
