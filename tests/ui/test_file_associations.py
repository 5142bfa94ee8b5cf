"""Double-clicking a file the app saved opens it in the app: the desktop file passes the one
file (%f), the MIME types it declares are defined in valid shared-mime-info XML that
recognises what the app saves, and the macOS bundle lists the same types. Read as the system
would, with no system program."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET

import app
from tests.helpers import EXAMPLES, ROOT
from tests.helpers.gui import click, type_into
from tests.helpers.mime import MIME, document_types, magic, mime_types

DESKTOP = ROOT / "packaging" / f"{app.APP_ID}.desktop"
# The extensions shared-mime-info itself gives the parent types (freedesktop.org.xml):
# the system knows these files as JSON or YAML by name, and as ours by content.
STANDARD_GLOBS = {"application/json": {"json"}, "application/yaml": {"yaml", "yml"}}
MATCH_TYPES = {"string", "byte", "host16", "host32", "big16", "big32", "little16",
               "little32"}
FIELD_CODES = re.compile(r"%[fFuUdDnNickvm]")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_the_file_it_is_asked_to_open():
    entry = desktop_entry()
    args = entry["Exec"].split()
    assert args[0] == "profile-planner" and args[1:] == ["%f"]
    # TryExec names the program alone: with a field code in it, no such program is found
    # and the desktop hides the app's menu entry.
    assert entry["TryExec"] == "profile-planner"
    assert not FIELD_CODES.search(entry["TryExec"])


def test_the_mime_types_are_valid_and_the_same_everywhere():
    types = mime_types()
    root = ET.parse(ROOT / "packaging" / f"{app.APP_ID}.mime.xml").getroot()
    assert root.tag == f"{MIME}mime-info"
    declared = [t for t in desktop_entry()["MimeType"].split(";") if t]
    listed = [mime for _, mime, _ in document_types().DOCUMENT_TYPES]
    assert sorted(declared) == sorted(types) == sorted(listed)
    for name, rule in types.items():
        assert re.fullmatch(r"application/x-profile-planner-[a-z]+", name)
        comments = rule.findall(f"{MIME}comment")
        assert len(comments) == 1 and (comments[0].text or "").strip(), name
        parents = [p.get("type") for p in rule.findall(f"{MIME}sub-class-of")]
        assert len(parents) == 1 and parents[0] in STANDARD_GLOBS, name
        # Never a glob: the app must not take over every .json or .yaml file.
        assert rule.findall(f"{MIME}glob") == [], name
        magics = rule.findall(f"{MIME}magic")
        assert len(magics) == 1 and 0 <= int(magics[0].get("priority", "50")) <= 100
        matches = magics[0].findall(f".//{MIME}match")
        assert matches, name
        for match in matches:
            assert match.get("type") in MATCH_TYPES and match.get("value"), name
            assert re.fullmatch(r"\d+(:\d+)?", match.get("offset", "")), name


def test_each_type_is_saved_with_an_extension_its_parent_type_has():
    types = mime_types()
    for _, mime, extensions in document_types().DOCUMENT_TYPES:
        parent = types[mime].find(f"{MIME}sub-class-of").get("type")
        assert set(extensions) <= STANDARD_GLOBS[parent], mime


def test_the_files_the_app_saves_are_recognised_as_its_own(make_window, qtbot, dialogs,
                                                           tmp_path):
    window = make_window()
    window.open_path(EXAMPLES / "mixed-new-starter.json")
    dialogs.save_as.append(tmp_path / "my answers")  # typed without an extension
    window.save_answers_as()
    window.make_preset_action.trigger()
    maker = window.preset_maker
    type_into(qtbot, maker.title_edit, "Press office staff")
    type_into(qtbot, maker.contact_edits["name"], "Sam Patel")
    dialogs.save_as.append(tmp_path / "press office")
    click(qtbot, maker.save_button)
    saved = {
        "application/x-profile-planner-answers": tmp_path / "my answers.json",
        "application/x-profile-planner-preset": tmp_path / "press office.yaml",
        # The app reads organisation packs but does not make them: the example stands in.
        "application/x-profile-planner-organisation":
            EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml",
    }
    extensions = {mime: ext for _, mime, ext in document_types().DOCUMENT_TYPES}
    types = mime_types()
    for mime, path in saved.items():
        assert path.is_file(), path
        assert path.suffix[1:] in extensions[mime]
        found = [other for other, rule in types.items() if magic(rule, path.read_bytes())]
        assert found == [mime], (path, found)


def test_the_macos_bundle_lists_the_same_types():
    module = document_types()
    listed = module.info_plist_document_types()
    assert [(d["CFBundleTypeName"], tuple(d["CFBundleTypeExtensions"])) for d in listed] == \
        [(name, ext) for name, _, ext in module.DOCUMENT_TYPES]
    assert all(d["LSHandlerRank"] == "Alternate" for d in listed)  # never the default app
    spec = (ROOT / "packaging" / "profile-planner.spec").read_text("utf-8")
    assert '"CFBundleDocumentTypes": info_plist_document_types()' in spec
