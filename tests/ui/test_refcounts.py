"""PySide6 6.12.0 loses a reference to None on every void Qt call and to True on every emit;
on CPython 3.11 that frees them and aborts Python. The guard app.ui installs must keep a long
session alive, and must be on exactly where the fault is."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from app.ui import refcounts
from tests.helpers import ROOT

# A long session in miniature: far more void calls and emits than the ~5,200 and ~570 that
# abort a bare script, each kind on its own.
LOOP = """
import sys
{first}
from PySide6.QtCore import QObject, Signal

class Probe(QObject):
    ping = Signal()
    text = Signal(str)

probe = Probe()
seen = []
probe.text.connect(seen.append)
for n in range(20_000):
    probe.setObjectName("x")    # a Qt call that returns nothing
    probe.ping.emit()           # returns True
    probe.text.emit("typed")    # with an argument, to a Python slot
probe.blockSignals(True)
for n in range(20_000):
    probe.ping.emit()           # blocked: returns True all the same
assert len(seen) == 20_000
print("survived", flush=True)
"""


def run_loop(first: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(LOOP.format(first=first))],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_twenty_thousand_void_calls_and_emits_after_importing_app_ui():
    done = run_loop("import app.ui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_the_guard_is_on_exactly_where_pyside6_loses_references():
    """Without app.ui the same loop aborts where the guard is needed, and survives where it
    is not. If a new PySide6 still loses them, the guard stays off and the test above fails."""
    bare = run_loop("")
    if refcounts.needed(refcounts.pyside_version()):
        assert bare.returncode != 0
        assert "deallocating None" in bare.stderr or "deallocating True" in bare.stderr
    else:
        assert bare.returncode == 0, bare.stderr[-2000:]


def test_the_guard_switches_off_on_fixed_releases_and_immortal_objects():
    assert refcounts.needed((6, 12, 0), (3, 11), "cpython")
    assert not refcounts.needed((6, 11, 3), (3, 11), "cpython")
    assert not refcounts.needed((6, 12, 1), (3, 11), "cpython")
    assert not refcounts.needed((6, 12, 0), (3, 12), "cpython")  # immortal from 3.12 on
    assert not refcounts.needed((6, 12, 0), (3, 11), "pypy")


def test_importing_app_ui_gave_the_reserve_here():
    if refcounts.needed(refcounts.pyside_version()):
        # The tests before this one have already spent a few of the reserve (the very
        # losses it exists for), so ask only that it is there, not that it is untouched.
        for obj in (None, True, False):
            assert sys.getrefcount(obj) > refcounts.RESERVE // 2
