"""The files Profile Planner opens when double-clicked, in one list for every platform's
packaging: the desktop file and shared-mime-info XML (Linux) must agree with it (the tests
check), the PyInstaller spec writes it into the macOS Info.plist, and the README gives the
Windows registry entries an installer makes from it.

The names end in .json or .yaml like any other such file, so the app never claims those
extensions for itself: on Linux its types are recognised by content, and on macOS and
Windows it is listed as one more app that can open them.
"""

from __future__ import annotations

# (what the system calls it, its MIME type on Linux, the extensions the app saves it with)
DOCUMENT_TYPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Profile Planner answers", "application/x-profile-planner-answers", ("json",)),
    ("Profile Planner preset", "application/x-profile-planner-preset", ("yaml", "yml")),
    ("Profile Planner organisation pack", "application/x-profile-planner-organisation",
     ("yaml", "yml")),
)


def info_plist_document_types() -> list[dict[str, object]]:
    """CFBundleDocumentTypes for the macOS bundle: by extension, as an alternative app
    (never the default for all JSON or YAML). Finder then sends the file as an open event,
    which app/ui/file_open.py passes to the window."""
    return [{"CFBundleTypeName": name, "CFBundleTypeRole": "Viewer",
             "LSHandlerRank": "Alternate", "CFBundleTypeExtensions": list(extensions)}
            for name, _, extensions in DOCUMENT_TYPES]
