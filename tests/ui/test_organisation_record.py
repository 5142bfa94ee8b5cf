"""An organisation pack that cannot be found when a session is resumed or opened still
applies as the session recorded it, and the person is told in a message they can read."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from tests.helpers import EXAMPLES
from tests.helpers.gui import click

ORG = EXAMPLES / "organisations" / "department-for-example"


def plan_items(window) -> list[tuple[str, str]]:
    return sorted((pi.item.id, pi.item.priority) for pi in window.wizard.plan().items)


def test_resuming_without_the_pack_keeps_its_items_and_says_so(make_window, qtbot, dialogs,
                                                               tmp_path):
    org = tmp_path / "org"
    shutil.copytree(ORG, org)
    window = make_window(organisation_path=org / "organisation.yaml")
    window.open_path(EXAMPLES / "professional-policy-official.json")
    before = plan_items(window)
    assert any(item == "dfex-register" for item, _ in before)  # the pack's own item
    window.write_autosave()
    window.autosave.release()
    shutil.rmtree(org)  # the pack is gone from this computer
    again = make_window()  # started from the desktop icon: no --org
    click(qtbot, again.wizard.start.banner.resume_button)
    assert plan_items(again) == before
    assert again.wizard.plan().organisation.org.name == "Department for Example"
    told = [text for kind, title, text in dialogs.shown if kind == "information"]
    assert len(told) == 1, dialogs.shown
    assert told[0].startswith("The organisation pack for Department for Example could not be "
                              "found at ")
    assert "still apply, as recorded in this plan; its logo is left out" in told[0]
    assert "DfEx security team" in told[0]
    # The start page still says whose pack this session uses.
    assert "Organisation: Department for Example." in again.wizard.start.setup_text.text()


def test_opening_answers_without_the_pack_says_so(make_window, qtbot, dialogs, tmp_path):
    org = tmp_path / "org"
    shutil.copytree(ORG, org)
    window = make_window(organisation_path=org / "organisation.yaml")
    window.open_path(EXAMPLES / "professional-policy-official.json")
    saved = tmp_path / "mine.json"
    dialogs.save_as.append(saved)
    window.save_answers_as()
    shutil.rmtree(org)
    again = make_window()
    dialogs.queue.append(QMessageBox.StandardButton.Yes)
    assert again.open_path(saved)
    assert plan_items(again) == plan_items(window)
    assert any("could not be found" in text and "still apply" in text
               for _, _, text in dialogs.shown), dialogs.shown
