"""Every text a person can see or hear in a window, and which of it escaped translation.

Used by the pseudo-language test: with `qps` selected, every string the app translates is
wrapped in ⟦ ⟧, so any letter outside those brackets is text that never went through the
translation layer, unless it is exempt (what the person typed, names of things and
citations; see names_and_sources).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from app import APP_NAME
from app.core.i18n import LANGUAGES, PSEUDO_CLOSE, PSEUDO_OPEN

# Never translated by design: the product's name, and each language's name in its own
# language in the Language menu.
ALWAYS_EXEMPT = frozenset({APP_NAME, *LANGUAGES.values()})
_TAG = re.compile(r"<[^<>]*>")
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"https?://\S+$")
# Ids, types and keys in the content are never shown: they exempt nothing.
_IDENTIFIER = re.compile(r"[a-z0-9]+[_.:+-][a-z0-9_.:+-]*|[A-Za-z]")
_EDGES = " \t\r\n.,;:!?()[]{}\"'“”‘’–—-•·|/\\*+=<>#&▶✓✔✗×…%"


def _plain(text: str) -> str:
    """Rich text as the words a person reads: tags gone, entities decoded."""
    if "<" in text and ">" in text:
        text = _TAG.sub("\n", re.sub(r"<br\s*/?>", "\n", text, flags=re.I))
    return html.unescape(text)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() or (widget.window() is widget and widget.isVisible())


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text under root and root's own window title, tool
    tips, accessible names and descriptions, menus and their actions."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        name = w.objectName() or type(w).__name__
        if w.isWindow():
            yield f"{name}: window title", w.windowTitle().replace("[*]", "")
        yield f"{name}: tool tip", _plain(w.toolTip())
        yield f"{name}: accessible name", w.accessibleName()
        yield f"{name}: accessible description", w.accessibleDescription()
        yield f"{name}: whats this", _plain(w.whatsThis())
        if isinstance(w, QLabel):
            yield f"{name}: label", _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield f"{name}: button", w.text()
        elif isinstance(w, QGroupBox):
            yield f"{name}: group title", w.title()
        elif isinstance(w, QLineEdit):
            yield f"{name}: placeholder", w.placeholderText()
        elif isinstance(w, QPlainTextEdit):
            yield f"{name}: placeholder", w.placeholderText()
        elif isinstance(w, QTextEdit):
            yield f"{name}: placeholder", w.placeholderText()
            if w.isReadOnly():
                yield f"{name}: text", w.toPlainText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}: item {i}", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}: tab {i}", w.tabText(i)
                yield f"{name}: tab {i} tool tip", w.tabToolTip(i)
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                yield f"{name}: column {c}", header.text(c)
    yield from menu_texts(root)


def menu_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """The menu bar's menus and every action in them, shown or not (a person opens them)."""
    bar = getattr(root, "menuBar", None)
    if bar is None:
        return
    todo = [a.menu() for a in bar().actions() if a.menu() is not None]
    for a in bar().actions():
        yield "menu bar", a.text()
    seen: set[int] = set()
    while todo:
        menu = todo.pop()
        if not isinstance(menu, QMenu) or id(menu) in seen:
            continue
        seen.add(id(menu))
        yield "menu", menu.title()
        for a in menu.actions():
            if a.isSeparator():
                continue
            yield f"menu {menu.title()}", a.text()
            yield f"menu {menu.title()} tip", a.toolTip() if a.toolTip() != a.text().replace(
                "&", "") else ""
            if a.menu() is not None:
                todo.append(a.menu())


def outside_brackets(text: str) -> list[str]:
    """The parts of text outside every ⟦ ⟧ span (spans nest when a translated sentence
    holds another), split at line breaks."""
    parts: list[str] = []
    depth, current = 0, []
    for ch in text:
        if ch == PSEUDO_OPEN:
            if depth == 0:
                parts.append("".join(current))
                current = []
            depth += 1
        elif ch == PSEUDO_CLOSE and depth:
            depth -= 1
        elif depth == 0:
            current.append(ch)
    parts.append("".join(current))
    return [line for part in parts for line in part.split("\n")]


def untranslated(found: Iterable[tuple[str, str]], exempt: Iterable[str] = ()
                 ) -> list[tuple[str, str]]:
    """(where, fragment) for every fragment with letters outside ⟦ ⟧ that is not exempt."""
    allowed = {" ".join(s.split()) for s in (*ALWAYS_EXEMPT, *exempt) if s and s.strip()}
    stripped = {s.strip(_EDGES) for s in allowed}
    bad: list[tuple[str, str]] = []
    for where, text in found:
        if not text:
            continue
        for fragment in outside_brackets(text):
            words = " ".join(fragment.split())
            if not _LETTER.search(words) or _URL.match(words.strip(_EDGES)):
                continue
            if words in allowed or words.strip(_EDGES) in stripped:
                continue
            if _only_exempt(words, allowed):
                continue
            bad.append((where, words))
    return bad


def _only_exempt(words: str, allowed: set[str]) -> bool:
    """Whether the fragment is nothing but exempt strings (a name beside a title)."""
    rest = words
    for s in sorted(allowed, key=len, reverse=True):
        if len(s) > 2 and s in rest:
            rest = rest.replace(s, " ")
    return not _LETTER.search(rest)


# --- What stays in English by design -------------------------------------------------------
def names_and_sources(q: Any) -> set[str]:
    """Names and citations the content keeps as they are in every language: platform names,
    and the sources' titles, publishers, dates and the sections cited (translators may
    translate a source's title, but need not). Web addresses are exempt in untranslated()."""
    found: set[str] = set()
    for p in q.bio.platforms:
        found.add(p.name)
    for src in q.sources:
        found.update(x for x in (src.title, src.publisher, getattr(src, "date", None)) if x)
    for it in q.items:
        found.update(c.section for c in it.sources if c.section)
    for p in q.bio.platforms:
        found.update(c.section for c in getattr(p, "sources", []) if c.section)
    return found
