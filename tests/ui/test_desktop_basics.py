"""Desktop-app basics: the title names the file and shows unsaved changes, recent files,
Open and Show in folder after saving, F1 help, files opened by the system, and packs
installed for the whole computer."""

from __future__ import annotations

import configparser
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QDesktopServices, QKeySequence

import app
from app.cli import file_to_open
from tests.helpers import EXAMPLES, ROOT
from tests.helpers.gui import click, load_example
from tests.helpers.mime import MIME, magic

PRESET = EXAMPLES / "presets" / "high-risk.yaml"
ORG = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"


def alone_example() -> Path:
    return next(p for p in sorted(EXAMPLES.glob("*.json"))
                if load_example(p).get("mode", "alone") == "alone")


def test_the_title_names_the_file_and_marks_unsaved_changes(make_window, qtbot, tmp_path):
    mine = tmp_path / "alex-plan.json"
    shutil.copy(alone_example(), mine)
    window = make_window()
    assert window.open_path(mine)
    assert "alex-plan.json" in window.windowTitle() and not window.isWindowModified()
    window.wizard.change(window.wizard.q.steps[0].id)
    page = window.wizard.currentPage()
    other = next(b for oid, b in page.fields["purpose"].buttons.items()
                 if not b.isChecked())
    click(qtbot, other)
    assert window.isWindowModified()
    assert window.save_answers() == mine
    assert not window.isWindowModified()
    assert window.statusBar().currentMessage().startswith(f"Saved your answers to {mine} at ")


def test_open_recent_lists_and_reopens_files(make_window, tmp_path):
    mine = tmp_path / "recent.json"
    shutil.copy(alone_example(), mine)
    window = make_window()
    window.open_path(mine)
    again = make_window()
    again.recent_menu.aboutToShow.emit()
    actions = again.recent_menu.actions()
    assert actions[0].text() == "&1 recent.json"
    actions[0].trigger()
    assert again.wizard.session.path == mine


def test_after_saving_the_pdf_it_can_be_opened_or_shown(make_window, qtbot, dialogs, tmp_path,
                                                         monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window = make_window()
    window.open_path(alone_example())
    window.wizard.go_to(window.wizard.RESULT_ID)
    dialogs.save_as.append(tmp_path / "plan.pdf")
    page = window.wizard.result_page
    page.save_pdf()
    note = page.status
    assert note.isVisible() and note.text.text().startswith(f"Saved your PDF to {tmp_path}")
    assert "Saved your PDF" in window.statusBar().currentMessage()
    click(qtbot, note.open_button)
    click(qtbot, note.folder_button)
    assert opened == [str(tmp_path / "plan.pdf"), str(tmp_path)]


def test_f1_opens_a_guide_to_the_wizard_and_its_three_uses(make_window):
    window = make_window()
    assert QKeySequence("F1") in window.help_action.shortcuts()
    window.help_action.trigger()
    text = window._help.findChild(object, "help").toPlainText()
    for words in ("On your own", "With your line manager", "Set up by a security officer",
                  "Check your answers"):
        assert words in text


def test_the_desktop_file_opens_answers_presets_and_organisation_packs():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / f"{app.APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == "profile-planner %f"
    declared = [t for t in entry["MimeType"].split(";") if t]
    mime = ET.parse(ROOT / "packaging" / f"{app.APP_ID}.mime.xml").getroot()
    defined = {m.get("type"): m for m in mime.findall(f"{MIME}mime-type")}
    assert sorted(declared) == sorted(defined)
    meta = ET.parse(ROOT / "packaging" / f"{app.APP_ID}.metainfo.xml").getroot()
    assert sorted(e.text for e in meta.findall("provides/mediatype")) == sorted(declared)
    # Each type's content rule matches the example files of its kind, and only those.
    samples = {"application/x-profile-planner-answers": alone_example(),
               "application/x-profile-planner-preset": PRESET,
               "application/x-profile-planner-organisation": ORG}
    for kind, path in samples.items():
        for other, rule in defined.items():
            assert magic(rule, path.read_bytes()) == (other == kind), (kind, other)


def test_a_file_named_on_the_command_line_opens_in_the_wizard(make_window, tmp_path):
    assert file_to_open(["plan.json"]) == ["--open", "plan.json"]
    assert file_to_open(["--org", "o.yaml", "p.yaml"]) == ["--org", "o.yaml", "--open", "p.yaml"]
    assert file_to_open(["generate", "a.json", "-o", "x.pdf"])[0] == "generate"
    # --open FILE as the help gives it stays one option, not "--open --open FILE".
    assert file_to_open(["--open", "plan.json"]) == ["--open", "plan.json"]
    window = make_window(load=False)
    window.open_when_loaded(PRESET)
    window.after_first_paint()
    assert window.wizard.setup.preset is not None
    assert window.wizard.setup.preset.id == "high-risk"


def test_a_preset_installed_for_the_computer_applies_and_cannot_be_replaced(
        make_window, dialogs, tmp_path, monkeypatch, qtbot):
    computer = tmp_path / "etc-xdg"
    (computer / "profile-planner").mkdir(parents=True)
    shutil.copy(PRESET, computer / "profile-planner" / "preset.yaml")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(computer))
    window = make_window()
    setup = window.wizard.setup
    assert setup.preset is not None and setup.preset_fixed
    field = next(p.fields["officer_flag"] for p in window.wizard.step_pages
                 if "officer_flag" in p.fields)
    assert field.locked
    other = tmp_path / "other.yaml"
    other.write_text(PRESET.read_text("utf-8").replace("id: high-risk", "id: other"))
    dialogs.open_paths.append(other)
    window.open_preset_action.trigger()
    assert window.wizard.setup.preset.id == "high-risk"
    assert dialogs.shown[-1][1] == "Preset set for this computer"
