"""Every page, every focusable control: a name a screen reader can say."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, load_example, next_button


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable, visible, enabled widgets under root with no accessible name."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if not w.isVisible() or not w.isEnabled():
            continue
        if not w.accessibleName().strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', str)()!r}")
    return missing


def test_every_focusable_widget_on_every_page_has_an_accessible_name(make_window, qtbot,
                                                                     tmp_path):
    window = make_window()
    wizard = window.wizard
    # An unfinished session, so the start page shows its "continue?" banner too.
    blank = {"schema_version": 1, "questionnaire": {"id": wizard.q.id, "version": "1"}}
    window.autosave.write(json.dumps(blank), "start")
    window.autosave.release()  # as if left by an earlier run, not this window's own
    window.offer_autosave()
    assert wizard.start.banner.isVisible()
    seen = {"start": unnamed_focusable(window)}
    wizard.start.banner.discard_button.click()

    # The error summary and its links, on the first step with nothing answered.
    click(qtbot, wizard.start.mode_buttons["line_manager"])
    click(qtbot, next_button(wizard))
    click(qtbot, next_button(wizard))
    first = wizard.currentPage()
    assert first.summary.isVisible()
    seen["errors"] = unnamed_focusable(window)
    wizard.back()

    examples = sorted(EXAMPLES.glob("*.json"))
    lm = next((p for p in examples if load_example(p).get("mode") == "line_manager"),
              examples[0])
    pages: list[str] = []
    wizard.currentIdChanged.connect(
        lambda _id: (pages.append(wizard.current_step_id()),
                     seen.__setitem__(wizard.current_step_id(), unnamed_focusable(window))))
    wizard.restart()
    drive(qtbot, window, load_example(lm))
    result = wizard.result_page
    for n in range(result.tabs.count()):
        result.tabs.setCurrentIndex(n)
        seen[f"result tab {result.tabs.tabText(n)}"] = unnamed_focusable(window)
    sources = window.show_sources()
    qtbot.addWidget(sources)
    seen["sources"] = unnamed_focusable(sources)

    assert {"check", "result"} <= set(pages)
    assert len(pages) >= 4
    assert {page: names for page, names in seen.items() if names} == {}

    # Inputs of questions this run did not show are named too.
    for page in wizard.step_pages:
        for fld in page.fields.values():
            for widget in fld.inputs():
                assert widget.accessibleName().strip(), widget.objectName()
                if fld.question.help:
                    assert fld.question.help in widget.accessibleDescription()
