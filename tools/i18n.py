"""The translators' tool (`make i18n`): extract, update and compile the gettext catalogues.

    python -m tools.i18n            extract every part's .pot, update every .po, compile .mo
    python -m tools.i18n init CODE  start a new language: one .po per part, from the .pot
    python -m tools.i18n check      exit 1 if a .pot, .po or .mo is out of date (CI, tests)

One catalogue per part of the app (see PARTS), so translators get files of a useful size.
Templates live in `resources/locale/<part>.pot`, translations in
`resources/locale/<lang>/LC_MESSAGES/<part>.po`, compiled beside them to `.mo` (committed:
the app reads the .mo, and neither the wheel nor the bundle runs Babel).

Locations in the catalogues name the file but not the line, so moving code about does not
make every catalogue stale; the up-to-date check compares messages, never dates.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"

# Which source files each catalogue takes its messages from. A file belongs to the first
# part that names it (or a folder holding it): the core modules whose words the PDF prints
# (dates, groups, plan phrases) are the report's, the rest of the core is core's.
PARTS: dict[str, tuple[str, ...]] = {
    "ui": ("app/ui",),
    "cli": ("app/cli.py", "app/batch.py", "app/launch.py", "app/shortrun.py",
            "app/checkbio.py", "app/argparse_words.py"),
    "report": ("app/report", "app/core/upkeep.py", "app/core/changes.py",
               "app/core/engine.py", "app/core/session.py", "app/core/startwith.py",
               "app/core/bio.py"),
    "core": ("app/core",),
}
# `_`, `ngettext`, `N_` and the rest of gettext's usual names.
KEYWORDS = DEFAULT_KEYWORDS
COMMENT_TAGS = ["Translators:"]
PROJECT = "Profile Planner"
HOLDER = "Profile Planner developers"
WIDTH = 90


def _files(part: str) -> Iterator[Path]:
    for name in PARTS[part]:
        path = ROOT / name
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        elif path.exists():  # a module removed since: nothing to extract
            yield path


def sources(part: str) -> Iterator[Path]:
    """The part's files, less any an earlier part claimed."""
    earlier = {f for other in PARTS if other != part and list(PARTS).index(other)
               < list(PARTS).index(part) for f in _files(other)}
    yield from (f for f in _files(part) if f not in earlier)


def extract(part: str) -> Catalog:
    """A fresh template of every message the part's code marks for translation."""
    catalog = Catalog(project=PROJECT, copyright_holder=HOLDER, fuzzy=False)
    for path in sources(part):
        rel = path.relative_to(ROOT).as_posix()
        for _lineno, message, comments, context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
                strip_comment_tags=True):
            catalog.add(message, None, [(rel, None)],  # type: ignore[list-item]  # no line
                        auto_comments=comments, context=context)
    return catalog


def languages() -> list[str]:
    return sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES").is_dir()) \
        if LOCALE.is_dir() else []


def _key(catalog: Catalog) -> list[tuple[object, ...]]:
    """What matters in a catalogue, without its dates: ids, plurals, places, comments, text."""
    return sorted((repr(m.id), m.context or "", tuple(sorted(f for f, _ in m.locations)),
                   tuple(m.auto_comments), repr(m.string or ""), m.fuzzy)
                  for m in catalog if m.id)


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=WIDTH, include_lineno=False, sort_output=True,
             ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(po: Path) -> bytes:
    """The compiled form of a .po, as `make i18n` writes it (fuzzy entries left out)."""
    out = io.BytesIO()
    write_mo(out, _read(po), use_fuzzy=False)
    return out.getvalue()


def _write_if_changed(path: Path, catalog: Catalog, data: bytes) -> bool:
    if path.exists() and _key(_read(path)) == _key(catalog):
        return False  # only the date would change
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def updated(po: Path, template: Catalog) -> Catalog:
    catalog = _read(po, locale=po.parent.parent.name)
    catalog.update(template, no_fuzzy_matching=False)
    return catalog


def build() -> list[str]:
    """Extract, update and compile everything; the files it changed."""
    changed: list[str] = []
    for part in PARTS:
        template = extract(part)
        pot = LOCALE / f"{part}.pot"
        if _write_if_changed(pot, template, _po_bytes(template)):
            changed.append(str(pot.relative_to(ROOT)))
        for lang in languages():
            po = LOCALE / lang / "LC_MESSAGES" / f"{part}.po"
            if not po.exists():
                continue  # a part this language has not started (its translator adds it)
            catalog = updated(po, template)
            if _write_if_changed(po, catalog, _po_bytes(catalog)):
                changed.append(str(po.relative_to(ROOT)))
            mo = po.with_suffix(".mo")
            data = mo_bytes(po)
            if not mo.exists() or mo.read_bytes() != data:
                mo.write_bytes(data)
                changed.append(str(mo.relative_to(ROOT)))
    return changed


def init(lang: str) -> list[str]:
    """A new language: one .po per part, every message untranslated."""
    made = []
    for part in PARTS:
        po = LOCALE / lang / "LC_MESSAGES" / f"{part}.po"
        if po.exists():
            continue
        template = extract(part)
        catalog = Catalog(locale=lang, project=PROJECT, copyright_holder=HOLDER, fuzzy=False)
        catalog.update(template)
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_bytes(_po_bytes(catalog))
        po.with_suffix(".mo").write_bytes(mo_bytes(po))
        made.append(str(po.relative_to(ROOT)))
    return made


def stale() -> list[str]:
    """Why the committed catalogues do not match the code: one line per file, or none."""
    why: list[str] = []
    for part in PARTS:
        template = extract(part)
        pot = LOCALE / f"{part}.pot"
        if not pot.exists() or _key(_read(pot)) != _key(template):
            why.append(f"{pot.relative_to(ROOT)}: not extracted from the current code")
        for lang in languages():
            po = LOCALE / lang / "LC_MESSAGES" / f"{part}.po"
            if not po.exists():
                continue
            if _key(_read(po)) != _key(updated(po, template)):
                why.append(f"{po.relative_to(ROOT)}: not updated from {pot.name}")
            mo = po.with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != mo_bytes(po):
                why.append(f"{mo.relative_to(ROOT)}: not compiled from {po.name}")
    return why


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.split("\n")[0])
    p.add_argument("action", nargs="?", default="build", choices=["build", "init", "check"])
    p.add_argument("lang", nargs="?", help="the language code, for init (cy, de, pl...)")
    args = p.parse_args(argv)
    if args.action == "check":
        why = stale()
        for line in why:
            print(line, file=sys.stderr)
        if why:
            print("Run: make i18n", file=sys.stderr)
        return 1 if why else 0
    if args.action == "init":
        if not args.lang:
            p.error("init needs a language code, e.g. python -m tools.i18n init cy")
        done = init(args.lang)
    else:
        done = build()
    for line in done:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
