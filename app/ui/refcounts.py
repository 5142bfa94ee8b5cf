"""Keep None, True and False alive under PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 hands back None from every Qt call that returns nothing, and True from every
Signal.emit(), without the reference it owes. Before CPython 3.12 made these objects immortal,
each such call lowers the count by one: a bare script aborts after about 5,200 void calls
("none_dealloc") or 570 emits ("bool_dealloc"), and a long session is many more. Where, and
only where, that release meets that Python, we give each object a reserve of references no
session can use up. `app.ui` installs it when it is first imported, so every entry point and
every test has it before its first Qt call; any other PySide6 or Python leaves it switched
off. Why this and not an older PySide6: docs/pyside6-refcounts.md.
"""

from __future__ import annotations

import ctypes
import importlib.util
import re
import sys
from pathlib import Path

# Releases known to lose the references. 6.11.3 and 6.10.3 do not; a later one that still
# does fails tests/ui/test_refcounts.py (the guard stays off there), so it is added here.
AFFECTED = {(6, 12, 0)}
RESERVE = 1 << 40  # a trillion lost references: beyond any session, far below the counter's end

_installed = False


def needed(pyside: tuple[int, ...], python: tuple[int, ...] = tuple(sys.version_info[:2]),
           implementation: str = sys.implementation.name) -> bool:
    """True where the objects are mortal and PySide6 drops references to them."""
    return implementation == "cpython" and python < (3, 12) and tuple(pyside[:3]) in AFFECTED


def pyside_version() -> tuple[int, ...]:
    """PySide6's version, read from its source where there is one: importing PySide6 installs
    its import hook, which main.py keeps back until the plain-Python modules are in."""
    module = sys.modules.get("PySide6")
    if module is None:
        spec = importlib.util.find_spec("PySide6")
        try:
            text = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
        except OSError:  # a frozen bundle keeps only bytecode
            text = ""
        found = re.search(r"^__version_info__ = \((\d+), (\d+), (\d+)", text, re.MULTILINE)
        if found:
            return tuple(int(n) for n in found.groups())
        import PySide6

        module = PySide6
    return tuple(int(n) for n in module.__version_info__[:3])


def install() -> bool:
    """Give None, True and False their reserve, once, where needed; True if it was given.
    Runs at import of app.ui, before any worker thread exists."""
    global _installed
    if _installed or not needed(pyside_version()):
        return False
    _installed = True
    # ob_refcnt comes just before ob_type at the end of the object header (after the two
    # list pointers in a Py_TRACE_REFS build, first in a release build).
    offset = object.__basicsize__ - 2 * ctypes.sizeof(ctypes.c_void_p)
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj) + offset)
        count.value += RESERVE
    return True
