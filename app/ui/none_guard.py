"""Keep None alive under PySide6 6.12, which drops a reference to it on every void call.

On CPython 3.11 (where None is not yet immortal) each call of a Qt method that returns
nothing (setText, show, processEvents...) lowers None's reference count by one. A loaded
wizard holds about 20,000 references to None, so a long session, or one big checklist,
frees None and Python aborts ("none_dealloc"). We measure the fault once and, only where it
exists, give None a reserve of references no session can use up. (Signal.emit() does the
same to True; signals.emit puts that one back call by call.)
"""

from __future__ import annotations

import sys

RESERVE = 1 << 40  # a trillion calls: far beyond any session, far below the counter's limit

_checked = False


def _lost_per_call() -> float:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("")
    return (before - sys.getrefcount(None)) / 16


def guard() -> bool:
    """Measure once; add the reserve if void calls leak. Call it on the UI thread before any
    worker thread runs Python. True if the reserve was added."""
    global _checked
    if _checked:
        return False
    _checked = True
    if _lost_per_call() < 1:
        return False
    import ctypes

    # ob_refcnt is a PyObject's first field in CPython's release builds.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
    return True
