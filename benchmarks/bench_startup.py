"""Start-up to the first page painted, and peak memory then: the wizard against a bare PySide6
QWizard with one page, each in a fresh process, alternated in the same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import Row

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9

# Both children time from their first line to the first Paint of the first page, then
# report the peak resident memory and leave at once.
START = """
import time
T0 = time.perf_counter()
"""

# The peak resident memory of this process image. Not ru_maxrss: Linux carries the
# high-water mark across exec, so a child would report the benchmark's own size.
PEAK = """
def peak_kb():
    with open("/proc/self/status") as fh:
        return int(next(x for x in fh if x.startswith("VmHWM:")).split()[1])
"""

PROBE = PEAK + """
import os, json
from PySide6.QtCore import QEvent, QObject

def first_paint():
    ms = (time.perf_counter() - T0) * 1000
    kb = peak_kb()
    print(json.dumps({"ms": ms, "kb": kb}), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            first_paint()
        return False
"""

BARE = START + """
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
""" + PROBE + """
app = QApplication([])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Start")
wizard.addPage(page)
watch = FirstPaint()
page.installEventFilter(watch)
wizard.show()
app.exec()
"""

APP = START + """
from app.ui.main import configure, create_window
from PySide6.QtWidgets import QApplication
""" + PROBE + """
app = QApplication([])
configure(app)
window = create_window()
# The start page's content scrolls, so the page itself is covered: it says when it is painted.
window.wizard.start.painted.connect(first_paint)
window.show()
app.exec()
"""


def _child(code: str, home: str) -> dict[str, float]:
    # Bytecode is cached as in an installed copy (pip compiles it), even if this shell
    # says not to write it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env = {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)


def measure(runs: int = RUNS) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as home:
        _child(BARE, home)  # warm the disk cache for both, untimed
        _child(APP, home)
        for _ in range(runs):
            results["bare"].append(_child(BARE, home))
            results["app"].append(_child(APP, home))
    return results


def run() -> list[Row]:
    found = measure()

    # The fastest of several runs: other work on the machine only ever adds time, so the
    # minimum is the least noisy estimate (memory barely varies; the median is used).
    def best(kind: str) -> float:
        return min(r["ms"] for r in found[kind])

    def memory(kind: str) -> float:
        return statistics.median(r["kb"] for r in found[kind]) / 1024

    return [
        Row("start-up to first page shown", best("app"), best("bare"), "ms", goal=1.25),
        Row("peak memory at first page", memory("app"), memory("bare"), "MB", goal=1.3),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name}: {row.value:.1f}{row.unit} vs {row.baseline:.1f}{row.unit} "
              f"= {row.ratio:.2f}x (goal {row.goal}x)")
