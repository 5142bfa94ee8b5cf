"""Emit a Python-declared signal without harming the interpreter.

PySide6 6.12 on CPython 3.11 returns the result of `Signal.emit()` (True) without a new
reference, so every emit lowers True's reference count by one. After a few thousand
keystrokes True is freed and Python aborts ("bool_dealloc"). We measure the fault at the
first emit and, only where it exists, put back the reference each emit takes away.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _incref(obj: object) -> None:
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _measure() -> bool:
    """Whether each emit loses a reference to True (not once fixed, or with immortal bools)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= 16


_leaks: bool | None = None  # measured at the first emit, not at start-up


def measure() -> None:
    """Measure now, if not yet done. Call it on the UI thread before starting a worker that
    emits: the count of True is only trustworthy while no other thread runs Python."""
    global _leaks
    if _leaks is None:
        _leaks = _measure()


def emit(signal: Any, *args: Any) -> None:
    measure()
    result = signal.emit(*args)
    if _leaks and isinstance(result, bool):
        _incref(result)
