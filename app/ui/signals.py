"""Emit a Python-declared signal without harming the interpreter.

PySide6 6.12 on CPython 3.11 returns the result of `Signal.emit()` (True) without a new
reference, so every emit lowers True's reference count by one. After a few thousand
keystrokes True is freed and Python aborts ("bool_dealloc"). We measure the fault once at
import and, only where it exists, put back the reference each emit takes away.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _measure() -> int:
    """How many references to True one emit loses (0 when fixed, or bools are immortal)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return 1 if lost >= 16 else 0


_LEAKS = _measure()


def emit(signal: Any, *args: Any) -> None:
    result = signal.emit(*args)
    if _LEAKS and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
