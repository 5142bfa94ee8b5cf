"""Minimal reproduction, for an upstream report (bugreports.qt.io, component PySide).

PySide6 6.12.0 on CPython 3.11: every call of a Qt method that returns nothing loses a
reference to None, and every Signal.emit() loses one to True. When the count reaches zero
Python aborts with "none_dealloc" or "bool_dealloc". PySide6 6.11.3 and 6.10.3 lose none.
CPython 3.12+ hides it (None, True and False are immortal there).

    pip install PySide6-Essentials==6.12.0
    python pyside6-refcount-repro.py          # prints the losses, then aborts on purpose
    python pyside6-refcount-repro.py --count  # prints the losses only

No display is needed: no QApplication, no widget.
"""

import sys

import PySide6
from PySide6.QtCore import QObject, Signal


class Probe(QObject):
    ping = Signal()


probe = Probe()
N = 100


def lost(obj, call):
    before = sys.getrefcount(obj)
    for _ in range(N):
        call()
    return (before - sys.getrefcount(obj)) / N


print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")
print("references to None lost per probe.setObjectName(''):", lost(None, lambda: probe.setObjectName("")))
print("references to True lost per probe.ping.emit():      ", lost(True, probe.ping.emit))
# Expected: 0.0 and 0.0. PySide6 6.12.0 on CPython 3.11: 1.0 and 1.0.

if "--count" not in sys.argv:
    print("Emitting until True is freed (6.12.0 on 3.11: Fatal Python error: bool_dealloc)...",
          flush=True)
    for _ in range(100_000):
        probe.ping.emit()
    print("Survived 100,000 emits: no loss shows here (a PySide6 without the bug, or Python"
          " 3.12+, where None, True and False are immortal).")
