"""The committed catalogues match the code: a forgotten `make i18n` fails here, not in Welsh."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app.core import i18n
from tools import i18n as tool

PO_FILES = sorted(tool.LOCALE.glob("*/LC_MESSAGES/*.po"))
# str.format fields and %-style fields: a translation must keep exactly the same ones.
_FIELD = re.compile(r"\{[^{}]*\}|%\([^)]*\)[-#0 +]*\d*[sdifr]")


def test_every_template_is_extracted_from_the_current_code() -> None:
    assert tool.stale() == [], "catalogues out of date with the code: run make i18n"


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: "/".join(p.parts[-3:]))
def test_each_compiled_catalogue_is_a_fresh_compile_of_its_po(po: Path) -> None:
    mo = po.with_suffix(".mo")
    assert mo.is_file(), f"{mo.name} missing: run make i18n"
    assert mo.read_bytes() == tool.mo_bytes(po), f"{mo} is stale: run make i18n"


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: "/".join(p.parts[-3:]))
def test_translations_keep_every_placeholder(po: Path) -> None:
    with po.open("rb") as f:
        catalog = read_po(f)
    wrong = []
    for m in catalog:
        if not m.id or not m.string or m.fuzzy:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        want = sorted(_FIELD.findall(ids[-1]))
        for s in strings:
            if s and sorted(_FIELD.findall(s)) != sorted(set(want) | set(_FIELD.findall(ids[0])))\
                    and sorted(_FIELD.findall(s)) != want:
                wrong.append(f"{m.id!r}: {s!r}")
    assert not wrong, "placeholders changed in translation:\n" + "\n".join(wrong)


def test_the_catalogues_ship_in_the_data_the_app_reads() -> None:
    assert i18n.locale_dir() == tool.LOCALE
    for po in PO_FILES:
        assert po.with_suffix(".mo").is_file()


def test_a_new_file_with_a_marked_string_makes_the_template_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "app" / "ui"
    src.mkdir(parents=True)
    (src / "new_page.py").write_text('from app.core.i18n import _\nTITLE = _("A new page")\n',
                                     encoding="utf-8")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "LOCALE", tmp_path / "resources" / "locale")
    monkeypatch.setattr(tool, "PARTS", {"ui": ("app/ui",)})
    assert tool.stale() == ["resources/locale/ui.pot: not extracted from the current code"]
    tool.build()
    assert tool.stale() == []
    assert 'msgid "A new page"' in (tool.LOCALE / "ui.pot").read_text(encoding="utf-8")
    tool.init("cy")
    po = tool.LOCALE / "cy" / "LC_MESSAGES" / "ui.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "A new page"\nmsgstr ""', 'msgid "A new page"\nmsgstr "Tudalen newydd"'),
        encoding="utf-8")
    assert tool.stale() == ["resources/locale/cy/LC_MESSAGES/ui.mo: not compiled from ui.po"]
    tool.build()
    assert tool.stale() == []


def test_no_marked_text_hides_inside_an_f_string() -> None:
    """Extraction does not look inside f-strings: _("...") there reaches a translator only if
    the same text is also marked where extraction sees it (the pseudo-language would still
    show it translated, so only this test notices)."""
    import ast

    extracted = {m.id if isinstance(m.id, str) else m.id[0]
                 for part in tool.PARTS for m in tool.extract(part) if m.id}
    hidden = []
    for path in sorted((tool.ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) \
                        and inner.func.id in ("_", "ngettext", "N_") and inner.args \
                        and isinstance(inner.args[0], ast.Constant) \
                        and inner.args[0].value not in extracted:
                    hidden.append(f"{path.relative_to(tool.ROOT)}:{inner.lineno}: "
                                  f"{inner.args[0].value!r}")
    assert hidden == []


@pytest.mark.parametrize("po", [p for p in PO_FILES if p.parts[-3] == "cy"],
                         ids=lambda p: p.name)
def test_the_welsh_catalogues_are_complete(po: Path) -> None:
    """Every message the app says has its Welsh: none left empty or only guessed (fuzzy,
    which is never compiled). After `make i18n`, translate what it added."""
    with po.open("rb") as f:
        catalog = read_po(f)
    missing = [m.id for m in catalog if m.id and (m.fuzzy or not m.string or (
        isinstance(m.string, tuple) and not all(m.string)))]
    assert missing == []


def test_a_message_in_two_catalogues_reads_the_same_in_both() -> None:
    """A language's catalogues are chained, so the first one holding a message wins: the
    same English in the wizard and the PDF must have one translation."""
    seen: dict[tuple[str, object], dict[str, str]] = {}
    for po in PO_FILES:
        with po.open("rb") as f:
            for m in read_po(f):
                if m.id and m.string and not m.fuzzy:
                    seen.setdefault((po.parts[-3], m.id), {})[po.stem] = str(m.string)
    differ = {key: found for key, found in seen.items() if len(set(found.values())) > 1}
    assert differ == {}
