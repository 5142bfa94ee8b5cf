"""After the first page is shown, the wizard loads reportlab and the fonts in the background,
so the first PDF preview does not pay for them; the person need do nothing, and closing the
window meanwhile is harmless."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers import ROOT

CHILD = """
import json, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.main import configure, create_window
configure(app)
window = create_window()
heavy_at_show = [m for m in ("reportlab", "app.report.pdf") if m in sys.modules]
import app.report.fonts as fonts
threads = []
real = fonts.register.__wrapped__
def register():
    threads.append(threading.current_thread().name)
    return real()
fonts.register = __import__("functools").cache(register)
window.show()
from app.ui import warmup
def check():
    if warmup.task is not None and warmup.task.done() and window.wizard.q is not None:
        app.exit(0)
    else:
        QTimer.singleShot(20, check)
QTimer.singleShot(0, check)
QTimer.singleShot(60000, lambda: app.exit(1))
code = app.exec()
print(json.dumps({"code": code, "heavy_at_show": heavy_at_show, "threads": threads,
                  "loaded": "reportlab.platypus" in sys.modules,
                  "error": repr(warmup.task.future.exception()) if warmup.task else "no task",
                  "page": window.wizard.currentId()}))
window.finished = True
"""


def test_reportlab_and_the_fonts_load_in_the_background_after_the_first_page(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env=env)
    found = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("{")))
    assert found["code"] == 0, out.stderr
    assert found["heavy_at_show"] == []  # not before the window is up
    assert found["loaded"] and found["error"] == "None"
    assert found["threads"] and all(t.startswith("profile-planner") for t in found["threads"])
    assert found["page"] == 0  # still on the start page: the person did nothing


def test_closing_the_window_while_it_warms_is_harmless(make_window, qtbot, dialogs,
                                                      monkeypatch):
    from app.ui import warmup

    monkeypatch.setattr(warmup, "task", None)  # as in a fresh app
    window = make_window(load=False)
    qtbot.waitUntil(lambda: warmup.task is not None, timeout=10_000)
    window.finished = True  # nothing to keep
    window.close()
    qtbot.waitUntil(warmup.task.done, timeout=60_000)
    qtbot.wait(50)  # the result, if any, is delivered to nobody
    assert warmup.task.future.exception() is None
    assert not [d for d in dialogs.shown if d[0] == "critical"]
