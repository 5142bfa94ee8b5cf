"""Access keys (Alt + an underlined letter) are unique on every page, together with the
menu bar and the wizard's buttons, and within each menu."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

from tests.helpers import EXAMPLES
from tests.helpers.gui import load_example


def key(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_keys(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) and w is not root:
            continue
        text = ""
        if isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        elif isinstance(w, QGroupBox) and w.isCheckable():
            text = w.title()
        if isinstance(w, QTabWidget):
            found += [(k, w.tabText(i)) for i in range(w.count()) if (k := key(w.tabText(i)))]
        if (k := key(text)) is not None:
            found.append((k, text))
    return found


def clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(k for k, _ in pairs)
    return {k: [t for kk, t in pairs if kk == k] for k, n in counts.items() if n > 1}


@pytest.mark.parametrize("lang", ["en", "cy"])  # a translation brings its own access keys
def test_every_page_and_menu_has_unique_access_keys(make_window, qtbot, tmp_path, lang):
    from app.core.i18n import set_language

    set_language(lang)
    window = make_window()
    wizard = window.wizard
    lm = next(p for p in sorted(EXAMPLES.glob("*.json"))
              if load_example(p).get("mode") == "line_manager")
    # An unfinished session offered on the start page, with its buttons.
    window.open_path(lm)
    window.write_autosave()
    window.autosave.release()
    window = make_window()
    wizard = window.wizard
    bar = [(key(a.text()), a.text()) for a in window.menuBar().actions() if key(a.text())]
    problems = {}
    seen_pages = 0
    pages = [wizard.START_ID]
    window.open_path(lm)
    shown = [wizard.page_id_for(s.id) for s in wizard.flow().steps]
    pages += shown + [wizard.CHECK_ID, wizard.RESULT_ID]
    for page_id in pages:
        wizard.go_to(page_id)
        if page_id == wizard.START_ID:
            window.offer_autosave()
        if page_id == wizard.RESULT_ID:  # with Open and Show in folder after a save
            wizard.result_page.status.show_saved("PDF", tmp_path / "plan.pdf")
        assert wizard.currentId() == page_id
        seen_pages += 1
        found = bar + visible_keys(wizard)
        if clash := clashes(found):
            problems[wizard.current_step_id()] = clash
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
        items = [(key(a.text()), a.text()) for a in menu.actions() if key(a.text())]
        if clash := clashes(items):
            problems[menu.title()] = clash
    assert seen_pages == len(pages)
    assert problems == {}
