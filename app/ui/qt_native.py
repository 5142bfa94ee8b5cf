"""The system's colour scheme read straight from Qt's C++ library, before the first page.

PySide6 hands back Qt.ColorScheme as a Python enum, and the first enum of the Qt namespace
to cross into Python makes all of that namespace's ~100 enums (about 20 ms, a sixth of a
bare QWizard's start-up). The first page needs none of them, so the scheme is read here
through the library's exported function where it is found (Linux: libQt6Gui's
QStyleHints::colorScheme() const), and through PySide6 everywhere else."""

from __future__ import annotations

import sys
from typing import Any

# Qt::ColorScheme's values (qnamespace.h): Unknown, Light, Dark.
DARK = 2
_SYMBOL = "_ZNK11QStyleHints11colorSchemeEv"  # QStyleHints::colorScheme() const, Itanium ABI


def native_scheme(hints: Any) -> int | None:
    """Qt::ColorScheme's value as an int, or None where the library cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        import shiboken6

        # Already loaded by PySide6: the name finds that copy, whichever folder it came from.
        read = getattr(ctypes.CDLL("libQt6Gui.so.6"), _SYMBOL)
    except (ImportError, OSError, AttributeError):
        return None
    read.restype = ctypes.c_int
    read.argtypes = [ctypes.c_void_p]
    return int(read(shiboken6.getCppPointer(hints)[0]))


def asks_dark(hints: Any) -> bool:
    """Whether the system asks for a dark colour scheme (QStyleHints.colorScheme())."""
    value = native_scheme(hints)
    if value is None:
        return bool(hints.colorScheme().name == "Dark")
    return value == DARK
