"""One app id everywhere: the desktop file, AppStream metainfo, icons and the package agree.

`make package-check` also runs desktop-file-validate and appstreamcli on these files.
"""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{app.APP_ID}.desktop"
METAINFO = PACKAGING / f"{app.APP_ID}.metainfo.xml"


@pytest.fixture(scope="module")
def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def component() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_entry_starts_the_app_by_its_command(entry: configparser.SectionProxy) -> None:
    assert entry["Name"] == app.APP_NAME
    assert entry["Exec"].split()[0] == "profile-planner"  # the wheel's script and the bundle
    assert entry["Icon"] == app.APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_same_app(component: ET.Element) -> None:
    assert component.findtext("id") == app.APP_ID
    assert component.findtext("name") == app.APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "profile-planner"


def test_metainfo_has_release_notes_for_this_version(component: ET.Element) -> None:
    releases = component.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0]
    assert newest.get("version") == app.__version__
    assert newest.find("description/p") is not None


def test_metainfo_shows_screenshots_of_the_repositorys_pictures(component: ET.Element) -> None:
    images = [s.findtext("image") or "" for s in component.findall("screenshots/screenshot")]
    assert images and all(i.startswith("https://") for i in images)
    shots = ROOT / "docs" / "screenshots"
    if shots.is_dir():  # written by `make screenshots`; the metainfo must name real ones
        for image in images:
            name = image.rsplit("/", 1)[-1]
            assert (shots / name).is_file(), f"{name} is not in docs/screenshots/"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path.name
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_menu_icon_is_the_wizards_icon_in_every_size() -> None:
    # install-linux.sh installs these under the app id; the wizard sets them as its icon.
    icons = ROOT / "resources" / "icons"
    assert (icons / "profile-planner.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(icons / f"profile-planner-{size}.png") == (size, size)


def test_windows_and_macos_icons_are_made_from_it() -> None:
    from PIL import Image

    ico = Image.open(PACKAGING / "icons" / f"{app.APP_ID}.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    icns = Image.open(PACKAGING / "icons" / f"{app.APP_ID}.icns")
    assert (512, 512, 1) in icns.info["sizes"]
    # The same picture: the .ico's 256 px image matches the PNG it was made from.
    png = Image.open(ROOT / "resources" / "icons" / "profile-planner-256.png").convert("RGBA")
    ico.size = (256, 256)
    assert ico.convert("RGBA").tobytes() == png.tobytes()
