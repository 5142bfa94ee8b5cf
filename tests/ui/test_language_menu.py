"""Language > Cymraeg: everything in Welsh at once, nothing typed lost, the same page, the
choice remembered; the draft line shown while the content says the Welsh is a draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard

from app.core import i18n
from tests.helpers.gui import click, next_button, type_into


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _to_details_step(qtbot, window):
    """Through the wizard to the first step with a text question; returns (page, field)."""
    from app.ui.pages.step_page import StepPage

    wizard = window.wizard
    click(qtbot, next_button(wizard))
    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        edits = [e for e in page.findChildren(QLineEdit) if e.isVisible()
                 and e.objectName().startswith("q-")]
        if edits:
            return page, edits[0]
        # Answer what is needed to go on: the first option of each visible choice.
        for fld in page.fields.values():
            if fld.isVisible() and getattr(fld, "buttons", None):
                first = next(iter(fld.buttons.values()))
                if not first.isChecked():
                    click(qtbot, first)
        click(qtbot, next_button(wizard))
    raise AssertionError("no step with a text question")


def test_switching_to_welsh_keeps_the_answers_and_the_page(english, make_window, qtbot,
                                                           tmp_path: Path) -> None:
    window = make_window()
    page, edit = _to_details_step(qtbot, window)
    step_id = page.step.id
    type_into(qtbot, edit, "Alex Morgan")
    qid = edit.objectName().removeprefix("q-")
    visited_before = len(window.wizard.visitedIds())
    assert _menu_titles(window) == ["&File", "Lang&uage", "&Help"]

    welsh = next(a for a in window._language_menu.actions() if a.data() == "cy")
    assert welsh.text() == "Cymraeg"  # named in itself
    welsh.trigger()

    wizard = window.wizard
    assert i18n.current_language() == "cy"
    assert _menu_titles(window) == ["&Ffeil", "&Iaith", "&Cymorth"]
    assert wizard.current_step_id() == step_id  # the same page
    assert len(wizard.visitedIds()) == visited_before  # Back still walks the same route
    again = wizard.currentPage().findChild(QLineEdit, f"q-{qid}")
    assert again.text() == "Alex Morgan"  # nothing typed is lost
    assert wizard.session.answers().answers[qid] == "Alex Morgan"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Parhau"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "&Yn ôl"
    # Remembered for the next start.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("ui/language", "", type=str) == "cy"

    # Back in English, still on the page, still typed; Back and Continue still work.
    english_action = next(a for a in window._language_menu.actions() if a.data() == "en")
    english_action.trigger()
    assert window.wizard.current_step_id() == step_id
    assert window.wizard.session.answers().answers[qid] == "Alex Morgan"
    window.wizard.back()
    assert window.wizard.current_step_id() != step_id


def test_switching_on_the_result_page_keeps_ticks_and_stays_there(english, make_window,
                                                                    qtbot) -> None:
    from tests.helpers import EXAMPLES
    from tests.helpers.gui import drive, load_example

    window = make_window()
    data = load_example(sorted(EXAMPLES.glob("*.json"))[0])
    drive(qtbot, window, data)
    first = window.wizard.plan().items[0].item.id
    window.wizard.session.tick(first, True)
    next(a for a in window._language_menu.actions() if a.data() == "cy").trigger()
    wizard = window.wizard
    assert wizard.currentId() == wizard.RESULT_ID
    assert wizard.session.ticks.get(first) is True
    assert wizard.result_page.tabs.tabText(0) == "Rhestr &wirio"
    assert wizard.result_page.tier.text().startswith("Lefel risg:")
    row = wizard.result_page.checklist.row_for(first)
    from PySide6.QtCore import Qt

    assert row.checkState(0) == Qt.CheckState.Checked


def test_the_choice_made_last_time_is_used_at_start_unless_lang_is_given(
        english, tmp_path: Path) -> None:
    from app.ui.language import LANGUAGE_KEY, choose_at_start

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    choose_at_start([], settings)
    assert i18n.current_language() == "en"  # nothing saved: the system's (set by the CLI)
    settings.setValue(LANGUAGE_KEY, "cy")
    choose_at_start([], settings)
    assert i18n.current_language() == "cy"
    i18n.set_language("en")
    choose_at_start(["--lang", "en"], settings)  # the command line wins
    assert i18n.current_language() == "en"
    settings.setValue(LANGUAGE_KEY, "xx")  # a hand-edited file: ignored
    choose_at_start([], settings)
    assert i18n.current_language() == "en"


def test_the_draft_line_follows_the_contents_flag(english, make_window, monkeypatch,
                                                  tmp_path: Path) -> None:
    content = tmp_path / "questionnaires"
    folder = content / "translations" / "cy"
    folder.mkdir(parents=True)
    (folder / "language.yaml").write_text(
        "draft: true\ndraft_notice: \"Cyfieithiad drafft: nid yw cyfieithydd cymwys wedi'i "
        "adolygu eto.\"\n", encoding="utf-8")
    from app.core import paths

    monkeypatch.setattr(paths, "questionnaires_dir", lambda: content)
    window = make_window()
    line = window.findChild(QLabel, "draft-translation")
    assert not line.isVisible()  # English is not a translation
    next(a for a in window._language_menu.actions() if a.data() == "cy").trigger()
    line = window.findChild(QLabel, "draft-translation")
    assert line.isVisible() and line.text().startswith("Cyfieithiad drafft:")
    assert line.accessibleName() == line.text()
    # The reviewer clears the flag: no line.
    (folder / "language.yaml").write_text("draft: false\n", encoding="utf-8")
    assert i18n.draft_notice("cy") is None
    (folder / "language.yaml").write_text("draft: [unclosed\n", encoding="utf-8")
    assert i18n.draft_notice("cy") is None  # a broken file is validate's to report
