"""Leave out of the frozen bundle the Qt plugins, translations and libraries the app never uses.

Used by profile-planner.spec. The rules are data, so a reviewer can see at a glance what
ships: a plugin type is kept whole, kept in part, or left out; an unknown type is kept, so a
new Qt release cannot silently lose something it needs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Plugin type -> the plugin names (file name without "lib", "q" stays) kept, or ALL.
ALL = None
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # Windows on X11 and Wayland, Windows, macOS; offscreen for headless checks and tests.
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"},
    # The portal theme gives native file dialogs (and works in Flatpak); the GTK 3 theme
    # would bring GTK, cairo and pango from the build machine.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": ALL,  # compose keys (Welsh accents) and input methods
    "iconengines": ALL,  # SVG icons
    "imageformats": {"qsvg", "qico", "qicns"},  # PNG is built into Qt
    "styles": ALL,  # the native look on Windows and macOS
    "xcbglintegrations": ALL,
    "wayland-decoration-client": ALL,  # window title bars on GNOME
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    # Printing: on Linux the CUPS plugin brings CUPS, GnuTLS and Kerberos; people print the
    # PDF from their PDF reader. Windows and macOS print support has no such weight.
    "printsupport": ALL if not sys.platform.startswith("linux") else set(),
    # Nothing in the app uses the network, SQL, QML, touch screens or embedded displays.
    "tls": set(), "networkinformation": set(), "sqldrivers": set(), "qmltooling": set(),
    "generic": set(), "egldeviceintegrations": set(), "designer": set(),
    "wayland-graphics-integration-server": set(), "vectorimageformats": set(),
    "position": set(), "multimedia": set(), "qmllint": set(), "scenegraph": set(),
}

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<type>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"^PySide6/(?:Qt/)?translations/")
_CATALOGUE_SOURCE = re.compile(r"^app/_data/resources/locale/.*\.pot?$")
_SHARED_LIB = re.compile(r"^lib[^/]*\.so(\.\d+)*$")

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, type code)


def plugin_name(file_name: str) -> str:
    """`libqxcb.so` -> `qxcb`; `qwindows.dll` -> `qwindows`; `libxdg-shell.so` -> `xdg-shell`."""
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(dest: str) -> bool:
    match = _PLUGIN.search(dest.replace("\\", "/"))
    if not match or "PySide6" not in dest:
        return True
    wanted = KEEP_PLUGINS.get(match["type"], ALL)
    return wanted is ALL or plugin_name(match["file"]) in wanted


def keep_data(dest: str) -> bool:
    """Qt's own translations (Welsh has none in Qt: the app sets its own button texts), and
    the translators' sources of ours: the app reads only the compiled .mo catalogues."""
    dest = dest.replace("\\", "/")
    return not (_QT_TRANSLATION.match(dest) or _CATALOGUE_SOURCE.match(dest))


def _needed(path: str) -> set[str]:
    from PyInstaller.depend.bindepend import get_imports

    return {PurePosixPath(name).name for name, _ in get_imports(path)}


def unreachable_libraries(binaries: Iterable[Entry],
                          needed: Callable[[str], set[str]] = _needed) -> set[str]:
    """Top-level shared libraries (Linux) that no kept module, plugin or library links to.

    They were collected only for plugins that are now left out. Python extension modules,
    Qt plugins and the Python library are the roots: everything else must be linked from one.
    """
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)

    def is_library(dest: str) -> bool:
        path = PurePosixPath(dest)
        where = str(path.parent)
        return (where in (".", "PySide6/Qt/lib") and bool(_SHARED_LIB.match(path.name))
                and not path.name.startswith("libpython"))

    todo = [e for e in entries if not is_library(e[0])]
    reached = {e[0] for e in todo}
    while todo:
        dest, src, kind = todo.pop()
        if kind == "SYMLINK":  # a link reaches its target, named by its source
            names = {PurePosixPath(src).name}
        else:
            names = needed(src)
        for name in names:
            for target in by_name.get(name, []):
                if target[0] not in reached:
                    reached.add(target[0])
                    todo.append(target)
    # A link to a reached library is kept with it.
    for dest, src, kind in entries:
        if kind == "SYMLINK" and PurePosixPath(src).name in {PurePosixPath(r).name
                                                             for r in reached}:
            reached.add(dest)
    return {e[0] for e in entries if e[0] not in reached}


def swap_library(binaries: list[Entry], replacement: str) -> list[Entry]:
    """Ship `replacement` in place of the library with the same file name."""
    name = PurePosixPath(replacement).name
    swapped = [(dest, replacement if PurePosixPath(dest).name == name else src, kind)
               for dest, src, kind in binaries]
    if swapped == binaries:
        raise SystemExit(f"bundle_filter: nothing named {name} to replace")
    return swapped


def prune(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry], int]:
    """The binaries and data files to ship, and how many were left out."""
    kept_bins = [e for e in binaries if keep_plugin(e[0])]
    if sys.platform.startswith("linux"):
        orphans = unreachable_libraries(kept_bins)
        kept_bins = [e for e in kept_bins if e[0] not in orphans]
    kept_data = [e for e in datas if keep_data(e[0])]
    removed = len(binaries) - len(kept_bins) + len(datas) - len(kept_data)
    return kept_bins, kept_data, removed
