"""Child process for bench_scaling: how long the wizard holds the UI thread with a big
generated questionnaire. Prints one JSON line of milliseconds.

Reading the questions and making the PDF run in a worker thread, so for them what counts is
the longest the UI thread goes without answering while the person waits: a 1 ms timer runs
throughout, and the longest gap between its ticks is taken (building the pages and showing
the PDF happen on the UI thread and are inside it; so is any moment the worker keeps Python's
lock). So is Continue to the result page, with its layout and first paint. The quick handlers
(a keystroke, autosave) are timed directly.

Keys: load_cold, load_cached, preview_first, preview — the UI thread's longest gap while the
questions load (not cached, cached) and while the preview appears (first time, with imports
and fonts; after a tick); *_wait — how long each took to be ready in all; keystroke,
autosave — one handler each; result_page — the longest gap from Continue on the check page
to the result page painted; longest_ui and longest_ui_what — the longest of
them all, and which it was.

Run as `python -m benchmarks.wizard_handlers N_ITEMS` with QT_QPA_PLATFORM=offscreen and
private XDG folders (bench_scaling does both).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import fastest_ms

TIMEOUT_S = 120.0
SETTLE_MS = 300  # after Continue: the result page's layout and first paint come after it


def _gaps(start: Callable[[], Any], ready: Callable[[], bool]) -> tuple[float, float]:
    """Call start() inside a running event loop and run it until ready(): (the longest the
    UI thread went without answering a 1 ms timer, the time until ready), in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    began = time.perf_counter()
    state = {"last": began, "longest": 0.0, "started": False}

    def tick() -> None:
        now = time.perf_counter()
        state["longest"] = max(state["longest"], now - state["last"])
        state["last"] = now
        if not state["started"]:
            state["started"] = True
            start()  # inside the loop: whatever it holds shows as the next gap
            state["last"] = began  # its own time counts as a gap too
        elif ready() or now - began > TIMEOUT_S:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    if not ready():
        raise TimeoutError("the wizard did not get there in time")
    return state["longest"] * 1000, (time.perf_counter() - began) * 1000


def _settled(ms: float) -> Callable[[], bool]:
    until = time.perf_counter() + ms / 1000
    return lambda: time.perf_counter() > until


def _to_result(wizard: Any) -> float:
    """Continue on the check page, as a person does: the longest the UI thread is held
    until the result page is shown, laid out and painted (timing ResultPage.refresh on a
    hidden page left out the layout and painting of the checklist)."""
    wizard.go_to(wizard.CHECK_ID)
    _gaps(lambda: None, _settled(200))
    shown: dict[str, Callable[[], bool]] = {}

    def go() -> None:
        wizard.next()
        shown["ready"] = _settled(SETTLE_MS)

    gap, _wait = _gaps(go, lambda: "ready" in shown and shown["ready"]())
    assert wizard.currentId() == wizard.RESULT_ID
    return gap


def main(n_items: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.core.answers import Answers
    from app.ui.main import configure, create_window
    from benchmarks.generated import questionnaire

    data, answers = questionnaire(n_items)
    folder = Path(tempfile.mkdtemp())
    path = folder / "generated.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML 1.2
    app = QApplication([])
    configure(app)
    out: dict[str, Any] = {}
    handlers: dict[str, float] = {}
    window = None
    for load in ("cold", "cached", "cached", "cached"):
        if window is not None:
            window.finished = True  # nothing to keep
            window.close()
        window = create_window(questionnaire=path)
        wizard = window.wizard
        # As at start-up: shown, then the questions read in the background.
        gap, wait = _gaps(window.show, lambda w=wizard: w.q is not None)
        for key, value in ((f"load_{load}", gap), (f"load_{load}_wait", wait)):
            out[key] = min(value, out.get(key, value))
    assert window is not None
    wizard.set_answers(Answers.model_validate(answers))
    page = wizard.step_pages[0]
    handlers["keystroke"] = fastest_ms(page._on_field_changed, runs=20)
    handlers["autosave"] = fastest_ms(window.write_autosave, runs=10)
    result = wizard.result_page
    assert result is not None
    handlers["result_page"] = min(_to_result(wizard) for _ in range(3))
    out["items"] = len(result.plan.items) if result.plan else 0

    out["preview_first"], out["preview_first_wait"] = _gaps(
        lambda: result.tabs.setCurrentWidget(result.preview),
        lambda: result.preview.shown_bytes is not None)
    assert result.plan is not None
    first = result.plan.items[0].item.id
    row = result.checklist.row_for(first)
    assert row is not None
    shown = result.preview.shown_bytes
    from PySide6.QtCore import Qt

    def tick() -> None:  # as a click on the tick box does
        state = row.checkState(0)
        row.setCheckState(0, Qt.CheckState.Unchecked if state == Qt.CheckState.Checked
                          else Qt.CheckState.Checked)

    out["preview"], out["preview_wait"] = _gaps(
        tick, lambda: result.preview.shown_bytes not in (None, shown))
    out.update(handlers)
    gaps = {k: out[k] for k in ("load_cold", "load_cached", "preview_first", "preview")}
    longest = max({**gaps, **handlers}.items(), key=lambda kv: kv[1])
    out["longest_ui"], out["longest_ui_what"] = longest[1], longest[0]
    window.finished = True  # nothing to keep
    return out


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))), flush=True)
