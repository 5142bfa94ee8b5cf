"""With the pseudo-language (qps) chosen, no text a person sees or hears escaped translation.

Every translated string comes out accented, 40% longer and wrapped in ⟦ ⟧; the test drives
every page state (empty, with errors, filled), the result page's tabs, the dialogs and the
menus, and collects labels, buttons, group titles, window titles, tool tips, accessible
names and descriptions. Any letter outside ⟦ ⟧ is a string that never went through the
translation layer, unless it is exempt: what the person typed, the product's name, each
language's own name in the Language menu, platform names, web addresses and the sources'
citations (titles, publishers, dates, sections), which the content keeps as they are.

The same run checks that the longer text fits at 800x600: nothing clipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.core import i18n
from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, load_example, next_button
from tests.helpers.visible_text import names_and_sources, texts, untranslated

PNG_DIR_ENV = "PSEUDO_PNG_DIR"  # set it to keep the pictures of each state


@pytest.fixture
def pseudo() -> Iterator[None]:
    i18n.set_language(i18n.PSEUDO)
    yield
    i18n.set_language("en")


def _typed(data: dict) -> set[str]:
    """What the person typed in an example: exempt, it is theirs."""
    out: set[str] = set()
    for value in data.get("answers", {}).values():
        if isinstance(value, str):
            out.add(value)
    for value in (*data.get("notes", {}).values(), data.get("agreed_actions", ""),
                  *data.get("sign_off", {}).values()):
        if isinstance(value, str):
            out.update(v for v in value.split("\n") if v.strip())
    return out


def _exempt(window, data: dict) -> set[str]:
    wizard = window.wizard
    # The content is translated too (questionnaires/translations/qps is built by the
    # pseudo-language): only names and citations stay as they are.
    content = names_and_sources(wizard.q)
    plan = wizard.plan() if wizard.session is not None else None
    made: set[str] = set()
    if plan is not None:
        # Bios and handle ideas are built from the person's answers and the content's
        # wording; the numbers and names in them are the person's.
        for b in plan.bios:
            made.update({b.text, b.display_name or "", *b.handles})
            made.update(v.text for v in b.variants)
            made.update(e.text for e in b.extras)
    return content | _typed(data) | made


class Seen:
    """Every state looked at: its name, the untranslated text in it, what was clipped."""

    def __init__(self, tmp_path: Path) -> None:
        self.untranslated: dict[str, list[tuple[str, str]]] = {}
        self.clipped: dict[str, list[str]] = {}
        self.states = 0
        self.folder = tmp_path

    def look(self, name: str, widget: QWidget, exempt: set[str]) -> None:
        from PySide6.QtWidgets import QApplication

        # Widgets added to a shown page are shown by a queued call: let it run first.
        for _ in range(3):
            QApplication.processEvents()
        self.states += 1
        bad = untranslated(texts(widget), exempt)
        if bad:
            self.untranslated[name] = bad
        cut = clipped(widget)
        if cut:
            self.clipped[name] = cut
        import os

        keep = os.environ.get(PNG_DIR_ENV)
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(Path(keep) / f"{self.states:02d}-{_slug(name)}.png"))


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:40]


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (one line, no wrapping)."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text():
            need = w.sizeHint().width()
        elif isinstance(w, QAbstractButton) and w.text():
            need = w.sizeHint().width()
        else:
            continue
        if need > w.width() + 1:
            out.append(f"{w.objectName() or type(w).__name__} {w.text()[:40]!r}: "
                       f"{w.width()} < {need}")
    return out


def _example(mode: str) -> Path:
    for path in sorted(EXAMPLES.glob("*.json")):
        if load_example(path).get("mode", "alone") == mode:
            return path
    raise AssertionError(f"no {mode} example")


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["line_manager", "alone"])
def test_every_page_state_is_translated_and_fits_800_by_600(
        pseudo: None, make_window, qtbot, dialogs, tmp_path: Path, mode: str) -> None:
    data = load_example(_example(mode))
    window = make_window()
    window.resize(800, 600)
    wizard = window.wizard
    seen = Seen(tmp_path)
    exempt = _exempt(window, data)
    seen.look("start", window, exempt)

    # Each step page empty, then with its error summary after Continue with nothing chosen.
    click(qtbot, wizard.start.mode_buttons[mode])
    click(qtbot, next_button(wizard))
    from app.ui.pages.step_page import StepPage

    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        seen.look(f"step {page.step.id}", window, exempt)
        click(qtbot, next_button(wizard))
        if wizard.currentPage() is page:
            seen.look(f"step {page.step.id} with errors", window, exempt)
            from tests.helpers.gui import answer_page_by_mouse

            answer_page_by_mouse(qtbot, page, data["answers"], data.get("notes", {}))
            seen.look(f"step {page.step.id} answered", window, exempt)
            click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, page.step.id

    # The whole route as the example answers it, to the check page and the result.
    wizard.restart()
    drive(qtbot, window, data)
    exempt = _exempt(window, data)
    wizard.back()
    seen.look("check your answers", window, exempt)
    click(qtbot, next_button(wizard))
    result = wizard.result_page
    for n in range(result.tabs.count()):
        result.tabs.setCurrentIndex(n)
        qtbot.wait(10)
        seen.look(f"result tab {n}", window, exempt)

    # The dialogs and message boxes.
    help_dialog = window.show_help()
    qtbot.addWidget(help_dialog)
    seen.look("help", help_dialog, exempt)
    sources = window.show_sources()
    qtbot.addWidget(sources)
    seen.look("sources", sources, exempt)
    window.show_about()
    window.make_preset_action.trigger()
    maker = window.preset_maker
    qtbot.waitExposed(maker)
    seen.look("preset maker", maker, exempt)
    click(qtbot, maker.save_button)  # nothing typed: its problem line
    seen.look("preset maker with a problem", maker, exempt)
    maker.close()
    shown = [(f"message box {kind}", text) for kind, title, body in dialogs.shown
             for text in (title, body)]
    bad_boxes = untranslated(shown, exempt)
    if bad_boxes:
        seen.untranslated["message boxes"] = bad_boxes

    assert seen.states >= 12
    assert seen.untranslated == {}, "\n".join(
        f"{state}: {where}: {text!r}" for state, bad in seen.untranslated.items()
        for where, text in bad)
    assert seen.clipped == {}, seen.clipped


def test_qt_standard_buttons_follow_the_language(pseudo: None, make_window) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    make_window()
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(
        i18n.pseudo(t) for t in ("&Yes", "&No", "Cancel"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.buttons()[0].text() == i18n.pseudo("Close")
    i18n.set_language("cy")
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(b.text() for b in box.buttons()) == ["&Ie", "&Na"]
